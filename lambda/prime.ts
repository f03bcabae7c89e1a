import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { silentLogger, type Logger } from './conversation/turn';
import { localParts } from './progress/days';
import { buildSkill } from './skill';
import { DynamoDbProgressStore } from './store/dynamo';
import { localAnswersClient, openConnection, primeRequestPath } from './store/warm-up';

/**
 * Priming while the Lambda initialises: everything the first request of the evening would otherwise
 * do for the first time, done before it arrives. Init runs at full CPU speed, the invoke phase of a
 * small function at a fraction of a vCPU (BENCHMARKS.md), so work moved here is work the user does not
 * wait for.
 *
 *  1. the time-zone formatter (the first Intl.DateTimeFormat starts ICU; the first zone loads its data);
 *  2. our handlers' first run (a returning user's launch, "next", the end of the session), on the
 *     DynamoDB store over a client like the table's whose requests are answered in this process
 *     (store/warm-up.ts, LOCAL_ANSWERS): our handlers, the store's writing and reading of a whole
 *     profile item, the SDK's serialisers, signing and response parsing; no I/O, no user's data;
 *  3. the SDK's request path, with commands aborted before any I/O (store/warm-up.ts);
 *  4. the connection to DynamoDB, opened by a read of a key no user can have (store/warm-up.ts);
 *  5. last, a minor garbage collection of what the load and the steps above left in V8's young
 *     generation. Without it the nursery is nearly full when init ends, and the first request's own
 *     allocations set off a scavenge of init's garbage in the middle of it (in CPU profiles, it was the
 *     largest single part of the first request's extra time). It needs `gc`, which the function's
 *     NODE_OPTIONS expose (LAMBDA_NODE_OPTIONS, infra/bundling.ts); without it the step is skipped.
 *
 * Never rejects, never takes longer than `timeoutMs`: a step that fails is logged by name and the
 * others go on; on time-out, whatever is still running is left to finish on its own. A failure of our
 * own code is logged as an error (the error alarm counts it: the first request would fail the same
 * way); a connection not opened, a collection that failed, or a time-out, is logged as info: the first
 * request simply does that work itself, as it would without priming.
 */
export interface PrimeOptions {
  /** The table's client. Without it, only the steps without AWS run. */
  doc?: DynamoDBDocumentClient;
  tableName: string;
  log: Logger;
  /** The longest priming may hold up init. Default PRIME_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** V8's `gc`, with the options it takes once exposed (`--expose-gc`). */
type GarbageCollection = (options?: { type?: 'minor' | 'major' }) => void;

/** Well inside Lambda's 10 s init limit, and long enough for a TLS handshake on a slow day. */
export const PRIME_TIMEOUT_MS = 2000;

/** Built once: after the first zone, each further zone costs a fraction of a millisecond. */
const PRIMED_ZONES = ['UTC', 'America/New_York'];

const PRIME_USER = 'amzn1.ask.account.prime';

export async function prime(opts: PrimeOptions): Promise<void> {
  const steps: [string, () => Promise<void> | void][] = [
    ['formatter', () => void PRIMED_ZONES.forEach((z) => localParts(new Date(), z))],
    ['handlers', () => runHandlersOnce(opts.tableName)],
  ];
  const { doc } = opts;
  if (doc) {
    steps.push(['request_path', () => primeRequestPath(doc, opts.tableName)]);
    steps.push(['connection', () => openConnection(doc, opts.tableName)]);
  }
  const took: Record<string, number> = {};
  const run = async (name: string, step: () => Promise<void> | void) => {
    const started = performance.now();
    try {
      await step();
      took[name] = Math.round(performance.now() - started);
    } catch (e) {
      const fields = { step: name, error: (e as Error)?.name ?? 'unknown' };
      if (name === 'connection' || name === 'garbage') opts.log.info('prime_failed', fields);
      else opts.log.error('prime_failed', fields);
    }
  };
  // The connection's round trips overlap the CPU-bound steps; the rest run one after the other.
  const connection = doc ? run(...steps.pop()!) : Promise.resolve();
  const all = (async () => {
    for (const [name, step] of steps) await run(name, step);
    await connection;
    const gc = (globalThis as { gc?: GarbageCollection }).gc;
    if (gc) await run('garbage', () => gc({ type: 'minor' }));
  })();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), opts.timeoutMs ?? PRIME_TIMEOUT_MS);
  });
  const outcome = await Promise.race([all, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') opts.log.info('prime_timeout', { ms: opts.timeoutMs ?? PRIME_TIMEOUT_MS });
  // Milliseconds of each step that finished (the connection's overlap the others).
  else opts.log.info('primed', took);
}

/**
 * A launch (the routine plays), "next", and the end of the session, through a skill built exactly like
 * the real one but on a store whose table answers in this process (store/warm-up.ts): every handler
 * module, the content, the plan and narration, the SSML builder, ask-sdk's dispatch and response
 * building, our store and the SDK's request and response paths run once.
 *
 * Once, not twice: a second pass (so that V8 compiles the hot paths past its interpreter) was measured
 * and left out. It took the first launch from about 1.45 to about 1.3 times a warm one, but added about
 * 5 ms of init CPU to save about 1 ms of the first request's (about 7 ms at 256 MB's share of a vCPU):
 * no gain worth it, as the listener waits for init too.
 */
async function runHandlersOnce(tableName: string): Promise<void> {
  const doc = localAnswersClient(process.env.AWS_REGION);
  const skill = buildSkill({ store: new DynamoDbProgressStore({ doc, tableName }), log: silentLogger });
  const launched = await skill.invoke(primeEnvelope({ type: 'LaunchRequest' }, true));
  const next = await skill.invoke(
    primeEnvelope({ type: 'IntentRequest', intent: { name: 'AMAZON.NextIntent', confirmationStatus: 'NONE' } }, false, launched.sessionAttributes),
  );
  await skill.invoke(primeEnvelope({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' }, false, next.sessionAttributes));
}

function primeEnvelope(request: Record<string, unknown>, isNew: boolean, attributes: Record<string, unknown> = {}): RequestEnvelope {
  const application = { applicationId: 'amzn1.ask.skill.prime' };
  const user = { userId: PRIME_USER };
  return {
    version: '1.0',
    session: { new: isNew, sessionId: 'amzn1.echo-api.session.prime', application, user, attributes },
    context: { System: { application, user, device: { deviceId: 'prime', supportedInterfaces: {} }, apiEndpoint: '' } },
    request: { requestId: 'amzn1.echo-api.request.prime', timestamp: new Date().toISOString(), locale: 'en-US', ...request },
  } as unknown as RequestEnvelope;
}
