import { COMMON, eachLocale, opens, type Phrasebook } from '../helpers/locales';
import { firstArea } from '../helpers/places';

/**
 * A night stopped because the user felt unwell (or sore) is a night of rest: it does not break the
 * streak, and counts in it as an evening they came. After feeling unwell the stop asks for no hurry
 * ("come back by tomorrow night" is not said); the next evening opens with one kind line and starts
 * fresh ("resume" still picks up the place: progress.test.ts). A night simply missed still breaks it.
 */

const SAY: Phrasebook<'jaw' | 'sick' | 'ouch'> = {
  'en-US': { jaw: 'jaw', sick: 'I feel sick', ouch: 'ouch' },
  'de-DE': { jaw: 'Kiefer', sick: 'mir ist übel', ouch: 'aua' },
};
const DAY = 24 * 3600;

eachLocale((sp) => {
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };

  /** A first evening played to its end, the check-in answered and the reflection declined. */
  async function firstEvening(userId: string) {
    const h = sp.harness({ userId });
    await h.script(say.launch, say.jaw, say.no);
    return h;
  }

  /** The next evening (a new session): the routine, and a few seconds in, `said`. */
  async function nextEveningSays(h: Awaited<ReturnType<typeof firstEvening>>, said: string) {
    h.clock.advance(DAY);
    const conv = h.again();
    await conv.say(say.launch);
    const ex = await conv.say(`@60s ${said}`);
    expect(ex.sent).toBe('DiscomfortIntent');
    return conv;
  }

  test('feeling unwell, then stop: no hurry asked for; the next evening welcomes back, starts fresh, and the streak goes on', async () => {
    const h = await firstEvening(`rest-${sp.locale}`);
    const conv = await nextEveningSays(h, say.sick);
    const stop = await conv.say(say.stop);
    expect(stop.text).toMatch(opens(sp.line('stopRest')));
    expect(stop.text).not.toMatch(sp.line('reminderOffer'));
    expect(stop.text).not.toMatch(sp.line('stopMid'));
    expect(stop.text).toMatch(sp.line('goodnightGentle'));
    expect(stop.ended).toBe(true);
    sp.noLeak(stop.text);

    h.clock.advance(DAY);
    const third = h.again();
    const back = await third.say(say.launch);
    expect(back.text).toMatch(opens(sp.line('welcomeBackRest')));
    expect(back.text).not.toMatch(sp.line('resumeAt'));
    expect(back.text).not.toMatch(sp.line('resumeHint'));
    // From the top: the forehead, named in full or (known by now) in short, comes first.
    const forehead = back.text.indexOf(sp.content.areas.forehead.short.hands);
    expect(forehead >= 0 ? 'forehead' : firstArea(back.text, sp.content)).toBe('forehead');
    // before the first silence to work in (the 2 s for the oil comes before the forehead)
    expect(forehead).toBeLessThan(back.text.search(/\[(?![0-4](\.\d)? s\])/));
    // Three evenings come in a row: the night of rest is one of them; only two massages.
    expect(back.text).toMatch(sp.line('streakDays', { count: 3 }));
    expect(back.text).not.toMatch(sp.line('streakNew'));
    sp.noLeak(back.text);
    await third.say(say.jaw);
    await third.say(say.no);
    const stats = (await h.store.loadProfile(`rest-${sp.locale}`))!.stats;
    expect(stats).toMatchObject({ completed: 2, currentStreak: 3, bestStreak: 3 });

    // Welcomed back once: the evening after that is an ordinary one.
    h.clock.advance(DAY);
    const fourth = await h.again().say(say.launch);
    expect(fourth.text).not.toMatch(sp.line('welcomeBackRest'));
    expect(fourth.text).toMatch(sp.line('streakDays', { count: 4 }));
  });

  test('feeling unwell, then silence: a night of rest too', async () => {
    const h = await firstEvening(`rest-silence-${sp.locale}`);
    const conv = await nextEveningSays(h, say.sick);
    await conv.silence();
    h.clock.advance(DAY);
    const back = await h.again().say(say.launch);
    expect(back.text).toMatch(opens(sp.line('welcomeBackRest')));
    expect(back.text).toMatch(sp.line('streakDays', { count: 3 }));
  });

  test('back the same night after feeling unwell: welcomed back, a fresh start', async () => {
    const h = await firstEvening(`rest-tonight-${sp.locale}`);
    const conv = await nextEveningSays(h, say.sick);
    await conv.say(say.stop);
    h.clock.advance(3600);
    const back = await h.again().say(say.launch);
    expect(back.text).toMatch(opens(sp.line('welcomeBackRest')));
    expect(back.text).toMatch(sp.line('streakDays', { count: 2 }));
  });

  test('sore, then stop: the place is kept as before, and the streak goes on the next evening', async () => {
    const h = await firstEvening(`rest-sore-${sp.locale}`);
    const conv = await nextEveningSays(h, say.ouch);
    const stop = await conv.say(say.stop);
    expect(stop.text).toMatch(sp.line('stopMid'));
    expect(stop.text).not.toMatch(sp.line('reminderOffer'));
    h.clock.advance(DAY);
    const back = await h.again().say(say.launch);
    expect(back.text).toMatch(opens(sp.line('resumeLater'))); // picked up at its place, as any later evening
    expect(back.text).toMatch(sp.line('streakDays', { count: 3 }));
  });

  test('a night simply missed still breaks the streak', async () => {
    const h = await firstEvening(`missed-${sp.locale}`);
    h.clock.advance(2 * DAY);
    const back = await h.again().say(say.launch);
    expect(back.text).not.toMatch(sp.line('welcomeBackRest'));
    expect(back.text).toMatch(sp.line('streakNew'));
  });

  test('a plain stop mid-routine is no night of rest: the usual stop line, and a missed night after it breaks the streak', async () => {
    const h = await firstEvening(`plain-stop-${sp.locale}`);
    h.clock.advance(DAY);
    const conv = h.again();
    await conv.say(say.launch);
    const stop = await conv.say(`@60s ${say.stop}`);
    expect(stop.text).toMatch(sp.line('stopMid'));
    h.clock.advance(DAY);
    const back = await h.again().say(say.launch);
    expect(back.text).not.toMatch(sp.line('welcomeBackRest'));
    expect(back.text).toMatch(sp.line('streakNew'));
  });
});
