import { type RoutineOptions } from '../routine/types';
import type { ResumePoint } from '../store/types';
import type { Turn } from './turn';

/** The resume point: where the user stopped, kept for the next launch. */

/** A routine stopped within this long is picked up at the next launch. */
export const RESUME_WINDOW_MS = 12 * 60 * 60 * 1000;

/** Whether a resume point's routine was heard to its end: its last part was sent and has played out. */
export function heardToEnd(turn: Turn, saved: ResumePoint | undefined): boolean {
  if (!saved?.finish) return false;
  if (turn.now.getTime() >= Date.parse(saved.finish.endsAt)) return true;
  return !!saved.chapter && (turn.spokeAt - saved.chapter.startedAt) / 1000 >= saved.chapter.seconds;
}

/**
 * Remembers where the user stopped (not once the run has counted: there is nothing left to resume),
 * with the cues said so far in the run, in the turn's one write.
 */
export function saveResume(turn: Turn, options: RoutineOptions, step: number, chapter?: ResumePoint['chapter']): void {
  const r = turn.state.routine;
  if (r?.completion?.counted) return;
  const cues = { ...(r?.cueUses && { cueUses: r.cueUses }), ...(r?.lastCue && { lastCue: r.lastCue }) };
  turn.change({ resume: { step, options, at: turn.now.toISOString(), ...(chapter && { chapter }), ...cues } });
}

/** The cues said so far in a run: the session's, or the resume point's when the run began in an earlier session. */
export type CuesSaid = Pick<ResumePoint, 'cueUses' | 'lastCue'>;
