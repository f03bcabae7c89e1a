import { addDays, formatDay, weekdayOf } from './days';

/** Alexa AMAZON.DATE values to ranges of local days. Pure: today is passed in. */

export type RangeKind = 'day' | 'week' | 'weekend' | 'month' | 'year';

export interface DayRange {
  fromDay: string;
  toDay: string;
  kind: RangeKind;
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
 * calendar (what Alexa resolves against) says `calendarToday`. A journal looks back, so a date Alexa
 * resolved into the future ("Monday" said on a Sunday means the Monday to come)
 * is moved back to the past one.
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
    // A year back, where February 29 becomes the 28th.
    if (day > today) day = day <= addDays(today, 7) ? addDays(day, -7) : formatDay(y - 1, mo, Math.min(d, lastDayOfMonth(y - 1, mo)));
    return { fromDay: day, toDay: day, kind: 'day' };
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

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number);
  const [by, bm, bd] = b.split('-').map(Number);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86400000);
}
