import type { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { countCommands, dynamoTable } from '../helpers/dynalite';
import { harness } from '../helpers/skill';

/** The three questions, the answers kept in the user's own words, and the journal, on dynalite. */

const db = dynamoTable('ReflectionConversation');
let store: DynamoDbProgressStore;
beforeAll(() => {
  store = db.store;
});

const MONDAY_EVENING = '2026-11-23T21:00:00-08:00';

async function evening(userId: string, at: string, answers: string[]) {
  const h = harness({ store, userId, at });
  await h.conv.say('start my face massage');
  await h.conv.say('skip'); // the tension check-in
  const offer = await h.conv.say('yes');
  const said = [offer];
  for (const a of answers) said.push(await h.conv.say(a));
  return { h, said };
}

test('the full reflection: three questions one at a time, answers kept, a short close', async () => {
  const { said } = await evening('r-full', MONDAY_EVENING, ['My sister called', 'skip', 'Going to bed earlier']);
  expect(said[0].text).toMatch(/What made today great\?|What was good about today\?/);
  expect(said[0].elicit).toEqual({ intent: 'ReflectionIntent', slot: 'great' });
  expect(said[1].text).toMatch(/hard today|challenging/);
  expect(said[2].text).toMatch(/^(That's fine|No problem|Okay, skipping that one)\./);
  expect(said[2].text).toMatch(/tomorrow better|next time go better/);
  expect(said[3].text).toMatch(/kept|saved/i);
  expect(said[3].ended).toBe(true);
  const [r] = await store.listReflections('r-full');
  expect(r.answers).toEqual({ great: 'My sister called', better: 'Going to bed earlier' });
  expect(r.day).toBe('2026-11-23');
  const profile = await store.loadProfile('r-full');
  expect(profile?.stats.completed).toBe(1);
});

test('repeat repeats the question; an unclear answer is asked once more, then skipped', async () => {
  const h = harness({ store, userId: 'r-repeat', at: MONDAY_EVENING });
  await h.conv.say('start my face massage');
  await h.conv.say('skip'); // the tension check-in
  const q1 = await h.conv.say('yes');
  const again = await h.conv.say('repeat the question');
  expect(again.text).toMatch(/great|good about today/);
  expect(again.elicit?.slot).toBe('great');
  const unclear = await h.conv.intent('ReflectionIntent', { great: { value: '' } });
  expect(unclear.text).toMatch(/didn't catch|missed that/);
  const skipped = await h.conv.intent('ReflectionIntent', { great: { value: '' } });
  expect(skipped.elicit?.slot).toBe('challenging');
  expect(q1.reprompt).toBeTruthy();
});

test('stop after the second question keeps both answers', async () => {
  const { h } = await evening('r-stop', MONDAY_EVENING, ['A quiet lunch', 'Too many meetings']);
  const stop = await h.conv.say('stop');
  expect(stop.text).toMatch(/kept/i);
  expect(stop.ended).toBe(true);
  const [r] = await store.listReflections('r-stop');
  expect(r.answers).toEqual({ great: 'A quiet lunch', challenging: 'Too many meetings' });
});

test('hostile text is stored exactly (up to 1,000 characters) and read back as valid speech', async () => {
  const hostile = `Tom & Jerry <3 "quotes" 'apostrophes' </speak> <break time="99s"/> 🌙✨ ${'long words '.repeat(500)}`;
  const { h } = await evening('r-hostile', MONDAY_EVENING, [hostile, 'skip', 'skip']);
  const [r] = await store.listReflections('r-hostile');
  expect(r.answers.great!.length).toBeLessThanOrEqual(1000);
  expect(hostile.slice(0, r.answers.great!.length)).toBe(r.answers.great);
  expect(hostile[r.answers.great!.length]).toBe(' '); // cut at a word boundary
  h.conv.wait(3600);
  const read = await h.again().say('ask my face massage what did i say today');
  // the harness already checked it is valid SSML within the budget; the words are spoken, not markup
  expect(read.text).toContain('Tom & Jerry <3 "quotes" \'apostrophes\' </speak>');
  expect(read.ssml).toContain('Tom &amp; Jerry &lt;3');
});

test('the journal by yesterday, a weekday, last time, last week, and "read my journal"', async () => {
  await evening('r-journal', '2026-11-16T21:00:00-08:00', ['walk in the rain', 'skip', 'skip']); // a Monday
  await evening('r-journal', '2026-11-22T21:00:00-08:00', ['pancakes', 'a headache', 'water']); // Sunday
  await evening('r-journal', '2026-11-23T21:00:00-08:00', ['the sunset', 'skip', 'skip']); // Monday
  const h = harness({ store, userId: 'r-journal', at: '2026-11-24T20:00:00-08:00' }); // Tuesday
  const yesterday = await h.conv.say('ask my face massage what did i say yesterday');
  expect(yesterday.text).toMatch(/yesterday/);
  expect(yesterday.text).toContain('the sunset');
  expect(yesterday.text).not.toContain('pancakes');
  const sunday = await h.again().say('ask my face massage what did i say on sunday');
  expect(sunday.text).toContain('pancakes');
  expect(sunday.text).toContain('a headache');
  const last = await h.again().say('ask my face massage what did i say last time');
  expect(last.text).toMatch(/^Last time was yesterday\./);
  expect(last.text).toContain('the sunset');
  expect(last.text).not.toContain('pancakes'); // the last evening only
  const week = await h.again().say('ask my face massage what did i say last week');
  expect(week.text).toContain('pancakes');
  expect(week.text).toContain('walk in the rain');
  expect(week.text).not.toContain('the sunset');
  const none = await h.again().say('ask my face massage what did i say on november third');
  expect(none.text).toMatch(/don't have anything from Tuesday, November third\./);
});

test('deleting today\'s entry and the whole journal, each confirmed by voice', async () => {
  await evening('r-delete', '2026-11-23T21:00:00-08:00', ['old', 'skip', 'skip']);
  const { h } = await evening('r-delete', '2026-11-24T21:00:00-08:00', ['new', 'skip', 'skip']);
  h.conv.wait(600);
  const c = h.again();
  const ask = await c.say("ask my face massage to delete today's entry");
  expect(ask.text).toMatch(/from today\?/);
  const done = await c.say('yes');
  expect(done.text).toMatch(/deleted/);
  expect((await store.listReflections('r-delete')).map((r) => r.answers.great)).toEqual(['old']);
  const c2 = h.again();
  await c2.say('ask my face massage to delete my journal');
  await c2.say('yes');
  expect(await store.listReflections('r-delete')).toEqual([]);
  expect((await store.loadProfile('r-delete'))?.stats.completed).toBe(2);
});

test('"stop asking me to reflect" closes the next routine with good night; it counts once it has played out', async () => {
  const h = harness({ store, userId: 'r-never', at: MONDAY_EVENING });
  await h.conv.say('ask my face massage to stop asking me to reflect');
  await store.updateProfile('r-never', { prefs: { checkIn: 'never' } }); // and not about tension: no question after the routine
  const run = await h.again().say('start my face massage');
  expect(run.text).not.toMatch(/reflect/);
  expect(run.text).toMatch(/(Sleep well|Good night|Rest well)[^?]*$/);
  expect(run.ended).toBe(true);
  h.conv.wait(3600);
  const how = await h.again().say('ask my face massage how am i doing');
  expect(how.text).toMatch(/done 1 massage/);
});

test('with the session closed, a control said while the routine still plays is placed on its timeline', async () => {
  const h = harness({ store, userId: 'r-never-controls', at: MONDAY_EVENING });
  await h.conv.say('ask my face massage to stop asking me to reflect');
  await store.updateProfile('r-never-controls', { prefs: { checkIn: 'never' } }); // and not about tension: no question after the routine
  const c = h.again();
  const run = await c.say('start my face massage');
  expect(run.ended).toBe(true);
  // about two minutes in, the user is on the eyes or cheeks; "go back" in a new session replays the area before
  h.clock.advance(120); // the clock stands at the start of that response
  const back = await h.again().say('ask my face massage to go back');
  expect(back.text).toMatch(/^Going back\.|^Back one\./);
  expect(back.text).toMatch(/temples|eyes|cheeks/);
  expect(back.text).not.toMatch(/^.{0,40}forehead/);
});

test('an answer given with its own carrier phrase is kept, and that question is not asked again', async () => {
  const h = harness({ store, userId: 'r-carrier', at: MONDAY_EVENING });
  await h.conv.say('start my face massage');
  await h.conv.say('skip'); // the tension check-in
  await h.conv.say('yes');
  // said with its carrier phrase, Alexa fills the challenging slot while great is being asked
  const carried = await h.conv.intent('ReflectionIntent', { challenging: { value: 'my commute' } });
  expect(carried.text).toMatch(/great|good about today/);
  const next = await h.conv.say('skip');
  expect(next.elicit?.slot).toBe('better');
  await h.conv.say('leave earlier');
  const [r] = await store.listReflections('r-carrier');
  expect(r.answers).toEqual({ challenging: 'my commute', better: 'leave earlier' });
});

test('a confirmation asked in the middle of the questions gets its yes', async () => {
  await evening('r-confirm', '2026-11-22T21:00:00-08:00', ['old', 'skip', 'skip']);
  const h = harness({ store, userId: 'r-confirm', at: MONDAY_EVENING });
  await h.conv.say('start my face massage');
  await h.conv.say('skip'); // the tension check-in
  await h.conv.say('yes');
  const ask = await h.conv.say('delete my journal');
  expect(ask.text).toMatch(/Are you sure\?/);
  const done = await h.conv.say('yes');
  expect(done.text).toMatch(/journal is empty/);
  expect(await store.listReflections('r-confirm')).toEqual([]);
});

test('just after midnight, "today" still means this evening', async () => {
  await evening('r-midnight', '2026-11-23T23:50:00-08:00', ['late night tea', 'skip', 'skip']);
  const h = harness({ store, userId: 'r-midnight', at: '2026-11-24T00:40:00-08:00' });
  const read = await h.conv.say('ask my face massage what did i say today');
  expect(read.text).toContain('late night tea');
});

test('"delete my last entry" names the day of the newest entry', async () => {
  await evening('r-last', '2026-11-22T21:00:00-08:00', ['sunday thing', 'skip', 'skip']);
  const h = harness({ store, userId: 'r-last', at: '2026-11-24T20:00:00-08:00' });
  const ask = await h.conv.say("ask my face massage to delete today's entry");
  expect(ask.text).toMatch(/from Sunday, November twenty-second\?/);
});

test('an answer that could not be saved at the end is never passed over: "shall I try again?"', async () => {
  const flaky = Object.create(store) as DynamoDbProgressStore & { down: boolean };
  flaky.down = false;
  flaky.saveAnswer = async (...args) => {
    if (flaky.down) throw Object.assign(new Error('table unavailable'), { name: 'ProvisionedThroughputExceededException' });
    return store.saveAnswer(...args);
  };
  const h = harness({ store: flaky, userId: 'r-flaky', at: MONDAY_EVENING });
  await h.conv.say('start my face massage');
  await h.conv.say('skip'); // the tension check-in
  await h.conv.say('yes');
  await h.conv.say('good soup');
  await h.conv.say('skip');
  flaky.down = true;
  const last = await h.conv.say('an early night');
  expect(last.text).toMatch(/couldn't save/);
  expect(last.text).toMatch(/Shall I try again\?/);
  expect(last.ended).toBe(false);
  flaky.down = false;
  const yes = await h.conv.say('yes');
  expect(yes.text).toMatch(/Saved now|That worked/);
  const [r] = await store.listReflections('r-flaky');
  expect(r.answers).toEqual({ great: 'good soup', better: 'an early night' });
});

test('with reflection off, "stop" in a new session during the last part keeps the place and does not count', async () => {
  const h = harness({ store, userId: 'r-never-stop', at: MONDAY_EVENING });
  await h.conv.say('ask my face massage to stop asking me to reflect');
  await h.again().say('start my face massage');
  h.clock.advance(30);
  const stop = await h.again().say('ask my face massage to stop');
  expect(stop.text).toMatch(/forehead|brows/);
  h.conv.wait(3600);
  const p = await store.loadProfile('r-never-stop');
  expect(p?.stats.completed).toBe(0);
  expect(p?.resume?.finish).toBeUndefined();
  const again = await h.again().say('open my face massage');
  expect(again.text).toMatch(/^(Picking up at|Carrying on from) your (forehead|brows)/);
});

test('with reflection off, the next evening\'s launch counts the last one and saves the new place in one write', async () => {
  const h = harness({ store, userId: 'r-never-write', at: MONDAY_EVENING });
  await h.conv.say('ask my face massage to stop asking me to reflect');
  await h.again().say('start my face massage');
  h.conv.wait(20 * 3600);
  const counter = countCommands(db.doc);
  counter.reset();
  const next = await h.again().say('open my face massage');
  expect(counter.writes()).toBe(1);
  expect(next.text).toMatch(/2 days in a row|2 in a row/);
  const p = await store.loadProfile('r-never-write');
  expect(p?.stats.completed).toBe(1);
  expect(p?.resume?.step).toBe(0);
});
