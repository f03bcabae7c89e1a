import { advanceStreak } from '../progress/streak';
import { assertDay, assertKeyName, assertQuestion, reflectionBounds, reflectionSortKey } from './keys';
import { zeroStats } from './normalise';
import {
  DEFAULT_PREFS,
  type Completion,
  type Flags,
  type Preferences,
  type Profile,
  type ProfileChange,
  type ProgressStore,
  type QuestionId,
  type Reflection,
  type ReflectionKey,
  type ReflectionQuery,
  type Stats,
  type DeleteOptions,
  QUESTIONS,
  staleRuns,
} from './types';

/** Deep copy of plain data; drops undefined properties as the DynamoDB marshaller does. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => clonePlain(v)) as unknown as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) out[k] = clonePlain(v);
    }
    return out as T;
  }
  return value;
}

// ---------------------------------------------------------------------------

interface ProfileRecord {
  userId: string;
  createdAt: string;
  /** Only the preferences the user set; defaults are filled on read. */
  prefs: Partial<Preferences>;
  stats: Stats;
  resume?: Profile['resume'];
  timeZone?: string;
  flags: Partial<Flags>;
  reminderToken?: string;
  /** Runs counted lately, run id -> epoch ms (see Completion.runId). */
  runs: Map<string, number>;
  tension?: Record<string, unknown>;
  familiar?: Profile['familiar'];
  rest?: Profile['rest'];
}

interface UserRecord {
  profile?: ProfileRecord;
  /** Keyed by sort key, as in the table. */
  reflections: Map<string, Reflection>;
}

/**
 * A Map-backed ProgressStore with the same semantics as DynamoDbProgressStore.
 * Everything is copied in and out, so callers cannot change stored state.
 */
export class MemoryProgressStore implements ProgressStore {
  private readonly users = new Map<string, UserRecord>();
  private readonly now: () => Date;

  constructor(opts: { now?: () => Date } = {}) {
    this.now = opts.now ?? (() => new Date());
  }

  private user(userId: string): UserRecord {
    let rec = this.users.get(userId);
    if (!rec) {
      rec = { reflections: new Map() };
      this.users.set(userId, rec);
    }
    return rec;
  }

  private profileRecord(userId: string): ProfileRecord {
    const user = this.user(userId);
    if (!user.profile) {
      user.profile = { userId, createdAt: this.now().toISOString(), prefs: {}, stats: zeroStats(), flags: {}, runs: new Map() };
    }
    return user.profile;
  }

  async loadProfile(userId: string): Promise<Profile | undefined> {
    const rec = this.users.get(userId)?.profile;
    if (!rec) return undefined;
    const profile: Profile = {
      userId: rec.userId,
      createdAt: rec.createdAt,
      prefs: { ...DEFAULT_PREFS, ...clonePlain(rec.prefs) },
      stats: clonePlain(rec.stats),
      flags: clonePlain(rec.flags),
    };
    if (rec.resume !== undefined) profile.resume = clonePlain(rec.resume);
    if (rec.timeZone !== undefined) profile.timeZone = rec.timeZone;
    if (rec.reminderToken !== undefined) profile.reminderToken = rec.reminderToken;
    if (rec.runs.size) profile.runs = Object.fromEntries(rec.runs);
    if (rec.tension && Object.keys(rec.tension).length) profile.tension = clonePlain(rec.tension) as Profile['tension'];
    if (rec.familiar !== undefined) profile.familiar = clonePlain(rec.familiar);
    if (rec.rest !== undefined) profile.rest = clonePlain(rec.rest);
    return profile;
  }

  async updateProfile(userId: string, change: ProfileChange): Promise<void> {
    applyChange(this.profileRecord(userId), change);
  }

  async recordCompletion(userId: string, completion: Completion): Promise<Stats> {
    const { day, minutes, known, runId, change, seenRuns, rest } = completion;
    assertDay(day);
    if (!Number.isFinite(minutes)) throw new RangeError('minutes must be a finite number');
    const rec = this.profileRecord(userId);
    const stored = rec.stats;
    // A run is counted once, as in the DynamoDB store.
    if (runId !== undefined && rec.runs.has(runId)) return clonePlain(stored);
    if (runId !== undefined) {
      const nowMs = this.now().getTime();
      rec.runs.set(runId, nowMs);
      for (const id of staleRuns(seenRuns, nowMs, runId)) rec.runs.delete(id);
    }
    // The same turn's other changes go with it; the resume point goes unless the turn saved a new one.
    applyChange(rec, { ...change, resume: change?.resume ?? null });
    // Same outcome as the DynamoDB store's conditional write: the streak moves
    // from `known` while the stored last day is the one this session saw, and
    // from the stored stats when another device moved it in the meantime.
    const movesStreak = (s: Stats) => s.lastDay === undefined || day > s.lastDay;
    if (movesStreak(known)) {
      const basis = stored.lastDay === known.lastDay ? known : stored;
      if (movesStreak(basis)) {
        const next = advanceStreak(basis, day, rest);
        stored.currentStreak = next.currentStreak;
        stored.bestStreak = next.bestStreak;
        if (next.lastDay !== undefined) stored.lastDay = next.lastDay;
      }
    }
    stored.completed += 1;
    stored.minutes += minutes;
    return clonePlain(stored);
  }

  async saveAnswer(userId: string, key: ReflectionKey, question: QuestionId, answer: string, cut = false): Promise<void> {
    assertQuestion(question);
    if (typeof answer !== 'string') throw new TypeError('answer must be a string');
    const sk = reflectionSortKey(key);
    const reflections = this.user(userId).reflections;
    const existing: Reflection = reflections.get(sk) ?? { day: key.day, createdAt: key.createdAt, answers: {} };
    existing.answers[question] = answer;
    const others = (existing.cut ?? []).filter((q) => q !== question);
    const now = cut ? QUESTIONS.filter((q) => q === question || others.includes(q)) : others;
    if (now.length) existing.cut = now;
    else delete existing.cut;
    reflections.set(sk, existing);
  }

  async listReflections(userId: string, query: ReflectionQuery = {}): Promise<Reflection[]> {
    const entries = this.selectReflections(userId, query);
    if (query.newestFirst ?? true) entries.reverse();
    const limited = query.limit !== undefined ? entries.slice(0, Math.max(0, query.limit)) : entries;
    return limited.map(([, r]) => clonePlain(r));
  }

  async deleteReflections(userId: string, range?: { fromDay?: string; toDay?: string }, opts: DeleteOptions = {}): Promise<number> {
    const entries = this.selectReflections(userId, range).filter(([, r]) => opts.before === undefined || r.createdAt < opts.before);
    const reflections = this.users.get(userId)?.reflections;
    for (const [sk] of entries) reflections?.delete(sk);
    return entries.length;
  }

  async deleteUser(userId: string, opts: DeleteOptions = {}): Promise<number> {
    const rec = this.users.get(userId);
    if (!rec) return 0;
    const n = await this.deleteReflections(userId, undefined, opts);
    if (rec.profile && (opts.before === undefined || rec.profile.createdAt < opts.before)) {
      delete rec.profile;
      return n + 1;
    }
    return n;
  }

  /** Reflections in the range, oldest first (ascending sort key). */
  private selectReflections(userId: string, range?: { fromDay?: string; toDay?: string }): [string, Reflection][] {
    const bounds = reflectionBounds(range);
    const reflections = this.users.get(userId)?.reflections;
    if (!reflections || bounds === 'empty') return [];
    return [...reflections.entries()]
      .filter(([sk]) => !bounds || (sk >= bounds.from && sk <= bounds.to))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

function mergeInto(target: Record<string, unknown>, partial: Record<string, unknown> | undefined): void {
  if (!partial) return;
  for (const [k, v] of Object.entries(partial)) {
    if (v === undefined) continue;
    if (v === null) delete target[k];
    else target[k] = clonePlain(v);
  }
}

/** Applies a profile change as one UpdateItem would: validated first, then SET or REMOVE per field. */
function applyChange(rec: ProfileRecord, change: ProfileChange = {}): void {
  for (const k of Object.keys(change.prefs ?? {})) assertKeyName(k);
  for (const k of Object.keys(change.flags ?? {})) assertKeyName(k);
  for (const day of Object.keys(change.tension ?? {})) assertDay(day);
  mergeInto(rec.prefs as Record<string, unknown>, change.prefs);
  mergeInto(rec.flags as Record<string, unknown>, change.flags);
  setOrRemove(rec, 'resume', change.resume);
  setOrRemove(rec, 'timeZone', change.timeZone);
  setOrRemove(rec, 'reminderToken', change.reminderToken);
  if (change.tension) mergeInto((rec.tension ??= {}), change.tension);
  setOrRemove(rec, 'familiar', change.familiar);
  if (change.rest) assertDay(change.rest.day);
  setOrRemove(rec, 'rest', change.rest);
}

function setOrRemove<T extends object, K extends keyof T>(target: T, key: K, value: unknown): void {
  if (value === undefined) return;
  if (value === null) delete target[key];
  else target[key] = clonePlain(value) as T[K];
}
