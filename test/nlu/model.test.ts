/**
 * Checks on the shipped interaction models (interaction-models/*.json): the generic ones for every
 * model, what is particular to a language in one table (LANGUAGES), and the models of a language
 * agreeing with one another.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFor } from '../../lambda/content';

interface Slot {
  name: string;
  type: string;
  samples?: string[];
}
interface Intent {
  name: string;
  slots?: Slot[];
  samples: string[];
}
interface DialogSlot {
  name: string;
  type: string;
  elicitationRequired?: boolean;
  confirmationRequired?: boolean;
  prompts?: { elicitation?: string };
}
interface Model {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: Intent[];
      types: { name: string; values: { id: string; name: { value: string; synonyms?: string[] } }[] }[];
    };
    dialog: { intents: { name: string; delegationStrategy?: string; confirmationRequired?: boolean; slots: DialogSlot[] }[] };
    prompts: { id: string; variations: { type: string; value: string }[] }[];
  };
}

const dir = join(__dirname, '..', '..', 'interaction-models');
const read = (locale: string): Model => JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as Model;
const LOCALES = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const slotRefs = (sample: string): string[] => [...sample.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

/** What is particular to each language's model. */
interface Language {
  invocationName: string;
  /** The letters a sample may use (besides apostrophes, spaces and {slots}). */
  letters: string;
  /** Words an invocation name may not contain (the launch phrases, connecting words, wake words). */
  banned: string[];
  /** Words a two-word invocation name may not have as one of them. */
  articles: string[];
  /** The reflection questions, as the dialog's prompts ask them. */
  questions: [string, string, string];
  /** Samples the built-in intents must have. */
  resume: string[];
  next: string[];
}

const LANGUAGES: Record<string, Language> = {
  en: {
    invocationName: 'my face massage',
    letters: 'a-z',
    banned: [
      'launch', 'ask', 'tell', 'load', 'begin', 'enable', 'open', 'start', 'play', 'to', 'from', 'in', 'using',
      'with', 'about', 'for', 'that', 'by', 'if', 'and', 'whether', 'alexa', 'amazon', 'echo', 'computer', 'skill', 'app',
    ],
    articles: ['the', 'a', 'an', 'of'],
    questions: ['What made today great?', 'And what was hard today?', 'What would make tomorrow better?'],
    resume: ['continue', 'keep going', 'go on', 'carry on'],
    next: ['skip'],
  },
  de: {
    invocationName: 'meine gesichtsmassage',
    letters: 'a-zäöüß',
    banned: ['starte', 'öffne', 'frage', 'frag', 'sag', 'sage', 'beginne', 'lade', 'spiele', 'aktiviere', 'mit', 'und', 'nach', 'ob', 'alexa', 'amazon', 'echo', 'computer', 'skill', 'app'],
    articles: ['der', 'die', 'das', 'ein', 'eine'],
    questions: ['Was war heute schön?', 'Und was war heute schwer?', 'Was würde deinen Tag morgen besser machen?'],
    resume: ['weiter', 'mach weiter', 'weitermachen'],
    next: ['überspringen'],
  },
};

/** The custom intents and their slots, in every language. */
const CUSTOM_INTENTS = {
  StartRoutineIntent: ['length:LENGTH', 'tool:TOOL', 'focus:AREA'],
  SetPreferenceIntent: ['length:LENGTH', 'tool:TOOL', 'pace:PACE', 'focus:AREA'],
  SlowerIntent: [],
  MoreDetailIntent: [],
  FasterIntent: [],
  DiscomfortIntent: ['feeling:FEELING', 'area:AREA'],
  ProgressIntent: [],
  DeleteDataIntent: [],
  StartReflectionIntent: [],
  ReflectionIntent: ['great:AMAZON.SearchQuery', 'challenging:AMAZON.SearchQuery', 'better:AMAZON.SearchQuery'],
  JournalIntent: ['date:AMAZON.DATE'],
  JournalLastIntent: [],
  DeleteEntryIntent: ['date:AMAZON.DATE'],
  DeleteJournalIntent: [],
  StopAskingReflectionIntent: [],
  AlwaysReflectIntent: [],
  SetReminderIntent: ['time:AMAZON.TIME'],
  CancelReminderIntent: [],
  BedtimeVoiceIntent: ['mode:BEDTIME_MODE'],
  TensionIntent: ['area:AREA', 'other:AREA', 'word:TENSION_WORD'],
  TensionOffIntent: [],
  TensionOnIntent: [],
  TensionPatternsIntent: [],
};

const BUILT_INS = [
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.PauseIntent',
  'AMAZON.ResumeIntent',
  'AMAZON.NextIntent',
  'AMAZON.PreviousIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
];

const SLOT_VALUE_IDS = {
  LENGTH: ['quick', 'standard', 'deep'],
  TOOL: ['hands', 'roller', 'guasha'],
  AREA: ['forehead', 'brows', 'temples', 'eyes', 'cheeks', 'jaw', 'ears', 'neck'],
  PACE: ['slower', 'normal', 'faster'],
  BEDTIME_MODE: ['always', 'never', 'auto'],
  FEELING: ['pain', 'skin', 'unwell'],
  TENSION_WORD: ['nowhere', 'everywhere', 'unsure'],
};

const REFLECTION_SLOTS = ['great', 'challenging', 'better'] as const;

describe.each(LOCALES)('interaction model %s', (locale) => {
  const model = read(locale);
  const lm = model.interactionModel.languageModel;
  const custom = lm.intents.filter((i) => !i.name.startsWith('AMAZON.'));
  const language = LANGUAGES[locale.split('-')[0]];
  const intent = (name: string): Intent => {
    const found = lm.intents.find((i) => i.name === name);
    if (!found) throw new Error(`no intent ${name}`);
    return found;
  };

  it("has its language's entry in this test's table", () => {
    expect(language).toBeDefined();
  });

  it('declares the expected custom intents and slots', () => {
    expect(Object.fromEntries(custom.map((i) => [i.name, (i.slots ?? []).map((s) => `${s.name}:${s.type}`)]))).toEqual(CUSTOM_INTENTS);
  });

  it('includes the built-in intents the skill handles, with the samples people say for going on and skipping', () => {
    const names = lm.intents.map((i) => i.name);
    for (const b of BUILT_INS) expect(names).toContain(b);
    expect(intent('AMAZON.ResumeIntent').samples).toEqual(expect.arrayContaining(language.resume));
    expect(intent('AMAZON.NextIntent').samples).toEqual(expect.arrayContaining(language.next));
  });

  it.each(custom.map((i) => [i.name, i] as const))('%s has at least ten samples', (_name, i) => {
    expect(i.samples.length).toBeGreaterThanOrEqual(10);
  });

  it('has no sample in two intents and no duplicate within an intent', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const i of lm.intents) {
      for (const s of i.samples) {
        const key = s.trim().replace(/\s+/g, ' ');
        const prev = owner.get(key);
        if (prev !== undefined) clashes.push(`"${s}" in ${prev} and ${i.name}`);
        owner.set(key, i.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("writes samples in the language's lowercase letters, apostrophes and {slots} only", () => {
    const allowed = new RegExp(`^[${language.letters}' {}]+$`);
    const bad: string[] = [];
    for (const i of lm.intents) {
      for (const s of [...i.samples, ...(i.slots ?? []).flatMap((sl) => sl.samples ?? [])]) {
        if (!allowed.test(s) || s !== s.trim() || /\s\s/.test(s)) bad.push(`${i.name}: "${s}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses only declared slots, and every declared slot in some sample', () => {
    for (const i of lm.intents) {
      const declared = new Set((i.slots ?? []).map((s) => s.name));
      const used = new Set<string>();
      for (const s of i.samples) {
        for (const ref of slotRefs(s)) {
          expect(`${i.name}.${ref}: ${declared.has(ref)}`).toBe(`${i.name}.${ref}: true`);
          used.add(ref);
        }
      }
      for (const slot of i.slots ?? []) {
        for (const s of slot.samples ?? []) for (const ref of slotRefs(s)) expect(ref).toBe(slot.name);
        expect(`${i.name}.${slot.name} used: ${used.has(slot.name)}`).toBe(`${i.name}.${slot.name} used: true`);
      }
    }
  });

  it('uses slot types that exist', () => {
    const types = new Set(lm.types.map((t) => t.name));
    const builtIn = new Set(['AMAZON.SearchQuery', 'AMAZON.DATE', 'AMAZON.TIME']);
    for (const i of lm.intents) {
      for (const s of i.slots ?? []) expect([s.type, types.has(s.type) || builtIn.has(s.type)]).toEqual([s.type, true]);
    }
  });

  it('gives custom slot types the expected ids, each word naming one id', () => {
    expect(Object.fromEntries(lm.types.map((t) => [t.name, t.values.map((v) => v.id)]))).toEqual(SLOT_VALUE_IDS);
    for (const t of lm.types) {
      const seen = new Map<string, string>();
      for (const v of t.values) {
        for (const word of [v.name.value, ...(v.name.synonyms ?? [])]) {
          expect(`${t.name} "${word}" -> ${seen.get(word) ?? v.id}`).toBe(`${t.name} "${word}" -> ${v.id}`);
          seen.set(word, v.id);
        }
      }
    }
  });

  it('gives every intent sample with a SearchQuery slot a carrier phrase', () => {
    for (const i of lm.intents) {
      const phraseSlots = new Set((i.slots ?? []).filter((s) => s.type === 'AMAZON.SearchQuery').map((s) => s.name));
      for (const s of i.samples) {
        if (!slotRefs(s).some((r) => phraseSlots.has(r))) continue;
        const words = s.replace(/\{[^}]+\}/g, ' ').trim();
        expect(`${s}: ${words.length > 0}`).toBe(`${s}: true`);
      }
    }
  });

  it('has the same dialog as en-US', () => {
    expect(model.interactionModel.dialog).toEqual(read('en-US').interactionModel.dialog);
  });

  it('elicits the three reflection answers as SearchQuery slots, with prompts that are the questions the skill asks', () => {
    const reflection = intent('ReflectionIntent');
    expect((reflection.slots ?? []).map((s) => s.name)).toEqual(REFLECTION_SLOTS);
    for (const slot of reflection.slots ?? []) {
      expect(slot.type).toBe('AMAZON.SearchQuery');
      expect(slot.samples).toContain(`{${slot.name}}`);
      expect((slot.samples ?? []).length).toBeGreaterThanOrEqual(3);
    }
    const dialog = model.interactionModel.dialog.intents.find((d) => d.name === 'ReflectionIntent');
    expect(dialog?.delegationStrategy).toBe('SKILL_RESPONSE');
    expect(dialog).not.toHaveProperty('confirmationRequired');
    const prompts = new Map(model.interactionModel.prompts.map((p) => [p.id, p.variations.map((v) => v.value)]));
    const texts: string[] = [];
    for (const name of REFLECTION_SLOTS) {
      const slot = dialog?.slots.find((s) => s.name === name);
      expect(slot).toMatchObject({ type: 'AMAZON.SearchQuery', elicitationRequired: true });
      expect(slot).not.toHaveProperty('confirmationRequired');
      const id = slot?.prompts?.elicitation ?? '';
      expect(id).toMatch(new RegExp(`^Elicit\\.Slot\\.[^.]+\\.${name}$`));
      texts.push(...(prompts.get(id) ?? []));
    }
    expect(texts).toEqual(language.questions);
    const lines = contentFor(locale).lines;
    expect(texts).toEqual([lines.askGreat[0], lines.askChallenging[0], lines.askBetter[0]]);
  });

  it('has an invocation name its speakers would say, that follows the certification rules', () => {
    const name = lm.invocationName;
    expect(name).toBe(language.invocationName);
    expect(name).toMatch(new RegExp(`^[${language.letters}]+( [${language.letters}]+)+$`));
    const words = name.split(' ');
    for (const w of words) expect(language.banned).not.toContain(w);
    if (words.length === 2) for (const w of words) expect(language.articles).not.toContain(w);
  });
});

describe('the models of a language', () => {
  const en = read('en-US');
  it.each(['en-GB', 'en-CA', 'en-AU', 'en-IN'])('%s equals en-US', (locale) => {
    expect(read(locale)).toEqual(en);
  });

  it.each(LOCALES)('%s has the same intents, slots and slot types as en-US (built-in intents too)', (locale) => {
    const shape = (m: Model) => Object.fromEntries(m.interactionModel.languageModel.intents.map((i) => [i.name, (i.slots ?? []).map((s) => `${s.name}:${s.type}`)]));
    expect(shape(read(locale))).toEqual(shape(en));
  });
});
