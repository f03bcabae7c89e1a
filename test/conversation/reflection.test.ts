import { countNoun } from '../../lambda/content';
import { sayDay } from '../../lambda/content/calendar';
import { MAX_ANSWER_CHARS } from '../../lambda/handlers/reflection';
import type { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { countCommands, dynamoTable } from '../helpers/dynalite';
import { closes, COMMON, eachLocale, opens, whole, type Phrasebook, type Speaker } from '../helpers/locales';
import { firstArea } from '../helpers/places';
import { harness } from '../helpers/skill';

/** The three questions, the answers kept in the user's own words, and the journal, on dynalite, in every language. */

const db = dynamoTable('ReflectionConversation');
let store: DynamoDbProgressStore;
beforeAll(() => {
  store = db.store;
});

type Line =
  | 'sisterCalled'
  | 'earlyBed'
  | 'quietLunch'
  | 'meetings'
  | 'repeatQuestion'
  | 'readToday'
  | 'readYesterday'
  | 'readSunday'
  | 'readLastTime'
  | 'readLastWeek'
  | 'readNovemberThird'
  | 'deleteToday'
  | 'deleteJournalOneShot'
  | 'deleteJournal'
  | 'reflectNever'
  | 'howAmIDoing'
  | 'backOneShot'
  | 'stopOneShot'
  | 'hostileTail';
const SAY: Phrasebook<Line> = {
  'en-US': {
    sisterCalled: 'My sister called',
    earlyBed: 'Going to bed earlier',
    quietLunch: 'A quiet lunch',
    meetings: 'Too many meetings',
    repeatQuestion: 'repeat the question',
    readToday: 'ask my face massage what did i say today',
    readYesterday: 'ask my face massage what did i say yesterday',
    readSunday: 'ask my face massage what did i say on sunday',
    readLastTime: 'ask my face massage what did i say last time',
    readLastWeek: 'ask my face massage what did i say last week',
    readNovemberThird: 'ask my face massage what did i say on november third',
    deleteToday: "ask my face massage to delete today's entry",
    deleteJournalOneShot: 'ask my face massage to delete my journal',
    deleteJournal: 'delete my journal',
    reflectNever: 'ask my face massage to stop asking me to reflect',
    howAmIDoing: 'ask my face massage how am i doing',
    backOneShot: 'ask my face massage to go back',
    stopOneShot: 'ask my face massage to stop',
    hostileTail: 'long words ',
  },
  'de-DE': {
    sisterCalled: 'Meine Schwester hat angerufen',
    earlyBed: 'Früher ins Bett gehen',
    quietLunch: 'Ein ruhiges Mittagessen',
    meetings: 'Zu viele Besprechungen',
    repeatQuestion: 'wiederhole die Frage',
    readToday: 'frag meine Gesichtsmassage, was habe ich heute gesagt',
    readYesterday: 'frag meine Gesichtsmassage, was habe ich gestern gesagt',
    readSunday: 'frag meine Gesichtsmassage, was habe ich am Sonntag gesagt',
    readLastTime: 'frag meine Gesichtsmassage, was habe ich letztes Mal gesagt',
    readLastWeek: 'frag meine Gesichtsmassage, was habe ich letzte Woche gesagt',
    readNovemberThird: 'frag meine Gesichtsmassage, was habe ich am dritten November gesagt',
    deleteToday: 'öffne meine Gesichtsmassage und lösche den heutigen Eintrag',
    deleteJournalOneShot: 'öffne meine Gesichtsmassage und lösche mein Tagebuch',
    deleteJournal: 'lösche mein Tagebuch',
    reflectNever: 'öffne meine Gesichtsmassage und schalte den Rückblick aus',
    howAmIDoing: 'frag meine Gesichtsmassage, wie läuft es bei mir',
    backOneShot: 'sag meine Gesichtsmassage, geh zurück',
    stopOneShot: 'sag meine Gesichtsmassage, hör auf',
    hostileTail: 'lange Wörter ',
  },
};

/** Answers to the questions, in the user's own words. */
type Answer = 'rain' | 'pancakes' | 'headache' | 'water' | 'sunset' | 'old' | 'new' | 'tea' | 'sundayThing' | 'soup' | 'earlyNight' | 'commute' | 'leaveEarlier';
const ANSWERS: Phrasebook<Answer> = {
  'en-US': {
    rain: 'walk in the rain',
    pancakes: 'pancakes',
    headache: 'a headache',
    water: 'water',
    sunset: 'the sunset',
    old: 'old',
    new: 'new',
    tea: 'late night tea',
    sundayThing: 'sunday thing',
    soup: 'good soup',
    earlyNight: 'an early night',
    commute: 'my commute',
    leaveEarlier: 'leave earlier',
  },
  'de-DE': {
    rain: 'Spaziergang im Regen',
    pancakes: 'Pfannkuchen',
    headache: 'Kopfschmerzen',
    water: 'mehr Wasser trinken',
    sunset: 'der Sonnenuntergang',
    old: 'die alte Antwort',
    new: 'die neue Antwort',
    tea: 'Tee spät am Abend',
    sundayThing: 'Frühstück mit Oma',
    soup: 'eine gute Suppe',
    earlyNight: 'früh schlafen gehen',
    commute: 'mein Arbeitsweg',
    leaveEarlier: 'früher losgehen',
  },
};

eachLocale((sp) => {
  const a = ANSWERS[sp.locale];
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };
  /** User ids of this locale: the table is shared by both runs. */
  const user = (name: string) => `${sp.locale}-${name}`;
  const MONDAY_EVENING = sp.at('21:00', '2026-11-23');
  /** A day as the skill says it, seen from `today`. */
  const day = (d: string, today: string) => sayDay(sp.content.calendar, d, today);

  async function evening(userId: string, at: string, answers: string[]) {
    const h = sp.harness({ store, userId, at });
    await h.conv.say(say.launch);
    await h.conv.say(say.skip); // the tension check-in
    const offer = await h.conv.say(say.yes);
    const said = [offer];
    for (const a of answers) said.push(await h.conv.say(a));
    return { h, said };
  }

  /** A user who asked for no questions after the routine (neither the reflection nor the check-in). */
  async function noQuestions(s: Speaker, userId: string) {
    const h = s.harness({ store, userId, at: MONDAY_EVENING });
    const ex = await h.conv.say(say.reflectNever);
    expect(ex.text).toMatch(sp.line('reflectNever'));
    await store.updateProfile(userId, { prefs: { checkIn: 'never' } }); // and not about tension: no question after the routine
    return h;
  }

  test('the full reflection: three questions one at a time, answers kept, a short close', async () => {
    const { said } = await evening(user('r-full'), MONDAY_EVENING, [say.sisterCalled, say.skip, say.earlyBed]);
    expect(said[0].text).toMatch(closes(sp.line('askGreat')));
    expect(said[0].elicit).toEqual({ intent: 'ReflectionIntent', slot: 'great' });
    expect(said[1].text).toMatch(closes(sp.line('askChallenging')));
    expect(said[2].text).toMatch(whole(sp.line('answerSkipped'), sp.line('askBetter')));
    expect(said[3].text).toMatch(sp.line('reflectDone'));
    expect(said[3].ended).toBe(true);
    sp.noLeak(...said.map((s) => s.text));
    const [r] = await store.listReflections(user('r-full'));
    expect(r.answers).toEqual({ great: say.sisterCalled, better: say.earlyBed });
    expect(r.day).toBe('2026-11-23');
    const profile = await store.loadProfile(user('r-full'));
    expect(profile?.stats.completed).toBe(1);
  });

  test('repeat repeats the question; an unclear answer is asked once more, then skipped', async () => {
    const h = sp.harness({ store, userId: user('r-repeat'), at: MONDAY_EVENING });
    await h.conv.say(say.launch);
    await h.conv.say(say.skip); // the tension check-in
    const q1 = await h.conv.say(say.yes);
    expect(q1.reprompt).toBeTruthy();
    const again = await h.conv.say(say.repeatQuestion);
    expect(again.text).toMatch(sp.line('askGreat'));
    expect(again.elicit?.slot).toBe('great');
    const unclear = await h.conv.intent('ReflectionIntent', { great: { value: '' } });
    expect(unclear.text).toMatch(opens(sp.line('answerUnclear')));
    expect(unclear.elicit?.slot).toBe('great');
    const skipped = await h.conv.intent('ReflectionIntent', { great: { value: '' } });
    expect(skipped.elicit?.slot).toBe('challenging');
  });

  test('stop after the second question keeps both answers', async () => {
    const { h } = await evening(user('r-stop'), MONDAY_EVENING, [say.quietLunch, say.meetings]);
    const stop = await h.conv.say(say.stop);
    expect(stop.text).toMatch(sp.line('reflectStopped'));
    expect(stop.ended).toBe(true);
    const [r] = await store.listReflections(user('r-stop'));
    expect(r.answers).toEqual({ great: say.quietLunch, challenging: say.meetings });
  });

  test('hostile text is stored exactly (up to MAX_ANSWER_CHARS) and read back as valid speech', async () => {
    const hostile = `Tom & Jerry <3 "quotes" 'apostrophes' </speak> <break time="99s"/> 🌙✨ ${say.hostileTail.repeat(500)}`;
    const { h } = await evening(user('r-hostile'), MONDAY_EVENING, [hostile, say.skip, say.skip]);
    const [r] = await store.listReflections(user('r-hostile'));
    expect(hostile.length).toBeGreaterThan(MAX_ANSWER_CHARS);
    expect(r.answers.great!.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    expect(r.cut).toEqual(['great']);
    expect(hostile.slice(0, r.answers.great!.length)).toBe(r.answers.great);
    expect(hostile[r.answers.great!.length]).toBe(' '); // cut at a word boundary
    h.conv.wait(3600);
    const read = await h.again().say(say.readToday);
    // the harness already checked it is valid SSML within the budget; the words are spoken, not markup
    expect(read.text).toContain('Tom & Jerry <3 "quotes" \'apostrophes\' </speak>');
    expect(read.ssml).toContain('Tom &amp; Jerry &lt;3');
  });

  test('the journal by yesterday, a weekday, last time, last week', async () => {
    const id = user('r-journal');
    await evening(id, sp.at('21:00', '2026-11-16'), [a.rain, say.skip, say.skip]); // a Monday
    await evening(id, sp.at('21:00', '2026-11-22'), [a.pancakes, a.headache, a.water]); // Sunday
    await evening(id, sp.at('21:00', '2026-11-23'), [a.sunset, say.skip, say.skip]); // Monday
    const today = '2026-11-24';
    const h = sp.harness({ store, userId: id, at: sp.at('20:00', today) }); // Tuesday
    const yesterday = await h.conv.say(say.readYesterday);
    expect(yesterday.text).toMatch(opens(sp.line('journalIntro', { when: sp.content.calendar.yesterday })));
    expect(yesterday.text).toContain(a.sunset);
    expect(yesterday.text).not.toContain(a.pancakes);
    const sunday = await h.again().say(say.readSunday);
    expect(sunday.text).toMatch(opens(sp.line('journalIntro', { when: day('2026-11-22', today) })));
    expect(sunday.text).toContain(a.pancakes);
    expect(sunday.text).toContain(a.headache);
    const last = await h.again().say(say.readLastTime);
    expect(last.text).toMatch(opens(sp.line('journalLast', { when: sp.content.calendar.yesterday })));
    expect(last.text).toContain(a.sunset);
    expect(last.text).not.toContain(a.pancakes); // the last evening only
    const week = await h.again().say(say.readLastWeek);
    expect(week.text).toContain(a.pancakes);
    expect(week.text).toContain(a.rain);
    expect(week.text).not.toContain(a.sunset);
    const none = await h.again().say(say.readNovemberThird);
    expect(none.text).toMatch(sp.line('journalNothingOn', { when: day('2026-11-03', today) }));
  });

  test("deleting today's entry and the whole journal, each confirmed by voice", async () => {
    const id = user('r-delete');
    await evening(id, sp.at('21:00', '2026-11-23'), [a.old, say.skip, say.skip]);
    const { h } = await evening(id, sp.at('21:00', '2026-11-24'), [a.new, say.skip, say.skip]);
    h.conv.wait(600);
    const c = h.again();
    const ask = await c.say(say.deleteToday);
    expect(ask.text).toMatch(sp.line('deleteEntryConfirm', { when: sp.content.calendar.today }));
    const done = await c.say(say.yes);
    expect(done.text).toMatch(sp.line('deleteEntryDone', { when: sp.content.calendar.today }));
    expect((await store.listReflections(id)).map((r) => r.answers.great)).toEqual([a.old]);
    const c2 = h.again();
    expect((await c2.say(say.deleteJournalOneShot)).text).toMatch(sp.line('deleteJournalConfirm'));
    expect((await c2.say(say.yes)).text).toMatch(sp.line('deleteJournalDone'));
    expect(await store.listReflections(id)).toEqual([]);
    expect((await store.loadProfile(id))?.stats.completed).toBe(2);
  });

  test('"stop asking me to reflect" closes the next routine with good night; it counts once it has played out', async () => {
    const h = await noQuestions(sp, user('r-never'));
    const run = await h.again().say(say.launch);
    expect(run.text).not.toMatch(sp.line('reflectOffer'));
    expect(run.text).not.toMatch(sp.line('tensionAsk'));
    expect(run.text).toMatch(closes(sp.line('goodnightBedtime'))); // 21:00: the bedtime voice's good night
    expect(run.ended).toBe(true);
    h.conv.wait(3600);
    const how = await h.again().say(say.howAmIDoing);
    expect(how.text).toMatch(opens(sp.line('progressSummaryOneDay', { completed: 1, massages: countNoun(sp.content, 'massage', 1) })));
  });

  test('with the session closed, a control said while the routine still plays is placed on its timeline', async () => {
    const h = await noQuestions(sp, user('r-never-controls'));
    const run = await h.again().say(say.launch);
    expect(run.ended).toBe(true);
    // about two minutes in, the user is on the eyes or cheeks; "go back" in a new session replays the area before
    h.clock.advance(120); // the clock stands at the start of that response
    const back = await h.again().say(say.backOneShot);
    expect(back.text).toMatch(opens(sp.line('ackPrevious')));
    expect(['temples', 'eyes', 'cheeks']).toContain(firstArea(back.text, sp.content));
  });

  test('an answer given with its own carrier phrase is kept, and that question is not asked again', async () => {
    const id = user('r-carrier');
    const h = sp.harness({ store, userId: id, at: MONDAY_EVENING });
    await h.conv.say(say.launch);
    await h.conv.say(say.skip); // the tension check-in
    await h.conv.say(say.yes);
    // said with its carrier phrase, Alexa fills the challenging slot while great is being asked
    const carried = await h.conv.intent('ReflectionIntent', { challenging: { value: a.commute } });
    expect(carried.text).toMatch(closes(sp.line('askGreat')));
    const next = await h.conv.say(say.skip);
    expect(next.elicit?.slot).toBe('better');
    await h.conv.say(a.leaveEarlier);
    const [r] = await store.listReflections(id);
    expect(r.answers).toEqual({ challenging: a.commute, better: a.leaveEarlier });
  });

  test('a confirmation asked in the middle of the questions gets its yes', async () => {
    const id = user('r-confirm');
    await evening(id, sp.at('21:00', '2026-11-22'), [a.old, say.skip, say.skip]);
    const h = sp.harness({ store, userId: id, at: MONDAY_EVENING });
    await h.conv.say(say.launch);
    await h.conv.say(say.skip); // the tension check-in
    await h.conv.say(say.yes);
    const ask = await h.conv.say(say.deleteJournal);
    expect(ask.text).toMatch(sp.line('deleteJournalConfirm'));
    const done = await h.conv.say(say.yes);
    expect(done.text).toMatch(sp.line('deleteJournalDone'));
    expect(await store.listReflections(id)).toEqual([]);
  });

  test('just after midnight, "today" still means this evening', async () => {
    const id = user('r-midnight');
    await evening(id, sp.at('23:50', '2026-11-23'), [a.tea, say.skip, say.skip]);
    const h = sp.harness({ store, userId: id, at: sp.at('00:40', '2026-11-24') });
    const read = await h.conv.say(say.readToday);
    expect(read.text).toMatch(opens(sp.line('journalIntro', { when: sp.content.calendar.today })));
    expect(read.text).toContain(a.tea);
  });

  test('"delete today\'s entry" with none today names the day of the newest entry', async () => {
    const id = user('r-last');
    await evening(id, sp.at('21:00', '2026-11-22'), [a.sundayThing, say.skip, say.skip]);
    const h = sp.harness({ store, userId: id, at: sp.at('20:00', '2026-11-24') });
    const ask = await h.conv.say(say.deleteToday);
    expect(ask.text).toMatch(closes(sp.line('deleteEntryConfirm', { when: day('2026-11-22', '2026-11-24') })));
  });

  /** The suite's table, whose answers fail to save while `down`. */
  function flakyStore() {
    const flaky = Object.create(store) as DynamoDbProgressStore & { down: boolean };
    flaky.down = false;
    flaky.saveAnswer = async (...args) => {
      if (flaky.down) throw Object.assign(new Error('table unavailable'), { name: 'ProvisionedThroughputExceededException' });
      return store.saveAnswer(...args);
    };
    return flaky;
  }

  test('an answer that could not be saved at the end is never passed over: "shall I try again?"', async () => {
    const id = user('r-flaky');
    const flaky = flakyStore();
    const h = sp.harness({ store: flaky, userId: id, at: MONDAY_EVENING });
    await h.conv.say(say.launch);
    await h.conv.say(say.skip); // the tension check-in
    await h.conv.say(say.yes);
    await h.conv.say(a.soup);
    await h.conv.say(say.skip);
    flaky.down = true;
    const last = await h.conv.say(a.earlyNight);
    expect(last.text).toMatch(closes(sp.line('retrySave')));
    expect(last.ended).toBe(false);
    flaky.down = false;
    const yes = await h.conv.say(say.yes);
    expect(yes.text).toMatch(sp.line('retrySaved'));
    const [r] = await store.listReflections(id);
    expect(r.answers).toEqual({ great: a.soup, better: a.earlyNight });
  });

  test('three answers longer than can be kept, held while the table is down: every response fits Alexa, all three saved with their mark', async () => {
    const id = user('r-flaky-long');
    const flaky = flakyStore();
    flaky.down = true;
    const long = (q: string) => `${q} ${say.hostileTail.repeat(MAX_ANSWER_CHARS / say.hostileTail.length + 20)}`;
    const h = sp.harness({ store: flaky, userId: id, at: MONDAY_EVENING });
    await h.conv.say(say.launch);
    await h.conv.say(say.skip); // the tension check-in
    await h.conv.say(say.yes);
    // the harness's oracle fails any response over 24 KB; the session state carries all three
    await h.conv.say(long('one'));
    await h.conv.say(long('two'));
    const last = await h.conv.say(long('three'));
    expect(last.text).toMatch(closes(sp.line('retrySave')));
    flaky.down = false;
    await h.conv.say(say.yes);
    const [r] = await store.listReflections(id);
    expect(Object.values(r.answers).map((x) => x.split(' ')[0])).toEqual(['one', 'two', 'three']);
    expect(Object.values(r.answers).every((x) => x.length <= MAX_ANSWER_CHARS && x.length > MAX_ANSWER_CHARS - 20)).toBe(true);
    expect(r.cut).toEqual(['great', 'challenging', 'better']);
  });

  test('with reflection off, "stop" in a new session during the last part keeps the place and does not count', async () => {
    const id = user('r-never-stop');
    const h = sp.harness({ store, userId: id, at: MONDAY_EVENING });
    await h.conv.say(say.reflectNever);
    await h.again().say(say.launch);
    h.clock.advance(30);
    const stop = await h.again().say(say.stopOneShot);
    const onArea = ['forehead', 'brows'] as const;
    const area = onArea.find((a) => sp.line('stopMid', { area: sp.area(a) }).test(stop.text));
    expect(area).toBeDefined();
    h.conv.wait(3600);
    const p = await store.loadProfile(id);
    expect(p?.stats.completed).toBe(0);
    expect(p?.resume?.finish).toBeUndefined();
    const again = await h.again().say(say.open);
    expect(again.text).toMatch(opens(sp.line('resumeAt', { area: sp.area(area!) })));
  });

  test("with reflection off, the next evening's launch counts the last one and saves the new place in one write", async () => {
    const id = user('r-never-write');
    const h = sp.harness({ store, userId: id, at: MONDAY_EVENING });
    await h.conv.say(say.reflectNever);
    await h.again().say(say.launch);
    h.conv.wait(20 * 3600);
    const counter = countCommands(db.doc);
    counter.reset();
    const next = await h.again().say(say.open);
    expect(counter.writes()).toBe(1);
    expect(next.text).toMatch(sp.line('streakDays', { count: 2 }));
    const p = await store.loadProfile(id);
    expect(p?.stats.completed).toBe(1);
    expect(p?.resume?.step).toBe(0);
  });
});

describe('en-US: the English wording of days', () => {
  test('a day with nothing, and the newest entry to delete, are said as "Tuesday, November third"', async () => {
    const id = 'en-US-r-days';
    const h = harness({ store, userId: id, at: '2026-11-24T20:00:00-08:00' });
    const none = await h.conv.say('ask my face massage what did i say on november third');
    expect(none.text).toBe("I don't have anything from Tuesday, November third.");
    await store.saveAnswer(id, { day: '2026-11-22', createdAt: '2026-11-23T05:00:00.000Z' }, 'great', 'sunday thing');
    const ask = await h.again().say("ask my face massage to delete today's entry");
    expect(ask.text).toBe('Delete your journal entry from Sunday, November twenty-second?');
  });
});
