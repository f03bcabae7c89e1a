import { addDays, practiceDay } from '../progress/days';
import { type RoutineOptions } from '../routine/types';
import type { ResumePoint } from '../store/types';
import type { Turn } from './turn';

/** The resume point: where the user stopped, kept for the next launch. */

/**
 * How many practice days after the one it was kept on a place is still picked up. One, because the
 * massage is done once an evening: a place kept tonight must still be there tomorrow evening (until
 * that practice day's 4 am turnover), and one older than that gets a fresh routine.
 */
export const RESUME_DAYS = 1;

/** Whether a resume point is still kept: saved on today's practice day or the one before (the user's zone). */
export function stillKept(turn: Turn, saved: ResumePoint): boolean {
  const keptOn = practiceDay(new Date(saved.at), turn.timeZone);
  return turn.today() <= addDays(keptOn, RESUME_DAYS);
}

/** Whether a kept place is picked up on a later evening (practice day) than the one it was kept on. */
export function keptOnEarlierEvening(turn: Turn, saved: ResumePoint): boolean {
  return practiceDay(new Date(saved.at), turn.timeZone) < turn.today();
}

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
