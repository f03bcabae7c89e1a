import type { Completion, DeleteOptions, ProfileChange, ProgressStore, QuestionId, Reflection, ReflectionKey, ReflectionQuery, Stats, Profile } from './types';

/**
 * One turn's view of the store: nothing at all for a request without a user id; after the first failure, every further call in the
 * same turn fails at once. A table that hangs costs a turn one client bound
 * (about 2 s), never one per call, so the reply still comes well inside Alexa's 8 s.
 */
export class GuardedStore implements ProgressStore {
  private failed?: Error;

  constructor(private readonly inner: ProgressStore) {}

  /** True once a call of this turn has failed. */
  get down(): boolean {
    return !!this.failed;
  }

  private async call<T>(userId: string, fn: () => Promise<T>): Promise<T> {
    if (!userId) {
      // A request without a user id would otherwise share one partition with every other such request.
      const e = new Error('no user id: nothing is stored or read');
      e.name = 'NoUser';
      throw e;
    }
    if (this.failed) {
      const e = new Error('the store failed earlier in this turn');
      e.name = 'StoreUnavailable';
      throw e;
    }
    try {
      return await fn();
    } catch (e) {
      // A deletion stopped for time is not a table fault.
      if ((e as Error)?.name !== 'DeletionUnfinished') this.failed = e as Error;
      throw e;
    }
  }

  loadProfile(userId: string): Promise<Profile | undefined> {
    return this.call(userId, () => this.inner.loadProfile(userId));
  }
  updateProfile(userId: string, change: ProfileChange): Promise<void> {
    return this.call(userId, () => this.inner.updateProfile(userId, change));
  }
  recordCompletion(userId: string, completion: Completion): Promise<Stats> {
    return this.call(userId, () => this.inner.recordCompletion(userId, completion));
  }
  saveAnswer(userId: string, key: ReflectionKey, question: QuestionId, answer: string, cut?: boolean): Promise<void> {
    return this.call(userId, () => this.inner.saveAnswer(userId, key, question, answer, cut));
  }
  listReflections(userId: string, query?: ReflectionQuery): Promise<Reflection[]> {
    return this.call(userId, () => this.inner.listReflections(userId, query));
  }
  deleteReflections(userId: string, range?: { fromDay?: string; toDay?: string }, opts?: DeleteOptions): Promise<number> {
    return this.call(userId, () => this.inner.deleteReflections(userId, range, opts));
  }
  deleteUser(userId: string, opts?: DeleteOptions): Promise<number> {
    return this.call(userId, () => this.inner.deleteUser(userId, opts));
  }
}
