import { sayDay, sayRange } from '../../lambda/content/calendar';
import { COMMON, eachLocale, opens, whole, type Phrasebook } from '../helpers/locales';
import { areasHeard, secondsTo } from '../helpers/places';

/**
 * What people say that the skill used to miss: a yes to an open question, deleting "last night",
 * "last week" with nothing in it, and the default length said the way people say it. The tension
 * check-in's new answers are in tension.test.ts (its table of answers), the words in test/nlu.
 */

type Say =
  | 'unknown' | 'eraseLastNight' | 'forgetLastNight' | 'lastWeek' | 'unclear'
  | 'alwaysQuick1' | 'alwaysQuick2' | 'alwaysQuick3' | 'pause' | 'jawAsNamed';

const SAY: Phrasebook<Say> = {
  'en-US': {
    unknown: 'ask my face massage to juggle',
    eraseLastNight: 'ask my face massage to erase last night',
    forgetLastNight: 'tell my face massage to forget what I said last night',
    lastWeek: 'ask my face massage what did I say last week',
    unclear: 'purple monkey dishwasher',
    alwaysQuick1: 'ask my face massage to always do the quick one',
    alwaysQuick2: 'ask my face massage to make quick my default',
    alwaysQuick3: 'tell my face massage i always want the quick one',
    pause: 'pause',
    jawAsNamed: 'jaw',
  },
  'de-DE': {
    unknown: 'frag meine Gesichtsmassage nach jonglieren',
    eraseLastNight: 'öffne meine Gesichtsmassage und entferne den letzten Abend',
    forgetLastNight: 'sag meine Gesichtsmassage, vergiss gestern Abend',
    lastWeek: 'frag meine Gesichtsmassage, was habe ich letzte Woche gesagt',
    unclear: 'grüner Regenschirm im Keller',
    alwaysQuick1: 'öffne meine Gesichtsmassage und stell die kurze Massage als Standard ein',
    alwaysQuick2: 'sag meine Gesichtsmassage, ich möchte immer die kurze Massage',
    alwaysQuick3: 'sag meine Gesichtsmassage, immer kurz bitte',
    pause: 'pause',
    jawAsNamed: 'der Kiefer',
  },
};

/** The areas the check-in's second asking names, as each language names them there. */
const CHOICES: Record<string, string[]> = {
  'en-US': ['forehead', 'eyes', 'jaw', 'neck'],
  'de-DE': ['Stirn', 'Augen', 'Kiefer', 'Nacken'],
};

/** The examples the preference help gives, asked and asked again, as the lines say them. */
const EXAMPLE: Record<string, string> = {
  'en-US': 'make quick my default',
  'de-DE': 'stell die kurze Massage als Standard ein',
};
const EXAMPLE_AGAIN: Record<string, string> = {
  'en-US': 'always do the quick one',
  'de-DE': 'immer die kurze Massage',
};

let n = 0;
const user = (name: string) => `understand-${name}-${n++}`;

eachLocale((sp) => {
  const say = SAY[sp.locale];
  const { yes, no, help } = COMMON[sp.locale];
  const cal = sp.content.calendar;

  describe('a yes or a no to an open question', () => {
    test('"yes" to "What would you like?" starts no massage: the choices again, kindly, and the session waits', async () => {
      const h = sp.harness({ userId: user('open-yes') });
      const missed = await h.conv.say(say.unknown);
      expect(missed.text).toMatch(whole(sp.line('fallback'), sp.line('fallbackIdle')));
      const again = await h.conv.say(yes);
      expect(again.text).toMatch(whole(sp.line('openAgain')));
      expect(areasHeard(again.text, sp.content)).toEqual([]);
      expect(again.ended).toBe(false);
      // The choices it names are understood.
      const started = await h.conv.say(sp.locale === 'en-US' ? 'start a massage' : 'starte eine Massage');
      expect(areasHeard(started.text, sp.content)).toContain('forehead');
      sp.noLeak(again.text);
    });

    test('"yes" after the help, asked with nothing going on, gives the choices too; "no" ends kindly', async () => {
      const c = sp.harness({ userId: user('open-help') }).conv;
      await c.say(say.unknown);
      const helped = await c.say(help);
      expect(helped.text).toMatch(whole(sp.line('helpIdle')));
      const again = await c.say(yes);
      expect(again.text).toMatch(whole(sp.line('openAgain')));
      const done = await c.say(no);
      expect(done.ended).toBe(true);
      expect(areasHeard(done.text, sp.content)).toEqual([]);
    });

    test('"yes" to "What would you like to change?" gives examples that work', async () => {
      const h = sp.harness({ userId: user('open-pref') });
      await h.conv.say(say.unknown);
      const unclear = await h.conv.intent('SetPreferenceIntent', { length: { value: 'toaster' } });
      expect(unclear.text).toMatch(whole(sp.line('prefUnclear')));
      expect(unclear.text).toContain(EXAMPLE[sp.locale]);
      const again = await h.conv.say(yes);
      expect(again.text).toMatch(whole(sp.line('prefAgain')));
      expect(areasHeard(again.text, sp.content)).toEqual([]);
      expect(again.text).toContain(EXAMPLE_AGAIN[sp.locale]);
      const set = await h.conv.say(EXAMPLE_AGAIN[sp.locale]);
      expect(set.text).toMatch(opens(sp.line('prefLength', { length: sp.content.lengthNames.quick })));
    });
  });

  describe('deleting "last night"', () => {
    test.each(['eraseLastNight', 'forgetLastNight'] as const)('%s asks the usual confirmation for yesterday, and deletes it on yes', async (key) => {
      const id = user(key);
      const h = sp.harness({ userId: id });
      await h.store.saveAnswer(id, { day: '2026-11-23', createdAt: '2026-11-24T05:00:00.000Z' }, 'great', 'sunshine');
      const ask = await h.conv.say(say[key]);
      expect(ask.text).toMatch(whole(sp.line('deleteEntryConfirm', { when: cal.yesterday })));
      const done = await h.conv.say(yes);
      expect(done.text).toMatch(whole(sp.line('deleteEntryDone', { when: cal.yesterday })));
      expect(await h.store.listReflections(id, {})).toEqual([]);
    });
  });

  describe('"last week" with nothing in it', () => {
    // Thursday 26 November; "last week" is Monday 16 to Sunday 22 to Alexa.
    const THURSDAY = sp.at('21:30', '2026-11-26');
    const week = () => sayRange(cal, { fromDay: '2026-11-16', toDay: '2026-11-22', kind: 'week' }, '2026-11-26');

    test('says so, names the days of the latest evenings, and reads them on yes', async () => {
      const id = user('last-week');
      const h = sp.harness({ userId: id, at: THURSDAY });
      await h.store.saveAnswer(id, { day: '2026-11-23', createdAt: '2026-11-24T05:00:00.000Z' }, 'great', 'sunshine');
      await h.store.saveAnswer(id, { day: '2026-11-24', createdAt: '2026-11-25T05:00:00.000Z' }, 'great', 'a good book');
      const none = await h.conv.say(say.lastWeek);
      const first = sayDay(cal, '2026-11-23', '2026-11-26');
      const second = sayDay(cal, '2026-11-24', '2026-11-26');
      expect(none.text).toMatch(whole(sp.line('journalNothingOn', { when: week() }), sp.line('journalLatestTwo', { before: first, when: second })));
      expect(none.ended).toBe(false);
      const read = await h.conv.say(yes);
      expect(read.text.indexOf('a good book')).toBeGreaterThan(-1);
      expect(read.text.indexOf('sunshine')).toBeGreaterThan(read.text.indexOf('a good book'));
      sp.noLeak(none.text);
    });

    test('one evening is named alone; with an empty journal it just says so', async () => {
      const id = user('last-week-one');
      const h = sp.harness({ userId: id, at: THURSDAY });
      const empty = await h.conv.say(say.lastWeek);
      expect(empty.text).toMatch(whole(sp.line('journalNothingOn', { when: week() })));
      expect(empty.ended).toBe(true);
      await h.store.saveAnswer(id, { day: '2026-11-25', createdAt: '2026-11-26T05:00:00.000Z' }, 'great', 'tea');
      const one = await h.again().say(say.lastWeek);
      expect(one.text).toMatch(opens(sp.line('journalNothingOn', { when: week() })));
      expect(one.text).toMatch(sp.line('journalLatestOne', { when: cal.yesterday }));
      const no_ = await h.conv.say(no);
      expect(no_.ended).toBe(true);
      expect(no_.text).not.toContain('tea');
    });
  });

  describe('the default length, as people say it', () => {
    test.each(['alwaysQuick1', 'alwaysQuick2', 'alwaysQuick3'] as const)('%s makes the quick routine the default', async (key) => {
      const id = user(key);
      const h = sp.harness({ userId: id });
      const done = await h.conv.say(say[key]);
      expect(done.text).toMatch(opens(sp.line('prefLength', { length: sp.content.lengthNames.quick })));
      expect((await h.store.loadProfile(id))?.prefs.length).toBe('quick');
    });
  });

  test('the check-in asked again names a few areas, and one named back is kept', async () => {
    const id = user('check-in-again');
    const h = sp.harness({ userId: id });
    await h.conv.say(COMMON[sp.locale].launch);
    const again = await h.conv.say(say.unclear);
    expect(again.text).toMatch(whole(sp.line('tensionAskAgain')));
    for (const word of CHOICES[sp.locale]) expect(again.text).toContain(word);
    await h.conv.say(say.jawAsNamed);
    expect(Object.values((await h.store.loadProfile(id))?.tension ?? {})).toEqual([['jaw']]);
  });

  test('a pause during the finish names it as people say it', async () => {
    const h = sp.harness({ userId: user('pause-finish'), at: sp.at('19:30') });
    const routine = await h.conv.say(COMMON[sp.locale].launch);
    const paused = await h.conv.say(`@${Math.round(secondsTo(routine, 'finish', sp.content) + 3)}s ${say.pause}`);
    expect(paused.text).toMatch(whole(sp.line('paused', { area: sp.locale === 'de-DE' ? /.*/ : sp.area('finish') })));
    // German contracts the preposition before "dem Ausklang", as people say it.
    if (sp.locale === 'de-DE') expect(paused.text).toMatch(/^(Kurze )?Pause beim Ausklang\./);
  });
});
