import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AREA_CONTENT } from '../../lambda/content/areas.en';
import { AREAS, type AreaId } from '../../lambda/routine/types';
import type { Exchange } from '../../local/conversation';
import { countCommands, dynamoTable } from '../helpers/dynalite';
import { harness, type Harness } from '../helpers/skill';

/** The nightly tension check-in, across several evenings, on dynalite, through the shipped model. */

const TABLE = 'TensionConversation';
const db = dynamoTable(TABLE);
const MONDAY = '2026-11-23T21:00:00-08:00';
const ASKED = /Where did you (feel|hold) the most tension tonight\?$/;
const OFFER = /reflect on (your day|today)\?$/;

async function checkIns(userId: string) {
  return (await db.store.loadProfile(userId))?.tension ?? {};
}

async function items(userId: string): Promise<number> {
  const r = await db.doc.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `USER#${userId}` } }));
  return r.Items?.length ?? 0;
}

/** One evening: the routine, the check-in answered (or not), no reflection; the next evening a day later. */
async function evening(h: Harness, answer?: string): Promise<{ routine: Exchange; ack?: Exchange }> {
  const c = h.again();
  const routine = await c.say('start my face massage');
  let ack: Exchange | undefined;
  if (answer !== undefined && c.isOpen) {
    ack = await c.say(answer);
    if (c.isOpen) await c.say('no');
  } else await c.silence();
  h.conv.wait(24 * 3600);
  return { routine, ack };
}

describe('the question and its answers', () => {
  const cases: [string, string[] | undefined, RegExp][] = [
    ['my jaw', ['jaw'], /^Noted: your jaw\.|^Your jaw\. Noted\./],
    ['around my eyes', ['eyes'], /the area around your eyes/i],
    ['my neck and shoulders', ['neck'], /your neck/i],
    ['my forehead', ['forehead'], /your forehead/i],
    ['my jaw and my temples', ['jaw', 'temples'], /your jaw and your temples/i],
    ['mostly my cheeks and ears', ['cheeks', 'ears'], /your cheeks and your ears/i],
    ['my jaw is tight', ['jaw'], /your jaw/i],
    ['nowhere', ['nowhere'], /Nothing tight tonight|Good to hear/],
    ['nothing really', ['nowhere'], /Nothing tight tonight|Good to hear/],
    ['everywhere', ['everywhere'], /All over|Everywhere/],
    ["i don't know", ['unsure'], /That's fine|No problem/],
    ['skip', ['skipped'], /^(Okay|Sure)\./],
    ['no', ['skipped'], /^(Okay|Sure)\./],
  ];
  test.each(cases)('"%s" is kept as %j, acknowledged in a few words, then the reflection offer', async (line, kept, ack) => {
    const userId = `t-answer-${line.replace(/\W+/g, '-')}`;
    const h = harness({ store: db.store, userId, at: MONDAY });
    const routine = await h.conv.say('start my face massage');
    expect(routine.text).toMatch(ASKED);
    expect(routine.reprompt).toMatch(/skip/);
    const answer = await h.conv.say(line);
    expect(answer.text).toMatch(ack);
    expect(answer.text).toMatch(OFFER);
    expect(answer.text.split(/[.?!]\s/).length).toBeLessThanOrEqual(3); // one short acknowledgement, then the offer
    expect(await checkIns(userId)).toEqual({ '2026-11-23': kept });
    expect((await db.store.loadProfile(userId))?.stats.completed).toBe(1);
  });

  test('an unclear answer is asked once more, then the evening moves on with nothing kept', async () => {
    const h = harness({ store: db.store, userId: 't-unclear', at: MONDAY });
    await h.conv.say('start my face massage');
    const again = await h.conv.say('purple monkey dishwasher');
    expect(again.text).toMatch(/Which area felt tightest\? Or say skip\./);
    const on = await h.conv.say('yes');
    expect(on.text).toMatch(OFFER);
    expect(await checkIns('t-unclear')).toEqual({});
  });

  test('help explains the answers and asks again', async () => {
    const h = harness({ store: db.store, userId: 't-help', at: MONDAY });
    await h.conv.say('start my face massage');
    const help = await h.conv.say('help');
    expect(help.text).toMatch(/like your jaw.*nowhere.*skip.*tension tonight\?$/);
    const answer = await h.conv.say('my temples');
    expect(answer.text).toMatch(/your temples/i);
  });

  test('silence ends the session: the routine counts, nothing is kept, and tomorrow asks again', async () => {
    const h = harness({ store: db.store, userId: 't-silent', at: MONDAY });
    await evening(h);
    expect(await checkIns('t-silent')).toEqual({});
    expect((await db.store.loadProfile('t-silent'))?.stats.completed).toBe(1);
    const next = await evening(h, 'my jaw');
    expect(next.routine.text).toMatch(ASKED);
  });

  test('a second routine on an evening already answered goes straight to the reflection offer', async () => {
    const h = harness({ store: db.store, userId: 't-twice', at: MONDAY });
    await h.conv.say('start my face massage');
    await h.conv.say('my jaw');
    await h.conv.say('no');
    h.conv.wait(1800);
    const again = await h.again().say('start my face massage');
    expect(again.text).not.toMatch(/tension/);
    expect(again.text).toMatch(OFFER);
  });

  test('with the reflection turned off, the answer is followed by good night', async () => {
    const h = harness({ store: db.store, userId: 't-no-reflect', at: MONDAY });
    await h.conv.say('ask my face massage to stop asking me to reflect');
    const c = h.again();
    expect((await c.say('start my face massage')).text).toMatch(ASKED);
    const night = await c.say('my neck');
    expect(night.text).toMatch(/your neck.*(Sleep well|Good night|Rest well)/i);
    expect(night.ended).toBe(true);
  });

  test('mid-routine, a bare "I don\'t know" or "nothing" is not taken as tonight\'s answer: the question still comes', async () => {
    const h = harness({ store: db.store, userId: 't-midroutine-word', at: MONDAY });
    await h.conv.say('start my face massage');
    const odd = await h.conv.say("@20s i don't know");
    expect(odd.text).toMatch(/didn't catch|missed that/);
    expect(odd.text).toMatch(/carry on with your forehead\?/);
    const on = await h.conv.say('yes');
    expect(on.text).toMatch(ASKED);
    expect(await checkIns('t-midroutine-word')).toEqual({});
  });

  test('said at another moment ("tell my face massage my jaw was tight"), it is tonight\'s check-in all the same', async () => {
    const h = harness({ store: db.store, userId: 't-oneshot', at: MONDAY });
    const told = await h.conv.say('tell my face massage my jaw was tight');
    expect(told.text).toMatch(/your jaw/i);
    expect(told.ended).toBe(true);
    expect(await checkIns('t-oneshot')).toEqual({ '2026-11-23': ['jaw'] });
    const routine = await h.again().say('start my face massage');
    expect(routine.text).toMatch(OFFER); // already answered tonight
  });
});

/** Where each area's intro is said in a routine's text, in order. */
function intros(text: string): { area: AreaId; at: number }[] {
  const found: { area: AreaId; at: number }[] = [];
  for (const area of AREAS) {
    for (const intro of AREA_CONTENT[area].intro) {
      const at = text.indexOf(intro);
      if (at >= 0) found.push({ area, at });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Seconds of silence from an area's intro to the next area's. */
function silenceOf(text: string, area: AreaId): number {
  const list = intros(text);
  const i = list.findIndex((x) => x.area === area);
  if (i < 0) return 0;
  const part = text.slice(list[i].at, list[i + 1]?.at ?? text.length);
  return [...part.matchAll(/\[([\d.]+) s\]/g)].reduce((t, m) => t + Number(m[1]), 0);
}

describe("tomorrow's routine listens", () => {
  const LINE = /Your jaw was tight last night, so a little longer here\./g;

  test('the area named last night gets more time, said once, at the start of that area', async () => {
    const h = harness({ store: db.store, userId: 't-focus', at: MONDAY });
    await evening(h, 'my jaw');
    const { routine } = await evening(h, 'nowhere');
    expect(routine.text.match(LINE)).toHaveLength(1);
    const said = routine.text.search(LINE);
    const jaw = intros(routine.text).find((x) => x.area === 'jaw')!;
    expect(said).toBeGreaterThan(jaw.at); // never before the massage begins: inside the jaw's step
    expect(intros(routine.text)[0].at).toBeLessThan(120); // the first stroke is not delayed
    const plain = harness({ store: db.store, userId: 't-focus-plain', at: MONDAY });
    await evening(plain, 'nowhere');
    const { routine: usual } = await evening(plain, 'nowhere');
    expect(usual.text).not.toMatch(/tight last night/);
    expect(silenceOf(routine.text, 'jaw')).toBeGreaterThanOrEqual(1.5 * silenceOf(usual.text, 'jaw') - 0.5);
  });

  test('named on earlier evenings but not last night, it says "lately"', async () => {
    const h = harness({ store: db.store, userId: 't-focus-lately', at: MONDAY });
    await evening(h, 'my temples');
    await evening(h, 'my temples and my jaw');
    await evening(h, 'nowhere');
    const { routine } = await evening(h, 'nowhere');
    expect(routine.text).toMatch(/Your temples have been tight lately, so a little longer here\./);
  });

  test('a focus asked for wins: tonight\'s, or the usual one', async () => {
    const h = harness({ store: db.store, userId: 't-focus-asked', at: MONDAY });
    await evening(h, 'my jaw');
    const c = h.again();
    const neck = await c.say('start my face massage and focus on my neck');
    expect(neck.text).not.toMatch(/tight last night/);
    expect(neck.text).toMatch(/your neck/i);
    await c.silence();
    h.conv.wait(3600);
    await h.again().say('ask my face massage to always focus on my cheeks');
    const usual = await h.again().say('start my face massage');
    expect(usual.text).not.toMatch(/tight last night/);
  });

  test('with the check-in turned off, past answers no longer shape the routine', async () => {
    const h = harness({ store: db.store, userId: 't-focus-off', at: MONDAY });
    await evening(h, 'my jaw');
    await h.again().say('ask my face massage to stop asking about tension');
    const { routine } = await evening(h);
    expect(routine.text).not.toMatch(/tight last night/);
  });
});

test('named during the reflection questions (Alexa heard the area), it is kept and the question asked again', async () => {
  const h = harness({ store: db.store, userId: 't-in-reflection', at: MONDAY });
  await h.conv.say('start my face massage');
  await h.conv.say('skip');
  await h.conv.say('yes');
  const ex = await h.conv.intent('TensionIntent', { area: { value: 'my jaw', id: 'jaw' } });
  expect(ex.text).toMatch(/your jaw.*(great|good about today)\?$/i);
  expect(ex.elicit?.slot).toBe('great');
  expect(await checkIns('t-in-reflection')).toEqual({ '2026-11-23': ['jaw'] });
});

describe('choice', () => {
  test('"stop asking about tension" and "ask about tension again" persist across sessions', async () => {
    const h = harness({ store: db.store, userId: 't-choice', at: MONDAY });
    const off = await h.conv.say('ask my face massage to stop asking about tension');
    expect(off.text).toMatch(/won't ask about tension/);
    expect((await evening(h, 'no')).routine.text).toMatch(OFFER);
    expect((await evening(h, 'no')).routine.text).not.toMatch(/tension/);
    await h.again().say('ask my face massage to ask about tension again');
    expect((await evening(h, 'my jaw')).routine.text).toMatch(ASKED);
  });

  test('said as the answer, "stop asking about tension" turns it off and moves on to the reflection offer', async () => {
    const h = harness({ store: db.store, userId: 't-choice-now', at: MONDAY });
    await h.conv.say('start my face massage');
    const off = await h.conv.say("don't ask me about tension");
    expect(off.text).toMatch(/won't ask about tension.*reflect/);
    expect((await db.store.loadProfile('t-choice-now'))?.prefs.checkIn).toBe('never');
    expect(await checkIns('t-choice-now')).toEqual({});
  });
});

describe('kept with the evening', () => {
  test('at most one write per turn, with the check-in written together with the finished routine', async () => {
    const counter = countCommands(db.doc);
    const h = harness({ store: db.store, userId: 't-writes', at: MONDAY });
    const perTurn: number[] = [];
    for (const line of ['start my face massage', 'my jaw and my neck', 'yes', 'a quiet walk', 'skip', 'skip']) {
      counter.reset();
      await h.conv.say(line);
      perTurn.push(counter.writes());
    }
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(1);
    expect(perTurn[1]).toBe(1); // the answer and the completion, one UpdateItem
    const p = await db.store.loadProfile('t-writes');
    expect(p?.tension).toEqual({ '2026-11-23': ['jaw', 'neck'] });
    expect(p?.stats.completed).toBe(1);
  });

  test('the journal read-back of an evening mentions it in a few words', async () => {
    const h = harness({ store: db.store, userId: 't-journal', at: MONDAY });
    await h.conv.say('start my face massage');
    await h.conv.say('my jaw');
    await h.conv.say('yes');
    await h.conv.say('a long call with mum');
    await h.conv.say('skip');
    await h.conv.say('skip');
    const read = await h.again().say('ask my face massage what did i say today');
    expect(read.text).toMatch(/Tight: your jaw\..*a long call with mum/);
  });

  test('"delete my journal" removes the check-ins too; "delete all my data" and SkillDisabled remove everything', async () => {
    const h = harness({ store: db.store, userId: 't-delete', at: MONDAY });
    await evening(h, 'my jaw');
    await evening(h, 'nowhere');
    expect(Object.keys(await checkIns('t-delete'))).toHaveLength(2);
    const c = h.again();
    await c.say('ask my face massage to delete my journal');
    await c.say('yes');
    expect(await checkIns('t-delete')).toEqual({});
    expect((await c.say('ask my face massage where do i hold tension')).text).toMatch(/haven't told me/);

    await evening(h, 'my temples');
    const all = h.again();
    await all.say('ask my face massage to delete all my data');
    await all.say('yes');
    expect(await items('t-delete')).toBe(0);

    const d = harness({ store: db.store, userId: 't-disable', at: MONDAY });
    await evening(d, 'my cheeks');
    expect(await checkIns('t-disable')).toEqual({ '2026-11-23': ['cheeks'] });
    await d.again().raw({ type: 'AlexaSkillEvent.SkillDisabled', eventCreationTime: new Date().toISOString(), body: { userInformationPersistenceStatus: 'NOT_PERSISTED' } }, { outOfSession: true });
    expect(await items('t-disable')).toBe(0);
  });

  test('deleting one evening\'s entry removes that evening\'s check-in only', async () => {
    const h = harness({ store: db.store, userId: 't-delete-one', at: MONDAY });
    for (const a of ['my jaw', 'my neck']) {
      const c = h.again();
      await c.say('start my face massage');
      await c.say(a);
      await c.say('yes');
      await c.say('something good');
      await c.say('stop');
      h.conv.wait(24 * 3600);
    }
    const c = h.again();
    await c.say("ask my face massage to delete yesterday's entry");
    await c.say('yes');
    expect(await checkIns('t-delete-one')).toEqual({ '2026-11-23': ['jaw'] });
  });
});

describe('patterns on request', () => {
  async function evenings(userId: string, answers: string[]) {
    const h = harness({ store: db.store, userId, at: '2026-11-01T21:00:00-08:00' });
    for (const a of answers) await evening(h, a);
    return h;
  }

  test('after two evenings, it says kindly that a pattern needs a few more', async () => {
    const h = await evenings('t-two', ['my jaw', 'my neck']);
    const ex = await h.again().say('ask my face massage where do i hold tension');
    expect(ex.text).toMatch(/told me about two evenings\. After three, I can start to show you a pattern\./);
  });

  test('after three evenings, the last seven in a sentence with numbers people say', async () => {
    const h = await evenings('t-three', ['my jaw', 'my jaw and my neck', 'nowhere']);
    const ex = await h.again().say('ask my face massage what have i noticed');
    expect(ex.text).toBe('Your jaw was tight on two of the last seven evenings, and your neck on one.');
  });

  test('after ten evenings: the week, the month when it adds something, and whether it is easing', async () => {
    const weekBefore = ['my jaw', 'my jaw and my temples', 'everywhere'];
    const lastSeven = ['nowhere', 'my jaw', 'nothing really', 'nowhere', 'my jaw', 'nowhere', 'nowhere'];
    const h = await evenings('t-ten', [...weekBefore, ...lastSeven]);
    const ex = await h.again().say('ask my face massage where do i hold tension'); // the next morning
    expect(ex.text.split(/(?<=\.)\s/)).toEqual([
      'Your jaw was tight on two of the last seven evenings.',
      'Over the last thirty, your jaw came up most, on four evenings.',
      "It's easing: two tight evenings, down from three the week before.",
    ]);
  });

  test('more tight evenings than the week before is said plainly, with "none" for zero', async () => {
    const h = await evenings('t-more', ['nowhere', 'nowhere', 'nowhere', 'nowhere', 'nowhere', 'nowhere', 'my jaw', 'my jaw']);
    const ex = await h.again().say('ask my face massage is my tension easing');
    expect(ex.text).toBe('Your jaw was tight on two of the last seven evenings. A few more tight evenings than the week before: two, up from none.');
  });

  test('"how am I doing?" gives the streak and the pattern', async () => {
    const h = await evenings('t-how', ['my jaw', 'my jaw', 'my neck']);
    const ex = await h.again().say('ask my face massage how am i doing');
    expect(ex.text).toMatch(/done 3 massages.*Your jaw was tight on two of the last seven evenings, and your neck on one\..*start one now\?/);
  });
});
