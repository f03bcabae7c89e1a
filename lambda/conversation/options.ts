import { chooseAreas, FULL_INSTRUCTION_TIMES, planRoutine, refitRoutine, type Plan } from '../routine/plan';
import { AREAS, type AreaId, type RoutineOptions } from '../routine/types';
import type { Turn } from './turn';
import { bedtimeRoutine } from './mode';
import { keptOnEarlierEvening } from './resume';

/** Tonight's options, and the routine planned from them. */

/** What the user chose for tonight. Never the bedtime flag: the turn's mode decides it (`bedtimeRoutine`). */
export type Tonight = Partial<Omit<RoutineOptions, 'bedtime'>>;

/**
 * Tonight's options for a fresh routine: the saved preferences, with tonight's choices on top; the
 * areas the user knows (said in short); tonight's areas (the standard routine's turn of the rotating
 * ones, fitted to the time: a slower pace, at bedtime too, covers fewer areas and stays one response).
 */
export function optionsFor(turn: Turn, tonight: Tonight = {}): RoutineOptions {
  const p = turn.profile.prefs;
  const o: RoutineOptions = { length: p.length, tool: p.tool, pace: p.pace, bedtime: bedtimeRoutine(turn) };
  const focus = tonight.focus ?? p.focus;
  if (focus) o.focus = focus;
  if (tonight.length) o.length = tonight.length;
  if (tonight.tool) o.tool = tonight.tool;
  if (tonight.pace) o.pace = tonight.pace;
  if (tonight.focusLine && o.focus) o.focusLine = tonight.focusLine;
  const sore = tonight.sore ?? soreTonight(turn);
  if (sore?.length) o.sore = sore;
  const met = turn.profile.familiar ?? {};
  const familiar = AREAS.filter((a) => (met[a] ?? 0) >= FULL_INSTRUCTION_TIMES);
  if (familiar.length) o.familiar = familiar;
  o.areas = chooseAreas(o, turn.content, eveningNumber(turn));
  return o;
}

/** Which evening this is, as a count of practice days: the standard routine's rotation turns with it. */
export function eveningNumber(turn: Turn): number {
  return Math.floor(Date.parse(turn.today()) / 86_400_000);
}

/** `refitRoutine` for this turn's evening: the same routine with changed options, from the step the user is on. */
export function refit(turn: Turn, options: RoutineOptions, changed: Tonight, here: number): ReturnType<typeof refitRoutine> {
  return refitRoutine(options, changed, turn.content, eveningNumber(turn), here);
}

/**
 * The same routine with a sore area left out for the rest of it ("my jaw hurts"), and the step it
 * goes on from: `from`, a step of the routine as it was, or the first one after it that is left
 * (the number of steps when none is).
 */
export function leaveOut(turn: Turn, options: RoutineOptions, area: AreaId, from: number): { options: RoutineOptions; step: number } {
  const before = plan(turn, options).steps;
  const next: RoutineOptions = { ...options, sore: [...new Set([...(options.sore ?? []), area])] };
  const after = plan(turn, next).steps;
  const at = before[from] ? AREAS.indexOf(before[from].area) : Infinity;
  const step = after.findIndex((s) => AREAS.indexOf(s.area) >= at);
  return { options: next, step: step < 0 ? after.length : step };
}

/**
 * The areas said to be sore this evening, for a fresh routine: those of this session's routine (or
 * the one the questions follow), else those of a place kept on today's practice day.
 */
function soreTonight(turn: Turn): AreaId[] | undefined {
  const r = turn.state.routine ?? turn.state.reflection?.after;
  if (r) return r.options.sore;
  const saved = turn.profile.resume;
  return saved && !keptOnEarlierEvening(turn, saved) ? saved.options.sore : undefined;
}

export function plan(turn: Turn, options: RoutineOptions): Plan {
  return planRoutine(options, turn.content);
}
