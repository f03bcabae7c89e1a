/**
 * Shared pieces of the reliability tests: conversations wired like the simulator, store wrappers that
 * fail or count on demand, a logger that records, and the checks every response must pass.
 * (Not a test file: jest only runs `*.test.ts`.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { seededRandom } from '../../lambda/content/pick';
import type { Logger } from '../../lambda/conversation/turn';
import type { WorkQueue } from '../../lambda/background/jobs';
import { buildSkill } from '../../lambda/skill';
import type {
  Completion,
  DeleteOptions,
  Profile,
  ProfileChange,
  ProgressStore,
  QuestionId,
  Reflection,
  ReflectionKey,
  ReflectionQuery,
  Stats,
} from '../../lambda/store/types';
import { Conversation, readable, VirtualClock } from '../../local/conversation';
import { LocalNlu } from '../../local/nlu';
import { LocalAlexaApi } from '../../local/services';

export const ROOT = join(__dirname, '..', '..');
export const MODEL_PATH = join(ROOT, 'interaction-models', 'en-US.json');
export const TIME_ZONE = 'America/Los_Angeles';

let modelJson: unknown;
/** The shipped en-US interaction model, parsed once. */
export function model(): {
  interactionModel: {
    languageModel: {
      intents: { name: string; slots?: { name: string; type: string }[] }[];
      types?: { name: string; values: { id?: string; name: { value: string } }[] }[];
    };
  };
} {
  modelJson ??= JSON.parse(readFileSync(MODEL_PATH, 'utf8'));
  return modelJson as ReturnType<typeof model>;
}

// --- logging ---------------------------------------------------------------

export interface LogEntry {
  level: 'info' | 'error';
  event: string;
  fields?: Record<string, unknown>;
}

/** A logger that keeps every entry, so a test can see which failures the skill noticed. */
export function recordingLogger(): Logger & { entries: LogEntry[]; errors(event?: string): LogEntry[] } {
  const entries: LogEntry[] = [];
  return {
    entries,
    info: (event, fields) => void entries.push({ level: 'info', event, fields }),
    error: (event, fields) => void entries.push({ level: 'error', event, fields }),
    errors: (event) => entries.filter((e) => e.level === 'error' && (!event || e.event === event)),
  };
}

// --- stores ------------------------------------------------------------------

/** What DynamoDB throws when it is throttling (the SDK's error shape: a name and metadata). */
export function throttlingError(): Error {
  const e = new Error('Rate of requests exceeds the allowed throughput.');
  e.name = 'ThrottlingException';
  Object.assign(e, { $fault: 'client', $metadata: { httpStatusCode: 400, attempts: 2 } });
  return e;
}

const METHODS = ['loadProfile', 'updateProfile', 'recordCompletion', 'saveAnswer', 'listReflections', 'deleteReflections', 'deleteUser'] as const;
export type StoreMethod = (typeof METHODS)[number];

/**
 * Delegates to a real store, counting calls; while `failing` is set, every method throws
 * a throttling error instead (nothing reaches the inner store).
 */
export class FaultyStore implements ProgressStore {
  failing = false;
  readonly calls: Record<StoreMethod, number> = Object.fromEntries(METHODS.map((m) => [m, 0])) as Record<StoreMethod, number>;
  /** Calls that reached the inner store. */
  readonly delegated: Record<StoreMethod, number> = Object.fromEntries(METHODS.map((m) => [m, 0])) as Record<StoreMethod, number>;

  constructor(readonly inner: ProgressStore) {}

  get totalCalls(): number {
    return Object.values(this.calls).reduce((a, b) => a + b, 0);
  }

  private async run<T>(method: StoreMethod, f: () => Promise<T>): Promise<T> {
    this.calls[method] += 1;
    if (this.failing) throw throttlingError();
    this.delegated[method] += 1;
    return f();
  }

  loadProfile(userId: string): Promise<Profile | undefined> {
    return this.run('loadProfile', () => this.inner.loadProfile(userId));
  }
  updateProfile(userId: string, change: ProfileChange): Promise<void> {
    return this.run('updateProfile', () => this.inner.updateProfile(userId, change));
  }
  recordCompletion(userId: string, completion: Completion): Promise<Stats> {
    return this.run('recordCompletion', () => this.inner.recordCompletion(userId, completion));
  }
  saveAnswer(userId: string, key: ReflectionKey, question: QuestionId, answer: string, cut?: boolean): Promise<void> {
    return this.run('saveAnswer', () => this.inner.saveAnswer(userId, key, question, answer, cut));
  }
  listReflections(userId: string, query?: ReflectionQuery): Promise<Reflection[]> {
    return this.run('listReflections', () => this.inner.listReflections(userId, query));
  }
  deleteReflections(userId: string, range?: { fromDay?: string; toDay?: string }, opts?: DeleteOptions): Promise<number> {
    return this.run('deleteReflections', () => this.inner.deleteReflections(userId, range, opts));
  }
  deleteUser(userId: string, opts?: DeleteOptions): Promise<number> {
    return this.run('deleteUser', () => this.inner.deleteUser(userId, opts));
  }
}

// --- conversations -------------------------------------------------------------

export interface TalkOptions {
  store: ProgressStore;
  userId: string;
  clock?: VirtualClock;
  log?: Logger;
  skillId?: string;
  applicationId?: string;
  queue?: WorkQueue;
}

/** A skill and a conversation with it, wired as the simulator wires them (virtual time, local Alexa API). */
export function talk(o: TalkOptions): { conv: Conversation; clock: VirtualClock; invoke: (env: RequestEnvelope) => Promise<ResponseEnvelope> } {
  const clock = o.clock ?? new VirtualClock();
  const skill = buildSkill({
    store: o.store,
    now: clock.now,
    random: seededRandom(7),
    apiClient: new LocalAlexaApi(TIME_ZONE),
    log: o.log ?? recordingLogger(),
    skillId: o.skillId,
    queue: o.queue,
  });
  const invoke = (env: RequestEnvelope) => skill.invoke(env);
  const nlu = new LocalNlu(model(), { now: clock.now, timeZone: TIME_ZONE });
  const conv = new Conversation({ invoke, nlu, clock, modelPath: MODEL_PATH, userId: o.userId, applicationId: o.applicationId, api: true });
  return { conv, clock, invoke };
}

// --- response checks -------------------------------------------------------------

/** Everything wrong with a response: the one oracle every test shares. */
export { responseProblems } from '../helpers/oracle';

function ssmlOf(speech: ui.OutputSpeech | undefined): string | undefined {
  return speech && speech.type === 'SSML' ? speech.ssml : undefined;
}

/** The words of a response's speech, pauses as [n s]. */
export function spoken(res: ResponseEnvelope): string {
  return readable(ssmlOf(res.response?.outputSpeech) ?? '').text;
}
