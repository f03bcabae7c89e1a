import type { ProgressStore, QuestionId, ReflectionKey } from '../store/types';

/**
 * Work the skill owes a user but could not finish within a turn, handed to a durable queue (SQS with a
 * dead-letter queue in AWS, infra/deletion.ts; local/queue.ts locally) and done by its own small
 * consumer (lambda/worker.ts) until it succeeds:
 *  - a deletion the user asked for ("delete all my data", "delete my journal", disabling the skill
 *    without keeping data) that failed or ran out of time: only what existed when they asked (`before`);
 *  - answers held in the session while the table was down, when the session then ended by silence.
 */
export type Job =
  | { kind: 'delete-user'; userId: string; before: string }
  | { kind: 'delete-reflections'; userId: string; before: string; fromDay?: string; toDay?: string }
  | { kind: 'save-answers'; userId: string; answers: { key: ReflectionKey; question: QuestionId; answer: string; cut?: true }[] };

export interface WorkQueue {
  /** Resolves once the job is stored durably; rejects when it could not be. */
  send(job: Job): Promise<void>;
}

/** A queue that can't keep anything (no queue configured): every send fails, so the caller says so. */
export const NO_QUEUE: WorkQueue = {
  send: () => Promise.reject(Object.assign(new Error('no work queue configured'), { name: 'NoQueue' })),
};

/** The SQS queue at `url`; its client is loaded on the first send only (most turns never send). */
export function sqsQueue(url: string, region?: string): WorkQueue {
  let queue: Promise<WorkQueue> | undefined;
  return { send: async (job) => (await (queue ??= import('./sqs').then((m) => new m.SqsWorkQueue(url, region)))).send(job) };
}

/** Does one job. Throws when it could not be done (the queue tries again, then keeps it in its dead-letter queue). */
export async function runJob(store: ProgressStore, job: Job): Promise<void> {
  switch (job.kind) {
    case 'delete-user':
      await store.deleteUser(job.userId, { before: job.before });
      return;
    case 'delete-reflections':
      await store.deleteReflections(job.userId, { fromDay: job.fromDay, toDay: job.toDay }, { before: job.before });
      return;
    case 'save-answers':
      for (const a of job.answers) await store.saveAnswer(job.userId, a.key, a.question, a.answer, a.cut === true);
      return;
  }
}

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** A job from a queue message body, or undefined when it isn't one. */
export function parseJob(body: string): Job | undefined {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!j || typeof j !== 'object' || !str(j.userId)) return undefined;
  if (j.kind === 'delete-user' && str(j.before)) return { kind: 'delete-user', userId: j.userId, before: j.before };
  if (j.kind === 'delete-reflections' && str(j.before)) {
    return { kind: 'delete-reflections', userId: j.userId, before: j.before, ...(str(j.fromDay) && { fromDay: j.fromDay }), ...(str(j.toDay) && { toDay: j.toDay }) };
  }
  if (j.kind === 'save-answers' && Array.isArray(j.answers)) return { kind: 'save-answers', userId: j.userId, answers: j.answers as Extract<Job, { kind: 'save-answers' }>['answers'] };
  return undefined;
}
