import { addDays, formatDay, weekdayOf } from './days';

/** Alexa AMAZON.DATE values to ranges of local days. Pure: today is passed in. */

export type RangeKind = 'day' | 'week' | 'weekend' | 'month' | 'year';

export interface DayRange {
  fromDay: string;
  toDay: string;
  kind: RangeKind;
  /** A day the same value may stand for when it can be said two ways ("Friday" or "the 27th"): the other reading. */
  or?: string;
}

function isoWeekMonday(year: number, week: number): string {
  const jan4 = formatDay(year, 1, 4);
  const monday1 = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return addDays(monday1, (week - 1) * 7);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The days an AMAZON.DATE value covers (undefined when there is no value, or one of a form the journal
 * doesn't read, like a decade; null when it names no real day: month 00 or 13, February 30, week 60), for a user whose practice day is `today` while the
 * calendar (what Alexa resolves against) says `calendarToday`. A journal looks back, and Alexa resolves a
 * day "on or after the current date", so a day in the future is moved back to the past one it stands for:
 * - within a week, a weekday ("Monday" said on a Sunday is the Monday to come): a week back;
 * - the first such day of the month to come, a day of the month said alone ("the 27th" said on the
 *   28th is next month's): the last such day before today (the 31st skips the months without one);
 * - further, a month and a day ("November 20th" said on the 25th is next year's): a year back
 *   (February 29 becomes the 28th).
 * Said within a week of it, "the 27th" is taken for a weekday, the likelier words (the value alone
 * cannot tell them apart), and the last 27th is the range's `or`, for the journal to try when the
 * weekday has nothing.
 */
export function rangeOfAlexaDate(value: string | undefined, today: string, calendarToday: string = today): DayRange | null | undefined {
  if (!value) return undefined;
  const v = value.trim().toUpperCase();
  if (v === 'PRESENT_REF') return { fromDay: today, toDay: today, kind: 'day' };
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(y, mo)) return null;
    // Alexa resolves "today" and "yesterday" by the calendar. Before 4 am the practice day is still the
    // evening before: to someone up at half past midnight, "today" is that evening and "yesterday" the
    // one before it, so both move back with the practice day. (A weekday name that happens to fall on
    // those dates moves too; at that hour, "yesterday" is by far the likelier words.)
    let day = `${m[1]}-${m[2]}-${m[3]}`;
    const offset = daysBetween(calendarToday, today);
    if (offset !== 0 && (day === calendarToday || day === addDays(calendarToday, -1))) day = addDays(day, offset);
    if (day <= today) return { fromDay: day, toDay: day, kind: 'day' };
    if (day <= addDays(today, 7)) {
      const or = lastDayOfMonthNumbered(today, d);
      return { fromDay: addDays(day, -7), toDay: addDays(day, -7), kind: 'day', ...(or && { or }) };
    }
    const past = pastDay(day, today);
    return { fromDay: past, toDay: past, kind: 'day' };
  }
  m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(v);
  if (m) {
    if (Number(m[2]) < 1 || Number(m[2]) > 53) return null;
    let monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    if (monday > today) monday = addDays(monday, -7);
    return m[3]
      ? { fromDay: addDays(monday, 5), toDay: addDays(monday, 6), kind: 'weekend' }
      : { fromDay: monday, toDay: addDays(monday, 6), kind: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { fromDay: formatDay(y, mo, 1), toDay: formatDay(y, mo, lastDayOfMonth(y, mo)), kind: 'month' };
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return { fromDay: `${m[1]}-01-01`, toDay: `${m[1]}-12-31`, kind: 'year' };
  return undefined;
}

/** The day `d` of the month `k` months after the month of `day`, or undefined when that month has none. */
function dayOfMonthFrom(day: string, k: number, d: number): string | undefined {
  const [y, mo] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, mo - 1 + k, 1));
  const [fy, fm] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
  return d <= lastDayOfMonth(fy, fm) ? formatDay(fy, fm, d) : undefined;
}

const MONTHS_AROUND = Array.from({ length: 13 }, (_, k) => k);

/** The last day numbered `d` on or before today (the 31st skips the months without one). */
function lastDayOfMonthNumbered(today: string, d: number): string | undefined {
  return MONTHS_AROUND.map((k) => dayOfMonthFrom(today, -k, d)).find((v) => v !== undefined && v <= today);
}

/** The past day a future AMAZON.DATE day more than a week ahead stands for (see rangeOfAlexaDate). */
function pastDay(day: string, today: string): string {
  const [y, mo, d] = day.split('-').map(Number);
  const next = MONTHS_AROUND.map((k) => dayOfMonthFrom(today, k, d)).find((v) => v !== undefined && v >= today);
  // The first day so numbered to come: a day of the month said alone, so the last one before today.
  const past = day === next ? lastDayOfMonthNumbered(today, d) : undefined;
  if (past) return past;
  // The same date in an earlier year, the nearest before today.
  for (let py = y - 1; ; py--) {
    const past = formatDay(py, mo, Math.min(d, lastDayOfMonth(py, mo)));
    if (past <= today) return past;
  }
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number);
  const [by, bm, bd] = b.split('-').map(Number);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86400000);
}
