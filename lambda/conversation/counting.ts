import { advanceStreak } from '../progress/streak';
import { CLOSING_SECONDS, instructionSeconds, OPENING_SECONDS, type Plan } from '../routine/plan';
import type { Turn } from './turn';
import { plan } from './options';
import { position } from './position';
import { heardToEnd } from './resume';

/** Counting a finished routine: once, when it has been heard to its last step. */

/** Estimated minutes of a whole routine, for the stats. */
export function routineMinutes(turn: Turn, p: Plan): number {
  let seconds = OPENING_SECONDS + CLOSING_SECONDS;
  for (const s of p.steps) seconds += instructionSeconds(turn.content.areas[s.area], p.options, p.voice) + s.holdSeconds;
  return Math.max(1, Math.round(seconds / 60));
}

/** Whether the user has reached the routine's last step (so it counts). */
export function reachedLastStep(turn: Turn): boolean {
  const r = turn.state.routine;
  if (!r?.completion || r.completion.counted) return false;
  const pos = position(turn);
  if (pos.kind === 'end') return true;
  const last = plan(turn, r.options).steps.length - 1;
  return (pos.kind === 'step' || pos.kind === 'paused') && pos.step >= last;
}

/**
 * A routine whose last part was sent in an earlier session and has played out counts now, even
 * though no request ever came after it. The run id keeps it from counting twice.
 */
export function countHeardFromEarlierSession(turn: Turn): void {
  const saved = turn.profile.resume;
  if (turn.state.routine || !saved?.finish || !heardToEnd(turn, saved)) return;
  countRun(turn, saved.finish);
}

/** Counts a finished routine once (written with the turn's other changes at the end of the turn). */
export function countCompletion(turn: Turn): void {
  const r = turn.state.routine;
  if (!r?.completion || r.completion.counted) return;
  r.completion.counted = true;
  countRun(turn, { day: r.completion.day, minutes: r.completion.minutes, runId: r.runId });
}

/**
 * Counts a run: the stats move now, in the session's copy, and the write goes out once, at the end
 * of the turn, together with the turn's other changes (one UpdateItem). If it fails it is kept in
 * the session and tried again on the next turn, from the stats as they were before.
 */
export function countRun(turn: Turn, run: { day: string; minutes: number; runId?: string }): void {
  const known = turn.profile.stats;
  // Not yet offered the reminder, and someone is listening: it is marked offered in the same write,
  // and said at this session's good night.
  const offer = !turn.profile.flags.reminderOffered && !turn.profile.reminderToken && turn.hi.requestEnvelope.request.type !== 'SessionEndedRequest';
  const rest = turn.profile.rest?.day;
  turn.pendingCompletion = { day: run.day, minutes: run.minutes, runId: run.runId, known, ...(turn.profile.runs && { seenRuns: turn.profile.runs }), ...(rest && { rest }) };
  turn.profile.stats = { ...known, ...advanceStreak(known, run.day, rest), completed: known.completed + 1, minutes: known.minutes + run.minutes };
  if (offer) {
    turn.change({ flags: { reminderOffered: true } });
    turn.state.offerReminder = true;
  }
  // The routine is done: its resume point goes (the write removes it), unless something later in
  // this turn saves a new one.
  delete turn.profile.resume;
  delete turn.changes.resume;
}
