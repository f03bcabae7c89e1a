import { chooseAreas, FULL_INSTRUCTION_TIMES, planRoutine, type Plan } from '../routine/plan';
import { AREAS, type RoutineOptions } from '../routine/types';
import type { Turn } from './turn';
import { bedtimeRoutine } from './mode';

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
  const met = turn.profile.familiar ?? {};
  const familiar = AREAS.filter((a) => (met[a] ?? 0) >= FULL_INSTRUCTION_TIMES);
  if (familiar.length) o.familiar = familiar;
  o.areas = chooseAreas(o, turn.content, eveningNumber(turn));
  return o;
}

/** Which evening this is, as a count of practice days: the standard routine's rotation turns with it. */
function eveningNumber(turn: Turn): number {
  return Math.floor(Date.parse(turn.today()) / 86_400_000);
}

/**
 * The same routine with changed options (a pace, a focus) from the step the user is on: the areas
 * already reached stay, later ones give way if the time needs it. Returns the options and the step.
 */
export function refit(turn: Turn, options: RoutineOptions, changed: Tonight, here: number): { options: RoutineOptions; step: number } {
  const areas = plan(turn, options).steps.map((s) => s.area);
  const area = areas[Math.min(Math.max(0, here), areas.length - 1)];
  const next: RoutineOptions = { ...options, ...changed, areas };
  next.areas = chooseAreas(next, turn.content, eveningNumber(turn), areas.slice(0, areas.indexOf(area) + 1));
  const step = plan(turn, next).steps.findIndex((s) => s.area === area);
  return { options: next, step: Math.max(0, step) };
}

export function plan(turn: Turn, options: RoutineOptions): Plan {
  return planRoutine(options, turn.content);
}
