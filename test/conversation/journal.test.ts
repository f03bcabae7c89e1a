import type { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { dynamoTable } from '../helpers/dynalite';
import { harness } from '../helpers/skill';

/** Hearing the journal back with many evenings kept: nothing misleading, nothing out of reach. */

const db = dynamoTable('JournalConversation');
let store: DynamoDbProgressStore;
beforeAll(() => {
  store = db.store;
});

const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'];

/** Ten evenings, one answer each ("good thing on <day>"), kept straight in the store. */
async function tenEvenings(userId: string): Promise<void> {
  for (const day of DAYS) await store.saveAnswer(userId, { day, createdAt: `${day}T05:00:00.000Z` }, 'great', `good thing on ${day}`);
  await store.updateProfile(userId, { flags: { welcomed: true }, timeZone: 'America/Los_Angeles' });
}

const TUESDAY = '2026-11-24T20:00:00-08:00';

test('"last time" reads the last evening only, with its day said in full', async () => {
  await tenEvenings('j-last');
  const h = harness({ store, userId: 'j-last', at: '2026-11-26T20:00:00-08:00' });
  const last = await h.conv.say('ask my face massage what did i say last time');
  expect(last.text).toBe('Last time was Monday, November twenty-third. The good part: good thing on 2026-11-23.');
  expect(last.ended).toBe(true);
});

test('"read my journal" reads the latest evenings, offers older ones, and goes on until the first', async () => {
  await tenEvenings('j-read');
  const h = harness({ store, userId: 'j-read', at: TUESDAY });
  const first = await h.conv.say('ask my face massage to read my journal');
  expect(first.text).toMatch(/^Yesterday\. The good part: good thing on 2026-11-23\. Sunday, November twenty-second\. The good part: good thing on 2026-11-22\. Saturday, November twenty-first\./);
  expect(first.text).not.toMatch(/That's all|That's everything/);
  expect(first.text).toMatch(/older evenings too\. Shall I read them\?$/);
  expect(first.ended).toBe(false);
  const heard = [first.text];
  let ex = first;
  while (!ex.ended && heard.length < 10) {
    ex = await h.conv.say('yes');
    heard.push(ex.text);
  }
  // every evening once, newest first, then the honest end
  const order = heard.join(' ').match(/good thing on \d{4}-\d{2}-\d{2}/g)!.map((s) => s.slice(-10));
  expect(order).toEqual([...DAYS].reverse());
  expect(heard[1]).toMatch(/^Friday, November twentieth\./);
  expect(ex.text).toMatch(/That's everything in your journal\.$/);
  expect(heard).toHaveLength(4);
});

test('"no" to older evenings ends kindly', async () => {
  await tenEvenings('j-no');
  const h = harness({ store, userId: 'j-no', at: TUESDAY });
  await h.conv.say('ask my face massage to read my journal');
  const no = await h.conv.say('no');
  expect(no.text).toMatch(/^(Okay|All right)\.$/);
  expect(no.ended).toBe(true);
});

test('a week with more evenings than one read says there is more, and goes on', async () => {
  await tenEvenings('j-week');
  const h = harness({ store, userId: 'j-week', at: TUESDAY });
  const week = await h.conv.say('ask my face massage what did i say last week');
  expect(week.text).toMatch(/^Monday, November sixteenth\. The good part: good thing on 2026-11-16\./);
  expect(week.text).toMatch(/There's more\. Shall I go on\?$/);
  const rest = await h.conv.say('yes');
  expect(rest.text).toMatch(/^Thursday, November nineteenth\./);
  const end = await h.conv.say('yes');
  expect(end.text).toMatch(/good thing on 2026-11-22\. That's all from the week of Monday, November sixteenth\.$/);
  expect(end.ended).toBe(true);
});

test('a long answer is cut at a sentence, says there is more, and the rest follows from the next word', async () => {
  const sentence = (i: number) => `Sentence number ${i} is about a long and lovely day at the lake with friends.`;
  const long = Array.from({ length: 60 }, (_, i) => sentence(i + 1)).join(' ').slice(0, 1000);
  await store.saveAnswer('j-long', { day: '2026-11-23', createdAt: '2026-11-24T05:00:00.000Z' }, 'great', long);
  await store.saveAnswer('j-long', { day: '2026-11-23', createdAt: '2026-11-24T05:00:00.000Z' }, 'challenging', long);
  await store.saveAnswer('j-long', { day: '2026-11-23', createdAt: '2026-11-24T05:00:00.000Z' }, 'better', long);
  const h = harness({ store, userId: 'j-long', at: TUESDAY });
  const first = await h.conv.say('ask my face massage what did i say yesterday');
  expect(first.text).toMatch(/lake with friends\. There's more\. Shall I go on\?$/);
  const next = await h.conv.say('yes');
  expect(next.text).toMatch(/^Going on: Sentence number \d+ is about/);
  const heard = [first.text, next.text];
  let ex = next;
  while (!ex.ended && heard.length < 6) heard.push((ex = await h.conv.say('yes')).text);
  // nothing skipped, nothing said twice: every sentence of the three answers, in order
  const numbers = heard.join(' ').match(/Sentence number (\d+)/g)!.map((s) => Number(s.split(' ')[2]));
  const once = long.match(/Sentence number (\d+)/g)!.map((s) => Number(s.split(' ')[2]));
  expect(numbers).toEqual([...once, ...once, ...once]);
});

test('"next", "continue" and "go on" while "Shall I go on?" waits read on, like yes', async () => {
  await tenEvenings('j-next');
  for (const more of ['next', 'continue', 'go on']) {
    const h = harness({ store, userId: 'j-next', at: TUESDAY });
    await h.conv.say('ask my face massage to read my journal');
    const on = await h.conv.say(more);
    expect(on.text).toMatch(/^Friday, November twentieth\./);
  }
});
