/**
 * Local natural-language matcher over the SHIPPED interaction model
 * (interaction-models/<locale>.json). The simulator and the conversation tests type a line;
 * this turns it into what Alexa would send: a launch, or an intent with slots. A line only
 * matches a sample that is in the model, so a missing sample fails a test.
 *
 * Matching:
 * - The line is normalised: lowercase, punctuation removed except apostrophes (and ':' / '-'
 *   inside numbers, for "9:30" and ISO dates), spaces collapsed, a leading "alexa" dropped.
 * - Every sample becomes an anchored regular expression: its words literally, a custom slot as
 *   an alternation of the type's values and synonyms (longest first), an AMAZON.SearchQuery,
 *   AMAZON.DATE or AMAZON.TIME slot (and any other built-in type) as a lazy capture of one or
 *   more words. The whole line must match. When several samples match, the one with the most
 *   literal characters wins; on a tie, the first in the model.
 * - Built-in intents match a small table of the platform's implicit phrases plus the model's own
 *   samples for them.
 * - Custom slot values resolve to their id; DATE and TIME slots carry the resolved value in `id`
 *   (see dates.ts). Only the slots that were heard appear in `slots`.
 * - While a slot is being elicited (ctx.elicit), only Stop, Cancel, Help, Repeat, Next (skip),
 *   Pause, and the samples without slots of the other custom intents ("slow down", "delete my
 *   journal") take the line away from the answer; anything else is the answer, as typed
 *   (trimmed, and without a leading wake word). Slot-bearing samples do not interrupt, so an
 *   answer such as "my neck feels tense" stays an answer.
 * - "open|start|launch|begin <invocation>" or the invocation alone is a launch;
 *   "ask|tell <invocation> [to] <rest>" and "<open…> <invocation> and|with <rest>" ("start my face
 *   massage with my gua sha": <rest> is "my gua sha", a StartRoutineIntent sample) match <rest> and
 *   return that intent with oneShot: true, or a launch carrying `rest` when <rest> matches nothing.
 * - The implicit phrases, launch words and date/time words are the model's language's (LANGUAGES:
 *   English, German: "öffne meine gesichtsmassage und …", "frag meine gesichtsmassage …", "halb zehn").
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { resolveDate, resolveTime } from './dates';
import { resolveDateDe, resolveTimeDe } from './dates.de';

export interface SlotMatch {
  /** The words heard for the slot (for an elicited answer: the user's own text, trimmed). */
  value: string;
  /** Custom slot: the resolved value id. AMAZON.DATE / AMAZON.TIME: the resolved value. */
  id?: string;
}

export type NluResult =
  | { kind: 'launch'; rest?: string }
  | { kind: 'intent'; name: string; slots: Record<string, SlotMatch>; oneShot?: boolean };

export interface NluOptions {
  /** The model's locale ("en-US", "de-DE"): which implicit phrases, launch words and dates apply. Default en-US. */
  locale?: string;
  /** The clock for AMAZON.DATE resolution; defaults to the system clock. */
  now?: () => Date;
  /** IANA time zone for AMAZON.DATE resolution; defaults to UTC. */
  timeZone?: string;
}

export interface MatchContext {
  /** Set while the skill has sent Dialog.ElicitSlot for this intent and slot. */
  elicit?: { intent: string; slot: string };
}

/** The platform's implicit phrases for the built-in intents (a small, representative table). */
const BUILTIN_PHRASES_EN: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'please', 'yes please', 'of course', 'alright', 'all right'],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now', 'not tonight'],
  'AMAZON.PauseIntent': ['pause', 'wait', 'hold on', 'hang on', 'pause it', 'pause please'],
  'AMAZON.ResumeIntent': ['resume', 'unpause', 'resume please'],
  'AMAZON.NextIntent': ['next', 'next one', 'next please'],
  'AMAZON.PreviousIntent': ['previous', 'previous one'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say it again', 'again', 'one more time'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'start over please'],
  'AMAZON.HelpIntent': ['help', 'help me', 'what can i say', 'what do i do', 'how does this work'],
  'AMAZON.StopIntent': ['stop', 'stop it', "that's enough", 'enough', 'quiet', 'be quiet'],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home'],
};

/** The same for German (de-DE). "weiter" goes on (resume); "nächster" moves to the next area. */
const BUILTIN_PHRASES_DE: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': ['ja', 'jawohl', 'ja bitte', 'ja gerne', 'gerne', 'gern', 'klar', 'na klar', 'sicher', 'okay', 'ok', 'in ordnung', 'genau', 'bitte'],
  'AMAZON.NoIntent': ['nein', 'nee', 'nö', 'nein danke', 'jetzt nicht', 'heute nicht', 'lieber nicht'],
  'AMAZON.PauseIntent': ['pause', 'pausieren', 'pausiere', 'warte', 'warte mal', 'moment', 'einen moment', 'halt mal'],
  'AMAZON.ResumeIntent': ['fortsetzen', 'setze fort', 'wieder aufnehmen'],
  'AMAZON.NextIntent': ['nächster', 'nächste', 'nächstes', 'der nächste', 'das nächste'],
  'AMAZON.PreviousIntent': ['zurück', 'vorheriger', 'vorherige'],
  'AMAZON.RepeatIntent': ['wiederholen', 'wiederhole', 'wiederhol das', 'noch mal', 'nochmal', 'noch einmal'],
  'AMAZON.StartOverIntent': ['von vorn', 'neu starten', 'neu anfangen', 'von vorn anfangen'],
  'AMAZON.HelpIntent': ['hilfe', 'hilf mir', 'was kann ich sagen', 'wie funktioniert das', 'was kann ich tun'],
  'AMAZON.StopIntent': ['stopp', 'stop', 'halt', 'hör auf', 'aufhören', 'genug', 'das reicht', 'ruhe', 'sei still'],
  'AMAZON.CancelIntent': ['abbrechen', 'brich ab', 'vergiss es', 'egal', 'schon gut'],
  'AMAZON.NavigateHomeIntent': ['startseite', 'zum start'],
};

/** What the matcher needs to know about a language beyond the model. */
interface Language {
  builtins: Readonly<Record<string, readonly string[]>>;
  /**
   * Built-in phrases that are also bare nouns ("quiet", "pause"; "Ruhe"): while a slot is elicited they
   * fill it, as a one-word answer, and only clear commands ("stop", "cancel") take the line away.
   */
  elicitNouns: readonly string[];
  /** Words before the invocation name that open the skill. */
  launchVerbs: string;
  /** Patterns of a one-shot request (`$inv` stands for the invocation name); group 1 is the request. */
  oneShot: readonly string[];
  /** A word after the invocation name when opening it ("please"). */
  please: string;
  resolveDate: (text: string, now: Date, timeZone: string) => string | undefined;
  resolveTime: (text: string) => string | undefined;
}

const LANGUAGES: Readonly<Record<string, Language>> = {
  en: {
    builtins: BUILTIN_PHRASES_EN,
    elicitNouns: ['quiet', 'pause', 'enough'],
    launchVerbs: 'open|start|launch|begin|play|run|load|talk to|use',
    oneShot: ['^(?:ask|tell) $inv (?:to |for |if |whether )?(.+)$', '^(?:open|start|launch|begin|play|run|load|talk to|use) $inv (?:and|to|with|using) (.+)$', '^(.+?) (?:with|using) $inv$'],
    please: 'please',
    resolveDate,
    resolveTime,
  },
  de: {
    builtins: BUILTIN_PHRASES_DE,
    elicitNouns: ['ruhe', 'pause', 'genug'],
    launchVerbs: 'öffne|öffnen|starte|starten|start|beginne|spiele|spiel|lade|aktiviere|benutze|nutze',
    oneShot: ['^(?:frag|frage|bitte|sag|sage) $inv (?:nach |ob |dass |um )?(.+)$', '^(?:öffne|öffnen|starte|starten|start) $inv (?:und|mit) (.+)$', '^(.+?) mit $inv$'],
    please: 'bitte',
    resolveDate: resolveDateDe,
    resolveTime: resolveTimeDe,
  },
};

function languageOf(locale: string | undefined): Language {
  return LANGUAGES[(locale ?? 'en-US').split('-')[0]] ?? LANGUAGES.en;
}

/** The platform's implicit phrases for the built-in intents of a locale. */
export function builtinPhrases(locale = 'en-US'): Readonly<Record<string, readonly string[]>> {
  return languageOf(locale).builtins;
}

/** The English table (kept under its old name). */
export const BUILTIN_PHRASES = BUILTIN_PHRASES_EN;

/** Built-ins that take a line away from an elicited answer. */
const ELICIT_INTERRUPTS = new Set([
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.NextIntent',
  'AMAZON.PauseIntent',
]);


// ---- model shape (only what the matcher reads) ----

interface ModelSlot {
  name: string;
  type: string;
}
interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples?: string[];
}
interface ModelType {
  name: string;
  values: { id?: string; name: { value: string; synonyms?: string[] } }[];
}
interface LanguageModel {
  invocationName: string;
  intents: ModelIntent[];
  types?: ModelType[];
}

function languageModelOf(model: unknown): LanguageModel {
  const root = model as { interactionModel?: { languageModel?: LanguageModel } } | null;
  const lm = root?.interactionModel?.languageModel;
  if (!lm || typeof lm.invocationName !== 'string' || !Array.isArray(lm.intents)) {
    throw new Error('LocalNlu: not an ASK CLI interaction model ({"interactionModel": {"languageModel": …}})');
  }
  return lm;
}

// ---- normalisation ----

/** Lowercase; punctuation out except apostrophes inside words and ':' / '-' inside numbers; spaces collapsed. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\b([ap])\.\s?m\b\.?/g, '$1m')
    .replace(/(\d)\.(\d)/g, '$1:$2')
    .replace(/[^\p{L}\p{N}':\-\s]/gu, ' ')
    .replace(/(?<!\d):|:(?!\d)/g, ' ')
    .replace(/(?<!\d|w\d\d)-|-(?!\d|w\d|we\b)/g, ' ')
    .replace(/(?<!\p{L})'|'(?!\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^alexa(?: |$)/, '')
    .trim();
}

/** The user's text as Alexa would transcribe an answer: trimmed, without a leading wake word. */
function rawAnswer(line: string): string {
  return line.replace(/^\s*alexa(?:[\s,.!:;-]+|$)/i, '').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---- compiled samples ----

interface Candidate {
  intent: string;
  sample: string;
  re: RegExp;
  /** Slot of each capture group, in order. */
  slots: ModelSlot[];
  literalChars: number;
  order: number;
}

export class LocalNlu {
  private readonly lm: LanguageModel;
  private readonly now: () => Date;
  private readonly timeZone: string;
  private readonly candidates: Candidate[] = [];
  /** Custom type name -> normalised value or synonym -> id. */
  private readonly typeValues = new Map<string, Map<string, string>>();
  private readonly invocation: string;
  private readonly language: Language;

  /** A model file; its locale is taken from the file name ("de-DE.json") unless given. */
  static fromFile(path: string, opts: NluOptions = {}): LocalNlu {
    const named = /^[a-z]{2}-[A-Z]{2}$/.exec(basename(path, '.json'))?.[0];
    return new LocalNlu(JSON.parse(readFileSync(path, 'utf8')) as unknown, { locale: named, ...opts });
  }

  constructor(model: unknown, opts: NluOptions = {}) {
    this.lm = languageModelOf(model);
    this.language = languageOf(opts.locale);
    this.now = opts.now ?? (() => new Date());
    this.timeZone = opts.timeZone ?? 'UTC';
    this.invocation = normalise(this.lm.invocationName);

    for (const type of this.lm.types ?? []) {
      const values = new Map<string, string>();
      for (const v of type.values) {
        const id = v.id ?? v.name.value;
        for (const word of [v.name.value, ...(v.name.synonyms ?? [])]) {
          const key = normalise(word);
          if (key && !values.has(key)) values.set(key, id);
        }
      }
      this.typeValues.set(type.name, values);
    }

    let order = 0;
    for (const intent of this.lm.intents) {
      for (const sample of intent.samples ?? []) {
        this.candidates.push(this.compile(intent, sample, order++));
      }
    }
    for (const [name, phrases] of Object.entries(this.language.builtins)) {
      for (const phrase of phrases) this.candidates.push(this.compile({ name }, phrase, order++));
    }
  }

  get invocationName(): string {
    return this.lm.invocationName;
  }

  /** The intent names declared in the model. */
  get intentNames(): string[] {
    return this.lm.intents.map((i) => i.name);
  }

  match(line: string, ctx: MatchContext = {}): NluResult {
    const text = normalise(line);
    if (text === '') return fallback();

    const launch = this.matchLaunch(text);
    if (launch) return launch;

    if (ctx.elicit) {
      const elicit = ctx.elicit;
      const hit = this.best(
        text,
        (c) =>
          (ELICIT_INTERRUPTS.has(c.intent) && !this.language.elicitNouns.includes(c.sample)) ||
          (!c.intent.startsWith('AMAZON.') && c.intent !== elicit.intent && c.slots.length === 0),
      );
      if (hit) return hit;
      return { kind: 'intent', name: elicit.intent, slots: { [elicit.slot]: { value: rawAnswer(line) } } };
    }

    return this.best(text) ?? fallback();
  }

  private matchLaunch(text: string): NluResult | undefined {
    const inv = escapeRegExp(this.invocation);
    const { launchVerbs, please, oneShot: patterns } = this.language;
    if (new RegExp(`^(?:(?:${launchVerbs}) )?${inv}(?: ${please})?$`).test(text)) return { kind: 'launch' };
    let oneShot: RegExpExecArray | null = null;
    for (const p of patterns) oneShot ??= new RegExp(p.replace('$inv', inv)).exec(text);
    if (!oneShot) return undefined;
    const rest = oneShot[1];
    const hit = this.best(rest);
    if (hit && hit.kind === 'intent') return { ...hit, oneShot: true };
    return { kind: 'launch', rest };
  }

  /** The best-matching sample's intent, or undefined. */
  private best(text: string, accept: (c: Candidate) => boolean = () => true): NluResult | undefined {
    let winner: { c: Candidate; m: RegExpExecArray } | undefined;
    for (const c of this.candidates) {
      if (winner && c.literalChars <= winner.c.literalChars) continue;
      if (!accept(c)) continue;
      const m = c.re.exec(text);
      if (m) winner = { c, m };
    }
    if (!winner) return undefined;
    const { c, m } = winner;
    const slots: Record<string, SlotMatch> = {};
    c.slots.forEach((slot, i) => {
      const value = m[i + 1];
      if (value !== undefined) slots[slot.name] = this.resolve(slot, value);
    });
    return { kind: 'intent', name: c.intent, slots };
  }

  private resolve(slot: ModelSlot, value: string): SlotMatch {
    const custom = this.typeValues.get(slot.type);
    if (custom) return { value, id: custom.get(value) };
    if (slot.type === 'AMAZON.DATE') return withId(value, this.language.resolveDate(value, this.now(), this.timeZone));
    if (slot.type === 'AMAZON.TIME') return withId(value, this.language.resolveTime(value));
    return { value };
  }

  private compile(intent: ModelIntent, sample: string, order: number): Candidate {
    const slots: ModelSlot[] = [];
    const text = sample.toLowerCase().replace(/\s+/g, ' ').trim();
    let literalChars = 0;
    const source = text
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const slotRef = /^\{([^}]+)\}$/.exec(part);
        if (!slotRef) {
          literalChars += part.replace(/ /g, '').length;
          return escapeRegExp(part);
        }
        const slot = intent.slots?.find((s) => s.name === slotRef[1]);
        if (!slot) throw new Error(`LocalNlu: sample "${sample}" of ${intent.name} uses undeclared slot {${slotRef[1]}}`);
        slots.push(slot);
        const values = this.typeValues.get(slot.type);
        if (values) {
          const alternatives = [...values.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
          return `(${alternatives.join('|')})`;
        }
        return '(\\S.*?)';
      })
      .join('');
    return { intent: intent.name, sample, re: new RegExp(`^${source}$`), slots, literalChars, order };
  }
}

function withId(value: string, id: string | undefined): SlotMatch {
  return id === undefined ? { value } : { value, id };
}

function fallback(): NluResult {
  return { kind: 'intent', name: 'AMAZON.FallbackIntent', slots: {} };
}
