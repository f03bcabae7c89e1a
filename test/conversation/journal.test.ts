import { sayDay, sayRange } from '../../lambda/content/calendar';
import { MAX_ANSWER_CHARS } from '../../lambda/handlers/reflection';
import type { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { dynamoTable } from '../helpers/dynalite';
import { closes, COMMON, eachLocale, opens, whole, type Phrasebook, type SuiteLocale } from '../helpers/locales';
import { harness } from '../helpers/skill';

/** Hearing the journal back with many evenings kept: nothing misleading, nothing out of reach. */

const db = dynamoTable('JournalConversation');
let store: DynamoDbProgressStore;
beforeAll(() => {
  store = db.store;
});

const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'];

const SAY: Phrasebook<'last' | 'read' | 'week' | 'yesterday' | 'sunday' | 'deleteYesterday' | 'deleteYesterdayOneShot' | 'deleteThat' | 'forgetYesterday' | 'on22nd' | 'on16th' | 'on26th' | 'good' | 'sentence'> = {
  'en-US': {
    sunday: 'ask my face massage what did i say on sunday',
    deleteYesterday: 'delete what i said yesterday',
    deleteYesterdayOneShot: 'ask my face massage to delete what i said yesterday',
    deleteThat: 'delete that',
    on22nd: 'ask my face massage what did i say on the 22nd',
    on16th: 'ask my face massage what did i say on the sixteenth',
    on26th: 'ask my face massage what did i say on the 26th',
    forgetYesterday: 'forget what i said yesterday',
    last: 'ask my face massage what did i say last time',
    read: 'ask my face massage to read my journal',
    week: 'ask my face massage what did i say last week',
    yesterday: 'ask my face massage what did i say yesterday',
    good: 'good thing on',
    sentence: 'Sentence number {n} is about a long and lovely day at the lake with friends.',
  },
  'de-DE': {
    sunday: 'frag meine Gesichtsmassage, was habe ich am Sonntag gesagt',
    deleteYesterday: 'lösche, was ich gestern gesagt habe',
    deleteYesterdayOneShot: 'öffne meine Gesichtsmassage und lösche, was ich gestern gesagt habe',
    deleteThat: 'lösch das',
    on22nd: 'frag meine Gesichtsmassage, was habe ich am 22. gesagt',
    on16th: 'frag meine Gesichtsmassage, was habe ich am sechzehnten gesagt',
    on26th: 'frag meine Gesichtsmassage, was habe ich am 26. gesagt',
    forgetYesterday: 'vergiss, was ich gestern gesagt habe',
    last: 'frag meine Gesichtsmassage, was ich letztes Mal gesagt habe',
    read: 'öffne meine Gesichtsmassage und lies mein Tagebuch vor',
    week: 'frag meine Gesichtsmassage, was ich letzte Woche gesagt habe',
    yesterday: 'frag meine Gesichtsmassage, was ich gestern gesagt habe',
    good: 'ein schöner Moment am',
    sentence: 'Satz Nummer {n} erzählt von einem langen, schönen Tag mit Freunden am See.',
  },
};

/** What a listener says to "Shall I go on?" besides yes. */
const GO_ON: Record<SuiteLocale, string[]> = {
  'en-US': ['next', 'continue', 'go on'],
  'de-DE': ['weiter', 'mach weiter', 'lies weiter', 'nächster'],
};

/** Ten evenings, one answer each ("good thing on <day>"), kept straight in the store. */
async function tenEvenings(userId: string, good: string, timeZone: string): Promise<void> {
  for (const day of DAYS) await store.saveAnswer(userId, { day, createdAt: `${day}T05:00:00.000Z` }, 'great', `${good} ${day}`);
  await store.updateProfile(userId, { flags: { welcomed: true }, timeZone });
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

eachLocale((sp) => {
  const say = SAY[sp.locale];
  const yes = COMMON[sp.locale].yes;
  const cal = sp.content.calendar;
  const TODAY = '2026-11-24';
  const TUESDAY = sp.evening;
  const user = (name: string) => `${name}-${sp.locale}`;
  const ten = (name: string) => tenEvenings(user(name), say.good, sp.timeZone);
  const good = (day: string) => sp.line('journalGreat', { answer: `${say.good} ${day}` });
  /** An evening as the read of several says it: its day, then its answer. */
  const entry = (day: string, today = TODAY) => [sp.line('journalEntry', { when: capital(sayDay(cal, day, today)) }), good(day)];

  test('"last time" reads the last evening only, with its day said', async () => {
    await ten('j-last');
    const h = sp.harness({ store, userId: user('j-last'), at: sp.at('20:00', '2026-11-26') });
    const last = await h.conv.say(say.last);
    expect(last.sent).toBe('JournalLastIntent');
    expect(last.text).toMatch(whole(sp.line('journalLast', { when: sayDay(cal, '2026-11-23', '2026-11-26') }), good('2026-11-23')));
    expect(last.ended).toBe(true);
    sp.noLeak(last.text);
  });

  test('"read my journal" reads the latest evenings, offers older ones, and goes on until the first', async () => {
    await ten('j-read');
    const h = sp.harness({ store, userId: user('j-read'), at: TUESDAY });
    const first = await h.conv.say(say.read);
    expect(first.text).toMatch(opens(...entry('2026-11-23'), ...entry('2026-11-22'), ...entry('2026-11-21')));
    expect(first.text).not.toMatch(sp.line('journalEnd'));
    expect(first.text).toMatch(closes(sp.line('journalOlder')));
    expect(first.ended).toBe(false);
    const heard = [first.text];
    let ex = first;
    while (!ex.ended && heard.length < 10) {
      ex = await h.conv.say(yes);
      heard.push(ex.text);
    }
    // every evening once, newest first, then the honest end
    const order = [...heard.join(' ').matchAll(new RegExp(`${say.good} (\\d{4}-\\d{2}-\\d{2})`, 'g'))].map((m) => m[1]);
    expect(order).toEqual([...DAYS].reverse());
    expect(heard[1]).toMatch(opens(...entry('2026-11-20')));
    expect(ex.text).toMatch(closes(sp.line('journalEnd')));
    expect(heard).toHaveLength(4);
  });

  test('"no" to older evenings ends kindly', async () => {
    await ten('j-no');
    const h = sp.harness({ store, userId: user('j-no'), at: TUESDAY });
    await h.conv.say(say.read);
    const no = await h.conv.say(COMMON[sp.locale].no);
    expect(no.text).toMatch(whole(sp.line('journalDone')));
    expect(no.ended).toBe(true);
  });

  test('a week with more evenings than one read says there is more, and goes on', async () => {
    await ten('j-week');
    const h = sp.harness({ store, userId: user('j-week'), at: TUESDAY });
    const week = await h.conv.say(say.week);
    expect(week.text).toMatch(opens(...entry('2026-11-16')));
    expect(week.text).toMatch(closes(sp.line('journalGoOn')));
    const rest = await h.conv.say(yes);
    expect(rest.text).toMatch(opens(...entry('2026-11-19')));
    const end = await h.conv.say(yes);
    const when = sayRange(cal, { kind: 'week', fromDay: '2026-11-16', toDay: '2026-11-22' }, TODAY);
    expect(end.text).toMatch(closes(good('2026-11-22'), sp.line('journalEndOf', { when })));
    expect(end.ended).toBe(true);
  });

  test('a long answer is cut at a sentence, says there is more, and the rest follows from the next word', async () => {
    const sentence = (i: number) => say.sentence.replace('{n}', String(i));
    const long = Array.from({ length: 60 }, (_, i) => sentence(i + 1)).join(' ').slice(0, 1000);
    const userId = user('j-long');
    for (const q of ['great', 'challenging', 'better'] as const) await store.saveAnswer(userId, { day: '2026-11-23', createdAt: '2026-11-24T05:00:00.000Z' }, q, long);
    const h = sp.harness({ store, userId, at: TUESDAY });
    const first = await h.conv.say(say.yesterday);
    const tail = sentence(1).split(' ').slice(-2).join(' '); // "with friends." / "am See."
    expect(first.text).toMatch(closes(tail, sp.line('journalGoOn')));
    const next = await h.conv.say(yes);
    const [before] = say.sentence.split('{n}'); // "Sentence number " / "Satz Nummer "
    const numbered = new RegExp(`${before}(\\d+)`, 'g');
    expect(next.text).toMatch(opens(sp.line('journalGoingOn', { answer: new RegExp(`${before}\\d+ .*`) })));
    const heard = [first.text, next.text];
    let ex = next;
    while (!ex.ended && heard.length < 6) heard.push((ex = await h.conv.say(yes)).text);
    // nothing skipped, nothing said twice: every sentence of the three answers, in order
    const numbers = [...heard.join(' ').matchAll(numbered)].map((m) => Number(m[1]));
    const once = [...long.matchAll(numbered)].map((m) => Number(m[1]));
    expect(numbers).toEqual([...once, ...once, ...once]);
  });

  describe('an evening with only the check-in', () => {
    // Saturday answered, Sunday and Monday only the check-in, Friday's check-in skipped.
    const seed = async (name: string) => {
      const id = user(name);
      await store.saveAnswer(id, { day: '2026-11-21', createdAt: '2026-11-22T05:00:00.000Z' }, 'great', `${say.good} 2026-11-21`);
      await store.updateProfile(id, {
        flags: { welcomed: true },
        timeZone: sp.timeZone,
        tension: { '2026-11-20': ['skipped'], '2026-11-22': ['jaw', 'neck'], '2026-11-23': ['nowhere'] },
      });
      return id;
    };
    const place = (a: 'jaw' | 'neck') => sp.content.tension.places[a] ?? sp.area(a); // "your jaw", "im Kiefer"
    const jawAndNeck = () => sp.line('journalOnlyTension', { areas: sp.content.tension.and(place('jaw'), place('neck')) });

    test('is read back as what was said then, never as nothing: yesterday, a day, last time', async () => {
      const id = await seed('j-only');
      const h = sp.harness({ store, userId: id, at: TUESDAY });
      const yesterday = await h.conv.say(say.yesterday);
      expect(yesterday.text).toMatch(whole(sp.line('journalIntro', { when: cal.yesterday }), sp.line('journalOnlyNowhere')));
      expect(yesterday.text).not.toMatch(sp.line('journalNothingOn'));
      const sunday = await h.again().say(say.sunday);
      expect(sunday.text).toMatch(whole(sp.line('journalIntro', { when: sayDay(cal, '2026-11-22', TODAY) }), jawAndNeck()));
      const last = await h.again().say(say.last);
      expect(last.text).toMatch(whole(sp.line('journalLast', { when: cal.yesterday }), sp.line('journalOnlyNowhere')));
      sp.noLeak(yesterday.text, sunday.text, last.text);
    });

    test('"read my journal" and a week read it in its place among the evenings; a skipped check-in is not an evening', async () => {
      const id = await seed('j-only-read');
      const h = sp.harness({ store, userId: id, at: TUESDAY });
      const read = await h.conv.say(say.read);
      const day = (d: string) => sp.line('journalEntry', { when: capital(sayDay(cal, d, TODAY)) });
      expect(read.text).toMatch(whole(day('2026-11-23'), sp.line('journalOnlyNowhere'), day('2026-11-22'), jawAndNeck(), ...entry('2026-11-21'), sp.line('journalEnd')));
      const week = await h.again().say(say.week);
      expect(week.text).toMatch(opens(...entry('2026-11-21'), day('2026-11-22'), jawAndNeck()));
      expect(week.text).not.toMatch(new RegExp(sayDay(cal, '2026-11-20', TODAY)));
    });

    test('"delete what I said yesterday" removes the check-in, and says so', async () => {
      const id = await seed('j-only-delete');
      const h = sp.harness({ store, userId: id, at: TUESDAY });
      const ask = await h.conv.say(say.deleteYesterdayOneShot);
      expect(ask.text).toMatch(whole(sp.line('deleteEntryConfirm', { when: cal.yesterday })));
      const done = await h.conv.say(yes);
      expect(done.text).toMatch(whole(sp.line('deleteEntryDone', { when: cal.yesterday })));
      expect((await store.loadProfile(id))?.tension?.['2026-11-23']).toBeUndefined();
      const again = await h.again().say(say.yesterday);
      // Nothing from yesterday now; the latest evenings are offered by their days.
      expect(again.text).toMatch(whole(sp.line('journalNothingOn', { when: cal.yesterday }), sp.line('journalLatestTwo', { before: sayDay(cal, '2026-11-21', TODAY), when: sayDay(cal, '2026-11-22', TODAY) })));
    });
  });

  test('"on the 22nd", a day of the month alone (Alexa resolves it into next month), reads that day of this month', async () => {
    await ten('j-dom');
    const WEDNESDAY = '2026-11-25';
    const h = sp.harness({ store, userId: user('j-dom'), at: sp.at('20:00', WEDNESDAY) });
    for (const [phrase, day] of [[say.on22nd, '2026-11-22'], [say.on16th, '2026-11-16']]) {
      const read = await h.again().say(phrase);
      expect(read.sent).toBe('JournalIntent');
      expect(read.text).toMatch(whole(sp.line('journalIntro', { when: sayDay(cal, day, WEDNESDAY) }), good(day)));
    }
  });

  test('"on the 26th" said two days before it (a weekday to Alexa): the last week\'s day, and when it has nothing, the last 26th, each named', async () => {
    const id = user('j-dom-near');
    await store.saveAnswer(id, { day: '2026-10-26', createdAt: '2026-10-27T05:00:00.000Z' }, 'great', `${say.good} 2026-10-26`);
    await store.updateProfile(id, { flags: { welcomed: true }, timeZone: sp.timeZone });
    const h = sp.harness({ store, userId: id, at: TUESDAY }); // the 24th: Alexa resolves "the 26th" to Thursday
    const thursday = sayDay(cal, '2026-11-19', TODAY);
    const other = sayDay(cal, '2026-10-26', TODAY);
    const read = await h.conv.say(say.on26th);
    expect(read.text).toMatch(whole(sp.line('journalNothingOn', { when: thursday }), sp.line('journalIntro', { when: other }), good('2026-10-26')));
    await store.deleteReflections(id);
    const none = await h.again().say(say.on26th);
    expect(none.text).toMatch(whole(sp.line('journalNothingOnEither', { when: thursday, other })));
    sp.noLeak(read.text, none.text);
  });

  describe('deleting while the journal is read', () => {
    test.each([say.deleteYesterday, say.forgetYesterday])('"%s" while "Shall I read older ones?" waits asks the usual confirmation, and deletes on yes', async (phrase) => {
      const name = `j-del-${phrase.replace(/\W+/g, '-')}`;
      const id = user(name);
      await ten(name);
      const h = sp.harness({ store, userId: id, at: TUESDAY });
      const read = await h.conv.say(say.read);
      expect(read.text).toMatch(closes(sp.line('journalOlder')));
      const ask = await h.conv.say(phrase);
      expect(ask.text).toMatch(whole(sp.line('deleteEntryConfirm', { when: cal.yesterday })));
      expect(ask.text).not.toMatch(sp.line('yesNoReprompt'));
      const done = await h.conv.say(yes);
      expect(done.text).toMatch(whole(sp.line('deleteEntryDone', { when: cal.yesterday })));
      expect(done.ended).toBe(true);
      const days = (await store.listReflections(id)).map((r) => r.day);
      expect(days).not.toContain('2026-11-23');
      expect(days).toHaveLength(DAYS.length - 1);
    });

    test('"delete that" while "Shall I go on?" waits means the evening just heard; no keeps it', async () => {
      const id = user('j-del-that');
      await ten('j-del-that');
      const h = sp.harness({ store, userId: id, at: TUESDAY });
      const week = await h.conv.say(say.week); // Monday the 16th to Wednesday the 18th, then "Shall I go on?"
      expect(week.text).toMatch(closes(good('2026-11-18'), sp.line('journalGoOn')));
      const ask = await h.conv.say(say.deleteThat);
      expect(ask.text).toMatch(whole(sp.line('deleteEntryConfirm', { when: sayDay(cal, '2026-11-18', TODAY) })));
      const no = await h.conv.say(COMMON[sp.locale].no);
      expect(no.text).toMatch(whole(sp.line('deleteKept')));
      expect((await store.listReflections(id)).map((r) => r.day)).toContain('2026-11-18');
    });
  });

  describe('a very long answer', () => {
    const sentence = (i: number) => say.sentence.replace('{n}', String(i));
    const [before] = say.sentence.split('{n}'); // "Sentence number " / "Satz Nummer "
    const numbered = new RegExp(`${before}(\\d+)`, 'g');
    const numbers = (text: string) => [...text.matchAll(numbered)].map((m) => Number(m[1]));
    /** An evening whose first answer is `sentences` sentences long; the other two skipped. */
    async function evening(name: string, sentences: number) {
      const said = Array.from({ length: sentences }, (_, i) => sentence(i + 1)).join(' ');
      const h = sp.harness({ store, userId: user(name), at: sp.at('21:00', '2026-11-23') });
      await h.conv.say(COMMON[sp.locale].launch);
      await h.conv.say(COMMON[sp.locale].skip); // the tension check-in
      await h.conv.say(yes);
      const kept = await h.conv.say(said);
      await h.conv.say(COMMON[sp.locale].skip);
      await h.conv.say(COMMON[sp.locale].skip);
      return { said, kept };
    }
    /** "What did I say yesterday", then yes until the read ends: every response heard. */
    async function readBack(name: string) {
      const h = sp.harness({ store, userId: user(name), at: TUESDAY });
      const heard = [await h.conv.say(say.yesterday)];
      while (!heard[heard.length - 1].ended && heard.length < 12) heard.push(await h.conv.say(yes));
      return heard;
    }

    test('of 540 words is kept whole, thanked as any other, and read back whole over "Shall I go on?"', async () => {
      const sentences = Math.ceil(540 / say.sentence.split(' ').length);
      const { said, kept } = await evening('j-540', sentences);
      expect(said.split(' ').length).toBeGreaterThanOrEqual(540);
      expect(kept.text).toMatch(whole(sp.line('answerKept'), sp.line('askChallenging')));
      const [r] = await store.listReflections(user('j-540'));
      expect(r.answers.great).toBe(said);
      expect(r.cut).toBeUndefined();
      const heard = await readBack('j-540');
      expect(heard.length).toBeGreaterThan(1);
      expect(heard[0].text).toMatch(closes(sp.line('journalGoOn')));
      const all = heard.map((x) => x.text).join(' ');
      expect(numbers(all)).toEqual(numbers(said));
      expect(all).not.toMatch(sp.line('journalCut'));
    });

    test('longer than can be kept: the user hears where it stops when saying it, and the read-back ends saying so', async () => {
      const { said, kept } = await evening('j-cut', 60);
      const [r] = await store.listReflections(user('j-cut'));
      const stored = r.answers.great!;
      expect(stored.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
      expect(said.startsWith(stored)).toBe(true);
      expect(said[stored.length]).toBe(' '); // cut at a word
      expect(r.cut).toEqual(['great']);
      const end = stored.split(' ').slice(-6).join(' ').replace(/[.]$/, '');
      expect(kept.text).toMatch(whole(sp.line('answerKeptCut', { answer: end }), sp.line('askChallenging')));
      const heard = await readBack('j-cut');
      const last = heard[heard.length - 1];
      expect(last.ended).toBe(true);
      expect(last.text).toMatch(closes(sp.line('journalCut')));
      expect(numbers(heard.map((x) => x.text).join(' '))).toEqual(numbers(stored));
      sp.noLeak(kept.text, ...heard.map((x) => x.text));
    });
  });

  test.each(GO_ON[sp.locale])('"%s" while "Shall I go on?" waits reads on, like yes', async (more) => {
    await ten('j-next');
    const h = sp.harness({ store, userId: user('j-next'), at: TUESDAY });
    await h.conv.say(say.read);
    const on = await h.conv.say(more);
    expect(on.text).toMatch(opens(...entry('2026-11-20')));
  });
});

describe('English words', () => {
  const TUESDAY = '2026-11-24T20:00:00-08:00';

  test('days said in full, "yesterday" for yesterday, the week by its Monday', async () => {
    await tenEvenings('j-en', 'good thing on', 'America/Los_Angeles');
    const last = await harness({ store, userId: 'j-en', at: '2026-11-26T20:00:00-08:00' }).conv.say('ask my face massage what did i say last time');
    expect(last.text).toBe('Last time was Monday, November twenty-third. The good part: good thing on 2026-11-23.');
    const h = harness({ store, userId: 'j-en', at: TUESDAY });
    const first = await h.conv.say('ask my face massage to read my journal');
    expect(first.text).toMatch(/^Yesterday\. The good part: good thing on 2026-11-23\. Sunday, November twenty-second\. The good part: good thing on 2026-11-22\. Saturday, November twenty-first\./);
    expect(first.text).toMatch(/older evenings too\. Shall I read them\?$/);
    const c = h.again();
    await c.say('ask my face massage what did i say last week');
    await c.say('yes');
    const end = await c.say('yes');
    expect(end.text).toMatch(/That's all from the week of Monday, November sixteenth\.$/);
  });
});
