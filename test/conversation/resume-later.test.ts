import type { SessionState } from '../../lambda/conversation/state';
import { AREAS, type Tool } from '../../lambda/routine/types';
import type { Exchange } from '../../local/conversation';
import { COMMON, eachLocale, opens, type Phrasebook } from '../helpers/locales';
import { pickedUpLater, secondsBefore } from '../helpers/places';

/**
 * A place picked up on a later evening, not later the same evening: the oil first (hands are dry
 * again), then the area, then where it picked up and how to begin afresh; a tool chosen for that
 * evening only ("with my jade roller") stays with that evening, and the saved tool is used. The first
 * area begins as soon as in any returning launch (the bench's first instruction, within 6 s).
 */

const SAY: Phrasebook<'roller'> = {
  'en-US': { roller: 'start my face massage with my jade roller' },
  'de-DE': { roller: 'starte meine Gesichtsmassage mit meinem Jaderoller' },
};

/** The returning targets of bench/pacing.ts (FIRST_TARGETS.returning): the first instruction, the first pause of 5 s. */
const FIRST_INSTRUCTION_SECONDS = 6;
const FIRST_PAUSE_SECONDS = 12;

eachLocale((sp) => {
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };
  const uses = (text: string, tool: Tool) => sp.strokes(tool).some((s) => text.includes(s));
  const firstStepAt = (ex: Exchange) => (ex.response.sessionAttributes as { state?: SessionState } | undefined)?.state?.routine?.chapter.timeline[0]?.at;

  /** A returning user (saved tool: hands; every area known, as the bench's) who stopped tonight's routine with the jade roller, well into it. */
  async function stoppedWithRoller(name: string, hhmm: string) {
    const userId = `resume-later-${sp.locale}-${name}`;
    const h = sp.harness({ userId, at: sp.at(hhmm) });
    await h.store.updateProfile(userId, { flags: { welcomed: true }, prefs: { tool: 'hands' }, familiar: Object.fromEntries(AREAS.map((a) => [a, 2])) });
    const start = await h.conv.say(say.roller);
    expect(uses(start.text, 'roller')).toBe(true);
    await h.conv.say(`@100s ${say.stop}`);
    expect((await h.store.loadProfile(userId))?.resume?.options.tool).toBe('roller');
    return h;
  }

  test.each([
    ['at bedtime', '22:30'],
    ['early in the evening', '19:30'],
  ])('the next evening (%s): the oil, then the area it stopped at with the saved tool, then where it picked up', async (_when, hhmm) => {
    const h = await stoppedWithRoller(`next-${hhmm}`, hhmm);
    h.conv.wait(24 * 3600);
    const back = await h.again().say(say.launch);
    const area = AREAS.find((a) => sp.line('resumeHint', { area: sp.area(a) }).test(back.text))!;
    pickedUpLater(back.text, sp, area);
    expect(uses(back.text, 'hands')).toBe(true);
    expect(uses(back.text, 'roller')).toBe(false);
    expect(area).not.toBe('forehead'); // it did pick up, well into the routine
    // the first area begins as soon as in any returning launch
    expect(firstStepAt(back)).toBeLessThanOrEqual(FIRST_INSTRUCTION_SECONDS);
    // and the first silence comes as soon: the note is said a little way into it
    expect(secondsBefore(back, back.text.indexOf('['))).toBeLessThanOrEqual(FIRST_PAUSE_SECONDS);
    sp.noLeak(back.text);
  });

  test('later the same evening: where it picks up first, no oil again, and still the jade roller', async () => {
    const h = await stoppedWithRoller('same', '21:00');
    h.conv.wait(3600);
    const back = await h.again().say(say.launch);
    expect(back.text).toMatch(opens(sp.line('resumeAt')));
    expect(back.text).not.toMatch(sp.line('oilShort'));
    expect(back.text).not.toMatch(sp.line('resumeHint'));
    expect(uses(back.text, 'roller')).toBe(true);
  });
});
