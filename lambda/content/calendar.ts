import type { Calendar } from './types';
import { fill } from './pick';
import { weekdayOf } from '../progress/days';
import { daysBetween, type DayRange } from '../progress/dates';

/** How days and ranges of days are said, from a locale's calendar words. Pure. */

/** A day said in full ("Monday, November twenty-third"); today and yesterday by those words. */
export function sayDay(cal: Calendar, day: string, today: string): string {
  const ago = daysBetween(day, today);
  if (ago === 0) return cal.today;
  if (ago === 1) return cal.yesterday;
  return fill(cal.day, { date: sayDate(cal, day, today) });
}

/** A date in the one style the skill uses: weekday, month and ordinal (and the year, when it is not this one). */
export function sayDate(cal: Calendar, day: string, today: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const vars = { weekday: cal.weekdays[weekdayOf(day)], month: cal.months[m - 1], day: d, ordinal: cal.ordinals[d - 1], year: y };
  return fill(today.slice(0, 4) === day.slice(0, 4) ? cal.date : cal.dateOtherYear, vars);
}

/** How a range is said: "yesterday", "Sunday, November twenty-second", "the week of Monday, November sixteenth". */
export function sayRange(cal: Calendar, range: DayRange, today: string): string {
  const [y, m] = range.fromDay.split('-').map(Number);
  switch (range.kind) {
    case 'day':
      return sayDay(cal, range.fromDay, today);
    case 'week':
      return fill(cal.week, { date: sayDate(cal, range.fromDay, today) });
    case 'weekend':
      return fill(cal.weekend, { date: sayDate(cal, range.fromDay, today) });
    case 'month':
      return fill(cal.month, { month: cal.months[m - 1] });
    default:
      return fill(cal.year, { year: y });
  }
}
