import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { countCommands, dynamoTable } from '../helpers/dynalite';
import { harness } from '../helpers/skill';

/** Progress that lasts: across sessions, on a real DynamoDB API (dynalite). */

const TABLE = 'ProgressConversation';
const db = dynamoTable(TABLE);
let doc: DynamoDBDocumentClient;
let store: DynamoDbProgressStore;
beforeAll(() => {
  doc = db.doc;
  store = db.store;
});

async function itemsOf(userId: string): Promise<number> {
  const r = await doc.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `USER#${userId}` } }));
  return r.Items?.length ?? 0;
}

test('a finished routine raises the streak, said in one line at the end and in full on request', async () => {
  const h = harness({ store, userId: 'streak-user', at: '2026-11-23T20:00:00-08:00' });
  const first = await h.conv.say('start my face massage');
  expect(first.text).toMatch(/first massage|your first one/i);
  await h.conv.say('no');
  h.conv.wait(24 * 3600);
  const evening2 = h.again();
  const second = await evening2.say('start my face massage');
  expect(second.text).toMatch(/2 days in a row|2 in a row/);
  await evening2.silence(); // asleep: the routine was heard to the end, so it counts
  const how = await h.again().say('ask my face massage how am i doing');
  expect(how.text).toMatch(/done 2 massages/);
  expect(how.text).toMatch(/That's 2 days in a row/);
});

test('a routine stopped midway is not counted, and resumes at that step on the next launch', async () => {
  const h = harness({ store, userId: 'resume-user', at: '2026-11-24T20:00:00-08:00' });
  await h.conv.say('start my face massage');
  await h.conv.say('@100s stop');
  h.conv.wait(3 * 3600);
  const again = await h.again().say('open my face massage');
  expect(again.text).toMatch(/^(Picking up at|Carrying on from) (your|the area around your) (eyes|cheeks|temples)/);
  expect((await store.loadProfile('resume-user'))?.stats.completed).toBe(0);
});

test('after twelve hours, a launch starts fresh', async () => {
  const h = harness({ store, userId: 'stale-user', at: '2026-11-24T20:00:00-08:00' });
  await h.conv.say('start my face massage');
  await h.conv.say('@100s stop');
  h.conv.wait(13 * 3600);
  const again = await h.again().say('open my face massage');
  expect(again.text).not.toMatch(/Picking up/);
  expect(again.text).toMatch(/forehead/);
});

test('in Los Angeles, 11:30 pm and 12:30 am count as the same evening', async () => {
  const late = harness({ store, userId: 'la-1', at: '2026-11-24T23:30:00-08:00' });
  await late.conv.say('start my face massage');
  await late.conv.say('skip'); // the tension check-in
  await late.conv.say('no');
  const later = harness({ store, userId: 'la-2', at: '2026-11-25T00:30:00-08:00' });
  await later.conv.say('start my face massage');
  await later.conv.say('skip'); // the tension check-in
  await later.conv.say('no');
  const a = await store.loadProfile('la-1');
  const b = await store.loadProfile('la-2');
  expect(a?.stats.lastDay).toBe('2026-11-24');
  expect(b?.stats.lastDay).toBe('2026-11-24');
  expect(a?.timeZone).toBe('America/Los_Angeles');
});

test('preferences persist: default length, tool and pace', async () => {
  const h = harness({ store, userId: 'prefs-user', at: '2026-11-24T19:00:00-08:00' });
  await h.conv.say('ask my face massage to set my default to the quick routine');
  await h.again().say('ask my face massage i use a gua sha');
  const third = h.again();
  await third.say('ask my face massage to always go slower');
  const p = await store.loadProfile('prefs-user');
  expect(p?.prefs).toMatchObject({ length: 'quick', tool: 'guasha', pace: 'slower' });
  const run = await h.again().say('start my face massage');
  expect(run.text).toMatch(/stone/);
  expect(run.ssml).toMatch(/rate="85%"/);
});

test('the profile is read once per session and a turn writes at most once', async () => {
  const counter = countCommands(doc);
  const h = harness({ store, userId: 'cost-user', at: '2026-11-24T19:00:00-08:00' });
  const perTurn: number[] = [];
  for (const line of ['start my face massage', '@30s slower', '@20s next', '@10s pause', 'resume']) {
    counter.reset();
    await h.conv.say(line);
    perTurn.push(counter.writes());
  }
  expect(Math.max(...perTurn)).toBeLessThanOrEqual(1);
  counter.reset();
  const h2 = harness({ store, userId: 'cost-user-2', at: '2026-11-24T19:00:00-08:00' });
  await h2.conv.say('start my face massage');
  await h2.conv.say('@30s next');
  await h2.conv.say('@30s repeat');
  expect(counter.counts.GetItemCommand ?? counter.counts.GetCommand ?? 0).toBe(1);
});

test('"delete all my data" asks first, then removes every item of that user and nothing else', async () => {
  const keep = harness({ store, userId: 'keeper', at: '2026-11-24T19:00:00-08:00' });
  await keep.conv.say('start my face massage');
  await keep.conv.say('skip'); // the tension check-in
  await keep.conv.say('yes');
  await keep.conv.say('my sister called');
  const h = harness({ store, userId: 'leaver', at: '2026-11-24T19:00:00-08:00' });
  await h.conv.say('start my face massage');
  await h.conv.say('skip'); // the tension check-in
  await h.conv.say('yes');
  await h.conv.say('a long walk');
  expect(await itemsOf('leaver')).toBe(2);
  const later = h.again();
  const ask = await later.say('ask my face massage to delete all my data');
  expect(ask.text).toMatch(/Are you sure\?/);
  const no = await later.say('no');
  expect(no.text).toMatch(/nothing deleted/i);
  expect(await itemsOf('leaver')).toBe(2);
  await later.say('ask my face massage to delete everything');
  const yes = await later.say('yes');
  expect(yes.text).toMatch(/Everything is deleted/);
  expect(await itemsOf('leaver')).toBe(0);
  expect(await itemsOf('keeper')).toBe(2);
});

test('SkillDisabled without kept data removes the user; with kept data it does not', async () => {
  const h = harness({ store, userId: 'disabler', at: '2026-11-24T19:00:00-08:00' });
  await h.conv.say('start my face massage');
  await h.conv.say('skip'); // the tension check-in
  await h.conv.say('no');
  expect(await itemsOf('disabler')).toBe(1);
  await h.again().raw({ type: 'AlexaSkillEvent.SkillDisabled', eventCreationTime: new Date().toISOString(), body: { userInformationPersistenceStatus: 'PERSISTED' } }, { outOfSession: true });
  expect(await itemsOf('disabler')).toBe(1);
  await h.again().raw({ type: 'AlexaSkillEvent.SkillDisabled', eventCreationTime: new Date().toISOString(), body: { userInformationPersistenceStatus: 'NOT_PERSISTED' } }, { outOfSession: true });
  expect(await itemsOf('disabler')).toBe(0);
});

test('a routine heard to the end counts even when the next thing said is not about it', async () => {
  const h = harness({ store, userId: 'journal-after', at: '2026-11-24T20:00:00-08:00' });
  await h.conv.say('start my face massage');
  const j = await h.conv.say('what did i say today'); // closes the session; no SessionEndedRequest follows
  expect(j.ended).toBe(true);
  expect((await store.loadProfile('journal-after'))?.stats.completed).toBe(1);
  const how = await h.again().say('ask my face massage how am i doing');
  expect(how.text).toMatch(/done 1 massage/);
});

test('a routine heard to its end counts even when the session just went quiet with no request after it', async () => {
  const h = harness({ store, userId: 'quiet-end', at: '2026-11-24T20:00:00-08:00' });
  await h.conv.say('start my face massage'); // the whole standard routine, ending with a question
  // ...and then nothing: no answer, and (as on some devices) no SessionEndedRequest either.
  h.conv.wait(20 * 3600);
  const next = await h.again().say('open my face massage');
  expect(next.text).not.toMatch(/Picking up|Carrying on from|where you stopped/);
  expect(next.text).toMatch(/2 days in a row|2 in a row/);
  expect((await store.loadProfile('quiet-end'))?.stats.completed).toBe(1);
});
