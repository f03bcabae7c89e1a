import type { Completion, ProfileChange, ProgressStore, QuestionId, Reflection, ReflectionKey, ReflectionQuery, Stats, Profile } from './types';

/**
 * One turn's view of the store: after the first failure, every further call in the
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

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    if (this.failed) {
      const e = new Error('the store failed earlier in this turn');
      e.name = 'StoreUnavailable';
      throw e;
    }
    try {
      return await fn();
    } catch (e) {
      this.failed = e as Error;
      throw e;
    }
  }

  loadProfile(userId: string): Promise<Profile | undefined> {
    return this.call(() => this.inner.loadProfile(userId));
  }
  updateProfile(userId: string, change: ProfileChange): Promise<void> {
    return this.call(() => this.inner.updateProfile(userId, change));
  }
  recordCompletion(userId: string, completion: Completion): Promise<Stats> {
    return this.call(() => this.inner.recordCompletion(userId, completion));
  }
  saveAnswer(userId: string, key: ReflectionKey, question: QuestionId, answer: string): Promise<void> {
    return this.call(() => this.inner.saveAnswer(userId, key, question, answer));
  }
  listReflections(userId: string, query?: ReflectionQuery): Promise<Reflection[]> {
    return this.call(() => this.inner.listReflections(userId, query));
  }
  deleteReflections(userId: string, range?: { fromDay?: string; toDay?: string }): Promise<number> {
    return this.call(() => this.inner.deleteReflections(userId, range));
  }
  deleteUser(userId: string): Promise<number> {
    return this.call(() => this.inner.deleteUser(userId));
  }
}
