/**
 * Nothing the user asked to remove survives, and nothing they were told is kept is lost: deletions and
 * held answers that a turn cannot finish go to the durable work queue (SQS with a dead-letter queue in
 * AWS; its local stand-in here) and are done by its consumer once the table answers. Against dynalite
 * behind a fault proxy.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { seededRandom } from '../../lambda/content/pick';
import { buildSkill } from '../../lambda/skill';
import { createDocumentClient } from '../../lambda/store/client';
import { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { VirtualClock } from '../../local/conversation';
import { envelope, type EnvelopeContext } from '../../local/envelope';
import { LocalWorkQueue } from '../../local/queue';
import { LocalAlexaApi } from '../../local/services';
import { dynamoTable } from '../helpers/dynalite';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { recordingLogger, responseProblems, spoken, talk, TIME_ZONE } from './support';

const TABLE = 'reliability-durable-work';
const db = dynamoTable(TABLE);
let proxy: FaultProxy;
let doc: ReturnType<typeof createDocumentClient>;
let viaProxy: DynamoDbProgressStore;
beforeAll(async () => {
  proxy = await startFaultProxy(db.endpoint);
  doc = createDocumentClient({ endpoint: proxy.endpoint });
  viaProxy = new DynamoDbProgressStore({ doc, tableName: TABLE });
});
afterAll(async () => {
  doc.destroy();
  await proxy.close();
});
afterEach(async () => {
  proxy.delayMs = 0;
  await proxy.set('pass');
});

const EVENING = Date.parse('2026-11-24T21:30:00-08:00');

/** `n` journal entries for a user, written straight to the table (25 a batch). */
async function seedJournal(userId: string, n: number): Promise<void> {
  await db.store.updateProfile(userId, { flags: { welcomed: true }, timeZone: TIME_ZONE });
  const items = Array.from({ length: n }, (_, i) => {
    const createdAt = new Date(EVENING - (i + 1) * 86_400_000).toISOString();
    return { pk: `USER#${userId}`, sk: `REFLECTION#${createdAt.slice(0, 10)}#${createdAt}#${i}`, day: createdAt.slice(0, 10), createdAt, answer_great: `entry ${i}` };
  });
  for (let i = 0; i < items.length; i += 25) {
    await db.doc.send(new BatchWriteCommand({ RequestItems: { [TABLE]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
}

async function itemsOf(userId: string): Promise<number> {
  return (await db.store.listReflections(userId)).length + ((await db.store.loadProfile(userId)) ? 1 : 0);
}

function disabled(userId: string): RequestEnvelope {
  const ctx: EnvelopeContext = { userId, deviceId: 'd', locale: 'en-US', applicationId: 'amzn1.ask.skill.work', sessionId: 's', newSession: true, timestamp: new Date(EVENING), outOfSession: true };
  return envelope(ctx, { type: 'AlexaSkillEvent.SkillDisabled', body: { userInformationPersistenceStatus: 'NOT_PERSISTED' } });
}

describe('2. SkillDisabled without kept data while the table is unreachable', () => {
  test('the invocation fails (the error metric sees it), the deletion is queued, and done once the table is back', async () => {
    const userId = 'amzn1.ask.account.DISABLED';
    await seedJournal(userId, 3);
    const queue = new LocalWorkQueue();
    const log = recordingLogger();
    const skill = buildSkill({ store: viaProxy, queue, log });
    await proxy.set('refuse');
    await expect(skill.invoke(disabled(userId))).rejects.toThrow();
    expect(queue.waiting.map((w) => w.job.kind)).toEqual(['delete-user']);
    expect(await queue.drain(viaProxy)).toBe(0); // still down: kept for the next try
    await proxy.set('pass');
    expect(await queue.drain(viaProxy)).toBe(1);
    expect(await itemsOf(userId)).toBe(0);
  }, 20_000);

  test('with the queue unreachable too, the invocation still fails (Alexa and the alarm see it)', async () => {
    const userId = 'amzn1.ask.account.DISABLED-2';
    await seedJournal(userId, 1);
    const queue = new LocalWorkQueue();
    queue.failing = true;
    const log = recordingLogger();
    await proxy.set('refuse');
    await expect(buildSkill({ store: viaProxy, queue, log }).invoke(disabled(userId))).rejects.toThrow();
    expect(log.errors('job_not_queued')).toHaveLength(1);
  }, 20_000);
});

describe('4. "delete my journal" and "delete all my data" of any size answer in time', () => {
  test('200 entries on a table answering in about 500 ms a call: all deleted, and the answer within 4 s', async () => {
    const userId = 'amzn1.ask.account.SLOW-200';
    await seedJournal(userId, 200);
    proxy.delayMs = 250; // each way
    const { conv } = talk({ store: viaProxy, userId, queue: new LocalWorkQueue(), clock: new VirtualClock(EVENING) });
    await conv.say('delete my journal');
    const started = Date.now();
    const done = await conv.say('yes');
    expect(Date.now() - started).toBeLessThan(4000);
    expect(done.text).toMatch(/journal is empty/i);
    expect(await responseProblems(done.response)).toEqual([]);
    proxy.delayMs = 0;
    expect(await db.store.listReflections(userId)).toEqual([]);
  }, 30_000);

  test('1,500 entries on the same slow table: answered within 5 s, told it is under way, and the rest done in the background', async () => {
    const userId = 'amzn1.ask.account.SLOW-1500';
    await seedJournal(userId, 1500);
    const queue = new LocalWorkQueue();
    proxy.delayMs = 300;
    const { conv } = talk({ store: viaProxy, userId, queue, clock: new VirtualClock(EVENING) });
    await conv.say('delete all my data');
    const started = Date.now();
    const res = await conv.say('yes');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.text).toMatch(/under way|in the background/i);
    expect(res.text).not.toMatch(/Everything is deleted/i);
    expect(await responseProblems(res.response)).toEqual([]);
    proxy.delayMs = 0;
    expect(queue.waiting.map((w) => w.job.kind)).toEqual(['delete-user']);
    await queue.drain(viaProxy);
    expect(await itemsOf(userId)).toBe(0);
  }, 60_000);

  test('what the user begins after asking is not taken by the background deletion', async () => {
    const userId = 'amzn1.ask.account.AFTER';
    await seedJournal(userId, 2);
    const queue = new LocalWorkQueue();
    const skill = buildSkill({ store: viaProxy, queue, now: () => new Date(EVENING), random: seededRandom(1), apiClient: new LocalAlexaApi(TIME_ZONE), log: recordingLogger() });
    await proxy.set('refuse');
    await expect(skill.invoke(disabled(userId))).rejects.toThrow();
    await proxy.set('pass');
    // The user comes back the next evening, before the queue is done.
    await db.store.saveAnswer(userId, { day: '2026-11-25', createdAt: new Date(EVENING + 86_400_000).toISOString() }, 'great', 'a new start');
    await queue.drain(viaProxy);
    expect((await db.store.listReflections(userId)).map((r) => r.answers.great)).toEqual(['a new start']);
  }, 20_000);
});

describe('12. an answer held while the table is down, then the session ends by silence', () => {
  test('the promise "I\'m holding on to it" is kept: the answer is queued and written once the table is back', async () => {
    const userId = 'amzn1.ask.account.HELD-SILENCE';
    const queue = new LocalWorkQueue();
    const log = recordingLogger();
    const { conv } = talk({ store: viaProxy, userId, queue, log, clock: new VirtualClock(EVENING) });
    await conv.say("let's reflect");
    await proxy.set('refuse');
    const held = await conv.say('my sister called');
    expect(held.text).toMatch(/holding on to it/i);
    await conv.silence();
    expect(log.errors('answers_lost')).toEqual([]);
    expect(queue.waiting.map((w) => w.job.kind)).toEqual(['save-answers']);
    await proxy.set('pass');
    await queue.drain(viaProxy);
    expect((await db.store.listReflections(userId)).map((r) => r.answers.great)).toEqual(['my sister called']);
  }, 20_000);
});

test('a deletion with nowhere to go (no queue) and a failing table is told as a failure, never as done', async () => {
  const userId = 'amzn1.ask.account.NO-QUEUE';
  await seedJournal(userId, 1);
  const { conv } = talk({ store: viaProxy, userId, clock: new VirtualClock(EVENING) });
  await conv.say('delete my journal');
  await proxy.set('refuse');
  const res = await conv.say('yes');
  expect(spoken(res.response)).toMatch(/couldn't delete/i);
}, 20_000);
