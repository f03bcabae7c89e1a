import { closes, COMMON, eachLocale, opens, type Phrasebook } from '../helpers/locales';
import { areasHeard, firstArea, pickedUpLater, secondsTo } from '../helpers/places';

/**
 * The journal asked for in the middle of the massage: it is read, then the massage is offered again
 * from the area the user was on ("Shall I carry on with your cheeks?"), and that area is the place
 * kept, whatever happens next: yes, silence, a later launch the same evening or the next.
 */

const SAY: Phrasebook<'yesterday' | 'read' | 'good' | 'howAmIDoing'> = {
  'en-US': { yesterday: 'what did i say yesterday', read: 'read my journal', good: 'a walk by the sea', howAmIDoing: 'how am i doing' },
  'de-DE': { yesterday: 'was habe ich gestern gesagt', read: 'lies mein Tagebuch vor', good: 'ein Spaziergang am Meer', howAmIDoing: 'wie läuft es bei mir' },
};

eachLocale((sp) => {
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };

  /** A returning user with answers on the evenings given, on the second area of tonight's massage. */
  async function onSecondArea(name: string, days = ['2026-11-23']) {
    const userId = `journal-mid-${sp.locale}-${name}`;
    const h = sp.harness({ userId });
    for (const day of days) await h.store.saveAnswer(userId, { day, createdAt: `${day}T20:00:00.000Z` }, 'great', `${say.good} ${day}`);
    const start = await h.conv.say(say.launch);
    const [, second] = areasHeard(start.text, sp.content);
    return { h, second, at: `@${Math.round(secondsTo(start, second, sp.content) + 4)}s ` };
  }

  test('read, then "Shall I carry on with" the area the user was on; yes plays it from its start', async () => {
    const { h, second, at } = await onSecondArea('yes');
    const read = await h.conv.say(at + say.yesterday);
    expect(read.text).toContain(`${say.good} 2026-11-23`);
    expect(read.text).toMatch(closes(sp.line('helpCarryOn', { area: sp.area(second) })));
    expect(read.ended).toBe(false);
    sp.noLeak(read.text, read.reprompt);
    const on = await h.conv.say(say.yes);
    expect(on.text).toMatch(opens(sp.line('ackResume')));
    expect(firstArea(on.text, sp.content)).toBe(second);
  });

  test.each([
    ['an hour later', 1],
    ['the next evening', 24],
  ])('silence at the offer: the launch %s picks up at the area the user was on, not the one the massage would have reached', async (_when, hours) => {
    const { h, second, at } = await onSecondArea(`silence-${hours}`);
    await h.conv.say(at + say.yesterday);
    await h.conv.silence();
    h.conv.wait(hours * 3600);
    const back = await h.again().say(say.launch);
    if (hours < 12) expect(back.text).toMatch(opens(sp.line('resumeAt', { area: sp.area(second) })));
    else pickedUpLater(back.text, sp, second);
    expect(firstArea(back.text, sp.content)).toBe(second);
  });

  test('a read of several evenings: "no" to older ones offers the massage again, and stop keeps the place', async () => {
    const { h, second, at } = await onSecondArea('older', ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    const read = await h.conv.say(at + say.read);
    expect(read.text).toMatch(closes(sp.line('journalOlder')));
    const no = await h.conv.say(say.no);
    expect(no.text).toMatch(opens(sp.line('journalDone')));
    expect(no.text).toMatch(closes(sp.line('helpCarryOn', { area: sp.area(second) })));
    const stop = await h.conv.say(say.stop);
    expect(stop.text).toMatch(sp.line('stopMid', { area: sp.area(second) }));
  });

  test('anything else said mid-massage ("how am I doing?") stops it there too: silence, and the launch picks up at that area', async () => {
    const { h, second, at } = await onSecondArea('progress');
    const how = await h.conv.say(at + say.howAmIDoing);
    expect(how.sent).toBe('ProgressIntent');
    await h.conv.silence();
    h.conv.wait(3600);
    const back = await h.again().say(say.launch);
    expect(back.text).toMatch(opens(sp.line('resumeAt', { area: sp.area(second) })));
  });
});
