import fc from 'fast-check';
import { contentFor } from '../../lambda/content';
import { fill, seededRandom } from '../../lambda/content/pick';
import { allChapters, MIN_PART_SECONDS, MIN_SILENCE, SUFFIX_RESERVE, type Chapter } from '../../lambda/routine/narration';
import { areasTonight, chooseAreas, planRoutine, refitRoutine, voiceFor, type Plan } from '../../lambda/routine/plan';
import { OIL_PAUSE_SECONDS } from '../../lambda/conversation/playback';
import { AREAS, LENGTHS, PACES, TOOLS, type AreaId, type Length, type RoutineOptions } from '../../lambda/routine/types';
import { checkBudget, estimateSeconds, pause, PLATFORM_BUDGET, render, say, type Segment } from '../../lambda/ssml/speech';

/**
 * The routine as quiet work, over every length x tool x pace x bedtime x focus x familiarity:
 * how much of its sound is silence to work in, how the cues fall, and the budget. All by the
 * product's own speech estimate (words at the language's rate and the voice's), so the figures are exact.
 */

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** Every language is held to the same targets, each measured on its own words (German words are longer). */
describe.each(['en-US', 'de-DE'])('%s', (locale) => {
  const content = contentFor(locale);
  const L = content.lines;
  const longest = (v: readonly string[]) => [...v].sort((a, b) => b.split(' ').length - a.split(' ').length)[0];

  /** The opening as the skill says it: the welcome and the oil with its pause the first time, a greeting and a few words after. */
  function openingOf(firstTime: boolean, bedtime: boolean): Segment[] {
    if (firstTime) return [say(longest(L.welcomeFirst)), say(longest(L.oil)), pause(5)];
    return [say(longest(bedtime ? L.greetingBedtime : L.greetingEvening)), say(longest(L.oilShort)), pause(OIL_PAUSE_SECONDS.returning)];
  }

  test('a returning user has a moment for the oil, and the first instruction within 6 s, with every greeting and oil line in the slowest voice', () => {
    for (const bedtime of [false, true]) {
      const voice = voiceFor({ length: 'standard', tool: 'hands', pace: 'slower', bedtime }, content);
      const greetings = bedtime ? L.greetingBedtime : [...L.greetingEvening, ...L.greetingDay];
      for (const greeting of greetings) {
        for (const oil of L.oilShort) expect(estimateSeconds([say(greeting), say(oil), pause(OIL_PAUSE_SECONDS.returning)], voice)).toBeLessThanOrEqual(6);
      }
    }
    expect(OIL_PAUSE_SECONDS.returning).toBeGreaterThanOrEqual(2);
  });

  /** The close: the longest closing, streak line and question that follows (the tension check-in or the reflection offer). */
  function closeOf(bedtime: boolean): Segment[] {
    return [say(longest(bedtime ? L.closingBedtime : L.closing)), say(longest(L.streakDays).replace('{count}', content.tension.numbers[12])), say(longest([...L.tensionAsk, ...L.reflectOffer]))];
  }

  /** Target shares of quiet work: [first-time, returning]. */
  const TARGET: Record<Length, [number, number]> = { quick: [0.55, 0.65], standard: [0.6, 0.7], deep: [0.65, 0.75] };

  const FOCUS_LINE = capitalise(fill(longest(L.tensionFocusLastNight), { area: content.areas.jaw.name, was: content.tension.was.one }));
  const cueSet = new Set([...content.middleCues, ...content.lastCues, ...Object.values(content.areas).flatMap((a) => a.cues)]);

  type Familiarity = 'none' | 'some' | 'all';

  interface Case {
    length: Length;
    tool: RoutineOptions['tool'];
    pace: RoutineOptions['pace'];
    bedtime: boolean;
    focus?: AreaId;
    focusLine: boolean;
    familiarity: Familiarity;
    evening: number;
    seed: number;
  }

  const cases = fc.record<Case>({
    length: fc.constantFrom(...LENGTHS),
    tool: fc.constantFrom(...TOOLS),
    pace: fc.constantFrom(...PACES),
    bedtime: fc.boolean(),
    focus: fc.option(fc.constantFrom(...AREAS.filter((a) => a !== 'finish')), { nil: undefined }),
    focusLine: fc.boolean(),
    familiarity: fc.constantFrom<Familiarity>('none', 'some', 'all'),
    evening: fc.integer({ min: 0, max: 30 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
  });

  /** Options as a fresh routine gets them: tonight's areas chosen for the evening. */
  function optionsOf(c: Case): RoutineOptions {
    const o: RoutineOptions = { length: c.length, tool: c.tool, pace: c.pace, bedtime: c.bedtime };
    if (c.focus) o.focus = c.focus;
    if (c.focus && c.focusLine) o.focusLine = FOCUS_LINE;
    if (c.familiarity === 'all') o.familiar = [...AREAS];
    if (c.familiarity === 'some') o.familiar = AREAS.filter((_, i) => (i + c.evening) % 2 === 0);
    o.areas = chooseAreas(o, content, c.evening);
    return o;
  }

  interface Heard {
    plan: Plan;
    chapters: Chapter[];
    /** Everything the user hears, in order: the opening, each part (with its question), the close. */
    segments: Segment[];
    prefixLength: number;
  }

  function hear(c: Case): Heard {
    const plan = planRoutine(optionsOf(c), content);
    const prefix = openingOf(c.familiarity === 'none', c.bedtime);
    const chapters = allChapters(plan, content, { random: seededRandom(c.seed), budget: PLATFORM_BUDGET, prefix });
    const segments: Segment[] = [];
    chapters.forEach((ch, i) => {
      segments.push(...ch.segments);
      if (!ch.last) segments.push(say(longest(L.chapterBreak).replace('{area}', content.areas[plan.steps[ch.to].area].name)));
      if (i === chapters.length - 1) segments.push(...closeOf(c.bedtime));
    });
    return { plan, chapters, segments, prefixLength: prefix.length };
  }

  function quietShare(h: Heard): number {
    return estimateSeconds(h.segments.filter((s) => s.kind === 'pause'), h.plan.voice) / estimateSeconds(h.segments, h.plan.voice);
  }

  const RUNS = { numRuns: 400, seed: 10 };
  /** Deep routines, slower, with a focus on the neck, whose parts were once cut unevenly (one in each language). */
  const DEEP_PART_EXAMPLES: [Case][] = [
    [{ length: 'deep', tool: 'roller', pace: 'slower', bedtime: false, focus: 'neck', focusLine: true, familiarity: 'some', evening: 13, seed: 585282189 }],
    [{ length: 'deep', tool: 'guasha', pace: 'slower', bedtime: false, focus: 'neck', focusLine: true, familiarity: 'some', evening: 21, seed: 277055242 }],
  ];

  describe('quiet work', () => {
    test('property: the share of quiet work meets its target for first-time and returning users', () => {
      fc.assert(
        fc.property(cases, (c) => {
          const [firstTime, returning] = TARGET[c.length];
          // a user who knows some areas is between the two: at least the first-time target
          expect(quietShare(hear(c))).toBeGreaterThanOrEqual(c.familiarity === 'all' ? returning : firstTime);
        }),
        RUNS,
      );
    });

    test('property: at bedtime the share of quiet work is at least as high as by day', () => {
      fc.assert(
        fc.property(cases, (c) => {
          expect(quietShare(hear({ ...c, bedtime: true }))).toBeGreaterThanOrEqual(quietShare(hear({ ...c, bedtime: false })));
        }),
        RUNS,
      );
    });

    test('property: silences of at least 8 s between cues, at most one cue per 10 s of silence, none more than twice, never twice in a row', () => {
      fc.assert(
        fc.property(cases, (c) => {
          const h = hear(c);
          const said: string[] = [];
          for (const ch of h.chapters) {
            const segs = ch === h.chapters[0] ? ch.segments.slice(h.prefixLength) : ch.segments;
            let silence = 0;
            let cues = 0;
            const endStep = () => {
              expect(cues).toBeLessThanOrEqual(silence / 10);
              silence = 0;
              cues = 0;
            };
            for (let i = 0; i < segs.length; i++) {
              const s = segs[i];
              if (s.kind === 'pause') {
                expect(s.ms / 1000).toBeGreaterThanOrEqual(MIN_SILENCE);
                silence += s.ms / 1000;
              } else if (cueSet.has(s.text)) {
                cues++;
                said.push(s.text);
              } else if (silence > 0) {
                endStep(); // the next area begins
              }
            }
            endStep();
          }
          for (let i = 1; i < said.length; i++) expect(said[i]).not.toBe(said[i - 1]);
          for (const cue of new Set(said)) expect(said.filter((x) => x === cue).length).toBeLessThanOrEqual(2);
        }),
        RUNS,
      );
    });

    test('property: within the budget; the standard routine is one response; a deep part is at least 90 s unless the whole routine is shorter', () => {
      fc.assert(
        fc.property(cases, (c) => {
          const h = hear(c);
          for (const ch of h.chapters) {
            const speech = render(ch.segments, h.plan.voice);
            expect(speech.seconds + SUFFIX_RESERVE.seconds).toBeLessThanOrEqual(PLATFORM_BUDGET.maxSeconds + 0.5);
            expect(speech.ssml.length + SUFFIX_RESERVE.chars).toBeLessThanOrEqual(PLATFORM_BUDGET.maxChars);
            expect(checkBudget(speech).longestBreakMs).toBeLessThanOrEqual(10000);
          }
          if (c.length !== 'deep') expect(h.chapters).toHaveLength(1);
          const total = h.chapters.reduce((t, ch) => t + ch.seconds, 0);
          for (const ch of h.chapters) expect(ch.seconds).toBeGreaterThanOrEqual(Math.min(MIN_PART_SECONDS, total));
          expect(h.chapters.flatMap((ch) => ch.timeline.map((t) => t.step))).toEqual(h.plan.steps.map((_, i) => i));
        }),
        // found over 6000 runs: a last part planned within half a second of the budget, overflowed by
        // a longer intro, left the finish to a part of about a minute on its own
        { ...RUNS, examples: DEEP_PART_EXAMPLES },
      );
    });
  });

  describe('what is said', () => {
    test('property: the focus area gets at least one and a half times its usual hold, in every length', () => {
      fc.assert(
        fc.property(cases.filter((c) => !!c.focus), (c) => {
          const plan = planRoutine(optionsOf(c), content);
          const usual = planRoutine({ ...plan.options, focus: undefined, focusLine: undefined, areas: plan.steps.map((s) => s.area) }, content);
          const i = plan.steps.findIndex((s) => s.area === c.focus);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(plan.steps[i].holdSeconds).toBeGreaterThanOrEqual(1.5 * usual.steps[i].holdSeconds - 0.1);
        }),
        RUNS,
      );
    });

    test('a focus line is said once, at the start of the focus area, after its instruction', () => {
      const h = hear({ length: 'deep', tool: 'hands', pace: 'normal', bedtime: false, focus: 'ears', focusLine: true, familiarity: 'none', evening: 0, seed: 1 });
      const said = h.segments.filter((s): s is Extract<Segment, { kind: 'say' }> => s.kind === 'say').map((s) => s.text);
      expect(said.filter((t) => t === FOCUS_LINE)).toHaveLength(1);
      expect(said[said.indexOf(FOCUS_LINE) - 1]).toBe(content.areas.ears.instructions.hands);
    });

    test('instructions shrink once an area is familiar: the short form alone, a few words', () => {
      const h = hear({ length: 'standard', tool: 'hands', pace: 'normal', bedtime: false, focusLine: false, familiarity: 'all', evening: 0, seed: 1 });
      const said = h.segments.filter((s): s is Extract<Segment, { kind: 'say' }> => s.kind === 'say').map((s) => s.text);
      for (const step of h.plan.steps) {
        const area = content.areas[step.area];
        expect(said).toContain(area.short.hands);
        expect(said).not.toContain(area.instructions.hands);
        for (const intro of area.intro) expect(said).not.toContain(intro);
      }
    });

    test('the standard routine keeps its core and brings every other area round within a few evenings', () => {
      // three evenings for a user who knows the areas; five while every instruction is still said in full
      for (const [familiarity, evenings] of [['all', 3], ['none', 5]] as [Familiarity, number][]) {
        for (let start = 0; start < 10; start++) {
          const seen = new Set<AreaId>();
          for (let e = start; e < start + evenings; e++) {
            const areas = planRoutine(optionsOf({ length: 'standard', tool: 'hands', pace: 'normal', bedtime: false, focusLine: false, familiarity, evening: e, seed: 1 }), content).steps.map((s) => s.area);
            expect(areas).toEqual(expect.arrayContaining(['forehead', 'jaw', 'neck', 'finish']));
            areas.forEach((a) => seen.add(a));
          }
          expect([...seen].sort()).toEqual([...AREAS].sort());
        }
      }
      expect(areasTonight('deep', 3)).toEqual([...AREAS]);
    });

    /** The areas of a plan with their holds. */
    const holdsOf = (plan: Plan) => new Map(plan.steps.map((s) => [s.area, s.holdSeconds]));
    /** The pace changed mid-routine at step `here` (clamped to the routine), as the skill does it. */
    const refit = (o: RoutineOptions, pace: RoutineOptions['pace'], here: number, evening: number) => refitRoutine(o, { pace }, content, evening, here);
    const heres = fc.integer({ min: 0, max: 8 });

    test('property: "slower" never leaves an area less silence than the usual pace, asked at the start or mid-routine, by day or at bedtime', () => {
      fc.assert(
        fc.property(cases, heres, (c, here) => {
          const usual = optionsOf({ ...c, pace: 'normal' });
          const usualHolds = holdsOf(planRoutine(usual, content));
          const fresh = planRoutine(optionsOf({ ...c, pace: 'slower' }), content);
          for (const s of fresh.steps) expect(s.holdSeconds).toBeGreaterThanOrEqual(usualHolds.get(s.area) ?? 0);
          // said mid-routine: the areas after the one the user is on may give way, and are named
          const changed = refit(usual, 'slower', here, c.evening);
          const plan = planRoutine(changed.options, content);
          for (const s of plan.steps) expect(s.holdSeconds).toBeGreaterThanOrEqual(usualHolds.get(s.area) ?? 0);
          expect([...plan.steps.map((s) => s.area), ...changed.left].sort()).toEqual([...usualHolds.keys()].sort());
        }),
        RUNS,
      );
    });

    test('property: "slower" said mid-routine plays the rest as one response; on the second area or later, the standard routine keeps every area', () => {
      fc.assert(
        fc.property(cases, fc.integer({ min: 1, max: 8 }), (c, here) => {
          const usual = optionsOf({ ...c, pace: 'normal' });
          const changed = refit(usual, 'slower', here, c.evening);
          const plan = planRoutine(changed.options, content);
          const chapters = allChapters(plan, content, { from: changed.step, random: seededRandom(c.seed), budget: PLATFORM_BUDGET, prefix: [say(longest(L.ackSlower))] });
          if (c.length !== 'deep') expect(chapters).toHaveLength(1);
          if (c.length === 'standard') expect(changed.left).toEqual([]);
        }),
        RUNS,
      );
    });

    test('property: "faster" never lengthens a silence, from the usual pace or after "slower", on any area, by day or at bedtime', () => {
      fc.assert(
        fc.property(cases, heres, heres, (c, slowerAt, fasterAt) => {
          const usual = optionsOf({ ...c, pace: 'normal' });
          // normal -> faster, and slower -> back to the usual pace
          const slower = refit(usual, 'slower', slowerAt, c.evening).options;
          for (const [from, pace] of [[usual, 'faster'], [slower, 'normal']] as const) {
            const before = holdsOf(planRoutine(from, content));
            const after = planRoutine(refit(from, pace, Math.max(slowerAt, fasterAt), c.evening).options, content);
            for (const s of after.steps) expect(s.holdSeconds).toBeLessThanOrEqual(before.get(s.area) ?? Infinity);
          }
        }),
        RUNS,
      );
    });

    test('property: "faster" after "slower" is the usual pace again, with every area "slower" left out that is still ahead', () => {
      fc.assert(
        fc.property(cases, heres, heres, (c, slowerAt, fasterAt) => {
          const usual = optionsOf({ ...c, pace: 'normal' });
          const usualPlan = planRoutine(usual, content);
          const slower = refit(usual, 'slower', slowerAt, c.evening);
          const here = Math.max(slower.step, Math.min(fasterAt, planRoutine(slower.options, content).steps.length - 1));
          const back = refit(slower.options, 'normal', here, c.evening);
          const area = planRoutine(slower.options, content).steps[here].area;
          const ahead = (s: { area: AreaId }) => AREAS.indexOf(s.area) >= AREAS.indexOf(area);
          const after = planRoutine(back.options, content).steps.filter(ahead);
          expect(after.map((s) => s.area)).toEqual(usualPlan.steps.filter(ahead).map((s) => s.area));
          for (const s of after) expect(s.holdSeconds).toBeLessThanOrEqual(holdsOf(usualPlan).get(s.area)!);
          expect(back.left).toEqual([]);
        }),
        RUNS,
      );
    });

    test('property: a deep routine made slower, at the start or mid-routine, asks "shall we go on?" no more often than at the usual pace', () => {
      const questions = (chapters: readonly Chapter[]) => chapters.length - 1;
      fc.assert(
        fc.property(cases, fc.nat(), (any, at) => {
          const c: Case = { ...any, length: 'deep' };
          const usual = hear({ ...c, pace: 'normal' });
          expect(questions(hear({ ...c, pace: 'slower' }).chapters)).toBeLessThanOrEqual(questions(usual.chapters));
          // said on a step of the usual routine: the parts heard before it, then the rest cut again, slower
          const areas = usual.plan.steps.map((s) => s.area);
          const here = at % areas.length;
          const changed: RoutineOptions = { ...usual.plan.options, pace: 'slower', areas };
          changed.areas = chooseAreas(changed, content, c.evening, areas.slice(0, here + 1));
          const plan = planRoutine(changed, content);
          const from = plan.steps.findIndex((s) => s.area === areas[here]);
          const rest = allChapters(plan, content, { random: seededRandom(c.seed), budget: PLATFORM_BUDGET, from, prefix: [say(longest(L.ackSlower))] });
          const heardBefore = usual.chapters.filter((ch) => ch.to <= here).length;
          expect(heardBefore + questions(rest)).toBeLessThanOrEqual(questions(usual.chapters));
        }),
        RUNS,
      );
    });

    test('slower covers fewer areas rather than splitting the standard routine; each area gets at least its usual time', () => {
      const normal = planRoutine(optionsOf({ length: 'standard', tool: 'hands', pace: 'normal', bedtime: true, focusLine: false, familiarity: 'none', evening: 0, seed: 1 }), content);
      const slower = planRoutine(optionsOf({ length: 'standard', tool: 'hands', pace: 'slower', bedtime: true, focusLine: false, familiarity: 'none', evening: 0, seed: 1 }), content);
      expect(slower.steps.length).toBeLessThan(normal.steps.length);
      for (const s of slower.steps) expect(s.holdSeconds).toBeGreaterThanOrEqual(normal.steps.find((n) => n.area === s.area)!.holdSeconds);
    });
  });
});
