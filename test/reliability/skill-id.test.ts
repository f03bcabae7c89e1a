/**
 * A skill built with its id refuses requests meant for another skill before anything runs: ask-sdk's
 * CustomSkill.invoke throws "CustomSkill ID verification failed!" (so the Lambda invocation fails and
 * Alexa gets no response), and the store is never touched: no read, no write, no delete.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { seededRandom } from '../../lambda/content/pick';
import { buildSkill } from '../../lambda/skill';
import { MemoryProgressStore } from '../../lambda/store/memory';
import { VirtualClock } from '../../local/conversation';
import { envelope, intentRequest, launchRequest, sessionEndedRequest, type EnvelopeContext } from '../../local/envelope';
import { LocalAlexaApi } from '../../local/services';
import { FaultyStore, recordingLogger, TIME_ZONE } from './support';

const OURS = 'amzn1.ask.skill.ours';
const THEIRS = 'amzn1.ask.skill.someone-else';
const USER = 'amzn1.ask.account.SKILLID';

function setup() {
  const memory = new MemoryProgressStore();
  const store = new FaultyStore(memory);
  const clock = new VirtualClock();
  const log = recordingLogger();
  const skill = buildSkill({ store, skillId: OURS, now: clock.now, random: seededRandom(3), apiClient: new LocalAlexaApi(TIME_ZONE), log });
  return { memory, store, clock, log, skill };
}

function ctx(applicationId: string, clock: VirtualClock, o: Partial<EnvelopeContext> = {}): EnvelopeContext {
  return {
    userId: USER,
    deviceId: 'amzn1.ask.device.SKILLID',
    locale: 'en-US',
    applicationId,
    sessionId: 'amzn1.echo-api.session.skillid',
    newSession: true,
    attributes: {},
    timestamp: clock.now(),
    api: true,
    ...o,
  };
}

const REQUESTS: [string, (c: EnvelopeContext) => RequestEnvelope][] = [
  ['LaunchRequest', (c) => launchRequest(c)],
  ['ReflectionIntent with an answer', (c) => intentRequest({ ...c, newSession: false }, 'ReflectionIntent', { great: { value: 'my sister called' } }, 'IN_PROGRESS')],
  ['JournalIntent', (c) => intentRequest(c, 'JournalIntent', {})],
  ['DeleteDataIntent', (c) => intentRequest(c, 'DeleteDataIntent', {})],
  ['SessionEndedRequest', (c) => sessionEndedRequest({ ...c, newSession: false })],
  ['AlexaSkillEvent.SkillDisabled (NOT_PERSISTED)', (c) => envelope({ ...c, outOfSession: true }, { type: 'AlexaSkillEvent.SkillDisabled', body: { userInformationPersistenceStatus: 'NOT_PERSISTED' } })],
];

describe(`a skill built with skillId ${OURS}`, () => {
  test.each(REQUESTS)("refuses another skill's %s: invoke rejects, the store sees no call", async (_name, make) => {
    const s = setup();
    // The user has data, so a refused request that reached the store would show.
    await s.memory.updateProfile(USER, { flags: { welcomed: true } });
    await s.memory.saveAnswer(USER, { day: '2026-11-23', createdAt: '2026-11-24T06:00:00.000Z' }, 'great', 'kept');

    await expect(s.skill.invoke(make(ctx(THEIRS, s.clock)))).rejects.toThrow('CustomSkill ID verification failed!');
    expect(s.store.calls).toEqual({ loadProfile: 0, updateProfile: 0, recordCompletion: 0, saveAnswer: 0, listReflections: 0, deleteReflections: 0, deleteUser: 0 });
    expect(s.log.entries).toEqual([]);
    expect(await s.memory.listReflections(USER)).toHaveLength(1);
    expect((await s.memory.loadProfile(USER))?.flags.welcomed).toBe(true);
  });

  test('a request without an application id is refused too (no store call)', async () => {
    const s = setup();
    const env = launchRequest(ctx(OURS, s.clock)) as unknown as { context: { System: { application?: unknown } } };
    delete env.context.System.application;
    await expect(s.skill.invoke(env as unknown as RequestEnvelope)).rejects.toThrow();
    expect(s.store.totalCalls).toBe(0);
  });

  test('its own requests go through: the launch reads the profile once and speaks (the counter works)', async () => {
    const s = setup();
    const res = await s.skill.invoke(launchRequest(ctx(OURS, s.clock)));
    expect(res.response.outputSpeech).toBeDefined();
    expect(s.store.calls.loadProfile).toBe(1);
  });
});

test('a skill built without skillId accepts any application id (the fuzz tests rely on this)', async () => {
  const store = new FaultyStore(new MemoryProgressStore());
  const clock = new VirtualClock();
  const skill = buildSkill({ store, now: clock.now, random: seededRandom(3), apiClient: new LocalAlexaApi(TIME_ZONE), log: recordingLogger() });
  const res = await skill.invoke(launchRequest(ctx(THEIRS, clock)));
  expect(res.response.outputSpeech).toBeDefined();
});
