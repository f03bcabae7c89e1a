import type { Stats } from '../store/types';
import { addDays } from './days';

/**
 * A night of rest (Profile.rest: a routine stopped after discomfort or feeling unwell) the day after
 * the streak's last day counts as one of its days: the user came, and stopped because they were
 * told to. It is not a massage (the count of massages is not touched). Otherwise the stats as they are.
 */
function throughRest(stats: Stats, rest?: string): Stats {
  if (!rest || !stats.lastDay || addDays(stats.lastDay, 1) !== rest) return stats;
  const currentStreak = stats.currentStreak + 1;
  return { ...stats, currentStreak, bestStreak: Math.max(stats.bestStreak, currentStreak), lastDay: rest };
}

/**
 * The streak after a routine completed on `day`. Same day: unchanged.
 * The day after the last one: one more. A gap: a new streak of one.
 * A day earlier than the last one (a second device in another zone) changes nothing.
 * A night of rest right after the last day (`rest`) keeps the streak going, and counts in it.
 */
export function advanceStreak(stats: Stats, day: string, rest?: string): Pick<Stats, 'currentStreak' | 'bestStreak' | 'lastDay'> {
  const s = throughRest(stats, rest);
  const last = s.lastDay;
  let current: number;
  if (last && day <= last) {
    current = Math.max(s.currentStreak, 1);
    return { currentStreak: current, bestStreak: Math.max(s.bestStreak, current), lastDay: last };
  }
  if (last && addDays(last, 1) === day) current = s.currentStreak + 1;
  else current = 1;
  return { currentStreak: current, bestStreak: Math.max(s.bestStreak, current), lastDay: day };
}

/**
 * The streak as it stands today: a streak whose last day is neither today nor
 * yesterday has lapsed, even though the stored number still says otherwise; and the best one. A
 * night of rest right after the last day counts in both.
 */
export function streakOn(stats: Stats, today: string, rest?: string): { current: number; best: number } {
  const s = throughRest(stats, rest);
  const current = s.lastDay && (s.lastDay === today || addDays(s.lastDay, 1) === today) ? s.currentStreak : 0;
  return { current, best: s.bestStreak };
}
