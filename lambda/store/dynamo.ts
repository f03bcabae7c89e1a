import {
  BatchWriteCommand,
  GetCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { advanceStreak } from '../progress/streak';
import { readCheckIn, type CheckIn } from '../progress/tension';
import {
  assertDay,
  assertKeyName,
  assertQuestion,
  REFLECTION_PREFIX,
  reflectionBounds,
  reflectionSortKey,
} from './keys';
import { zeroStats } from './normalise';
import {
  DEFAULT_PREFS,
  QUESTIONS,
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
  deletionUnfinished,
  staleRuns,
} from './types';

/*
 * Item layout (one table, keys pk and sk, both strings):
 *
 *   profile     pk USER#<userId>  sk PROFILE
 *               userId, createdAt, updatedAt, timeZone, reminderToken, resume (map),
 *               completed, minutes, currentStreak, bestStreak, lastDay (top level, so
 *               the counters can use ADD), pref_<name>, flag_<name>,
 *               tension_<day> (the evening's check-in: a list of one or two areas, or one word)
 *   reflection  pk USER#<userId>  sk REFLECTION#<day>#<createdAt>
 *               day, createdAt, answer_great, answer_challenging, answer_better
 *   (warm-up)   pk WARM-UP  sk WARM-UP: never written; read once per cold start to open the
 *               connection (store/warm-up.ts), outside every user's key space
 *
 * Why preferences, flags and answers are top-level attributes and not maps:
 * UpdateItem can set a nested path (`prefs.length`) only when the parent map
 * already exists, and `SET prefs = if_not_exists(prefs, :empty)` may not be
 * combined with `SET prefs.length = :v` in the same expression (overlapping
 * paths). A map would therefore need a conditional first try plus a fallback,
 * i.e. two writes whenever the item is new. With one attribute per field,
 * every partial change is a plain SET or REMOVE on an item that may or may
 * not exist: always exactly one UpdateItem, and two devices changing different
 * preferences never overwrite each other. Reads map them back to `prefs`,
 * `flags` and `answers`.
 */

const PROFILE_SK = 'PROFILE';
const PREF = 'pref_';
const FLAG = 'flag_';
const ANSWER = 'answer_';
/** `cut_<question>`: true while that answer is only the first part of what was said. */
const CUT = 'cut_';
/** One attribute per run counted lately (`run_<runId>`, the epoch ms it was counted). */
const RUN = 'run_';
const TENSION = 'tension_';
const MAX_COMPLETION_TRIES = 3;
const MAX_BATCH_TRIES = 5;
const BATCH_SIZE = 25;
/** Batches of one deletion in flight at once: 8 x 25 items a round trip. */
const DELETE_PARALLEL = 8;

type Item = Record<string, unknown>;
type Key = { pk: string; sk: string };

export interface DynamoDbProgressStoreOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  now?: () => Date;
}

/** Collects the parts of one update expression with placeholder names and values. */
class UpdateBuilder {
  private readonly sets: string[] = [];
  private readonly removes: string[] = [];
  private readonly adds: string[] = [];
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private n = 0;

  name(attr: string): string {
    const existing = Object.entries(this.names).find(([, a]) => a === attr);
    if (existing) return existing[0];
    const ph = `#n${this.n++}`;
    this.names[ph] = attr;
    return ph;
  }

  value(v: unknown): string {
    const ph = `:v${this.n++}`;
    this.values[ph] = v;
    return ph;
  }

  set(attr: string, v: unknown): this {
    this.sets.push(`${this.name(attr)} = ${this.value(v)}`);
    return this;
  }

  setIfNotExists(attr: string, v: unknown): this {
    const n = this.name(attr);
    this.sets.push(`${n} = if_not_exists(${n}, ${this.value(v)})`);
    return this;
  }

  /** `undefined` leaves the attribute alone, `null` removes it. */
  setOrRemove(attr: string, v: unknown): this {
    if (v === undefined) return this;
    if (v === null) this.removes.push(this.name(attr));
    else this.set(attr, v);
    return this;
  }

  remove(attr: string): this {
    this.removes.push(this.name(attr));
    return this;
  }

  add(attr: string, v: number): this {
    this.adds.push(`${this.name(attr)} ${this.value(v)}`);
    return this;
  }

  expression(): string {
    const parts: string[] = [];
    if (this.sets.length) parts.push(`SET ${this.sets.join(', ')}`);
    if (this.adds.length) parts.push(`ADD ${this.adds.join(', ')}`);
    if (this.removes.length) parts.push(`REMOVE ${this.removes.join(', ')}`);
    return parts.join(' ');
  }

  /** ExpressionAttributeValues, or undefined when there are none (DynamoDB rejects an empty map). */
  valuesOrUndefined(): Record<string, unknown> | undefined {
    return Object.keys(this.values).length ? this.values : undefined;
  }
}

function isConditionalCheckFailed(err: unknown): boolean {
  return (err as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function statsFromItem(item: Item | undefined): Stats {
  if (!item) return zeroStats();
  const stats: Stats = {
    completed: num(item.completed),
    minutes: num(item.minutes),
    currentStreak: num(item.currentStreak),
    bestStreak: num(item.bestStreak),
  };
  if (typeof item.lastDay === 'string') stats.lastDay = item.lastDay;
  return stats;
}

/** Attributes named `<prefix><name>`, as an object keyed by name. */
function prefixed(item: Item, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [attr, v] of Object.entries(item)) {
    if (attr.startsWith(prefix) && v !== undefined && v !== null) out[attr.slice(prefix.length)] = v;
  }
  return out;
}

/** The check-ins kept on a profile item (`tension_<day>`), or undefined when there are none. */
function checkInsFrom(item: Item): Record<string, CheckIn> | undefined {
  const out: Record<string, CheckIn> = {};
  for (const [day, v] of Object.entries(prefixed(item, TENSION))) {
    const c = readCheckIn(v);
    if (c) out[day] = c;
  }
  return Object.keys(out).length ? out : undefined;
}

function reflectionFromItem(item: Item): Reflection {
  const answers: Partial<Record<QuestionId, string>> = {};
  const cut: QuestionId[] = [];
  for (const q of QUESTIONS) {
    const a = item[`${ANSWER}${q}`];
    if (typeof a === 'string') answers[q] = a;
    if (typeof a === 'string' && item[`${CUT}${q}`] === true) cut.push(q);
  }
  return { day: String(item.day), createdAt: String(item.createdAt), answers, ...(cut.length && { cut }) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * ProgressStore on one DynamoDB table. Every method is one write on the normal
 * path. Answer text is never logged (this class logs nothing at all).
 */
export class DynamoDbProgressStore implements ProgressStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly now: () => Date;

  constructor(opts: DynamoDbProgressStoreOptions) {
    this.doc = opts.doc;
    this.tableName = opts.tableName;
    this.now = opts.now ?? (() => new Date());
  }

  private pk(userId: string): string {
    if (typeof userId !== 'string' || userId === '') throw new RangeError('userId is required');
    return `USER#${userId}`;
  }

  private profileKey(userId: string): Key {
    return { pk: this.pk(userId), sk: PROFILE_SK };
  }

  /** The attributes every write to the profile item sets, so an upsert makes a whole profile. */
  private stampProfile(b: UpdateBuilder, userId: string): UpdateBuilder {
    const nowIso = this.now().toISOString();
    return b.setIfNotExists('createdAt', nowIso).setIfNotExists('userId', userId).set('updatedAt', nowIso);
  }

  async loadProfile(userId: string): Promise<Profile | undefined> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: this.profileKey(userId), ConsistentRead: true }),
    );
    const item = out.Item;
    if (!item) return undefined;
    const profile: Profile = {
      userId: typeof item.userId === 'string' ? item.userId : userId,
      createdAt: typeof item.createdAt === 'string' ? item.createdAt : '',
      prefs: { ...DEFAULT_PREFS, ...(prefixed(item, PREF) as Partial<Preferences>) },
      stats: statsFromItem(item),
      flags: prefixed(item, FLAG) as Flags,
    };
    if (item.resume !== undefined && item.resume !== null) profile.resume = item.resume as Profile['resume'];
    if (typeof item.timeZone === 'string') profile.timeZone = item.timeZone;
    if (typeof item.reminderToken === 'string') profile.reminderToken = item.reminderToken;
    const runs = prefixed(item, RUN);
    if (Object.keys(runs).length) profile.runs = runs as Record<string, number>;
    const tension = checkInsFrom(item);
    if (tension) profile.tension = tension;
    if (item.familiar && typeof item.familiar === 'object') profile.familiar = item.familiar as Profile['familiar'];
    if (item.rest && typeof item.rest === 'object') profile.rest = item.rest as Profile['rest'];
    return profile;
  }

  async updateProfile(userId: string, change: ProfileChange): Promise<void> {
    const b = this.applyChange(this.stampProfile(new UpdateBuilder(), userId), change);
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: this.profileKey(userId),
        UpdateExpression: b.expression(),
        ExpressionAttributeNames: b.names,
        ExpressionAttributeValues: b.valuesOrUndefined(),
      }),
    );
  }

  /**
   * One UpdateItem on the normal path. Counters use ADD, so concurrent
   * completions are never lost. The streak is a read-modify-write, so it is
   * guarded by a condition on the last day this session saw; when another
   * device moved it first, the fresh stats are read and the write retried
   * (at most three tries, then only the counters move).
   */
  async recordCompletion(userId: string, completion: Completion): Promise<Stats> {
    const { day, minutes, known, runId } = completion;
    assertDay(day);
    if (!Number.isFinite(minutes)) throw new RangeError('minutes must be a finite number');
    let basis: Stats = known;
    for (let attempt = 0; attempt < MAX_COMPLETION_TRIES; attempt++) {
      const movesStreak = basis.lastDay === undefined || day > basis.lastDay;
      try {
        return await this.writeCompletion(userId, completion, movesStreak ? basis : undefined);
      } catch (err) {
        if (!isConditionalCheckFailed(err)) throw err;
        const fresh = await this.readStats(userId, runId);
        // This run was counted already (an earlier attempt landed): nothing more to do.
        if (fresh.counted) return fresh.stats;
        basis = fresh.stats;
      }
    }
    try {
      return await this.writeCompletion(userId, completion);
    } catch (err) {
      if (!isConditionalCheckFailed(err)) throw err;
      return (await this.readStats(userId, runId)).stats; // only the run's own condition is left: counted
    }
  }

  /**
   * One UpdateItem: the counters (ADD), the turn's other changes, the resume point removed unless the
   * turn saved a new one, the run id; with `basis`, the streak too, on condition that the stored last
   * day is still the one it was computed from. A run already counted is refused by condition.
   */
  private async writeCompletion(userId: string, c: Completion, basis?: Stats): Promise<Stats> {
    const b = this.stampProfile(new UpdateBuilder(), userId).add('completed', 1).add('minutes', c.minutes);
    this.applyChange(b, { ...c.change, resume: c.change?.resume ?? null });
    const conditions: string[] = [];
    if (basis) {
      const next = advanceStreak(basis, c.day, c.rest);
      b.set('currentStreak', next.currentStreak).set('bestStreak', next.bestStreak).set('lastDay', next.lastDay ?? c.day);
      const lastDay = b.name('lastDay');
      conditions.push(basis.lastDay === undefined ? `attribute_not_exists(${lastDay})` : `${lastDay} = ${b.value(basis.lastDay)}`);
    }
    if (c.runId !== undefined) {
      // Exactly once per run, whatever else landed in between: the run's own attribute must not exist.
      const nowMs = this.now().getTime();
      b.set(`${RUN}${c.runId}`, nowMs);
      conditions.push(`attribute_not_exists(${b.name(`${RUN}${c.runId}`)})`);
      for (const id of staleRuns(c.seenRuns, nowMs, c.runId)) b.remove(`${RUN}${id}`);
      b.remove('lastRunId'); // the single-run check it replaces
    }
    const out = await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: this.profileKey(userId),
        UpdateExpression: b.expression(),
        ...(conditions.length ? { ConditionExpression: conditions.join(' AND ') } : {}),
        ExpressionAttributeNames: b.names,
        ExpressionAttributeValues: b.values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return statsFromItem(out.Attributes);
  }

  /** Adds a profile change to an update: SET or REMOVE per named field. */
  private applyChange(b: UpdateBuilder, change: ProfileChange = {}): UpdateBuilder {
    for (const [k, v] of Object.entries(change.prefs ?? {})) {
      assertKeyName(k);
      b.setOrRemove(`${PREF}${k}`, v);
    }
    for (const [k, v] of Object.entries(change.flags ?? {})) {
      assertKeyName(k);
      b.setOrRemove(`${FLAG}${k}`, v);
    }
    b.setOrRemove('resume', change.resume);
    b.setOrRemove('timeZone', change.timeZone);
    b.setOrRemove('reminderToken', change.reminderToken);
    for (const [day, v] of Object.entries(change.tension ?? {})) {
      assertDay(day);
      b.setOrRemove(`${TENSION}${day}`, v === null ? null : v && [...v]);
    }
    b.setOrRemove('familiar', change.familiar);
    if (change.rest) assertDay(change.rest.day);
    b.setOrRemove('rest', change.rest);
    return b;
  }

  /** The stored stats, and whether the run was counted already. */
  private async readStats(userId: string, runId?: string): Promise<{ stats: Stats; counted: boolean }> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: this.profileKey(userId),
        ConsistentRead: true,
        ProjectionExpression: '#c, #m, #cs, #bs, #ld, #run',
        ExpressionAttributeNames: {
          '#c': 'completed',
          '#m': 'minutes',
          '#cs': 'currentStreak',
          '#bs': 'bestStreak',
          '#ld': 'lastDay',
          '#run': `${RUN}${runId ?? ''}`,
        },
      }),
    );
    return { stats: statsFromItem(out.Item), counted: runId !== undefined && out.Item?.[`${RUN}${runId}`] !== undefined };
  }

  async saveAnswer(userId: string, key: ReflectionKey, question: QuestionId, answer: string, cut = false): Promise<void> {
    assertQuestion(question);
    if (typeof answer !== 'string') throw new TypeError('answer must be a string');
    const sk = reflectionSortKey(key);
    const b = new UpdateBuilder()
      .set('day', key.day)
      .set('createdAt', key.createdAt)
      .set(`${ANSWER}${question}`, answer)
      .setOrRemove(`${CUT}${question}`, cut ? true : null);
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: this.pk(userId), sk },
        UpdateExpression: b.expression(),
        ExpressionAttributeNames: b.names,
        ExpressionAttributeValues: b.values,
      }),
    );
  }

  /** The Query input selecting a user's reflections in a day range, or undefined when the range is empty. */
  private reflectionQuery(userId: string, range?: { fromDay?: string; toDay?: string }): QueryCommandInput | undefined {
    const bounds = reflectionBounds(range);
    if (bounds === 'empty') return undefined;
    const base = { TableName: this.tableName, ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' } };
    if (!bounds) {
      return {
        ...base,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeValues: { ':pk': this.pk(userId), ':prefix': REFLECTION_PREFIX },
      };
    }
    return {
      ...base,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': this.pk(userId), ':from': bounds.from, ':to': bounds.to },
    };
  }

  async listReflections(userId: string, query: ReflectionQuery = {}): Promise<Reflection[]> {
    const input = this.reflectionQuery(userId, query);
    const limit = query.limit;
    if (!input || (limit !== undefined && limit <= 0)) return [];
    input.ScanIndexForward = !(query.newestFirst ?? true);
    const result: Reflection[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          ...input,
          Limit: limit !== undefined ? limit - result.length : undefined,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) result.push(reflectionFromItem(item));
      startKey = out.LastEvaluatedKey;
    } while (startKey && (limit === undefined || result.length < limit));
    return result;
  }

  async deleteReflections(userId: string, range?: { fromDay?: string; toDay?: string }, opts?: DeleteOptions): Promise<number> {
    const input = this.reflectionQuery(userId, range);
    if (!input) return 0;
    return this.deleteAll(input, opts);
  }

  async deleteUser(userId: string, opts?: DeleteOptions): Promise<number> {
    return this.deleteAll(
      {
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'pk' },
        ExpressionAttributeValues: { ':pk': this.pk(userId) },
      },
      opts,
    );
  }

  /**
   * Deletes every item the query selects, page by page, each page in parallel batches (at most
   * DELETE_PARALLEL at once); returns how many. With `until`, no batch starts after it.
   */
  private async deleteAll(input: QueryCommandInput, opts: DeleteOptions = {}): Promise<number> {
    let deleted = 0;
    let startKey: Item | undefined;
    const filter = opts.before !== undefined && {
      FilterExpression: 'attribute_not_exists(#createdAt) OR #createdAt < :before',
      ExpressionAttributeValues: { ...input.ExpressionAttributeValues, ':before': opts.before },
    };
    const late = () => opts.until !== undefined && Date.now() >= opts.until;
    do {
      if (late()) throw deletionUnfinished(deleted);
      const out = await this.doc.send(
        new QueryCommand({
          ...input,
          ...filter,
          ExpressionAttributeNames: { ...input.ExpressionAttributeNames, '#pk': 'pk', '#sk': 'sk', ...(filter && { '#createdAt': 'createdAt' }) },
          ProjectionExpression: '#pk, #sk',
          ExclusiveStartKey: startKey,
        }),
      );
      const keys = (out.Items ?? []).map((item) => ({ pk: String(item.pk), sk: String(item.sk) }));
      for (let i = 0; i < keys.length; i += BATCH_SIZE * DELETE_PARALLEL) {
        if (late()) throw deletionUnfinished(deleted);
        const round = keys.slice(i, i + BATCH_SIZE * DELETE_PARALLEL);
        const batches = Array.from({ length: Math.ceil(round.length / BATCH_SIZE) }, (_, j) => round.slice(j * BATCH_SIZE, (j + 1) * BATCH_SIZE));
        await Promise.all(batches.map((b) => this.batchDelete(b)));
        deleted += round.length;
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return deleted;
  }

  private async batchDelete(keys: Key[]): Promise<void> {
    let requests = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; attempt < MAX_BATCH_TRIES; attempt++) {
      if (attempt > 0) await sleep(25 * 2 ** attempt);
      const out = await this.doc.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
      const left = out.UnprocessedItems?.[this.tableName] ?? [];
      if (left.length === 0) return;
      requests = left as typeof requests;
    }
    throw new Error(`BatchWrite left ${requests.length} delete(s) unprocessed after ${MAX_BATCH_TRIES} tries`);
  }
}
