/**
 * Defects an adversarial test of the built skill found (issue 12), each reproduced against buildSkill
 * or the built bundle, with dynalite behind a local fault proxy.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { build } from 'esbuild';
import { lambdaBuild } from '../../infra/bundling';
import { seededRandom } from '../../lambda/content/pick';
import { buildSkill } from '../../lambda/skill';
import { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { createDocumentClient } from '../../lambda/store/client';
import { VirtualClock } from '../../local/conversation';
import { envelope, intentRequest, launchRequest, type EnvelopeContext } from '../../local/envelope';
import { LocalAlexaApi } from '../../local/services';
import { countCommands, dynamoTable } from '../helpers/dynalite';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { recordingLogger, responseProblems, spoken, talk, TIME_ZONE } from './support';

const TABLE = 'reliability-adversarial';
const db = dynamoTable(TABLE);
let proxy: FaultProxy;
beforeAll(async () => {
  proxy = await startFaultProxy(() => db.endpoint);
});
afterAll(() => proxy.close());

const EVENING = Date.parse('2026-11-24T21:30:00-08:00');

function ctx(o: Partial<EnvelopeContext> = {}): EnvelopeContext {
  return {
    userId: 'amzn1.ask.account.ADVERSARIAL',
    deviceId: 'amzn1.ask.device.ADV',
    locale: 'en-US',
    applicationId: 'amzn1.ask.skill.adv',
    sessionId: 'amzn1.echo-api.session.adv',
    newSession: true,
    attributes: {},
    timestamp: new Date(EVENING),
    api: true,
    ...o,
  };
}

function skillOn(store = db.store, log = recordingLogger()) {
  return buildSkill({ store, now: () => new Date(EVENING), random: seededRandom(2), apiClient: new LocalAlexaApi(TIME_ZONE), log });
}

/** The problems of a response, plus any word that should never be spoken. */
async function problems(res: ResponseEnvelope): Promise<string[]> {
  const out = await responseProblems(res);
  const leaked = /\b(undefined|NaN|null)\b|\[object Object\]/.exec(spoken(res));
  if (leaked) out.push(`leaked "${leaked[0]}" in: ${spoken(res)}`);
  return out;
}

describe('6. AMAZON.DATE values that name no real day', () => {
  test.each(['2026-00-01', '2026-13-01', '2026-02-30', '2026-04-31', '2026-W60', '2026-00'])('"%s": a kind answer, never "undefined", nothing deleted', async (date) => {
    const u = `amzn1.ask.account.DATE-${date}`;
    await db.store.saveAnswer(u, { day: '2026-11-23', createdAt: '2026-11-24T05:00:00.000Z' }, 'great', 'my sister called');
    const skill = skillOn();
    const read = await skill.invoke(intentRequest(ctx({ userId: u }), 'JournalIntent', { date: { value: date } }));
    expect(await problems(read)).toEqual([]);
    expect(spoken(read)).toMatch(/couldn't find that date/i);
    const del = await skill.invoke(intentRequest(ctx({ userId: u }), 'DeleteEntryIntent', { date: { value: date } }));
    expect(await problems(del)).toEqual([]);
    expect(spoken(del)).toMatch(/couldn't find that date/i);
    expect(del.response.shouldEndSession).toBe(true); // no "delete the latest entry?" instead
    expect(await db.store.listReflections(u)).toHaveLength(1);
  });
});

describe('7. a request without a user id', () => {
  function anonymous(req: RequestEnvelope): RequestEnvelope {
    const env = req as unknown as { context: { System: { user?: unknown } }; session?: { user?: unknown } };
    delete env.context.System.user;
    if (env.session) delete env.session.user;
    return req;
  }

  test("reads and stores nothing, and a second such request never hears the first one's answers", async () => {
    const counted = createDocumentClient({ endpoint: proxy.endpoint });
    try {
      const calls = countCommands(counted);
      const skill = skillOn(new DynamoDbProgressStore({ doc: counted, tableName: TABLE }));
      const first = await skill.invoke(anonymous(intentRequest(ctx({ newSession: false, attributes: { state: { reflection: { key: { day: '2026-11-24', createdAt: '2026-11-25T05:30:00.000Z' }, index: 0, tries: 0, answered: [] } } } }), 'ReflectionIntent', { great: { value: 'a secret of the first stranger' } }, 'IN_PROGRESS')));
      expect(await problems(first)).toEqual([]);
      expect(spoken(first)).toMatch(/can't tell who's asking/i);
      const second = await skill.invoke(anonymous(intentRequest(ctx(), 'JournalIntent', {})));
      expect(await problems(second)).toEqual([]);
      expect(spoken(second)).not.toMatch(/secret/);
      for (const req of [launchRequest(ctx()), intentRequest(ctx(), 'DeleteDataIntent', {}), envelope({ ...ctx(), outOfSession: true }, { type: 'AlexaSkillEvent.SkillDisabled', body: { userInformationPersistenceStatus: 'NOT_PERSISTED' } })]) {
        expect(await problems(await skill.invoke(anonymous(req)))).toEqual([]);
      }
      expect(calls.counts).toEqual({});
    } finally {
      counted.destroy();
    }
  });
});

describe('8. two reflections begun in the same millisecond', () => {
  test('each device keeps its own answers', async () => {
    const userId = 'amzn1.ask.account.SAME-MS';
    const clockA = new VirtualClock(EVENING);
    const clockB = new VirtualClock(EVENING);
    const a = talk({ store: db.store, userId, clock: clockA });
    const b = talk({ store: db.store, userId, clock: clockB });
    await Promise.all([a.conv.say("let's reflect"), b.conv.say("let's reflect")]);
    await Promise.all([a.conv.say('the first device'), b.conv.say('the second device')]);
    const greats = (await db.store.listReflections(userId)).map((r) => r.answers.great).sort();
    expect(greats).toEqual(['the first device', 'the second device']);
  });
});

describe('11. odd envelopes', () => {
  test.each([
    ['no context', (e: Record<string, unknown>) => void delete e.context],
    ['context: {}', (e: Record<string, unknown>) => void (e.context = {})],
  ])('%s: answered without a skill id, refused cleanly with one; never a TypeError', async (_name, mutate) => {
    const make = () => {
      const env = launchRequest(ctx()) as unknown as Record<string, unknown>;
      mutate(env);
      return env as unknown as RequestEnvelope;
    };
    const log = recordingLogger();
    const res = await skillOn(db.store, log).invoke(make());
    expect(await problems(res)).toEqual([]);
    expect(log.errors('unhandled_error')).toEqual([]);
    const strict = buildSkill({ store: db.store, skillId: 'amzn1.ask.skill.adv', log: recordingLogger() });
    await expect(strict.invoke(make())).rejects.toThrow(/CustomSkill ID verification failed/);
  });

  test.each([
    ['a resolutionsPerAuthority that is not an array', { resolutionsPerAuthority: { status: { code: 'ER_SUCCESS_MATCH' } } }],
    ['a resolution id that is not a string', { resolutionsPerAuthority: [{ authority: 'x', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'jaw', id: 42 } }] }] }],
    ['values that are not an array', { resolutionsPerAuthority: [{ authority: 'x', status: { code: 'ER_SUCCESS_MATCH' }, values: 'jaw' }] }],
  ])('a valid intent with %s is answered by its handler, not the apology', async (_name, resolutions) => {
    const log = recordingLogger();
    const skill = skillOn(db.store, log);
    for (const [intent, slotName, value] of [['StartRoutineIntent', 'focus', 'jaw'], ['JournalIntent', 'date', '2026-11-23'], ['SetPreferenceIntent', 'length', 'quick']] as const) {
      const env = intentRequest(ctx(), intent, { [slotName]: { value } }) as unknown as { request: { intent: { slots: Record<string, Record<string, unknown>> } } };
      env.request.intent.slots[slotName].resolutions = resolutions;
      const res = await skill.invoke(env as unknown as RequestEnvelope);
      expect(await problems(res)).toEqual([]);
    }
    expect(log.errors('unhandled_error')).toEqual([]);
  });
});

describe('9. forged session state', () => {
  const forged = [
    ['stats of the wrong types', { profile: { userId: 'x', createdAt: '', prefs: {}, flags: {}, stats: { completed: { a: 1 }, minutes: [3], currentStreak: 'NaN', bestStreak: null, lastDay: 5 } } }],
    ['a routine of the wrong types', { routine: { options: { length: 'deep', tool: 7, pace: {} }, chapter: { from: 'a', to: {}, timeline: 'x', seconds: NaN, startedAt: 'soon' }, completion: { day: 3, minutes: { m: 1 } } } }],
    ['a reflection of the wrong types', { reflection: { key: { day: {}, createdAt: 5 }, index: 'two', tries: [], answered: 'all' } }],
    ['held answers of the wrong types', { unsavedAnswers: [{ key: 1, question: 'great', answer: { a: 1 } }], unsavedCompletion: { day: '2026-11-24', minutes: 'ten', known: 'x' } }],
    ['a megabyte of said lines', { said: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, 'x'.repeat(1000)])) }],
    ['a state that is a string', 'p'],
  ] as const;

  test.each(forged)('%s: answered by a handler, nothing forged spoken, under 24 KB', async (_name, state) => {
    const log = recordingLogger();
    const skill = skillOn(db.store, log);
    for (const [intent, slots] of [['ProgressIntent', {}], ['AMAZON.NextIntent', {}], ['AMAZON.HelpIntent', {}], ['ReflectionIntent', { great: { value: 'fine' } }]] as const) {
      const res = await skill.invoke(intentRequest(ctx({ newSession: false, attributes: { state: JSON.parse(JSON.stringify(state)) } }), intent, slots));
      expect(await problems(res)).toEqual([]);
      expect(JSON.stringify(res).length).toBeLessThan(24_000);
    }
    expect(log.errors('unhandled_error')).toEqual([]);
  });
});

describe('10. local mode (DYNAMODB_ENDPOINT), the built bundle', () => {
  let dir: string;
  let bundle: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'face-massage-local-'));
    bundle = join(dir, 'index.mjs');
    await build({ ...lambdaBuild(dir), logLevel: 'silent' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * The bundle in its own Node process, as a Lambda instance runs it (loaded once with this
   * environment); each invoke is one request to it.
   */
  function load(env: Record<string, string>): { handler: (e: RequestEnvelope) => Promise<ResponseEnvelope>; close(): void } {
    const runner = join(dir, 'runner.mjs');
    writeFileSync(
      runner,
      `const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
       process.on('message', ({ id, event }) => handler(event).then(
         (response) => process.send({ id, response }),
         (e) => process.send({ id, error: String(e && e.message) })));`,
    );
    const child = fork(runner, { env: { PATH: process.env.PATH, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env }, stdio: 'ignore' });
    let next = 0;
    const waiting = new Map<number, { resolve: (r: ResponseEnvelope) => void; reject: (e: Error) => void }>();
    child.on('message', (m: { id: number; response?: ResponseEnvelope; error?: string }) => {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error !== undefined) w?.reject(new Error(m.error));
      else w?.resolve(m.response!);
    });
    child.on('exit', (code) => {
      for (const w of waiting.values()) w.reject(new Error(`the Lambda process exited (${code})`));
      waiting.clear();
    });
    return {
      handler: (event) =>
        new Promise((resolve, reject) => {
          const id = next++;
          waiting.set(id, { resolve, reject });
          child.send({ id, event });
        }),
      close: () => void child.kill(),
    };
  }

  test('a table check that failed once is tried again: the skill recovers when the table is back', async () => {
    const table = 'LocalRecovers';
    const { handler, close } = load({ DYNAMODB_ENDPOINT: proxy.endpoint, TABLE_NAME: table, SKILL_ID: 'amzn1.ask.skill.adv' });
    try {
      await proxy.set('refuse');
      const down = await handler(launchRequest(ctx({ userId: 'amzn1.ask.account.LOCAL-1' })));
      expect(await problems(down)).toEqual([]);
      await proxy.set('pass');
      expect(await problems(await handler(launchRequest(ctx({ userId: 'amzn1.ask.account.LOCAL-1' }))))).toEqual([]);
    } finally {
      await proxy.set('pass');
      close();
    }
    const store = new DynamoDbProgressStore({ doc: db.doc, tableName: table });
    expect((await store.loadProfile('amzn1.ask.account.LOCAL-1'))?.flags.welcomed).toBe(true);
  }, 20_000);

  test("another skill's request is refused before the table is made", async () => {
    const table = 'LocalOtherSkill';
    const { handler, close } = load({ DYNAMODB_ENDPOINT: db.endpoint, TABLE_NAME: table, SKILL_ID: 'amzn1.ask.skill.adv' });
    try {
      await expect(handler(launchRequest(ctx({ applicationId: 'amzn1.ask.skill.someone-else' })))).rejects.toThrow(/verification failed/);
    } finally {
      close();
    }
    await expect(db.doc.send(new DescribeTableCommand({ TableName: table }))).rejects.toThrow(/not found|ResourceNotFound/i);
  }, 20_000);
});
