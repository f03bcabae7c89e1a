/**
 * Local practice days. A day turns over at 4 am local time, so a massage at
 * 12:30 am counts for the evening before. Pure: the instant is passed in.
 */

export const TURNOVER_HOUR = 4;

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        weekday: 'short',
      });
    } catch {
      return undefined;
    }
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

/** Local wall-clock parts of an instant. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
}

/** Local wall-clock parts of an instant in an IANA time zone (UTC when the zone is unknown). */
export function localParts(instant: Date, timeZone = 'UTC'): LocalParts {
  const fmt = formatterFor(timeZone);
  if (!fmt) return localParts(instant, 'UTC');
  const parts: Record<string, string> = {};
  for (const p of fmt.formatToParts(instant)) parts[p.type] = p.value;
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: weekdays.indexOf(parts.weekday),
  };
}

/** True when the zone is a usable IANA time zone. */
export function isValidTimeZone(timeZone: string | undefined): timeZone is string {
  return typeof timeZone === 'string' && timeZone !== '' && formatterFor(timeZone) !== undefined;
}

/** YYYY-MM-DD of a calendar date. */
export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when the value is a YYYY-MM-DD date the calendar has (not 2026-13-45). */
export function isDay(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && addDays(v, 0) === v;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return formatDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Day of week of a YYYY-MM-DD date, 0 = Sunday. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The practice day an instant belongs to, in the user's zone, with the 4 am turnover. */
export function practiceDay(instant: Date, timeZone?: string): string {
  return practiceDayOf(localParts(instant, timeZone));
}

/** The practice day of local wall-clock parts (4 am turnover). */
export function practiceDayOf(p: LocalParts): string {
  const today = formatDay(p.year, p.month, p.day);
  return p.hour < TURNOVER_HOUR ? addDays(today, -1) : today;
}

/** Local hour with minutes as a fraction, e.g. 22.5 for 10:30 pm. */
export function localHour(instant: Date, timeZone?: string): number {
  return hourOf(localParts(instant, timeZone));
}

/** The hour of local wall-clock parts with minutes as a fraction. */
export function hourOf(p: LocalParts): number {
  return p.hour + p.minute / 60;
}
