import { QUESTIONS } from '../../lambda/store/types';
import { closes, COMMON, eachLocale, whole, type Phrasebook } from '../helpers/locales';
import { dynamoTable } from '../helpers/dynalite';

/**
 * Commands said during the questions are never kept in the journal: "previous question" goes back to
 * the question before (a new answer replaces the old one, a skip keeps it), and a journal request
 * brings the question back. At the offer to reflect, skip, next and repeat act on the offer itself.
 */

type Word = 'previousQuestion' | 'lastQuestion' | 'journalYesterday' | 'journalToday' | 'skip' | 'next' | 'repeatQuestion' | 'what';
const SAY: Phrasebook<Word> = {
  'en-US': {
    previousQuestion: 'previous question',
    lastQuestion: 'go back to the last question',
    journalYesterday: 'what did I say yesterday',
    journalToday: 'what did I say today',
    skip: 'skip',
    next: 'next',
    repeatQuestion: 'repeat the question',
    what: 'what',
  },
  'de-DE': {
    previousQuestion: 'vorherige Frage',
    lastQuestion: 'zurück zur letzten Frage',
    journalYesterday: 'was habe ich gestern gesagt',
    journalToday: 'was habe ich heute gesagt',
    skip: 'überspringen',
    next: 'nächster',
    repeatQuestion: 'wiederhole die Frage',
    what: 'was',
  },
};

const ANSWERS: Phrasebook<'lunch' | 'bread' | 'work' | 'sleep'> = {
  'en-US': { lunch: 'lunch', bread: 'fresh bread', work: 'work', sleep: 'more sleep' },
  'de-DE': { lunch: 'Mittagessen', bread: 'frisches Brot', work: 'Arbeit', sleep: 'mehr Schlaf' },
};

const ASK = { great: 'askGreat', challenging: 'askChallenging', better: 'askBetter' } as const;

eachLocale((sp) => {
  const db = dynamoTable(`ReflectionCommands-${sp.locale}`);
  const say = SAY[sp.locale];
  const a = ANSWERS[sp.locale];

  /** A finished routine and the check-in passed: the offer to reflect is the question waiting. */
  async function atOffer(name: string) {
    const h = sp.harness({ store: db.store, userId: `${name}-${Math.random()}` });
    await h.conv.say(COMMON[sp.locale].launch);
    const offer = await h.conv.say(COMMON[sp.locale].skip); // the tension check-in
    expect(offer.text).toMatch(closes(sp.line('reflectOffer')));
    return h;
  }

  async function kept(h: Awaited<ReturnType<typeof atOffer>>) {
    return h.store.listReflections(h.conv.last!.request.context.System.user.userId);
  }

  describe('during the questions', () => {
    test('the tester\'s evening: "previous question" goes back, a journal request is not kept, nothing said as a command is kept', async () => {
      const h = await atOffer('rq-tester');
      await h.conv.say(COMMON[sp.locale].yes);
      expect((await h.conv.say(a.lunch)).elicit?.slot).toBe('challenging');

      const back = await h.conv.say(say.previousQuestion);
      expect(back.text).toMatch(whole(sp.line('reflectBackKept'), sp.line('askGreat')));
      expect(back.elicit?.slot).toBe('great');
      expect(back.ended).toBe(false);

      const journal = await h.conv.say(say.journalYesterday);
      expect(journal.text).toMatch(whole(sp.line('reflectJournalLater'), sp.line('askGreat')));
      expect(journal.elicit?.slot).toBe('great');

      // A new answer replaces the old one, and the questions go on where they were.
      expect((await h.conv.say(a.bread)).elicit?.slot).toBe('challenging');
      expect((await h.conv.say(say.journalToday)).elicit?.slot).toBe('challenging');
      expect((await h.conv.say(a.work)).elicit?.slot).toBe('better');
      const done = await h.conv.say(a.sleep);
      expect(done.ended).toBe(true);
      sp.noLeak(back.text, journal.text, done.text);

      const entries = await kept(h);
      expect(entries).toHaveLength(1);
      expect(entries[0].answers).toEqual({ great: a.bread, challenging: a.work, better: a.sleep });
    });

    test('"go back to the last question", then skip: the answer given stays, once', async () => {
      const h = await atOffer('rq-keep');
      await h.conv.say(COMMON[sp.locale].yes);
      await h.conv.say(a.lunch);
      await h.conv.say(a.work);
      const back = await h.conv.say(say.lastQuestion);
      expect(back.text).toMatch(whole(sp.line('reflectBackKept'), sp.line('askChallenging')));
      expect(back.elicit?.slot).toBe('challenging');
      const skipped = await h.conv.say(say.skip);
      expect(skipped.elicit?.slot).toBe('better');
      await h.conv.say(a.sleep);
      const entries = await kept(h);
      expect(entries).toHaveLength(1);
      expect(entries[0].answers).toEqual({ great: a.lunch, challenging: a.work, better: a.sleep });
    });

    test('back to a question that was skipped: its answer is kept there, and the next unanswered question follows', async () => {
      const h = await atOffer('rq-skipped');
      await h.conv.say(COMMON[sp.locale].yes);
      await h.conv.say(say.skip);
      const back = await h.conv.say(say.previousQuestion);
      expect(back.text).toMatch(whole(sp.line('reflectBack'), sp.line('askGreat')));
      expect((await h.conv.say(a.lunch)).elicit?.slot).toBe('challenging');
      await h.conv.say(COMMON[sp.locale].stop);
      const entries = await kept(h);
      expect(entries.map((e) => e.answers)).toEqual([{ great: a.lunch }]);
    });

    test.each(QUESTIONS.map((q, i) => [q, i] as const))('"previous question" at the %s question is never kept', async (q, i) => {
      const h = await atOffer('rq-each');
      await h.conv.say(COMMON[sp.locale].yes);
      const given = [a.lunch, a.work, a.sleep];
      for (let k = 0; k < i; k++) await h.conv.say(given[k]);
      const back = await h.conv.say(say.previousQuestion);
      const to = QUESTIONS[Math.max(0, i - 1)];
      expect(back.elicit?.slot).toBe(to);
      expect(back.text).toMatch(whole(i === 0 ? sp.line('reflectFirstQuestion') : sp.line('reflectBackKept'), sp.line(ASK[to])));
      const answers = (await kept(h)).flatMap((e) => Object.values(e.answers));
      expect(answers).toEqual(given.slice(0, i));
      void q;
    });
  });

  describe('at the offer to reflect', () => {
    test('a journal request is read, and the offer stands again: yes starts the questions', async () => {
      const h = await atOffer('rq-offer-journal');
      await h.store.saveAnswer(h.conv.last!.request.context.System.user.userId, { day: '2026-11-23', createdAt: '2026-11-23T20:00:00.000Z' }, 'great', a.bread);
      const read = await h.conv.say(say.journalYesterday);
      expect(read.text).toContain(a.bread);
      expect(read.text).toMatch(closes(sp.line('reflectOffer')));
      expect(read.ended).toBe(false);
      const yes = await h.conv.say(COMMON[sp.locale].yes);
      expect(yes.elicit?.slot).toBe('great');
    });

    test.each([
      ['skip', 'said'],
      ['next', 'said'],
      ['next', 'AMAZON.NextIntent'],
    ] as const)('"%s" (%s) is a no: good night, no "last area", nothing kept', async (word, how) => {
      const h = await atOffer('rq-offer-skip');
      const ex = how === 'said' ? await h.conv.say(say[word]) : await h.conv.intent(how);
      expect(ex.ended).toBe(true);
      expect(ex.text).not.toMatch(sp.line('lastAlready'));
      expect(ex.elicit).toBeUndefined();
      sp.noLeak(ex.text);
      expect(await kept(h)).toEqual([]);
    });

    test.each([['said'], ['AMAZON.RepeatIntent']] as const)('"repeat the question" (%s) asks the offer again, and nothing of the massage', async (how) => {
      const h = await atOffer('rq-offer-repeat');
      const ex = how === 'said' ? await h.conv.say(say.repeatQuestion) : await h.conv.intent(how);
      expect(ex.text).toMatch(whole(sp.line('reflectOffer')));
      expect(ex.ended).toBe(false);
      expect((await h.conv.say(COMMON[sp.locale].yes)).elicit?.slot).toBe('great');
    });

    test('"what" hears the offer again, not only "say yes or no"', async () => {
      const h = await atOffer('rq-offer-what');
      const ex = await h.conv.say(say.what);
      expect(ex.text).toMatch(closes(sp.line('reflectOffer')));
      expect(ex.ended).toBe(false);
      sp.noLeak(ex.text);
      expect((await h.conv.say(COMMON[sp.locale].yes)).elicit?.slot).toBe('great');
    });
  });
});
