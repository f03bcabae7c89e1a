/**
 * Conversation suites written once and run per locale: each suite calls `eachLocale` and types its
 * lines from a phrasebook (what a speaker of that language says), and asserts on the locale's own
 * content (`sp.line(key)`), never on English literals, wherever the flow is the same in every language.
 */
import { fill } from '../../lambda/content/pick';
import { contentFor, type Content, type LineKey } from '../../lambda/content';
import type { AreaId, Tool } from '../../lambda/routine/types';
import { harness, type Harness, type HarnessOptions } from './skill';

export type SuiteLocale = 'en-US' | 'de-DE';

/** What a speaker says, by meaning; a suite keeps the lines only it needs in its own phrasebook. */
export type Phrasebook<K extends string> = Record<SuiteLocale, Record<K, string>>;

/** Lines every suite needs. */
export const COMMON: Phrasebook<'launch' | 'open' | 'yes' | 'no' | 'stop' | 'next' | 'pause' | 'resume' | 'skip' | 'help'> = {
  'en-US': {
    launch: 'start my face massage',
    open: 'open my face massage',
    yes: 'yes',
    no: 'no',
    stop: 'stop',
    next: 'next',
    pause: 'pause',
    resume: 'resume',
    skip: 'skip',
    help: 'help',
  },
  'de-DE': {
    launch: 'starte meine Gesichtsmassage',
    open: 'öffne meine Gesichtsmassage',
    yes: 'ja',
    no: 'nein',
    stop: 'stopp',
    next: 'nächster',
    pause: 'pause',
    resume: 'weiter',
    skip: 'weiß nicht',
    help: 'hilfe',
  },
};

/** Words that would show the other language leaked into an answer. */
const LEAKS: Record<SuiteLocale, RegExp> = {
  'en-US': /\b(und|der|die|das|dein|deine|deinen|ich|sag|heute|nicht)\b/i,
  'de-DE': /\b(the|your|you|and|say|shall|to|of|is|tonight|yes|no)\b/i,
};

export interface Speaker {
  locale: SuiteLocale;
  timeZone: string;
  /** Tuesday 24 November 2026, 21:30 local time. */
  evening: string;
  /** A local time on that Tuesday (or on `day`, YYYY-MM-DD), e.g. at('19:30') -> '2026-11-24T19:30:00-08:00'. */
  at(hhmm: string, day?: string): string;
  content: Content;
  /** A harness in this locale, its time zone and its evening unless the options say otherwise. */
  harness(o?: HarnessOptions): Harness;
  /** Matches any variant of a line; placeholders take `vars` (a RegExp as a pattern), or anything when not given. */
  line(key: LineKey, vars?: LineVars): RegExp;
  /** An area's spoken name ("your jaw", "deinem Kiefer"). */
  area(id: AreaId): string;
  /** An area as the tension lines say it, where the tension sat ("your jaw", "im Kiefer"; German "im Nacken" for the neck). */
  place(id: Exclude<AreaId, 'finish'>): string;
  /** Every way an area's stroke is said with a tool (in full, at bedtime, in short), for every area. */
  strokes(tool: Tool): string[];
  /** Fails if the other language slipped into the text. */
  noLeak(...texts: (string | undefined)[]): void;
}

export type LineVars = Record<string, string | number | RegExp>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for one variant: the text literally, each placeholder as its value (a RegExp as itself) or as anything. */
export function variantPattern(template: string, vars?: LineVars): string {
  const parts = template.split(/(\{\w+\})/);
  return parts
    .map((part, i) => {
      const m = /^\{(\w+)\}$/.exec(part);
      const v = m ? vars?.[m[1]] : part;
      if (v instanceof RegExp) return `(?:${v.source})`;
      if (v === undefined) return '.*?';
      // As `fill` says it: a value's closing comma (the German date's) is dropped before punctuation.
      const said = m ? fill(String(v)) : part;
      const text = m && /^[.?!:;,]/.test(parts[i + 1] ?? '') ? said.replace(/,$/, '') : said;
      return escape(text).replace(/\s+/g, '\\s*');
    })
    .join('');
}

/** Any of the patterns (e.g. either of two lines a place may close with). */
export const either = (...res: RegExp[]): RegExp => new RegExp(res.map((r) => `(?:${r.source})`).join('|'));

function speaker(locale: SuiteLocale, timeZone: string, offset: string): Speaker {
  const content = contentFor(locale);
  const at = (hhmm: string, day = '2026-11-24') => `${day}T${hhmm}:00${offset}`;
  return {
    locale,
    timeZone,
    evening: at('21:30'),
    at,
    content,
    harness: (o = {}) => harness({ locale, timeZone, at: at('21:30'), ...o }),
    line: (key, vars) => new RegExp(`(${content.lines[key].map((v) => variantPattern(v, vars)).join('|')})`),
    area: (id) => content.areas[id].name,
    place: (id) => content.tension.places[id] ?? content.areas[id].name,
    strokes: (tool) => Object.values(content.areas).flatMap((a) => [a.instructions[tool], a.bedtimeInstructions[tool], a.short[tool]]),
    noLeak: (...texts) => {
      for (const t of texts) if (t) expect(t).not.toMatch(LEAKS[locale]);
    },
  };
}

/**
 * Text said in this order with only spaces between: lines (`sp.line(...)`) and literal text (what the
 * user said, read back). `whole` anchors both ends, `opens` the start, `closes` the end.
 */
export function inOrder(...parts: (RegExp | string)[]): RegExp {
  return new RegExp(parts.map((p) => (typeof p === 'string' ? escape(p) : `(?:${p.source})`)).join('\\s*'));
}
export const whole = (...parts: (RegExp | string)[]): RegExp => new RegExp(`^${inOrder(...parts).source}$`);
export const opens = (...parts: (RegExp | string)[]): RegExp => new RegExp(`^${inOrder(...parts).source}`);
export const closes = (...parts: (RegExp | string)[]): RegExp => new RegExp(`${inOrder(...parts).source}$`);

/** The text with its first letter in either case: a name that may open a sentence ("your jaw" / "Your jaw"). */
export function eitherCase(text: string): RegExp {
  const [first, rest] = [text.charAt(0), text.slice(1)];
  return new RegExp(`[${first.toLowerCase()}${first.toUpperCase()}]${escape(rest)}`);
}

export const SPEAKERS: readonly Speaker[] = [
  speaker('en-US', 'America/Los_Angeles', '-08:00'),
  speaker('de-DE', 'Europe/Berlin', '+01:00'),
];

/** Runs a suite's tests once per locale, each in a describe block named after the locale. */
export function eachLocale(body: (sp: Speaker) => void): void {
  for (const sp of SPEAKERS) describe(sp.locale, () => body(sp));
}
