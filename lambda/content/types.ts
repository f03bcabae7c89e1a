import type { AreaId, Length, Pace, Tool } from '../routine/types';
import type { LINES } from './lines.en';

/**
 * The typed interface every language implements (docs/architecture.md, "Adding a language").
 * Spoken content: every list is a set of variants; the narration picks one, never the same twice in
 * a row. Placeholders look like {area}.
 */
export type Variants = readonly string[];

export interface AreaContent {
  id: AreaId;
  /** How the area is named aloud, e.g. "your temples". Used in "picking up at {area}". */
  name: string;
  /** Short lead-in naming the area, e.g. "Forehead next." (variants). */
  intro: Variants;
  /** One short sentence: why this area (no medical claims). */
  purpose: string;
  /** What to do, per tool. One or two short sentences each. */
  instructions: Record<Tool, string>;
  /** Bedtime: a shorter instruction, per tool. */
  bedtimeInstructions: Record<Tool, string>;
  /**
   * Once the user knows the area: a few words that name it and the stroke, said instead of the
   * intro and the instruction ("Temples: slow circles, then up into the hair.").
   */
  short: Record<Tool, string>;
  /** Short cues spoken during the hold (at least three). */
  cues: Variants;
  /** Base hold in seconds for the standard routine. */
  holdSeconds: number;
}

/** The keys of every line outside the areas; each language has a set of variants for every key. */
export type LineKey = keyof typeof LINES;

/**
 * The bedtime variant of a line: in the bedtime mode in the evening (`bedtimeWords` in
 * conversation/mode.ts), `Turn.line` says this key instead (the same for every language). By day the
 * plain line is said, in the bedtime voice when the user chose it always. Call sites name the plain
 * line and never choose the variant themselves.
 */
export const BEDTIME_LINES: Partial<Record<LineKey, LineKey>> = {
  greetingEvening: 'greetingBedtime',
  greetingDay: 'greetingBedtime',
  closing: 'closingBedtime',
  goodnight: 'goodnightBedtime',
};

/**
 * The lines a response may end with as its question or prompt (what the user answers): `Reply.ask`
 * and `Reply.elicitSlot` take only these, and `Reply.say` never does, so a question is said once, last,
 * and only in a response that waits for the answer (the same for every language).
 */
export const QUESTION_LINES = [
  'chapterBreak',
  'reflectOffer',
  'reflectReady',
  'usualOffer',
  'paused',
  'noRoutine',
  'helpIdle',
  'helpCarryOn',
  'fallbackRoutine',
  'fallbackIdle',
  'openAgain',
  'prefAgain',
  'yesNoReprompt',
  'progressAsk',
  'prefUnclear',
  'prefDone',
  'deleteAllConfirm',
  'safetyCarryOn',
  'safetyRest',
  'tensionAsk',
  'tensionAskAgain',
  'askGreat',
  'askChallenging',
  'askBetter',
  'reflectLeave',
  'reflectLeaveStartOver',
  'retrySave',
  'journalGoOn',
  'journalOlder',
  'journalLatestOne',
  'journalLatestTwo',
  'deleteJournalConfirm',
  'deleteEntryConfirm',
  'reminderConfirm',
] as const satisfies readonly LineKey[];

/** A line that is a question (see QUESTION_LINES). */
export type QuestionKey = (typeof QUESTION_LINES)[number];

/** A word in the forms a count needs (the categories of Intl.PluralRules for the language). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** How days and ranges of days are said. */
export interface Calendar {
  weekdays: readonly string[];
  months: readonly string[];
  /**
   * A day said in full: {weekday}, {month} its name, {day} its number, {ordinal} its ordinal word
   * (e.g. "{weekday}, {month} {ordinal}" -> "Monday, November twenty-third"; "{weekday}, {day}. {month}").
   */
  date: string;
  /** The same for a day of another year, with {year}. */
  dateOtherYear: string;
  /** Ordinal words of the days of a month, from the first ("first" ... "thirty-first"). */
  ordinals: readonly string[];
  /** A single day as it stands in a sentence, {date} said as `date` ("{date}"; German "am {date}"). */
  day: string;
  today: string;
  /**
   * Said in place of `today` in the evening ("tonight"; German "heute Abend"): a line's `{tonight}` is
   * one or the other, by `eveningNow` (conversation/mode.ts).
   */
  tonight: string;
  yesterday: string;
  /** {date} is a day said as `date`. */
  week: string;
  weekend: string;
  /** {month} is a month's name. */
  month: string;
  year: string;
  lastTime: string;
}

/**
 * Whole answers the reflection steers by, matched against the answer lowercased, with punctuation
 * removed and spaces collapsed.
 */
export interface AnswerWords {
  /** Passing on the question: "skip", "I don't know", "nothing". */
  skip: RegExp;
  /** Not an answer (a yes, a filler sound): the question is asked once more, like silence. */
  unclear: RegExp;
  /** Asking to hear the question again. */
  repeat: RegExp;
  /** Ending the questions ("stop", "cancel"). */
  stop: RegExp;
  /** Asking for help. */
  help: RegExp;
  /**
   * Feeling unwell now, said alone as the answer ("I feel dizzy", "mir ist schwindelig"): the calm
   * safety answer, and the questions end; nothing is kept. A longer answer that mentions it in
   * passing ("I felt dizzy at work") is an answer, and is kept.
   */
  unwell: RegExp;
  /**
   * An answer about loss, grief, panic, being hurt or feeling very low ("my mother died today", "I had
   * a panic attack", "I feel hopeless"), found anywhere in it: kept like any answer, met with kindness
   * (answerHeavy), the next question made optional and no offers that evening. Narrow on purpose: "my
   * plant died", "my phone is dead" and "I hurt my back" are ordinary answers.
   */
  heavy: Matcher;
  /** Within those, not wanting to live or to hurt oneself: answerUnsafe is said too (a person to reach now). */
  unsafe: Matcher;
  /**
   * Back to the question before ("previous question", "go back to the last question"): its answer
   * stays unless a new one is given, which replaces it.
   */
  previousQuestion: RegExp;
  /**
   * Asking for the journal ("what did I say yesterday"): never kept as an answer; the journal can be
   * heard once the questions are done.
   */
  journal: RegExp;
  /** Controls of the routine, never kept as answers: the user is asked once whether to leave the questions. */
  previous: RegExp;
  startOver: RegExp;
  slower: RegExp;
  faster: RegExp;
}

/**
 * Phrases found anywhere in an answer as whole words (not inside another word): for AnswerWords.heavy
 * and .unsafe, which look inside what was said rather than at all of it. Matched against the answer as
 * AnswerWords are (lowercased, punctuation removed).
 */
export function anywhere(...phrases: string[]): Matcher {
  // Built on first use, not at load: constructing a pattern with \p{L} makes V8 build the whole Unicode
  // letter class, about 0.2 ms each, and the four of them were 0.9 ms of every cold start's module load.
  let pattern: RegExp | undefined;
  return { test: (said) => (pattern ??= new RegExp(`(?<![\\p{L}'])(?:${phrases.join('|')})(?![\\p{L}'])`, 'u')).test(said) };
}

/** What AnswerWords.heavy and .unsafe need of a pattern: whether an answer has one of its phrases. */
export type Matcher = Pick<RegExp, 'test'>;

/**
 * How fast the language is spoken, for the speech estimate (docs/architecture.md, "The budget and the
 * timeline"). English is the reference, 2.5 words a second at the normal rate; every other language
 * speaks as many syllables a second as English does, so its words a second are English's times the
 * syllables an English word has in our content over the syllables one of its own words has
 * (test/unit/rate.test.ts measures both with `syllables` and checks the figure).
 */
export interface SpeakingRate {
  /** Words a second at the normal rate. */
  wordsPerSecond: number;
  /** A rough count of one lowercased word's syllables (its vowel groups), for that measurement. */
  syllables(word: string): number;
}

/** All spoken content of one language, and the rules for saying things in it. */
export interface Content {
  /** BCP 47 language tag, for the plural rules ("en", "de"). */
  language: string;
  /** How fast it is spoken: every estimate of seconds in this language uses it. */
  speakingRate: SpeakingRate;
  areas: Record<AreaId, AreaContent>;
  middleCues: Variants;
  lastCues: Variants;
  lines: Record<LineKey, Variants>;
  /** How tools, lengths and paces are said aloud. */
  toolNames: Record<Tool, string>;
  lengthNames: Record<Length, string>;
  paceNames: Record<Pace, string>;
  /** Counted words, e.g. massage / massages. */
  nouns: { massage: Plural; evening: Plural; minute: Plural; day: Plural };
  calendar: Calendar;
  answers: AnswerWords;
  /**
   * A time of day as people say it, on the day it first comes: "21:30", 'today' -> "nine thirty
   * tonight"; "07:00", 'tomorrow' -> "seven tomorrow morning".
   */
  sayTime(hhmm: string, day: 'today' | 'tomorrow'): string;
  /** The part of the day a time falls in, as in "every {part}": "21:30" -> "night", "07:00" -> "morning". */
  partOfDay(hhmm: string): string;
  /** The screen: an area's title from its spoken name ("your jaw" -> "Jaw") or its tension place ("im Nacken" -> "Nacken"), and "{step} of {total}". */
  screen: { title(areaName: string): string; progress: string };
  tension: TensionWords;
  /**
   * The language's last touch to a filled line, where a value meets the words around it (German "bei
   * dem Ausklang" -> "beim Ausklang"); none in English.
   */
  contract?(line: string): string;
}

/** Words and rules of the tension check-in and its patterns, per language. */
export interface TensionWords {
  /** Numbers as people say them, by value (0, 1, 2...); larger ones are said as digits. */
  numbers: readonly string[];
  /** Zero said on its own ("up from none"). */
  none: string;
  /** Two names joined: "your jaw and your neck". */
  and(first: string, second: string): string;
  /** Any number of names joined: "your temples, your forehead and your neck". */
  list(names: readonly string[]): string;
  /**
   * Where tension sits in an area, when it is said otherwise than the area's name (which is how the
   * massage names it): German "im Nacken" where the massage says "deinem Hals", since Nacken is the
   * word for neck tension; the language's tension lines put it where it fits ("Spannung im Nacken").
   */
  places: Partial<Record<Exclude<AreaId, 'finish'>, string>>;
  /** Areas whose name takes a plural verb ("your temples were"). */
  plural: readonly AreaId[];
  was: { one: string; other: string };
  hasBeen: { one: string; other: string };
  /** The screen chart's title, and the label of an evening tight all over. */
  chartTitle: string;
  chartAllOver: string;
}
