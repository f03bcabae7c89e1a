import { contentFor } from '../../lambda/content';
import { chooseAreas, planRoutine } from '../../lambda/routine/plan';
import { AREAS, PACES, TOOLS, type AreaId, type RoutineOptions } from '../../lambda/routine/types';

/**
 * A quick routine is still a face massage when time is short (a first evening's full instructions,
 * the gua sha, a slower pace): the forehead, the jaw and the finish at least, rather than the jaw,
 * the neck and the finish. The forehead gives way last, to a focus area that needs its time. The quiet-work and budget targets are
 * the pacing suite's properties (test/unit/pacing.test.ts).
 */

const FOCI: (AreaId | undefined)[] = [undefined, ...AREAS.filter((a) => a !== 'finish')];

describe.each(['en-US', 'de-DE'])('%s', (locale) => {
  const content = contentFor(locale);
  const cases = TOOLS.flatMap((tool) => PACES.flatMap((pace) => [false, true].flatMap((bedtime) => FOCI.map((focus) => ({ tool, pace, bedtime, focus })))));

  test.each(cases)('first-time quick, $tool, $pace, bedtime $bedtime, focus $focus: the forehead and the finish, with the jaw or the focus', ({ tool, pace, bedtime, focus }) => {
    const options: RoutineOptions = { length: 'quick', tool, pace, bedtime, ...(focus && { focus, focusLine: 'Your jaw was tight last night, so a little longer here.' }) };
    options.areas = chooseAreas(options, content, 0);
    const areas = planRoutine(options, content).steps.map((s) => s.area);
    expect(areas[areas.length - 1]).toBe('finish');
    if (!focus) expect(areas).toEqual(expect.arrayContaining(['forehead', 'jaw', 'finish']));
    else {
      expect(areas).toContain(focus);
      // the focus takes the time of the others first; when a third area fits, it is the forehead
      if (areas.length >= 3) expect(areas).toContain('forehead');
    }
  });
});
