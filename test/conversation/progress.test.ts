import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { countNoun } from '../../lambda/content';
import { AREAS } from '../../lambda/routine/types';
import type { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { countCommands, dynamoTable } from '../helpers/dynalite';
import { COMMON, eachLocale, either, opens, whole, type Phrasebook, type Speaker } from '../helpers/locales';
import { harness } from '../helpers/skill';
import { pickedUpLater } from '../helpers/places';

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

const SAY: Phrasebook<'howAmIDoing' | 'defaultQuick' | 'useGuasha' | 'alwaysSlower' | 'slower' | 'repeat' | 'answer' | 'otherAnswer' | 'deleteData' | 'deleteAll' | 'journalToday' | 'dizzy' | 'resumeMassage'> = {
  'en-US': {
    dizzy: 'i feel dizzy',
    resumeMassage: 'ask my face massage to resume my massage',
    howAmIDoing: 'ask my face massage how am i doing',
    defaultQuick: 'ask my face massage to set my default to the quick routine',
    useGuasha: 'ask my face massage i use a gua sha',
    alwaysSlower: 'ask my face massage to always go slower',
    slower: 'slower',
    repeat: 'repeat',
    answer: 'a long walk',
    otherAnswer: 'my sister called',
    deleteData: 'ask my face massage to delete all my data',
    deleteAll: 'ask my face massage to delete everything',
    journalToday: 'what did i say today',
  },
  'de-DE': {
    dizzy: 'mir ist schwindelig',
    resumeMassage: 'öffne meine Gesichtsmassage und setz meine Massage fort',
    howAmIDoing: 'frag meine Gesichtsmassage, wie es bei mir läuft',
    defaultQuick: 'öffne meine Gesichtsmassage und mach kurz zu meinem Standard',
    useGuasha: 'sag meine Gesichtsmassage, ich benutze ein Gua Sha',
    alwaysSlower: 'sag meine Gesichtsmassage, sprich immer langsamer',
    slower: 'etwas langsamer',
    repeat: 'noch mal',
    answer: 'ein langer Spaziergang',
    otherAnswer: 'meine Schwester hat angerufen',
    deleteData: 'öffne meine Gesichtsmassage und lösche alle meine Daten',
    deleteAll: 'öffne meine Gesichtsmassage und lösche alles',
    journalToday: 'was habe ich heute gesagt',
  },
};

/** The summary of "how am I doing?" for a user's stats as kept, with their counts said the language's way. */
async function summary(sp: Speaker, userId: string): Promise<RegExp> {
  const s = (await store.loadProfile(userId))!.stats;
  const c = sp.content;
  // One day is no streak: the count alone, or with the best when it was longer.
  const key = s.currentStreak > 1 ? 'progressSummary' : s.bestStreak > 1 ? 'progressSummaryOneDayBest' : 'progressSummaryOneDay';
  return sp.line(key, {
    completed: s.completed,
    massages: countNoun(c, 'massage', s.completed),
    minutes: s.minutes,
    minutesWord: countNoun(c, 'minute', s.minutes),
    current: s.currentStreak,
    currentDays: countNoun(c, 'day', s.currentStreak),
    best: s.bestStreak,
    bestDays: countNoun(c, 'day', s.bestStreak),
  });
}

const rateOf = (ssml: string) => Number(/<prosody[^>]*rate="(\d+)%"/.exec(ssml)?.[1] ?? 100);

eachLocale((sp) => {
  const say = SAY[sp.locale];
  const { launch, open, yes, no, skip, stop, next, pause, resume } = COMMON[sp.locale];
  const user = (name: string) => `${name}-${sp.locale}`;
  const make = (name: string, time = '20:00', day?: string) => sp.harness({ store, userId: user(name), at: sp.at(time, day) });
  /** The area a stop kept the place at. */
  const stoppedAt = (text: string) => AREAS.find((id) => sp.line('stopMid', { area: sp.area(id) }).test(text) || sp.line('stopRest', { area: sp.area(id) }).test(text));

  test('a finished routine raises the streak, said in one line at the end and in full on request', async () => {
    const h = make('streak', '20:00', '2026-11-23');
    const first = await h.conv.say(launch);
    expect(first.text).toMatch(sp.line('streakFirst'));
    await h.conv.say(no);
    h.conv.wait(24 * 3600);
    const evening2 = h.again();
    const second = await evening2.say(launch);
    expect(second.text).toMatch(sp.line('streakDays', { count: 2 }));
    await evening2.silence(); // asleep: the routine was heard to the end, so it counts
    const how = await h.again().say(say.howAmIDoing);
    expect(how.sent).toBe('ProgressIntent');
    expect((await store.loadProfile(user('streak')))!.stats).toMatchObject({ completed: 2, currentStreak: 2, bestStreak: 2 });
    // the check-in was passed over, so the pattern part says there is none yet
    expect(how.text).toMatch(whole(await summary(sp, user('streak')), sp.line('patternsNone'), sp.line('progressAsk')));
    sp.noLeak(first.text, second.text, how.text);
  });

  test('a routine stopped midway is not counted, and resumes at that step on the next launch', async () => {
    const h = make('resume');
    await h.conv.say(launch);
    const stopped = await h.conv.say(`@100s ${stop}`);
    const area = stoppedAt(stopped.text);
    expect(area).toBeDefined();
    expect(area).not.toBe('forehead');
    h.conv.wait(3 * 3600);
    const again = await h.again().say(open);
    expect(again.text).toMatch(opens(sp.line('resumeAt', { area: sp.area(area!) })));
    expect((await store.loadProfile(user('resume')))?.stats.completed).toBe(0);
  });

  // A place is kept until the end of the next practice day (4 am turnover): the massage is done once an evening.
  test('a stop at 10:30 pm is picked up the next evening, where it was kept', async () => {
    const h = make('next-evening', '22:30');
    await h.conv.say(launch);
    const stopped = await h.conv.say(`@20s ${stop}`);
    expect(stopped.text).toMatch(sp.line('stopMid', { area: sp.area('forehead') }));
    h.conv.wait(24 * 3600);
    const again = await h.again().say(launch);
    pickedUpLater(again.text, sp, 'forehead');
    sp.noLeak(stopped.text, again.text);
  });

  test('"resume my massage" the next day, after feeling dizzy and stopping, carries on where the stop said', async () => {
    const h = make('dizzy-resume', '22:30');
    await h.conv.say(launch);
    await h.conv.say(`@40s ${say.dizzy}`);
    const stopped = await h.conv.say(stop);
    const area = stoppedAt(stopped.text);
    expect(area).toBeDefined();
    h.conv.wait(22 * 3600); // 8:30 pm the next day
    const back = await h.again().say(say.resumeMassage);
    expect(back.sent).toBe('AMAZON.ResumeIntent');
    expect(back.text).not.toMatch(sp.line('noRoutine'));
    expect(back.text).toMatch(opens(sp.line('ackResume')));
    expect(sp.content.areas[area!].intro.some((i) => back.text.includes(i))).toBe(true);
  });

  test('a paused routine left in silence is picked up the next evening', async () => {
    const h = make('paused-silent', '22:30');
    await h.conv.say(launch);
    await h.conv.say(`@40s ${pause}`);
    await h.conv.silence();
    h.conv.wait(23 * 3600);
    const back = await h.again().say(open);
    pickedUpLater(back.text, sp, 'forehead');
  });

  test('a place kept on Tuesday evening is still there at 3:30 am on Thursday, and gone by Thursday evening', async () => {
    const late = make('kept-late', '22:30');
    await late.conv.say(launch);
    await late.conv.say(`@20s ${stop}`);
    late.conv.wait(29 * 3600); // 3:30 am Thursday: still Wednesday's practice day
    const still = await late.again().say(open);
    pickedUpLater(still.text, sp, 'forehead');

    const h = make('stale', '22:30');
    await h.conv.say(launch);
    await h.conv.say(`@20s ${stop}`);
    h.conv.wait(46 * 3600); // 8:30 pm Thursday, two evenings later
    const asked = await h.again().say(say.resumeMassage);
    expect(asked.text).toMatch(sp.line('noRoutine'));
    const again = await h.again().say(open);
    expect(again.text).not.toMatch(either(sp.line('resumeAt'), sp.line('resumeHint')));
    expect(sp.content.areas.forehead.intro.some((i) => again.text.includes(i))).toBe(true);
  });

  test('at home, 11:30 pm and 12:30 am count as the same evening', async () => {
    const late = make('late-1', '23:30');
    await late.conv.say(launch);
    await late.conv.say(skip); // the tension check-in
    await late.conv.say(no);
    const later = make('late-2', '00:30', '2026-11-25');
    await later.conv.say(launch);
    await later.conv.say(skip); // the tension check-in
    await later.conv.say(no);
    const a = await store.loadProfile(user('late-1'));
    const b = await store.loadProfile(user('late-2'));
    expect(a?.stats.lastDay).toBe('2026-11-24');
    expect(b?.stats.lastDay).toBe('2026-11-24');
    expect(a?.timeZone).toBe(sp.timeZone);
  });

  test('preferences persist: default length, tool and pace', async () => {
    const h = make('prefs', '19:00');
    await h.conv.say(say.defaultQuick);
    await h.again().say(say.useGuasha);
    await h.again().say(say.alwaysSlower);
    const p = await store.loadProfile(user('prefs'));
    expect(p?.prefs).toMatchObject({ length: 'quick', tool: 'guasha', pace: 'slower' });
    const run = await h.again().say(launch);
    expect(sp.strokes('guasha').some((s) => run.text.includes(s))).toBe(true);
    const usual = await make('prefs-usual', '19:00').conv.say(launch);
    expect(rateOf(run.ssml)).toBeLessThan(rateOf(usual.ssml));
    expect(run.seconds).toBeLessThan(usual.seconds); // the quick routine
  });

  test('the profile is read once per session and a turn writes at most once', async () => {
    const counter = countCommands(doc);
    const h = make('cost', '19:00');
    const perTurn: number[] = [];
    for (const line of [launch, `@30s ${say.slower}`, `@20s ${next}`, `@10s ${pause}`, resume]) {
      counter.reset();
      const ex = await h.conv.say(line);
      expect(ex.sent).not.toBe('AMAZON.FallbackIntent');
      perTurn.push(counter.writes());
    }
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(1);
    counter.reset();
    const h2 = make('cost-2', '19:00');
    await h2.conv.say(launch);
    await h2.conv.say(`@30s ${next}`);
    expect((await h2.conv.say(`@30s ${say.repeat}`)).sent).toBe('AMAZON.RepeatIntent');
    expect(counter.counts.GetItemCommand ?? counter.counts.GetCommand ?? 0).toBe(1);
  });

  test('"delete all my data" asks first, then removes every item of that user and nothing else', async () => {
    const keep = make('keeper', '19:00');
    await keep.conv.say(launch);
    await keep.conv.say(skip); // the tension check-in
    await keep.conv.say(yes);
    await keep.conv.say(say.otherAnswer);
    const h = make('leaver', '19:00');
    await h.conv.say(launch);
    await h.conv.say(skip); // the tension check-in
    await h.conv.say(yes);
    await h.conv.say(say.answer);
    expect(await itemsOf(user('leaver'))).toBe(2);
    const later = h.again();
    const ask = await later.say(say.deleteData);
    expect(ask.text).toMatch(whole(sp.line('deleteAllConfirm')));
    const kept = await later.say(no);
    expect(kept.text).toMatch(whole(sp.line('deleteKept')));
    expect(await itemsOf(user('leaver'))).toBe(2);
    await later.say(say.deleteAll);
    const done = await later.say(yes);
    expect(done.text).toMatch(whole(sp.line('deleteAllDone')));
    expect(await itemsOf(user('leaver'))).toBe(0);
    expect(await itemsOf(user('keeper'))).toBe(2);
  });

  test('SkillDisabled without kept data removes the user; with kept data it does not', async () => {
    const h = make('disabler', '19:00');
    await h.conv.say(launch);
    await h.conv.say(skip); // the tension check-in
    await h.conv.say(no);
    expect(await itemsOf(user('disabler'))).toBe(1);
    await h.again().raw({ type: 'AlexaSkillEvent.SkillDisabled', eventCreationTime: new Date().toISOString(), body: { userInformationPersistenceStatus: 'PERSISTED' } }, { outOfSession: true });
    expect(await itemsOf(user('disabler'))).toBe(1);
    await h.again().raw({ type: 'AlexaSkillEvent.SkillDisabled', eventCreationTime: new Date().toISOString(), body: { userInformationPersistenceStatus: 'NOT_PERSISTED' } }, { outOfSession: true });
    expect(await itemsOf(user('disabler'))).toBe(0);
  });

  test('a routine heard to the end counts even when the next thing said is not about it', async () => {
    const h = make('journal-after');
    await h.conv.say(launch);
    const j = await h.conv.say(say.journalToday); // closes the session; no SessionEndedRequest follows
    expect(j.sent).toBe('JournalIntent');
    expect(j.ended).toBe(true);
    expect((await store.loadProfile(user('journal-after')))?.stats.completed).toBe(1);
    const how = await h.again().say(say.howAmIDoing);
    expect(how.text).toMatch(opens(await summary(sp, user('journal-after'))));
  });

  test('a routine heard to its end counts even when the session just went quiet with no request after it', async () => {
    const h = make('quiet-end');
    await h.conv.say(launch); // the whole standard routine, ending with a question
    // ...and then nothing: no answer, and (as on some devices) no SessionEndedRequest either.
    h.conv.wait(20 * 3600);
    const again = await h.again().say(open);
    expect(again.text).not.toMatch(sp.line('resumeAt'));
    expect(again.text).toMatch(sp.line('streakDays', { count: 2 }));
    expect((await store.loadProfile(user('quiet-end')))?.stats.completed).toBe(1);
  });
});

describe('English words', () => {
  test('"how am I doing?" counts in English', async () => {
    const h = harness({ store, userId: 'progress-en-words', at: '2026-11-23T20:00:00-08:00' });
    await h.conv.say('start my face massage');
    await h.conv.silence();
    const one = await h.again().say('ask my face massage how am i doing');
    expect(one.text).toMatch(/^You've done 1 massage, about \d+ minutes in all\. (?!That's|Your best)/); // one day is no streak
    h.conv.wait(24 * 3600);
    const c = h.again();
    await c.say('start my face massage');
    await c.silence();
    const two = await h.again().say('ask my face massage how am i doing');
    expect(two.text).toMatch(/^You've done 2 massages, about \d+ minutes in all\. That's 2 days in a row, and your best is 2 days\./);
  });
});
