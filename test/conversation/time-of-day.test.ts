import { eachLocale, type Phrasebook } from '../helpers/locales';

/**
 * Words that agree with the time of day: what was said earlier the same evening is "earlier tonight",
 * not "Last time was today"; the routine's close names the day once, in the check-in, and as the
 * clock says it ("tonight" in the evening, "today" in the morning).
 */

const SAY: Phrasebook<'jaw' | 'last' | 'good' | 'hard' | 'better' | 'ouch' | 'spot'> = {
  'en-US': { jaw: 'my jaw', last: 'what did i say last time', good: 'the walk home', hard: 'the traffic', better: 'an early night', ouch: 'ouch', spot: 'i have a rash here' },
  'de-DE': { jaw: 'mein kiefer', last: 'was habe ich letztes mal gesagt', good: 'der spaziergang', hard: 'der stau', better: 'früh schlafen', ouch: 'aua', spot: 'ich habe hier einen ausschlag' },
};

eachLocale((sp) => {
  const say = SAY[sp.locale];
  const { today, tonight } = sp.content.calendar;
  const dayWords = new RegExp(`\\b(${[today, tonight].join('|')})\\b`, 'gi');

  test('"what did I say last time" the same evening: said as earlier tonight, never "last time was today"', async () => {
    const h = sp.harness();
    await h.script(sp.locale === 'en-US' ? 'start my face massage' : 'starte meine Gesichtsmassage', say.jaw, sp.locale === 'en-US' ? 'yes' : 'ja', say.good, say.hard, say.better);
    expect(h.conv.isOpen).toBe(false);
    h.conv.wait(3600); // an hour later, the same evening
    const read = await h.again().say(say.last);
    expect(read.text).toMatch(new RegExp(`^${sp.line('journalLastToday').source}`));
    expect(read.text).not.toMatch(sp.line('journalLast', { when: today }));
    expect(read.text).toContain(say.good);
    if (sp.locale === 'en-US') expect(read.text).toMatch(/^From earlier tonight\./);
    sp.noLeak(read.text);
  });

  test('the next day it still says which day it was', async () => {
    const h = sp.harness();
    await h.script(sp.locale === 'en-US' ? 'start my face massage' : 'starte meine Gesichtsmassage', say.jaw, sp.locale === 'en-US' ? 'yes' : 'ja', say.good, say.hard, say.better);
    h.conv.wait(24 * 3600);
    const read = await h.again().say(say.last);
    expect(read.text).toMatch(sp.line('journalLast', { when: sp.content.calendar.yesterday }));
  });

  test.each([
    ['in the evening', '21:30', tonight],
    ['in the morning', '08:30', today],
  ])('%s, the routine names the day once, in the check-in, as the clock says it', async (_, time, word) => {
    const at = sp.evening.replace('21:30', time);
    const routine = await sp.harness({ at }).conv.say(sp.locale === 'en-US' ? 'start my face massage' : 'starte meine Gesichtsmassage');
    const question = routine.text.slice(routine.text.search(sp.line('tensionAsk')));
    expect(question).toMatch(sp.line('tensionAsk'));
    const close = new RegExp(`${sp.line('closing').source}|${sp.line('closingBedtime').source}`);
    expect(routine.text.search(close)).toBeGreaterThan(0);
    const finish = routine.text.slice(0, routine.text.search(close)); // up to the end of the finishing touch
    expect(finish.match(dayWords)).toBeNull(); // the finish says no "today" just before the question
    if (sp.locale === 'en-US') expect(question.match(dayWords)).toEqual([word]);
    else expect(question).toMatch(/\bheute\b/); // German says "heute" at any hour
  });

  test.each(['ouch', 'spot'] as const)('by day, the calm answer to "%s" and what follows it say no "tonight"', async (what) => {
    const h = sp.harness({ at: sp.evening.replace('21:30', '10:00') });
    await h.conv.say(sp.locale === 'en-US' ? 'start my face massage' : 'starte meine Gesichtsmassage');
    const ex = await h.conv.say(`@40s ${say[what]}`);
    expect(ex.text).toMatch(sp.line(what === 'ouch' ? 'safetyPain' : 'safetySkin'));
    expect(`${ex.text} ${ex.reprompt ?? ''}`).not.toMatch(new RegExp(`\\b${tonight}\\b`, 'i'));
    sp.noLeak(ex.text);
  });
});
