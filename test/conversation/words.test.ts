import { contentFor } from '../../lambda/content';
import { COMMON, eachLocale, opens, type Phrasebook, type SuiteLocale } from '../helpers/locales';
import { harness } from '../helpers/skill';

/** Words that read right to someone half asleep (issue 10, item 7). */

const SAY: Phrasebook<'reflect' | 'answer' | 'skip'> = {
  'en-US': { reflect: "ask my face massage let's reflect", answer: 'a good walk', skip: 'skip' },
  'de-DE': { reflect: 'sag meine Gesichtsmassage, lass uns reflektieren', answer: 'ein schöner Spaziergang', skip: 'überspringen' },
};

/** Words that would call a morning an evening, and "twice" for a third time. */
const EVENING: Record<SuiteLocale, RegExp> = { 'en-US': /tonight|evening/i, 'de-DE': /Abend|heute Nacht/i };
const TWICE: Record<SuiteLocale, RegExp> = { 'en-US': /\btwice\b/i, 'de-DE': /\bzweimal\b/i };

/** Words of the night, which a close by day never says. */
const NIGHT: Record<SuiteLocale, RegExp> = { 'en-US': /sleep|good ?night|rest well|last night/i, 'de-DE': /schlaf|gute nacht|erhol dich|gestern abend/i };
/** Praise, which does not fit "what was hard today?". */
const PRAISE: Record<SuiteLocale, RegExp> = { 'en-US': /lovely|great|nice|wonderful|good/i, 'de-DE': /schön|toll|super|prima|gut/i };
/** A streak said of a single day. */
const STREAK: Record<SuiteLocale, RegExp> = { 'en-US': /in a row/i, 'de-DE': /Serie|am Stück/i };
/** "Often" or "lately", said of an area named on one evening. */
const OFTEN: Record<SuiteLocale, RegExp> = { 'en-US': /often|lately/i, 'de-DE': /\boft|öfter|zuletzt|in letzter Zeit/i };
const AREA_WORDS: Phrasebook<'jaw' | 'neck' | 'progress'> = {
  'en-US': { jaw: 'my jaw', neck: 'my neck', progress: 'ask my face massage how am i doing' },
  'de-DE': { jaw: 'mein Kiefer', neck: 'mein Hals', progress: 'frag meine Gesichtsmassage, wie läuft es bei mir' },
};
/** The focus line the day after a check-in at 14:00, word for word. */
const JAW_YESTERDAY: Record<SuiteLocale, string> = {
  'en-US': 'Your jaw was tight yesterday, so a little longer here.',
  'de-DE': 'Gestern hast du Spannung im Kiefer gespürt, deshalb bleiben wir heute etwas länger hier.',
};

eachLocale((sp) => {
  const say = SAY[sp.locale];
  const { launch, open, no, stop } = COMMON[sp.locale];
  const words = AREA_WORDS[sp.locale];

  test.each(['09:00', '14:00'])('by day (%s), a close does not wish good night', async (hhmm) => {
    const h = sp.harness({ at: sp.at(hhmm) });
    const closes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = h.again();
      await c.say(launch);
      const bye = await c.say(stop);
      expect(bye.ended).toBe(true);
      expect(bye.text).toMatch(sp.line('goodnight'));
      closes.push(bye.text);
    }
    expect(closes.join(' ')).not.toMatch(NIGHT[sp.locale]);
  });

  test('after a check-in at 14:00, the next day at 14:00 the focus line says "yesterday", the line capitalised and not the name in it', async () => {
    const h = sp.harness({ at: sp.at('14:00') });
    await h.conv.say(launch);
    await h.conv.say(words.jaw);
    h.conv.wait(24 * 3600);
    const next = await h.again().say(launch);
    expect(next.text).toContain(JAW_YESTERDAY[sp.locale]);
    expect(next.text).not.toMatch(NIGHT[sp.locale]);
  });

  test('an area named on one earlier evening is not "often" tight', async () => {
    const h = sp.harness({ at: sp.at('20:00') });
    await h.conv.say(launch);
    await h.conv.say(words.neck);
    h.conv.wait(2 * 24 * 3600);
    const later = await h.again().say(launch);
    expect(later.text).toMatch(sp.line('tensionFocusOnce', { area: new RegExp(sp.place('neck'), 'i') }));
    expect(later.text).not.toMatch(OFTEN[sp.locale]);
  });

  test('the thanks after an answer fits every question, the hard one too', () => {
    for (const v of sp.content.lines.answerKept) expect(v).not.toMatch(PRAISE[sp.locale]);
  });

  test('"how am I doing?" after one day does not call it a streak', async () => {
    const h = sp.harness({ at: sp.at('20:00') });
    await h.conv.say(launch);
    await h.conv.silence();
    const one = await h.again().say(words.progress);
    expect(one.text).toMatch(sp.line('progressSummaryOneDay'));
    expect(one.text).not.toMatch(STREAK[sp.locale]);
  });

  test('a first massage in the morning is not called an evening, and its close does not say "tonight"', async () => {
    const h = sp.harness({ at: sp.at('08:00') });
    const first = await h.conv.say(launch);
    expect(first.text).toMatch(sp.line('streakFirst'));
    const close = first.text.slice(first.text.lastIndexOf(' s]') + 3);
    expect(close).toMatch(sp.line('tensionAsk'));
    expect(close.replace(sp.line('tensionAsk'), '')).not.toMatch(EVENING[sp.locale]); // the close, before its question
  });

  test('by day, a check-in answered twice with nothing usable is let go for the day, not "for tonight"', async () => {
    const h = sp.harness({ at: sp.at('14:00') });
    await h.conv.say(launch);
    await h.conv.say(COMMON[sp.locale].yes);
    const letGo = await h.conv.say(COMMON[sp.locale].yes);
    expect(letGo.text).toMatch(opens(sp.line('tensionLetGo')));
    expect(letGo.text).not.toMatch(EVENING[sp.locale]);
  });

  test('opened, then started again early in the same session: the first massage, not "one more today"; after the first played out, one more', async () => {
    const early = sp.harness({ at: sp.at('21:00') });
    await early.conv.say(open);
    const restarted = await early.conv.say(`@30s ${launch}`);
    expect(restarted.text).toMatch(sp.line('streakFirst'));
    expect(restarted.text).not.toMatch(sp.line('streakSameDay'));
    const played = sp.harness({ at: sp.at('21:00') });
    await played.conv.say(open);
    expect((await played.conv.say(launch)).text).toMatch(sp.line('streakSameDay')); // said once the first has been heard to its end
  });

  test('a third routine in one evening is not "twice"', async () => {
    const h = sp.harness({ at: sp.at('20:00') });
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = h.again();
      texts.push((await c.say(launch)).text);
      await c.say(no);
    }
    expect(texts.join(' ')).not.toMatch(TWICE[sp.locale]);
    expect(texts[2]).toMatch(sp.line('streakSameDay'));
  });

  test('the journal close is a sentence that says the answers are kept', async () => {
    const h = sp.harness({ at: sp.at('21:00') });
    await h.conv.say(launch);
    await h.conv.say(no); // the tension check-in
    const c = h.again();
    await c.say(say.reflect);
    let ex = await c.say(say.answer);
    while (!ex.ended) ex = await c.say(say.skip);
    expect(ex.text).toMatch(opens(sp.line('reflectDone')));
  });

  test('after a routine that played to its end, the next launch starts fresh, never "where you stopped"', async () => {
    const h = sp.harness({ at: sp.at('20:00') });
    await h.conv.say(launch);
    await h.conv.silence();
    h.conv.wait(600);
    const next = await h.again().say(open);
    expect(next.text).not.toMatch(sp.line('resumeAt'));
    expect(sp.content.areas.forehead.intro.some((i) => next.text.includes(i))).toBe(true);
  });
});

describe('English words', () => {
  test('a reminder time is said as people say it, and asked once', async () => {
    const h = harness({ at: '2026-11-24T18:00:00-08:00' });
    const ask = await h.conv.say('ask my face massage to remind me at seven am');
    expect(ask.text).toBe('Shall I remind you at seven tomorrow morning, and every morning after that?');
    expect(ask.text.match(/\?/g)).toHaveLength(1);
    const late = await h.again().say('ask my face massage to remind me at 10:45 pm');
    expect(late.text).toBe('Shall I remind you at ten forty-five tonight, and every night after that?');
  });

  test('the journal close is never a bare "Kept."', async () => {
    const h = harness({ at: '2026-11-24T21:00:00-08:00' });
    await h.conv.say('start my face massage');
    await h.conv.say('no');
    const c = h.again();
    await c.say("ask my face massage let's reflect");
    let ex = await c.say('a good walk');
    while (!ex.ended) ex = await c.say('skip');
    expect(ex.text).not.toMatch(/(^|\. )(Kept|All kept)\./);
  });

  test('the question between deep parts reads as a question ("Ready for your ears?"), never "On to your ears?"', () => {
    for (const v of contentFor('en-US').lines.chapterBreak) expect(v).not.toMatch(/^On to /);
  });

  test('"use my hands" is said as a person would say it back', async () => {
    const h = harness();
    const ex = await h.conv.say('ask my face massage to always use my hands');
    expect(ex.text).toMatch(/^Got it\. From now on, we'll use your hands\./);
    expect(ex.text).not.toMatch(/guide you for your/);
  });
});
