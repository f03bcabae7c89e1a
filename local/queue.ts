import { runJob, type Job, type WorkQueue } from '../lambda/background/jobs';
import type { ProgressStore } from '../lambda/store/types';

/**
 * The local stand-in for the SQS work queue and its consumer (infra/deletion.ts, lambda/worker.ts), for
 * the tests and `npm start`: jobs are kept in memory and done by `drain()`; a job that fails stays for
 * the next drain, and after `maxTries` goes to `deadLetters`, as SQS moves it to the dead-letter queue.
 */
export class LocalWorkQueue implements WorkQueue {
  readonly waiting: { job: Job; tries: number }[] = [];
  readonly deadLetters: Job[] = [];
  /** While set, `send` fails (the queue itself unreachable). */
  failing = false;

  constructor(private readonly maxTries = 5) {}

  async send(job: Job): Promise<void> {
    if (this.failing) throw Object.assign(new Error('queue unreachable'), { name: 'QueueUnavailable' });
    this.waiting.push({ job: JSON.parse(JSON.stringify(job)), tries: 0 });
  }

  /** Does every waiting job once, in order; one user's later jobs wait while an earlier one fails. Returns how many were done. */
  async drain(store: ProgressStore): Promise<number> {
    let done = 0;
    const blocked = new Set<string>();
    for (const entry of [...this.waiting]) {
      if (blocked.has(entry.job.userId)) continue;
      try {
        await runJob(store, entry.job);
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        done += 1;
      } catch {
        entry.tries += 1;
        blocked.add(entry.job.userId);
        if (entry.tries >= this.maxTries) {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          this.deadLetters.push(entry.job);
        }
      }
    }
    return done;
  }
}
