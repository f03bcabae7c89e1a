import type { Stats } from '../store/types';
import { addDays } from './days';

/**
 * The streak after a routine completed on `day`. Same day: unchanged.
 * The day after the last one: one more. A gap: a new streak of one.
 * A day earlier than the last one (a second device in another zone) changes nothing.
 */
export function advanceStreak(stats: Stats, day: string): Pick<Stats, 'currentStreak' | 'bestStreak' | 'lastDay'> {
  const last = stats.lastDay;
  let current: number;
  if (last && day <= last) {
    current = Math.max(stats.currentStreak, 1);
    return { currentStreak: current, bestStreak: Math.max(stats.bestStreak, current), lastDay: last };
  }
  if (last && addDays(last, 1) === day) current = stats.currentStreak + 1;
  else current = 1;
  return { currentStreak: current, bestStreak: Math.max(stats.bestStreak, current), lastDay: day };
}

/**
 * The streak as it stands today: a streak whose last day is neither today nor
 * yesterday has lapsed, even though the stored number still says otherwise.
 */
export function currentStreakOn(stats: Stats, today: string): number {
  if (!stats.lastDay) return 0;
  if (stats.lastDay === today || addDays(stats.lastDay, 1) === today) return stats.currentStreak;
  return 0;
}
