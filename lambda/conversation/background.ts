import { NO_QUEUE, type Job } from '../background/jobs';
import type { DeleteOptions } from '../store/types';
import type { Turn } from './turn';

/** How long into a turn a deletion may start its last batch, so the reply still comes well inside Alexa's 8 s. */
export const DELETE_WITHIN_MS = 3000;

/** Hands a job to the durable queue. True when it is safely stored there. */
export async function handOver(turn: Turn, job: Job): Promise<boolean> {
  try {
    await (turn.deps.queue ?? NO_QUEUE).send(job);
    turn.log.info('job_queued', { kind: job.kind });
    return true;
  } catch (e) {
    turn.log.error('job_not_queued', { kind: job.kind, error: (e as Error).name });
    return false;
  }
}

/**
 * A deletion the user asked for: as much as the turn's time allows now, in parallel batches; whatever is
 * left (the time ran out, or the table failed) is handed to the durable queue, which deletes what existed
 * when they asked. 'done': all gone now; 'under-way': the rest is queued; 'failed': nothing could be promised.
 */
export async function deleteNowOrLater(
  turn: Turn,
  job: Extract<Job, { kind: 'delete-user' | 'delete-reflections' }>['kind'],
  range: { fromDay?: string; toDay?: string } | undefined,
  now: (opts: DeleteOptions) => Promise<number>,
): Promise<'done' | 'under-way' | 'failed'> {
  // Everything begun up to this moment (this turn's own clock, the one items are stamped with).
  const before = new Date(turn.now.getTime() + 1).toISOString();
  try {
    // Without a queue to hand the rest to, the deletion is not cut short for time: stopping part-way
    // could only end in "I couldn't delete that" about something half deleted.
    await now(turn.deps.queue ? { until: turn.began + DELETE_WITHIN_MS } : {});
    return 'done';
  } catch (e) {
    turn.log.error('delete_unfinished', { error: (e as Error).name });
    const queued = await handOver(turn, { kind: job, userId: turn.userId, before, ...(range?.fromDay && { fromDay: range.fromDay }), ...(range?.toDay && { toDay: range.toDay }) } as Job);
    return queued ? 'under-way' : 'failed';
  }
}
