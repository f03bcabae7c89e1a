import { locate } from '../routine/narration';
import { type AreaId, type RoutineOptions } from '../routine/types';
import type { Turn } from './turn';
import { bedtimeRoutine } from './mode';
import { plan, refit } from './options';
import { heardToEnd, keptOnEarlierEvening, saveResume, stillKept } from './resume';

/** Where the user is in the routine, placed on the chapter's timeline. */

export type Position =
  | { kind: 'none' }
  | { kind: 'step'; step: number; options: RoutineOptions }
  | { kind: 'paused'; step: number; options: RoutineOptions }
  | { kind: 'saved'; step: number; options: RoutineOptions }
  | { kind: 'between'; next: number; options: RoutineOptions }
  | { kind: 'end'; options: RoutineOptions };

export function areaName(turn: Turn, area: AreaId): string {
  return turn.content.areas[area].name;
}

/** The spoken name of a step of a routine ("your jaw"). */
export function stepName(turn: Turn, options: RoutineOptions, step: number): string {
  const p = plan(turn, options);
  const s = p.steps[Math.min(Math.max(0, step), p.steps.length - 1)];
  return areaName(turn, s.area);
}

/** Where the user is now: placed with the chapter's timeline and the time they spoke. */
export function position(turn: Turn): Position {
  const r = turn.state.routine;
  if (r) {
    if (r.pausedAt !== undefined) return { kind: 'paused', step: r.pausedAt, options: r.options };
    const elapsed = (turn.spokeAt - r.chapter.startedAt) / 1000;
    const where = locate(r.chapter, elapsed);
    if (!where.after) return { kind: 'step', step: where.step, options: r.options };
    return r.chapter.last ? { kind: 'end', options: r.options } : { kind: 'between', next: r.chapter.to, options: r.options };
  }
  const saved = turn.profile.resume;
  if (saved && !heardToEnd(turn, saved) && stillKept(turn, saved)) {
    // A part that may still be playing from an earlier session: place the user on its timeline.
    let step = saved.step;
    if (saved.chapter) {
      const where = locate({ ...saved.chapter, from: saved.step }, (turn.spokeAt - saved.chapter.startedAt) / 1000);
      step = where.after ? Math.min(saved.chapter.to, plan(turn, saved.options).steps.length - 1) : where.step;
    }
    return { kind: 'saved', step, options: { ...saved.options, bedtime: bedtimeRoutine(turn) } };
  }
  return { kind: 'none' };
}

/**
 * Whether the user spoke before the step they are placed on began: during the words that open a
 * chapter (the welcome, the oil, an acknowledgement), before its first area. Only that step can be.
 */
export function notBegun(turn: Turn, pos: Position): boolean {
  const r = turn.state.routine;
  const first = r?.chapter.timeline[0];
  return pos.kind === 'step' && !!first && pos.step === first.step && (turn.spokeAt - r!.chapter.startedAt) / 1000 < first.at;
}

/** The step a control acts on, and how many steps the routine has. */
export function currentStep(turn: Turn, pos: Exclude<Position, { kind: 'none' }>): number {
  switch (pos.kind) {
    case 'between':
      return pos.next - 1;
    case 'end':
      return plan(turn, pos.options).steps.length - 1;
    default:
      return pos.step;
  }
}

/** In a routine of this session, on a step or between parts (not after its end). */
export type MidRoutine = Extract<Position, { kind: 'step' | 'paused' | 'between' }>;

export function isMidRoutine(pos: Position): pos is MidRoutine {
  return pos.kind === 'step' || pos.kind === 'paused' || pos.kind === 'between';
}

/** The step to go on from: between parts, the next part's first step; otherwise the step the user is on. */
export function resumeStep(turn: Turn, pos: Exclude<Position, { kind: 'none' }>): number {
  return pos.kind === 'between' ? pos.next : currentStep(turn, pos);
}

/**
 * A response that is not the routine's own (the journal read, "how am I doing?", a confirmation)
 * cuts off the chapter playing when the user spoke: the routine waits on the step heard then, and
 * the place kept is that step, no longer the chapter's timeline (which would go on counting as if
 * the chapter had played on, and pick up a step or two later). Called once the turn's response is
 * made; nothing to do when the turn played, held or ended the routine itself.
 */
export function holdIfCutOff(turn: Turn): void {
  const r = turn.state.routine;
  if (!r || r.pausedAt !== undefined || r.chapter.startedAt === turn.now.getTime()) return;
  const pos = position(turn);
  if (pos.kind !== 'step') return;
  r.pausedAt = pos.step;
  saveResume(turn, pos.options, pos.step);
}

/**
 * A kept place as it is picked up: later the same evening, as it was; on a later evening, with the
 * saved tool (one chosen for that evening only, "with my jade roller", was for that evening) and
 * every area (one said to be sore was left out for that evening only), from the same area.
 */
export function pickUp(turn: Turn, pos: Extract<Position, { kind: 'saved' }>): { options: RoutineOptions; step: number; laterEvening: boolean } {
  const saved = turn.profile.resume;
  const laterEvening = !!saved && keptOnEarlierEvening(turn, saved);
  const tool = turn.profile.prefs.tool;
  if (!laterEvening || (pos.options.tool === tool && !pos.options.sore)) return { options: pos.options, step: pos.step, laterEvening };
  return { ...refit(turn, pos.options, { tool, sore: undefined }, pos.step), laterEvening };
}
