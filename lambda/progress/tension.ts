import { AREAS, isArea, type AreaId } from '../routine/types';
import { addDays } from './days';
import { daysBetween } from './dates';

/**
 * The nightly tension check-in: where the user felt the most tension, kept per practice day
 * (4 am turnover), and the patterns in it. Pure: the check-ins and today are passed in.
 */

/** Areas that can be named (the finishing pass with the hands is not an area of the face). */
export type TensionArea = Exclude<AreaId, 'finish'>;
/** An answer that names no area. `unsure` ("I don't know") and `skipped` are kept only so the question isn't asked twice in one evening. */
export const TENSION_WORDS = ['nowhere', 'everywhere', 'unsure', 'skipped'] as const;
export type TensionWord = (typeof TENSION_WORDS)[number];
/** One evening's answer: one or two areas, or one word. */
export type CheckIn = readonly TensionArea[] | readonly [TensionWord];
/** Check-ins by practice day (YYYY-MM-DD). */
export type CheckIns = Readonly<Record<string, CheckIn>>;

/** At most this many areas are kept from one answer. */
export const MAX_AREAS = 2;
/** Check-ins older than this many practice days are pruned when a new one is written. */
export const KEEP_DAYS = 60;
/** "The last few evenings" that choose tomorrow's focus. */
export const FOCUS_EVENINGS = 3;
/** Fewer check-ins than this: no pattern yet. */
export const MIN_CHECK_INS = 3;
/** Evenings the screen chart shows. */
export const CHART_DAYS = 14;

export function isTensionArea(v: unknown): v is TensionArea {
  return isArea(v) && v !== 'finish';
}

function isWord(v: unknown): v is TensionWord {
  return typeof v === 'string' && (TENSION_WORDS as readonly string[]).includes(v);
}

/**
 * A check-in from what was heard: up to two distinct areas (in the order said), else the word,
 * else undefined. An area named together with "everywhere" is just the area.
 */
export function checkInOf(areas: readonly (string | undefined)[], word?: string): CheckIn | undefined {
  const named = [...new Set(areas.filter(isTensionArea))].slice(0, MAX_AREAS);
  if (named.length) return named;
  return isWord(word) ? [word] : undefined;
}

/** A stored value as a check-in, or undefined when it is not one (a value an older version or a hand edit left). */
export function readCheckIn(value: unknown): CheckIn | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  if (value.length === 1 && isWord(value[0])) return [value[0]];
  if (value.length <= MAX_AREAS && value.every(isTensionArea) && new Set(value).size === value.length) return value as TensionArea[];
  return undefined;
}

/** The areas an answer named (none for a word). */
export function areasOf(c: CheckIn | undefined): TensionArea[] {
  return (c ?? []).filter(isTensionArea);
}

/** Whether an evening counts as a check-in for the patterns: areas, nowhere or everywhere. */
export function counts(c: CheckIn | undefined): boolean {
  return !!c && (areasOf(c).length > 0 || c[0] === 'nowhere' || c[0] === 'everywhere');
}

/** Whether the evening held tension: areas named, or everywhere. */
function tense(c: CheckIn | undefined): boolean {
  return !!c && (areasOf(c).length > 0 || c[0] === 'everywhere');
}

/** Days older than the last KEEP_DAYS practice days, to remove with the next write. */
export function staleDays(checkIns: CheckIns, today: string): string[] {
  const oldest = addDays(today, -(KEEP_DAYS - 1));
  return Object.keys(checkIns).filter((d) => d < oldest);
}

/** The check-ins of the `n` practice days ending `endDaysAgo` days before today (0 = ending today). */
function windowOf(checkIns: CheckIns, today: string, n: number, endDaysAgo = 0): [string, CheckIn][] {
  return Object.entries(checkIns).filter(([day]) => {
    const ago = daysBetween(day, today);
    return ago >= endDaysAgo && ago < endDaysAgo + n;
  });
}

export interface AreaCount {
  area: TensionArea;
  /** Evenings the area was named. */
  evenings: number;
}

/**
 * Areas by how many evenings they were named: most first; on a tie, the one named most recently,
 * then the routine's order.
 */
export function rankAreas(entries: readonly [string, CheckIn][]): AreaCount[] {
  const tally = new Map<TensionArea, { evenings: number; last: string }>();
  for (const [day, c] of entries) {
    for (const area of areasOf(c)) {
      const t = tally.get(area) ?? { evenings: 0, last: day };
      t.evenings += 1;
      if (day > t.last) t.last = day;
      tally.set(area, t);
    }
  }
  return [...tally.entries()]
    .sort(([a, x], [b, y]) => y.evenings - x.evenings || (x.last < y.last ? 1 : x.last > y.last ? -1 : 0) || AREAS.indexOf(a) - AREAS.indexOf(b))
    .map(([area, t]) => ({ area, evenings: t.evenings }));
}

export interface WindowSummary {
  /** Practice days in the window with a check-in that counts. */
  checkIns: number;
  /** Evenings that held tension (areas or everywhere). */
  tenseEvenings: number;
  /** Evenings the answer was "everywhere". */
  everywhere: number;
  areas: AreaCount[];
}

function summarise(entries: readonly [string, CheckIn][]): WindowSummary {
  const counted = entries.filter(([, c]) => counts(c));
  return {
    checkIns: counted.length,
    tenseEvenings: counted.filter(([, c]) => tense(c)).length,
    everywhere: counted.filter(([, c]) => c[0] === 'everywhere').length,
    areas: rankAreas(counted),
  };
}

/** Fewer tense evenings than the seven before ('easing'), more, or the same; undefined with no check-in in the seven before. */
export type Trend = 'easing' | 'same' | 'more';

export interface TensionPattern {
  /** Check-ins that count, over everything kept. */
  total: number;
  week: WindowSummary;
  month: WindowSummary;
  /** The seven practice days before the last seven. */
  weekBefore: WindowSummary;
  trend?: Trend;
}

/**
 * The evening the windows end on: tonight once it has an answer, else last night (asked in the
 * morning, "the last seven evenings" are the seven that have been).
 */
export function lastEvening(checkIns: CheckIns, today: string): string {
  return checkIns[today] ? today : addDays(today, -1);
}

/** Patterns over the last 7 and 30 evenings (practice days, to the last evening), and the trend against the seven before. */
export function tensionPattern(checkIns: CheckIns, today: string): TensionPattern {
  const end = lastEvening(checkIns, today);
  const week = summarise(windowOf(checkIns, end, 7));
  const weekBefore = summarise(windowOf(checkIns, end, 7, 7));
  const total = Object.values(checkIns).filter(counts).length;
  let trend: Trend | undefined;
  if (weekBefore.checkIns > 0 && week.checkIns > 0) {
    trend = week.tenseEvenings < weekBefore.tenseEvenings ? 'easing' : week.tenseEvenings > weekBefore.tenseEvenings ? 'more' : 'same';
  }
  return { total, week, month: summarise(windowOf(checkIns, end, 30)), weekBefore, trend };
}

export interface SuggestedFocus {
  area: TensionArea;
  /** Evenings it was named among the last few. */
  evenings: number;
  /** Named on the evening before today. */
  lastNight: boolean;
}

/**
 * The area to give more time to tonight: the one named most over the last few evenings
 * (FOCUS_EVENINGS practice days before today; tonight's own answer, if any, too), or none.
 */
export function suggestedFocus(checkIns: CheckIns, today: string): SuggestedFocus | undefined {
  const [top] = rankAreas(windowOf(checkIns, today, FOCUS_EVENINGS + 1));
  if (!top) return undefined;
  const lastNight = areasOf(checkIns[addDays(today, -1)]).includes(top.area);
  return { area: top.area, evenings: top.evenings, lastNight };
}

/**
 * Whether the check-ins already gave this focus to the user's last routine, tonight's earlier one or
 * last night's (`lastRoutineDay`, the practice day of the last routine counted): then the line saying
 * why is not new. That routine's focus is worked out as it was then, from the check-ins before its day.
 */
export function focusedBefore(checkIns: CheckIns, area: TensionArea, today: string, lastRoutineDay: string | undefined): boolean {
  if (!lastRoutineDay || (lastRoutineDay !== today && lastRoutineDay !== addDays(today, -1))) return false;
  const before = Object.fromEntries(Object.entries(checkIns).filter(([day]) => day < lastRoutineDay));
  return suggestedFocus(before, lastRoutineDay)?.area === area;
}

export interface TensionChart {
  /** The practice days shown, oldest first. */
  days: string[];
  /** One row per area named in those days, in the routine's order; a mark per day. */
  rows: { area: TensionArea; marks: boolean[] }[];
  /** Days whose answer was "everywhere", or "nowhere". */
  everywhere: boolean[];
  nowhere: boolean[];
}

/** The last CHART_DAYS evenings, by area, for the screen ("everywhere" is its own row there). */
export function tensionChart(checkIns: CheckIns, today: string, n = CHART_DAYS): TensionChart {
  const end = lastEvening(checkIns, today);
  const days = Array.from({ length: n }, (_, i) => addDays(end, i - n + 1));
  const named = new Set(days.flatMap((d) => areasOf(checkIns[d])));
  const rows = AREAS.filter((a): a is TensionArea => named.has(a as TensionArea)).map((area) => ({
    area,
    marks: days.map((d) => areasOf(checkIns[d]).includes(area)),
  }));
  return {
    days,
    rows,
    everywhere: days.map((d) => checkIns[d]?.[0] === 'everywhere'),
    nowhere: days.map((d) => checkIns[d]?.[0] === 'nowhere'),
  };
}

/** Tonight's focus and where it comes from: asked for (tonight, or the usual one), or the recent check-ins. */
export type ChosenFocus = { area: AreaId; from: 'asked' } | ({ from: 'tension' } & SuggestedFocus);

/**
 * The focus asked for wins (tonight's, then the usual one); without one, the area named most over the
 * last few evenings, unless the user turned the check-in off.
 */
export function chooseFocus(asked: { tonight?: AreaId; usual?: AreaId }, checkIns: CheckIns, today: string, listening = true): ChosenFocus | undefined {
  const area = asked.tonight ?? asked.usual;
  if (area) return { area, from: 'asked' };
  const suggested = listening ? suggestedFocus(checkIns, today) : undefined;
  return suggested && { from: 'tension', ...suggested };
}
