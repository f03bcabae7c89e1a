/**
 * `npm run bench` (= `npm run build --silent && tsx bench/bench.ts`): the performance figures, each
 * next to its target, printed and written to BENCHMARKS.md with the machine they were measured on.
 *
 *   1. Bundle and module load: size of dist/lambda/index.mjs; wall time of a fresh node importing it
 *      (without priming), median of RUNS, interleaved with a bare node, with the floor (ask-sdk-core and
 *      the DynamoDB clients alone, dist/bench/baseline/) and with a reference skill built the usual
 *      way (ask-sdk + its DynamoDB persistence adapter, AWS SDK v2, dist/bench/reference/), all
 *      bundled with the Lambda's esbuild options. Also the fresh process's RSS.
 *   1b. The first request after a cold start (bench/cold-start.ts): init, the first LaunchRequest and a
 *      warm one in fresh processes on the production code path against a TLS stand-in for DynamoDB,
 *      at full speed and in a CPU-quota model of 256, 512 and 1,024 MB; the cost of an evening.
 *   2. Warm handler time per turn, in-memory store: `skill.invoke` only (the NLU of the scripted
 *      conversation is outside the timer), p50 and p99 over WARM_EVENINGS scripted evenings.
 *   3. End to end per turn against dynalite (in-process, 127.0.0.1): E2E_USERS users, E2E_CONCURRENCY
 *      at a time, each one whole evening plus the journal in a new session; p50 and p99.
 *   4. DynamoDB commands (countCommands on the document client, attributed to the turn that sent them):
 *      profile reads (GetItem) per session, journal queries apart, writes per turn.
 *   5. Peak RSS of this process.
 *
 * Needs no network: dynalite runs in this process, the Alexa service API is the local fake.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { build } from 'esbuild';
import { CREDENTIALS_ALIAS, LAMBDA_NODE_OPTIONS, lambdaBuild, staticImports } from '../infra/bundling';
import { seededRandom } from '../lambda/content/pick';
import { silentLogger } from '../lambda/conversation/turn';
import { buildSkill } from '../lambda/skill';
import { createDocumentClient, ensureTable } from '../lambda/store/client';
import { DynamoDbProgressStore } from '../lambda/store/dynamo';
import { MemoryProgressStore } from '../lambda/store/memory';
import type { ProgressStore } from '../lambda/store/types';
import { Conversation, VirtualClock } from '../local/conversation';
import { LocalNlu } from '../local/nlu';
import { LocalAlexaApi } from '../local/services';
import { FUNCTION_MEMORY_MB } from '../infra/memory';
import { coldProcess, cpuQuota, createTable, MB_PER_VCPU, QUOTA_PERIOD_US, requestName, seedReturningUser, startTlsStandIn, type ColdProcess } from './cold-start';
import { countCommands, startDynalite } from '../test/helpers/dynalite';
import { pacingReport, pacingRows } from './pacing';

const ROOT = resolve(__dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'lambda', 'index.mjs');
const REFERENCE_ENTRY = join(ROOT, 'bench', 'reference', 'index.ts');
const REFERENCE = join(ROOT, 'dist', 'bench', 'reference', 'index.mjs');
const BASELINE_ENTRY = join(ROOT, 'bench', 'baseline', 'index.ts');
const BASELINE = join(ROOT, 'dist', 'bench', 'baseline', 'index.mjs');
const LAMBDA_HOST = join(ROOT, 'bench', 'lambda-host.mjs');
/** The evenings replayed in the cold processes, kept for a look by hand. */
const EVENINGS = join(ROOT, 'dist', 'bench', 'evenings.json');
const MODEL_PATH = join(ROOT, 'interaction-models', 'en-US.json');
const REPORT = join(ROOT, 'BENCHMARKS.md');
const REPLAY = join(ROOT, 'dist', 'bench', 'replay.json');
const TIME_ZONE = 'America/Los_Angeles';
const EVENING = Date.parse('2026-11-24T22:00:00-08:00');
const DAY_MS = 24 * 60 * 60 * 1000;

/** Fresh-process runs of each kind (interleaved), after WARMUP_ROUNDS that are not counted. */
const RUNS = 41;
const WARMUP_ROUNDS = 2;
const RSS_RUNS = 5;
/** Warm, in memory: evenings (about 9 turns each), after WARM_WARMUP evenings not counted. */
const WARM_EVENINGS = 300;
const WARM_USERS = 30;
const WARM_WARMUP = 40;
/** End to end on dynalite. */
const E2E_USERS = 200;
const E2E_CONCURRENCY = 20;
/** Then users one at a time: the per-turn cost without queueing behind other users. */
const E2E_SEQUENTIAL_USERS = 50;
const E2E_TABLE = 'FaceMassageBench';
/** Requests of the warm run replayed through the bundle's own handler in a fresh node process. */
const REPLAY_REQUESTS = 200;
const REPLAY_TABLE = 'FaceMassageReplay';
/** Cold processes per configuration (interleaved), and the evenings each one plays (the first after the cold start). */
const COLD_RUNS = 7;
const EVENINGS_PER_PROCESS = 4;
const COLD_TABLE = 'FaceMassageCold';
/** Memory sizes compared in the CPU-quota model. */
const MEMORY_SIZES_MB = [256, 512, 1024];
/** Lambda, us-east-1, Arm (the stack's architecture): duration per GB-second (init included since August 2025) and per request. */
const PRICE_PER_GB_SECOND = 0.0000133334;
const PRICE_PER_REQUEST = 0.2 / 1e6;
/** Target: the first LaunchRequest after a cold start at most this many times a warm one. */
const FIRST_OVER_WARM_TARGET = 1.5;
/** A turn fast enough in the CPU-quota model: its warm p99 under this (a tenth of Alexa's own second around a turn). */
const TURN_P99_BOUND_MS = 100;

const ANSWERS = ['my sister called', 'work was busy', 'going to bed earlier'];

// --- small helpers ---------------------------------------------------------------------------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile. */
function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

const ms = (x: number, digits = 1) => `${x.toFixed(digits)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The environment of the child processes: a Lambda-like minimum, and no NODE_OPTIONS of ours. */
function childEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, AWS_REGION: 'us-east-1', TZ: 'UTC', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
}

/** The module load alone: no priming (that is timed apart, as init). */
function loadEnv(): NodeJS.ProcessEnv {
  return { ...childEnv(), PRIME_ON_INIT: 'false' };
}

/** `node` running an ES module given as text (the bundles are ES modules, and so is Lambda's runtime). */
const ESM_EVAL = ['--input-type=module', '-e'];

const importOf = (file: string) => `await import(${JSON.stringify(pathToFileURL(file).href)})`;

/** Wall time of one fresh `node --input-type=module -e <code>`, as seen from here. */
function timeNode(code: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...ESM_EVAL, code], { env: loadEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node -e ${code} failed: ${r.stderr.toString().slice(0, 500)}`);
  return elapsed;
}

function rssAfter(code: string): number {
  const r = spawnSync(process.execPath, [...ESM_EVAL, `${code};process.stdout.write(String(process.memoryUsage().rss))`], { env: loadEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`node -e failed: ${r.stderr.toString().slice(0, 500)}`);
  return Number(r.stdout.toString());
}

// --- 1. bundle and cold start ----------------------------------------------------------------

interface ColdStart {
  bundleBytes: number;
  referenceBytes: number;
  baselineBytes: number;
  bare: number;
  ours: number;
  baseline: number;
  reference: number;
  rss: { bare: number; ours: number; baseline: number; reference: number };
}

/**
 * The reference and the floor, bundled like the Lambda (lambdaBuild: index.mjs, its chunks, source
 * maps), with ask-sdk as it comes: without our stand-in for ask-sdk-model (ALEXA_SERVICES_ALIAS), which
 * is our code. The credential alias stays, as before: the floor is the stricter for it.
 */
async function buildComparisons(): Promise<void> {
  for (const [entry, file] of [
    [REFERENCE_ENTRY, REFERENCE],
    [BASELINE_ENTRY, BASELINE],
  ]) {
    rmSync(dirname(file), { recursive: true, force: true });
    await build({ ...lambdaBuild(dirname(file), entry), alias: CREDENTIALS_ALIAS, logLevel: 'error' });
  }
}

/**
 * Bytes a cold start loads from a bundle: the file and the chunks it imports statically, recursively;
 * not the chunks it imports later with import() (the SQS client), nor its source maps.
 */
function loadedBytes(file: string, seen = new Set<string>()): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  let bytes = statSync(file).size;
  for (const chunk of staticImports(readFileSync(file, 'utf8'))) bytes += loadedBytes(join(dirname(file), chunk), seen);
  return bytes;
}

function coldStart(): ColdStart {
  const kinds = {
    bare: '',
    ours: importOf(BUNDLE),
    baseline: importOf(BASELINE),
    reference: importOf(REFERENCE),
  } as const;
  const names = Object.keys(kinds) as (keyof typeof kinds)[];
  const times: Record<keyof typeof kinds, number[]> = { bare: [], ours: [], baseline: [], reference: [] };
  for (let round = 0; round < WARMUP_ROUNDS + RUNS; round++) {
    // Interleaved, in a rotating order, so drift in the machine's load touches all three alike.
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const t = timeNode(kinds[name]);
      if (round >= WARMUP_ROUNDS) times[name].push(t);
    }
  }
  const rss = { bare: [] as number[], ours: [] as number[], baseline: [] as number[], reference: [] as number[] };
  for (let i = 0; i < RSS_RUNS; i++) for (const name of names) rss[name].push(rssAfter(kinds[name]));
  return {
    bundleBytes: loadedBytes(BUNDLE),
    referenceBytes: loadedBytes(REFERENCE),
    baselineBytes: loadedBytes(BASELINE),
    bare: median(times.bare),
    ours: median(times.ours),
    baseline: median(times.baseline),
    reference: median(times.reference),
    rss: { bare: median(rss.bare), ours: median(rss.ours), baseline: median(rss.baseline), reference: median(rss.reference) },
  };
}

// --- the scripted evening ----------------------------------------------------------------------

/**
 * The clock of the request being handled: every conversation has its own virtual clock, and the
 * skill (one instance, like one warm Lambda) reads the one of the request in flight.
 */
const clockOf = new AsyncLocalStorage<VirtualClock>();
const fallbackClock = new VirtualClock(EVENING);
const now = (): Date => (clockOf.getStore() ?? fallbackClock).now();

let modelJson: unknown;
function nluFor(clock: VirtualClock): LocalNlu {
  modelJson ??= JSON.parse(readFileSync(MODEL_PATH, 'utf8'));
  return new LocalNlu(modelJson, { now: clock.now, timeZone: TIME_ZONE });
}

type Invoke = (env: RequestEnvelope) => Promise<ResponseEnvelope>;

/**
 * One evening: launch (the routine plays), "slower" 20 s in, "next" 10 s into that, "my jaw" to the
 * tension check-in, "yes" to the reflection, three answers (the session ends), then a new session: "what did I say today".
 * Returns false when the skill did not follow the script (then the figures would mean something else).
 */
async function evening(invoke: Invoke, userId: string, clock: VirtualClock): Promise<boolean> {
  const conv = new Conversation({ invoke, nlu: nluFor(clock), clock, modelPath: MODEL_PATH, userId, api: true });
  const launch = await conv.say('start my face massage');
  if (launch.ended || !/forehead/i.test(launch.text)) return false;
  await conv.say('@20s slower');
  await conv.say('@10s next');
  // "yes" takes the reflection offer (or, on a long routine, goes on to the next chapter first); the
  // tension check-in before the offer is answered with an area.
  for (let i = 0; i < 4 && conv.isOpen && conv.last?.elicit?.intent !== 'ReflectionIntent'; i++) {
    await conv.say(/tension tonight\?$/.test(conv.last?.text ?? '') ? 'my jaw' : 'yes');
  }
  if (conv.last?.elicit?.slot !== 'great') return false;
  for (const a of ANSWERS) await conv.say(a);
  if (conv.isOpen) return false;
  conv.wait(60);
  const journal = await conv.say('what did i say today');
  return ANSWERS.every((a) => journal.text.includes(a));
}

// --- 2. warm, in memory ----------------------------------------------------------------------

interface Warm {
  /** The first requests of the counted evenings, without the Alexa API fields (the replay has no network). */
  recorded: RequestEnvelope[];
  /** Every request of one user's counted evenings (successive days), evening by evening, without the Alexa API fields. */
  userEvenings: RequestEnvelope[][];
  turns: number;
  p50: number;
  p99: number;
  launchP50: number;
  failed: number;
}

async function warmInMemory(): Promise<Warm> {
  const store = new MemoryProgressStore({ now });
  const skill = buildSkill({ store, now, random: seededRandom(42), apiClient: new LocalAlexaApi(TIME_ZONE), log: silentLogger });
  let samples: number[] = [];
  let launches: number[] = [];
  let currentClock: VirtualClock | undefined;
  let recorded: RequestEnvelope[] | undefined = undefined;
  const userEvenings: RequestEnvelope[][] = [];
  let userEvening: RequestEnvelope[] | undefined;
  const invoke: Invoke = async (env) => {
    if (recorded && recorded.length < REPLAY_REQUESTS) recorded.push(withoutApi(env));
    userEvening?.push(withoutApi(env));
    const clock = currentClock!;
    const t0 = performance.now();
    const res = await clockOf.run(clock, () => skill.invoke(env));
    const t = performance.now() - t0;
    samples.push(t);
    if (env.request.type === 'LaunchRequest') launches.push(t);
    return res;
  };
  let failed = 0;
  const run = async (i: number, users: number, tag: string) => {
    // Each user comes back on the following evenings: streaks, journal growing, no welcome after the first.
    currentClock = new VirtualClock(EVENING + Math.floor(i / users) * DAY_MS + (i % users) * 1000);
    userEvening = tag === 'warm' && i % users === 0 ? [] : undefined;
    if (!(await evening(invoke, `amzn1.ask.account.${tag}-${i % users}`, currentClock))) failed++;
    if (userEvening) userEvenings.push(userEvening);
    userEvening = undefined;
  };
  for (let i = 0; i < WARM_WARMUP; i++) await run(i, WARM_WARMUP, 'warmup');
  samples = [];
  launches = [];
  failed = 0;
  recorded = [];
  for (let i = 0; i < WARM_EVENINGS; i++) await run(i, WARM_USERS, 'warm');
  return { recorded, userEvenings, turns: samples.length, p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), launchP50: percentile(launches, 0.5), failed };
}

function withoutApi(env: RequestEnvelope): RequestEnvelope {
  const copy = JSON.parse(JSON.stringify(env)) as RequestEnvelope;
  const system = copy.context.System as { apiEndpoint?: string; apiAccessToken?: string };
  delete system.apiEndpoint;
  delete system.apiAccessToken;
  return copy;
}

// --- 3 and 4. end to end on dynalite, with the commands of every turn ----------------------------

interface Turn {
  ms: number;
  session: string;
  request: string;
  commands: string[];
}

interface EndToEnd {
  users: number;
  turns: number;
  p50: number;
  p99: number;
  sequential: { users: number; turns: number; p50: number; p99: number };
  wallMs: number;
  failed: number;
  profileReadsPerSession: { max: number; mean: number; sessions: number };
  journalQueries: { max: number; mean: number; sessions: number };
  readsPerSession: { max: number; mean: number };
  writesPerTurn: { max: number; mean: number };
  /** Turns that wrote more than once, by request (intent name or request type). */
  multiWriteTurns: Record<string, number>;
  totals: Record<string, number>;
  attributedMatchesTotals: boolean;
  replay: Replay;
}

interface Replay {
  requests: number;
  /** Peak RSS of the fresh process, bytes. */
  maxRss: number;
  rssAtEnd: number;
}

/**
 * The bundle's own `handler` in a fresh plain node process (as in Lambda: no tsx, no test code), fed
 * the recorded requests against this dynalite; returns its peak RSS. Asynchronous on purpose: dynalite
 * answers from this process's event loop.
 */
function replayInFreshProcess(endpoint: string, requests: RequestEnvelope[]): Promise<Replay> {
  writeFileSync(REPLAY, JSON.stringify(requests));
  const code = [
    `const { handler } = ${importOf(BUNDLE)};`,
    `const requests = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(REPLAY)}, 'utf8'));`,
    '(async () => {',
    '  for (const r of requests) await handler(r);',
    "  process.stdout.write('\\nBENCH_RESULT ' + JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024, rssAtEnd: process.memoryUsage().rss }) + '\\n');",
    '})().catch((e) => { console.error(e); process.exit(1); });',
  ].join('\n');
  const env = { ...childEnv(), TABLE_NAME: REPLAY_TABLE, DYNAMODB_ENDPOINT: endpoint };
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, [...ESM_EVAL, code], { env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`replay failed: ${err.message}\n${stderr.slice(0, 1000)}`));
      const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (!line) return reject(new Error(`replay printed no result:\n${stdout.slice(-500)}\n${stderr.slice(0, 500)}`));
      resolvePromise({ requests: requests.length, ...(JSON.parse(line.slice('BENCH_RESULT '.length)) as Omit<Replay, 'requests'>) });
    });
  });
}

const READS = new Set(['GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand']);
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand']);

async function endToEnd(recorded: RequestEnvelope[]): Promise<EndToEnd> {
  const server = await startDynalite();
  const doc = createDocumentClient({ endpoint: server.endpoint });
  try {
    await ensureTable(doc, E2E_TABLE);
    const counter = countCommands(doc);
    // The turn a command belongs to: the request in flight in the same async context.
    const turnOf = new AsyncLocalStorage<Turn>();
    doc.middlewareStack.add(
      (next, context) => async (args) => {
        turnOf.getStore()?.commands.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'benchAttributeToTurn' },
    );
    counter.reset();
    const store: ProgressStore = new DynamoDbProgressStore({ doc, tableName: E2E_TABLE, now });
    const skill = buildSkill({ store, now, random: seededRandom(7), apiClient: new LocalAlexaApi(TIME_ZONE), log: silentLogger });

    let failed = 0;
    /** Evenings of users [from, to), `concurrency` at a time; returns every turn. */
    const runUsers = async (from: number, to: number, concurrency: number): Promise<Turn[]> => {
      const turns: Turn[] = [];
      let next = from;
      const worker = async () => {
        for (let i = next++; i < to; i = next++) {
          const clock = new VirtualClock(EVENING + i * 1000);
          const invoke: Invoke = async (env) => {
            const turn: Turn = { ms: 0, session: env.session?.sessionId ?? 'none', request: env.request.type, commands: [] };
            if (env.request.type === 'IntentRequest') turn.request = (env.request as { intent: { name: string } }).intent.name;
            const t0 = performance.now();
            const res = await turnOf.run(turn, () => clockOf.run(clock, () => skill.invoke(env)));
            turn.ms = performance.now() - t0;
            turns.push(turn);
            return res;
          };
          if (!(await evening(invoke, `amzn1.ask.account.e2e-${i}`, clock))) failed++;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      return turns;
    };
    const started = performance.now();
    const turns = await runUsers(0, E2E_USERS, E2E_CONCURRENCY);
    const wallMs = performance.now() - started;
    const totals = { ...counter.counts };
    const sequentialTurns = await runUsers(E2E_USERS, E2E_USERS + E2E_SEQUENTIAL_USERS, 1);

    const sessions = new Map<string, Turn[]>();
    for (const t of turns) sessions.set(t.session, [...(sessions.get(t.session) ?? []), t]);
    const count = (ts: Turn[], f: (c: string) => boolean) => ts.reduce((n, t) => n + t.commands.filter(f).length, 0);
    const all = [...sessions.values()];
    const profileReads = all.map((ts) => count(ts, (c) => c === 'GetItemCommand'));
    const journalSessions = all.filter((ts) => ts.some((t) => t.request === 'JournalIntent'));
    const queries = journalSessions.map((ts) => count(ts, (c) => c === 'QueryCommand'));
    const reads = all.map((ts) => count(ts, (c) => READS.has(c)));
    const writes = turns.map((t) => t.commands.filter((c) => WRITES.has(c)).length);
    const multiWriteTurns: Record<string, number> = {};
    for (const t of turns) {
      if (t.commands.filter((c) => WRITES.has(c)).length > 1) multiWriteTurns[t.request] = (multiWriteTurns[t.request] ?? 0) + 1;
    }
    const attributed: Record<string, number> = {};
    for (const t of turns) for (const c of t.commands) attributed[c] = (attributed[c] ?? 0) + 1;
    const replay = await replayInFreshProcess(server.endpoint, recorded);
    const same = JSON.stringify(Object.entries(attributed).sort()) === JSON.stringify(Object.entries(totals).sort());
    return {
      users: E2E_USERS,
      turns: turns.length,
      p50: percentile(turns.map((t) => t.ms), 0.5),
      p99: percentile(turns.map((t) => t.ms), 0.99),
      sequential: {
        users: E2E_SEQUENTIAL_USERS,
        turns: sequentialTurns.length,
        p50: percentile(sequentialTurns.map((t) => t.ms), 0.5),
        p99: percentile(sequentialTurns.map((t) => t.ms), 0.99),
      },
      wallMs,
      failed,
      profileReadsPerSession: { max: Math.max(...profileReads), mean: mean(profileReads), sessions: all.length },
      journalQueries: { max: Math.max(...queries), mean: mean(queries), sessions: journalSessions.length },
      readsPerSession: { max: Math.max(...reads), mean: mean(reads) },
      writesPerTurn: { max: Math.max(...writes), mean: mean(writes) },
      multiWriteTurns,
      totals,
      attributedMatchesTotals: same,
      replay,
    };
  } finally {
    doc.destroy();
    await server.close();
  }
}

// --- 1b. the first request after a cold start, at full speed and in the CPU-quota model ------------

interface Config {
  label: string;
  /** Memory size modelled (undefined: full speed, no quota). */
  mb?: number;
  prime: boolean;
}

interface ConfigResult extends Config {
  runs: number;
  /** Median milliseconds of each priming step. */
  primeSteps: Record<string, number>;
  initMs: number;
  initCpu: number;
  firstMs: number;
  firstCpu: number;
  warmLaunchMs: number;
  warmLaunchCpu: number;
  warmP50: number;
  warmP99: number;
  /** Requests in one evening, and billed ms of an evening that begins with a cold start (init included). */
  requestsPerEvening: number;
  coldEveningBilledMs: number;
  /** Dollars per million evenings, each beginning with a cold start. */
  costPerMillion?: number;
}

interface FirstRequests {
  quota: string;
  configs: ConfigResult[];
}

async function firstRequests(userEvenings: RequestEnvelope[][]): Promise<FirstRequests> {
  const evenings = userEvenings.slice(0, EVENINGS_PER_PROCESS);
  writeFileSync(EVENINGS, JSON.stringify(evenings));
  if (evenings.length < 2 || evenings.some((e) => requestName(e[0]) !== 'LaunchRequest')) throw new Error('the warm run recorded no usable evenings');
  const quota = cpuQuota();
  const configs: Config[] = [
    { label: 'full speed', prime: true },
    { label: 'full speed, no priming', prime: false },
  ];
  if ('limit' in quota) {
    for (const mb of MEMORY_SIZES_MB) configs.push({ label: `${mb} MB`, mb, prime: true });
    configs.push({ label: `${MEMORY_SIZES_MB[0]} MB, no priming`, mb: MEMORY_SIZES_MB[0], prime: false });
  }
  const standIn = await startTlsStandIn();
  try {
    await createTable(standIn, COLD_TABLE);
    const runs = new Map<Config, ColdProcess[]>(configs.map((c) => [c, []]));
    for (let round = 0; round < COLD_RUNS; round++) {
      // Interleaved in a rotating order, so drift in the machine's load touches every configuration alike.
      for (let k = 0; k < configs.length; k++) {
        const c = configs[(round + k) % configs.length];
        const userId = `amzn1.ask.account.cold-${c.mb ?? 'full'}-${c.prime ? 'p' : 'n'}-${round}`;
        await seedReturningUser(standIn, COLD_TABLE, userId, TIME_ZONE);
        runs.get(c)!.push(
          await coldProcess({
            host: LAMBDA_HOST,
            bundle: BUNDLE,
            standIn,
            tableName: COLD_TABLE,
            evenings,
            userId,
            prime: c.prime,
            quota: c.mb && 'limit' in quota ? { cpu: quota, share: c.mb / MB_PER_VCPU } : undefined,
          }),
        );
      }
    }
    // Init runs unthrottled, so it is the same work at every size: the cost uses the median of every
    // primed process's init, not each size's own seven (which differ only by the machine's noise).
    const primedInit = median(configs.filter((c) => c.prime).flatMap((c) => runs.get(c)!.map((r) => r.init.ms)));
    return {
      quota: 'limit' in quota ? `${quota.how}, period ${QUOTA_PERIOD_US / 1000} ms, quota = memory / ${MB_PER_VCPU} MB of one core` : `not modelled: ${quota.unavailable}`,
      configs: configs.map((c) => summarise(c, runs.get(c)!, c.prime ? primedInit : undefined)),
    };
  } finally {
    await standIn.close();
  }
}

function summarise(c: Config, runs: ColdProcess[], initForCost?: number): ConfigResult {
  const first = runs.map((r) => r.invocations[0]);
  const later = runs.flatMap((r) => r.invocations.filter((i) => i.evening > 0));
  const warmLaunches = later.filter((i) => i.request === 'LaunchRequest');
  const coldEvenings = runs.map((r) => r.invocations.filter((i) => i.evening === 0).reduce((t, i) => t + Math.ceil(i.ms), 0));
  const requestsPerEvening = runs[0].invocations.filter((i) => i.evening === 0).length;
  const billedMs = Math.ceil(initForCost ?? median(runs.map((r) => r.init.ms))) + median(coldEvenings);
  const stepNames = [...new Set(runs.flatMap((r) => Object.keys(r.primed ?? {})))];
  return {
    ...c,
    runs: runs.length,
    primeSteps: Object.fromEntries(stepNames.map((n) => [n, median(runs.map((r) => r.primed?.[n]).filter((x): x is number => x !== undefined))])),
    initMs: median(runs.map((r) => r.init.ms)),
    initCpu: median(runs.map((r) => r.init.cpu)),
    firstMs: median(first.map((i) => i.ms)),
    firstCpu: median(first.map((i) => i.cpu)),
    warmLaunchMs: median(warmLaunches.map((i) => i.ms)),
    warmLaunchCpu: median(warmLaunches.map((i) => i.cpu)),
    warmP50: percentile(later.map((i) => i.ms), 0.5),
    warmP99: percentile(later.map((i) => i.ms), 0.99),
    requestsPerEvening,
    coldEveningBilledMs: billedMs,
    costPerMillion: c.mb ? 1e6 * (requestsPerEvening * PRICE_PER_REQUEST + (c.mb / 1024) * (Math.ceil(billedMs) / 1000) * PRICE_PER_GB_SECOND) : undefined,
  };
}

function firstRequestRows(f: FirstRequests): Row[] {
  const rows: Row[] = [];
  const ratioRow = (label: string, r: ConfigResult, target = true): Row => {
    const x = r.firstMs / r.warmLaunchMs;
    return { figure: `${label}: first LaunchRequest / warm LaunchRequest`, value: x.toFixed(2), target: target ? `≤ ${FIRST_OVER_WARM_TARGET}` : '', met: target ? x <= FIRST_OVER_WARM_TARGET : undefined };
  };
  const full = f.configs.find((c) => !c.mb && c.prime)!;
  const fullBare = f.configs.find((c) => !c.mb && !c.prime)!;
  const n = `median of ${full.runs} processes`;
  rows.push(
    { figure: `Full speed: init, module load and priming (${n})`, value: ms(full.initMs), target: '' },
    { figure: 'Full speed: init without priming (PRIME_ON_INIT=false)', value: ms(fullBare.initMs), target: '' },
    { figure: 'Full speed: what priming adds to init', value: ms(full.initMs - fullBare.initMs), target: '' },
    {
      figure: 'Full speed: priming steps (the connection overlaps the others)',
      value: Object.entries(full.primeSteps)
        .map(([k, v]) => `${k.replace('_', ' ')} ${v}`)
        .join(', '),
      target: 'ms',
    },
    { figure: 'Full speed: first LaunchRequest after init, wall', value: ms(full.firstMs), target: '' },
    { figure: 'Full speed: first LaunchRequest after init, main-thread CPU', value: ms(full.firstCpu), target: '' },
    { figure: 'Full speed: warm LaunchRequest in the same process, wall', value: ms(full.warmLaunchMs), target: '' },
    { figure: 'Full speed: warm LaunchRequest in the same process, main-thread CPU', value: ms(full.warmLaunchCpu), target: '' },
    ratioRow('Full speed', full),
    { figure: 'Full speed, no priming: first LaunchRequest, wall', value: ms(fullBare.firstMs), target: '' },
    { figure: 'Full speed, no priming: first LaunchRequest, main-thread CPU', value: ms(fullBare.firstCpu), target: '' },
    ratioRow('Full speed, no priming', fullBare, false),
  );
  for (const r of f.configs.filter((c) => c.mb)) {
    const l = r.label;
    if (!r.prime) {
      rows.push({ figure: `${l}: first LaunchRequest, wall`, value: ms(r.firstMs), target: '' }, ratioRow(l, r, false));
      continue;
    }
    rows.push(
      { figure: `${l}: init (unthrottled)`, value: ms(r.initMs), target: '' },
      { figure: `${l}: first LaunchRequest, wall`, value: ms(r.firstMs), target: '' },
      { figure: `${l}: warm LaunchRequest, wall`, value: ms(r.warmLaunchMs), target: '' },
      ratioRow(l, r),
      { figure: `${l}: warm turn p50 / p99`, value: `${ms(r.warmP50)} / ${ms(r.warmP99)}`, target: '' },
      { figure: `${l}: billed for an evening with a cold start (init + ${r.requestsPerEvening} requests)`, value: ms(r.coldEveningBilledMs, 0), target: '' },
      { figure: `${l}: Lambda cost per million evenings`, value: `$${r.costPerMillion!.toFixed(2)}`, target: '' },
    );
  }
  const chosen = chooseMemory(f.configs);
  if (chosen) rows.push({ figure: 'Memory size by this run (the stack sets infra/memory.ts)', value: `${chosen.mb} MB`, target: `${FUNCTION_MEMORY_MB} MB`, met: chosen.mb === FUNCTION_MEMORY_MB });
  return rows;
}

/**
 * The memory size this run recommends: the cheapest evening (an evening begins with a cold start, and
 * init is billed at the function's size too) among the sizes fast enough for every turn, i.e. whose first
 * LaunchRequest is at most FIRST_OVER_WARM_TARGET times a warm one and whose warm p99 is under
 * TURN_P99_BOUND_MS; the fastest size when none is. Faster than that is not heard: Alexa's own speech
 * recognition and synthesis take about a second around every turn.
 */
function chooseMemory(results: ConfigResult[]): ConfigResult | undefined {
  const sized = results.filter((r) => r.mb && r.prime && r.costPerMillion !== undefined);
  const fastEnough = sized.filter((r) => r.firstMs / r.warmLaunchMs <= FIRST_OVER_WARM_TARGET && r.warmP99 < TURN_P99_BOUND_MS);
  if (fastEnough.length) return fastEnough.sort((a, b) => a.costPerMillion! - b.costPerMillion!)[0];
  return sized.sort((a, b) => a.firstMs + a.warmP99 - (b.firstMs + b.warmP99))[0];
}

// --- report ------------------------------------------------------------------------------------

interface Row {
  figure: string;
  value: string;
  target: string;
  /** undefined: no target. */
  met?: boolean;
}

function table(rows: Row[]): { text: string; markdown: string } {
  const mark = (r: Row) => (r.met === undefined ? '' : r.met ? 'ok' : 'MISSED');
  const w = [Math.max(...rows.map((r) => r.figure.length)), Math.max(...rows.map((r) => r.value.length)), Math.max(...rows.map((r) => r.target.length))];
  const text = rows.map((r) => `${r.figure.padEnd(w[0])}  ${r.value.padStart(w[1])}  ${r.target.padEnd(w[2])}  ${mark(r)}`.trimEnd()).join('\n');
  const markdown = ['| Figure | Value | Target | |', '|---|---:|---|---|', ...rows.map((r) => `| ${r.figure} | ${r.value} | ${r.target} | ${r.met === undefined ? '' : r.met ? '✅' : '❌ missed'} |`)].join('\n');
  return { text, markdown };
}

function machine(): string[] {
  const cpus = os.cpus();
  return [
    `CPU: ${cpus[0]?.model.trim() ?? 'unknown'} (${cpus.length} logical cores)`,
    `Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `Node: ${process.version} (${os.type()} ${os.release()}, ${os.arch()})`,
    `Date: ${new Date().toISOString()}`,
  ];
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error(`${relative(ROOT, BUNDLE)} is missing: run \`npm run build\` first (npm run bench does).`);
  const started = performance.now();

  console.log('module load (fresh processes)...');
  await buildComparisons();
  const cold = coldStart();
  console.log('warm handler, in memory...');
  const warm = await warmInMemory();
  console.log('end to end on dynalite, and the bundle replaying requests in a fresh process...');
  const e2e = await endToEnd(warm.recorded);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log('the first request after a cold start (fresh processes, TLS stand-in, CPU-quota model)...');
  const firsts = await firstRequests(warm.userEvenings);
  console.log('pacing: every length x pace x voice x user, each tool and focus, through the skill...');
  const pacing = pacingReport(await pacingRows());
  console.log('');

  const oursOver = cold.ours - cold.bare;
  const baseOver = cold.baseline - cold.bare;
  const refOver = cold.reference - cold.bare;
  const overFloor = oursOver / baseOver;
  const ratio = oursOver / refOver;
  const bytes = (n: number) => `${n.toLocaleString('en-US')} B (${kb(n)})`;
  const rows: Row[] = [
    { figure: 'Bundle dist/lambda/index.mjs and the chunks it loads at a cold start', value: bytes(cold.bundleBytes), target: '' },
    { figure: 'Floor bundle dist/bench/baseline/ (ask-sdk-core + DynamoDB clients), loaded at a cold start', value: bytes(cold.baselineBytes), target: '' },
    { figure: 'Reference bundle dist/bench/reference/ (ask-sdk + SDK v2 adapter), loaded at a cold start', value: bytes(cold.referenceBytes), target: '' },
    { figure: `Bare node (an empty ES module), median of ${RUNS}`, value: ms(cold.bare), target: '' },
    { figure: `Ours: node importing the bundle (no priming), median of ${RUNS}`, value: ms(cold.ours), target: '' },
    { figure: 'Ours: module load over bare node', value: ms(oursOver), target: '≤ 60 ms', met: oursOver <= 60 },
    { figure: 'Floor: module load over bare node', value: ms(baseOver), target: '' },
    { figure: 'Reference: module load over bare node', value: ms(refOver), target: '' },
    { figure: 'Ours over bare / floor over bare', value: overFloor.toFixed(2), target: '≤ 1.1', met: overFloor <= 1.1 },
    { figure: 'Ours over bare / reference over bare', value: ratio.toFixed(3), target: '≤ 0.15', met: ratio <= 0.15 },
    { figure: 'Fresh-process RSS after import: ours', value: mb(cold.rss.ours), target: '' },
    { figure: 'Fresh-process RSS after import: floor', value: mb(cold.rss.baseline), target: '' },
    { figure: 'Fresh-process RSS after import: reference', value: mb(cold.rss.reference), target: '' },
    { figure: 'Fresh-process RSS: bare node', value: mb(cold.rss.bare), target: '' },
    ...firstRequestRows(firsts),
    { figure: `Warm handler per turn, in memory: p50 (${warm.turns} turns)`, value: ms(warm.p50, 3), target: '≤ 1 ms', met: warm.p50 <= 1 },
    { figure: 'Warm handler per turn, in memory: p99', value: ms(warm.p99, 3), target: '' },
    { figure: 'Warm handler, launch turns only: p50', value: ms(warm.launchP50, 3), target: '' },
    { figure: `End to end per turn, dynalite: p50 (${e2e.users} users, ${E2E_CONCURRENCY} at a time, ${e2e.turns} turns)`, value: ms(e2e.p50, 2), target: '' },
    { figure: 'End to end per turn, dynalite: p99', value: ms(e2e.p99, 2), target: '' },
    { figure: `End to end per turn, dynalite, one user at a time: p50 (${e2e.sequential.users} users, ${e2e.sequential.turns} turns)`, value: ms(e2e.sequential.p50, 2), target: '' },
    { figure: 'End to end per turn, dynalite, one user at a time: p99', value: ms(e2e.sequential.p99, 2), target: '' },
    { figure: `Profile reads (GetItem) per session: max (${e2e.profileReadsPerSession.sessions} sessions)`, value: String(e2e.profileReadsPerSession.max), target: '≤ 1', met: e2e.profileReadsPerSession.max <= 1 },
    { figure: 'Profile reads (GetItem) per session: mean', value: e2e.profileReadsPerSession.mean.toFixed(2), target: '' },
    { figure: `Journal queries (Query) per journal session: max (${e2e.journalQueries.sessions} sessions)`, value: String(e2e.journalQueries.max), target: '' },
    { figure: 'Journal queries (Query) per journal session: mean', value: e2e.journalQueries.mean.toFixed(2), target: '' },
    { figure: 'All reads per session (GetItem + Query): max', value: String(e2e.readsPerSession.max), target: '' },
    { figure: 'All reads per session: mean', value: e2e.readsPerSession.mean.toFixed(2), target: '' },
    { figure: 'Writes per turn: max', value: String(e2e.writesPerTurn.max), target: '≤ 1', met: e2e.writesPerTurn.max <= 1 },
    { figure: 'Writes per turn: mean', value: e2e.writesPerTurn.mean.toFixed(2), target: '' },
    { figure: 'Peak RSS of the benchmark process (maxRSS; tsx, esbuild, dynalite: not the function)', value: mb(peakRss), target: '' },
    { figure: `Peak RSS of a fresh node running the bundle's handler (${e2e.replay.requests} requests, dynalite)`, value: mb(e2e.replay.maxRss), target: '< 128 MB', met: e2e.replay.maxRss < 128 * 1024 * 1024 },
  ];
  const { text, markdown } = table(rows);
  const commands = Object.entries(e2e.totals)
    .sort()
    .map(([k, v]) => `${k.replace(/Command$/, '')} ${v}`)
    .join(', ');
  const notes = [
    `CPU-quota model: ${firsts.quota}.`,
    `DynamoDB commands in all (countCommands): ${commands}; attributed to turns: ${e2e.attributedMatchesTotals ? 'all' : 'NOT all (see bench.ts)'}.`,
    `End to end: ${e2e.users} evenings in ${(e2e.wallMs / 1000).toFixed(1)} s of wall time.`,
    `Turns with more than one write: ${
      Object.keys(e2e.multiWriteTurns).length
        ? Object.entries(e2e.multiWriteTurns)
            .map(([r, n]) => `${r} ×${n}`)
            .join(', ')
        : 'none'
    }.`,
  ];
  const problems: string[] = [];
  if (warm.failed) problems.push(`${warm.failed} of ${WARM_EVENINGS} warm evenings did not follow the script`);
  if (e2e.failed) problems.push(`${e2e.failed} of ${E2E_USERS + E2E_SEQUENTIAL_USERS} end-to-end evenings did not follow the script`);
  if (!e2e.attributedMatchesTotals) problems.push('some DynamoDB commands could not be attributed to a turn');
  for (const m of pacing.missed) problems.push(`pacing target missed: ${m}`);

  const elapsed = (performance.now() - started) / 1000;
  console.log(text);
  console.log('');
  console.log('Quiet work: the share of each routine\'s sound that is silence to work in (least over tools and focus areas)');
  console.log(pacing.text);
  console.log('');
  for (const n of notes) console.log(n);
  for (const line of machine()) console.log(line);
  console.log(`Benchmark took ${elapsed.toFixed(0)} s.`);
  for (const p of problems) console.error(`WARNING: ${p}`);

  const md = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`bench/bench.ts`); run it again to refresh. Figures depend on the machine;',
    'compare runs on the same one.',
    '',
    '## Machine',
    '',
    ...machine().map((l) => `- ${l}`),
    '',
    '## Figures',
    '',
    markdown,
    '',
    ...notes.map((n) => `- ${n}`),
    ...problems.map((p) => `- **Warning:** ${p}`),
    '',
    '## Quiet work',
    '',
    "The share of each routine's estimated sound that is pauses (silence to work in), played through the skill for every length, pace, voice and user, the least over the three tools and every focus area (none, or each area); the longest silence is the least over the same; areas are the fewest and most covered. A first-time user hears the welcome and every instruction in full; a returning one has heard the welcome and knows every area (short instructions). The first instruction and the first pause of at least 5 s are seconds from the start of the launch response of the standard routine, the most over paces, voices, tools and focus areas. All by the product's speech estimate (the words at the language's speaking rate from its content, 2.5 words a second in English and 2.03 in German, and the voice's rate), the same the tests check (`test/unit/pacing.test.ts`); not wall-clock timings.",
    '',
    pacing.markdown,
    '',
    '## How they are measured',
    '',
    `- **Module load**: wall time of a fresh \`node --input-type=module -e "await import('<bundle>')"\` as seen by the parent process (the bundles are ES modules; Lambda's runtime imports them the same way), the median of ${RUNS} runs after ${WARMUP_ROUNDS} uncounted rounds, interleaved in rotating order with a bare node (an empty ES module), the floor and the reference. "Over bare node" is the difference of the medians: the cost of loading the module. The child's environment is a minimum (PATH, HOME, AWS_REGION) with \`PRIME_ON_INIT=false\`: priming is init work of its own, timed below.`,
    '- **Floor**: `bench/baseline/index.ts`, ask-sdk-core with one handler and a DynamoDB document client, nothing of ours: what any skill on these libraries loads. **Reference**: `bench/reference/index.ts`, a LaunchRequest handler reading persistent attributes through `ask-sdk-dynamodb-persistence-adapter` (AWS SDK v2), the usual way. Both bundled with the Lambda\'s esbuild options (`infra/bundling.ts` `lambdaBuild`: an ES module, node, minified, everything bundled, code reached only by `import()` split into chunks loaded when first imported), with ask-sdk as it comes: not our stand-in for ask-sdk-model (`ALEXA_SERVICES_ALIAS`), which loads the Alexa service clients when first called; the credential alias applies to them too. Bundle sizes count what a cold start loads: `index.mjs` and the chunks it imports statically, not the lazy chunks (for ours, the SQS client, loaded only when a job must be queued).',
    '- **What counts where**: the module load (priming off) is what importing our bundle costs beyond bare node; init (module load and priming) is what Lambda bills and the listener waits for at a cold start, at full speed; the first LaunchRequest is what the listener waits for after init. Each is reported apart, so that none can look small by moving work into another: priming does only work the first request would otherwise do (the time-zone formatter, the handlers on in-process DynamoDB answers, the SDK request path, the connection), nothing that the module load would do, and the lazy SQS chunk is loaded neither at init nor by a LaunchRequest.',
    `- **First request after a cold start** (\`bench/cold-start.ts\`, \`bench/lambda-host.mjs\`): a fresh plain node imports the bundle as Lambda's runtime does; the import returns once the module's top-level await (priming) is done, and that is **init**. Then the requests of ${EVENINGS_PER_PROCESS} evenings of one returning user, recorded in the warm run (successive days, Alexa API fields removed), are sent one at a time; the first LaunchRequest is the one after the cold start, the LaunchRequests of the later evenings are the warm ones. Wall time and the main thread's CPU time (\`process.threadCpuUsage\`) around \`handler\`. The production code path: the function's NODE_OPTIONS (\`${LAMBDA_NODE_OPTIONS}\`, so priming ends with a minor garbage collection); no DYNAMODB_ENDPOINT; credentials from the environment, so every request is signed; the table through \`AWS_ENDPOINT_URL_DYNAMODB\` at dynalite behind HTTPS on 127.0.0.1 with a fresh RSA-2048 certificate (openssl) that the child trusts through NODE_EXTRA_CA_CERTS, so endpoint rules, the https agent and the TLS handshake are the real ones. ${COLD_RUNS} processes per configuration, interleaved; medians. The stand-in answers from the benchmark's own process on the same machine, so a DynamoDB round trip here costs less than in AWS.`,
    `- **CPU-quota model**: Lambda gives a function a share of a vCPU in proportion to its memory (one vCPU at ${MB_PER_VCPU} MB) while it handles requests and runs init at full speed. Here init runs unthrottled; once the child reports it, the child is moved into a cgroup whose CPU quota is memory / ${MB_PER_VCPU} of one core of this machine (period ${QUOTA_PERIOD_US / 1000} ms; Lambda does not publish its own), and all its requests run there. This machine's cores are not Lambda's Graviton cores, so the figures are a model: compare the sizes with each other, not with AWS's numbers.`,
    `- **Cost**: an evening is the ${firsts.configs[0]?.requestsPerEvening ?? 'few'} requests of one recorded evening, and, as the skill is used once an evening, each evening begins with a cold start: billed time = init + each request's duration rounded up to the millisecond (Lambda has billed init too since August 2025); init, which runs unthrottled and so is the same work at every size, is the median over all primed processes, the requests' sum the median of each size's processes. Price: Lambda us-east-1 on Arm (the stack's architecture), $${PRICE_PER_GB_SECOND} per GB-second and $0.20 per million requests; no free tier. DynamoDB is the same at every size (priming adds two eventually consistent reads of half a read unit each per cold start, about $0.13 per million evenings) and is left out. The memory size this run recommends: the cheapest per evening among the sizes fast enough for every turn (first LaunchRequest at most ${FIRST_OVER_WARM_TARGET} times a warm one, warm p99 under ${TURN_P99_BOUND_MS} ms in the model); faster than that is not heard, as Alexa's own speech recognition and synthesis take about a second around every turn.`,
    `- **Fresh-process RSS**: \`process.memoryUsage().rss\` printed by the child right after the require, median of ${RSS_RUNS}.`,
    `- **Warm handler**: one skill instance with the in-memory store; ${WARM_EVENINGS} scripted evenings of ${WARM_USERS} returning users on successive days (after ${WARM_WARMUP} uncounted ones). The timer is around \`skill.invoke\` only: building the envelope, the local NLU and reading the response are outside it.`,
    `- **The evening**: launch (the routine plays), "slower" 20 s in, "next" 10 s into that, "yes" to the reflection, the three answers (the session ends), then in a new session "what did I say today". Virtual time: each line is spoken when the last response has played, or at the given offset.`,
    `- **End to end**: dynalite in this process on 127.0.0.1, the production document client (\`createDocumentClient\`), ${E2E_USERS} users with one evening each, ${E2E_CONCURRENCY} at a time. The timer is around \`skill.invoke\`, DynamoDB round trips included. With ${E2E_CONCURRENCY} users at once, the skill and dynalite share this one event loop, so most of that figure is queueing; the one-at-a-time figure (${E2E_SEQUENTIAL_USERS} more users) is the cost of a turn alone. The command counts are of the ${E2E_USERS} concurrent users.`,
    '- **Commands**: `countCommands` on the document client for the totals, and a middleware that attributes each command to the turn in flight (AsyncLocalStorage), for the per-session and per-turn figures. Profile reads are the GetItem of the profile, made once per session; the journal\'s Query is counted apart. A session is one Alexa session (the evening and the journal are two).',
    '- **Peak RSS**: `process.resourceUsage().maxRSS` of the benchmark process before the cold-start section. It runs under tsx (about 73 MB for an empty script, against 39 MB for bare node) and holds esbuild\'s API, dynalite and two skills, so it overstates what the Lambda needs: printed without a target. The figure for a 128 MB Lambda, with the target, is the next one: a fresh plain `node` process that imports `dist/lambda/index.mjs` and calls its `handler` (DYNAMODB_ENDPOINT pointing at this dynalite) on ' + REPLAY_REQUESTS + ' requests recorded in the warm run (without the Alexa API fields, so no network), then reports its own maxRSS.',
    '',
  ].join('\n');
  writeFileSync(REPORT, md);
  console.log(`\nWrote ${relative(ROOT, REPORT)}.`);
  if (problems.length) process.exitCode = 1;
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => {
    // Nothing should be left open, but a stray keep-alive socket must not hold the benchmark.
    setTimeout(() => process.exit(), 100).unref();
  });
