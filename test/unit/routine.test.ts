import fc from 'fast-check';
import { contentFor } from '../../lambda/content';
import { seededRandom } from '../../lambda/content/pick';
import { allChapters, locate, SUFFIX_RESERVE } from '../../lambda/routine/narration';
import { CLOSING_SECONDS, OPENING_SECONDS, planRoutine } from '../../lambda/routine/plan';
import { AREAS, LENGTHS, PACES, TOOLS, type RoutineOptions } from '../../lambda/routine/types';
import { budgetFrom, checkBudget, escapeText, estimateSeconds, pause, PLATFORM_BUDGET, render, say } from '../../lambda/ssml/speech';

const content = contentFor('en-US');
/** The longest opening a chapter can carry: the first-time welcome and the oil. */
const longestPrefix = [say(content.lines.welcomeFirst[0]), say(content.lines.oil[1]), pause(4)];

describe('speech estimate and SSML', () => {
  test("words at the language's rate, scaled by the voice's rate, plus every pause", () => {
    expect(estimateSeconds([say('one two three four five'), pause(3)], { wordsPerSecond: 2, ratePercent: 100 })).toBeCloseTo(5.5);
    expect(estimateSeconds([say('one two three four five')], { wordsPerSecond: 2, ratePercent: 50 })).toBeCloseTo(5);
    expect(estimateSeconds([say('eins zwei drei vier fünf sechs'), pause(1)], { wordsPerSecond: 3, ratePercent: 100 })).toBeCloseTo(3);
  });
  test('long pauses become chains of breaks of at most ten seconds', () => {
    const s = render([say('Hold.'), pause(25.5)], { wordsPerSecond: 2, ratePercent: 100 });
    expect(s.ssml).toBe('<speak>Hold.<break time="10s"/><break time="10s"/><break time="5500ms"/></speak>');
    expect(checkBudget(s).longestBreakMs).toBe(10000);
  });
  test('user text is escaped and characters XML forbids are dropped', () => {
    expect(escapeText('Tom & Jerry <3 "hi" \'yo\'\u0001')).toBe('Tom &amp; Jerry &lt;3 &quot;hi&quot; &apos;yo&apos; ');
  });
  test('the budget seconds can be lowered by configuration, never raised', () => {
    expect(budgetFrom('120').maxSeconds).toBe(120);
    expect(budgetFrom('900').maxSeconds).toBe(240);
    expect(budgetFrom(undefined)).toEqual(PLATFORM_BUDGET);
  });
});

describe('plans', () => {
  test.each([
    ['quick', 120],
    ['standard', 240],
    ['deep', 480],
  ] as const)('the %s routine is within 15%% of %i seconds', (length, target) => {
    for (const tool of TOOLS) {
      for (const bedtime of [false, true]) {
        const plan = planRoutine({ length, tool, pace: 'normal', bedtime }, content);
        const chapters = allChapters(plan, content, { random: seededRandom(1), budget: PLATFORM_BUDGET });
        const total = chapters.reduce((t, c) => t + c.seconds, 0) + OPENING_SECONDS + CLOSING_SECONDS;
        expect(Math.abs(total - target) / target).toBeLessThanOrEqual(0.15);
      }
    }
  });

  test('the standard routine is one chapter, by day and at bedtime; the deep one has two or more', () => {
    for (const tool of TOOLS) {
      for (const bedtime of [false, true]) {
        const standard = planRoutine({ length: 'standard', tool, pace: 'normal', bedtime }, content);
        expect(allChapters(standard, content, { random: seededRandom(2), budget: PLATFORM_BUDGET, prefix: longestPrefix })).toHaveLength(1);
        const deep = planRoutine({ length: 'deep', tool, pace: 'normal', bedtime }, content);
        expect(allChapters(deep, content, { random: seededRandom(2), budget: PLATFORM_BUDGET }).length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  test('every routine ends with the hands', () => {
    for (const length of LENGTHS) for (const tool of TOOLS) expect(planRoutine({ length, tool, pace: 'normal' }, content).steps.at(-1)!.area).toBe('finish');
  });

  test('slower speaks slower and gives each area longer; faster speaks quicker and the routine is shorter', () => {
    for (const length of LENGTHS) {
      const total = (p: ReturnType<typeof planRoutine>) => p.steps.reduce((t, s) => t + s.holdSeconds, 0);
      const n = planRoutine({ length, tool: 'hands', pace: 'normal' }, content);
      const s = planRoutine({ length, tool: 'hands', pace: 'slower' }, content);
      const f = planRoutine({ length, tool: 'hands', pace: 'faster' }, content);
      expect(s.voice.ratePercent).toBeLessThan(100);
      expect(f.voice.ratePercent).toBeGreaterThan(100);
      expect(s.steps[0].holdSeconds).toBeGreaterThan(n.steps[0].holdSeconds);
      expect(total(f)).toBeLessThan(total(n));
    }
  });

  test('property: any length, tool, pace, focus and budget keeps every chapter within budget, every step once, no cue twice in a row', () => {
    const options = fc.record({
      length: fc.constantFrom(...LENGTHS),
      tool: fc.constantFrom(...TOOLS),
      pace: fc.constantFrom(...PACES),
      focus: fc.option(fc.constantFrom(...AREAS.filter((a) => a !== 'finish')), { nil: undefined }),
      bedtime: fc.boolean(),
    });
    fc.assert(
      fc.property(options, fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 90, max: 240 }), fc.integer({ min: 0, max: 8 }), (o, seed, seconds, from) => {
        const opts = o as RoutineOptions;
        const budget = budgetFrom(seconds);
        const plan = planRoutine(opts, content);
        const start = Math.min(from, plan.steps.length - 1);
        const chapters = allChapters(plan, content, { random: seededRandom(seed), budget, prefix: longestPrefix, from: start });
        const steps = chapters.flatMap((c) => c.timeline.map((t) => t.step));
        expect(steps).toEqual(plan.steps.map((_, i) => i).slice(start));
        if (opts.focus) expect(plan.steps.filter((s) => s.area === opts.focus)).toHaveLength(1);
        let prevCue: string | undefined;
        const cueSet = new Set([...content.middleCues, ...content.lastCues, ...Object.values(content.areas).flatMap((a) => a.cues)]);
        for (const c of chapters) {
          const speech = render(c.segments, plan.voice, budget);
          // room is left for the closing words
          expect(speech.seconds + SUFFIX_RESERVE.seconds).toBeLessThanOrEqual(budget.maxSeconds + 0.5);
          expect(speech.ssml.length + SUFFIX_RESERVE.chars).toBeLessThanOrEqual(budget.maxChars);
          expect(checkBudget(speech, budget).longestBreakMs).toBeLessThanOrEqual(10000);
          for (const s of c.segments) {
            if (s.kind === 'say' && cueSet.has(s.text)) {
              expect(s.text).not.toBe(prevCue);
              prevCue = s.text;
            }
          }
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('timeline', () => {
  const chapter = { from: 2, to: 5, seconds: 90, timeline: [{ step: 2, at: 5 }, { step: 3, at: 35 }, { step: 4, at: 60 }] };
  test('places a moment on the step being played', () => {
    expect(locate(chapter, 0)).toEqual({ step: 2, after: false });
    expect(locate(chapter, 34.9)).toEqual({ step: 2, after: false });
    expect(locate(chapter, 35)).toEqual({ step: 3, after: false });
    expect(locate(chapter, 89)).toEqual({ step: 4, after: false });
  });
  test('after the chapter, the user is at its question', () => {
    expect(locate(chapter, 90)).toEqual({ step: 5, after: true });
    expect(locate(chapter, 10000)).toEqual({ step: 5, after: true });
  });
});
