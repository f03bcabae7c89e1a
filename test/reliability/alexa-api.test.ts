/**
 * Every call to an Alexa service API is bounded. The Reminders API is mocked at its HTTP edge by a
 * server that accepts connections and never answers (the skill's own DefaultApiClient talks to it):
 * "yes" to the nightly reminder, and "cancel my reminder", still get a spoken answer in time.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { seededRandom } from '../../lambda/content/pick';
import { buildSkill } from '../../lambda/skill';
import { VirtualClock } from '../../local/conversation';
import { intentRequest, type EnvelopeContext } from '../../local/envelope';
import { dynamoTable } from '../helpers/dynalite';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { recordingLogger, responseProblems, spoken, TIME_ZONE } from './support';

const db = dynamoTable('reliability-alexa-api');
let api: FaultProxy;
beforeAll(async () => {
  api = await startFaultProxy('http://127.0.0.1:9'); // never reached: the proxy is a black hole
  await api.set('blackhole');
});
afterAll(() => api.close());

/** The reply, or a failure after `ms` (so a hanging turn fails the test quickly instead of hanging it). */
async function within(ms: number, p: Promise<ResponseEnvelope>): Promise<ResponseEnvelope> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no reply within ${ms} ms`)), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

function request(userId: string, clock: VirtualClock, intent: string, state: Record<string, unknown>): RequestEnvelope {
  const ctx: EnvelopeContext = {
    userId,
    deviceId: 'amzn1.ask.device.API',
    locale: 'en-US',
    applicationId: 'amzn1.ask.skill.api',
    sessionId: 'amzn1.echo-api.session.api',
    newSession: false,
    attributes: { state },
    timestamp: clock.now(),
    api: true,
  };
  const env = intentRequest(ctx, intent) as unknown as { context: { System: { apiEndpoint: string } } };
  env.context.System.apiEndpoint = api.endpoint;
  return env as unknown as RequestEnvelope;
}

function skill(clock: VirtualClock, log = recordingLogger()) {
  // No apiClient: the skill's own HTTP client, pointed at the black hole by the envelope's apiEndpoint.
  return buildSkill({ store: db.store, now: clock.now, random: seededRandom(5), log });
}

test('"yes" to the nightly reminder while the Reminders API never answers: a spoken apology within 4 s', async () => {
  const userId = 'amzn1.ask.account.API-create';
  await db.store.updateProfile(userId, { timeZone: TIME_ZONE, flags: { welcomed: true } });
  const clock = new VirtualClock();
  const log = recordingLogger();
  const started = Date.now();
  const res = await within(5000, skill(clock, log).invoke(request(userId, clock, 'AMAZON.YesIntent', { pending: { kind: 'reminder', time: '21:30' } })));
  expect(Date.now() - started).toBeLessThan(4000);
  expect(spoken(res)).toMatch(/couldn't set the reminder/i);
  expect(await responseProblems(res)).toEqual([]);
  expect(log.errors('unhandled_error')).toEqual([]);
  expect((await db.store.loadProfile(userId))?.reminderToken).toBeUndefined();
}, 10_000);

test('"cancel my reminder" while the Reminders API never answers: told it did not work, the token kept', async () => {
  const userId = 'amzn1.ask.account.API-cancel';
  await db.store.updateProfile(userId, { timeZone: TIME_ZONE, flags: { welcomed: true }, reminderToken: 'reminder-7' });
  const clock = new VirtualClock();
  const res = await within(5000, skill(clock).invoke(request(userId, clock, 'CancelReminderIntent', {})));
  expect(spoken(res)).toMatch(/couldn't set the reminder|try again/i);
  expect(await responseProblems(res)).toEqual([]);
  // Not cancelled, so still known: a later "cancel my reminder" can try again.
  expect((await db.store.loadProfile(userId))?.reminderToken).toBe('reminder-7');
}, 10_000);

test('the time-zone lookup against the same silent API does not hold the launch', async () => {
  const userId = 'amzn1.ask.account.API-tz';
  const clock = new VirtualClock();
  const started = Date.now();
  const res = await within(5000, skill(clock).invoke(request(userId, clock, 'ProgressIntent', {})));
  expect(Date.now() - started).toBeLessThan(2000);
  expect(await responseProblems(res)).toEqual([]);
}, 10_000);
