import { contentFor } from '../../lambda/content';
import { seededRandom } from '../../lambda/content/pick';
import { stateFromSession } from '../../lambda/conversation/session-state';
import { allChapters, buildChapter } from '../../lambda/routine/narration';
import { plannedAreas, planRoutine } from '../../lambda/routine/plan';
import { AREAS, type RoutineOptions } from '../../lambda/routine/types';
import { routineOptions } from '../../lambda/store/normalise';
import { PLATFORM_BUDGET } from '../../lambda/ssml/speech';

/**
 * A sore area left out of the rest of the routine (`RoutineOptions.sore`): where it stands, the other
 * areas as they were, a few words where the routine passes it, and only what the skill could have
 * written read back from the session or the store.
 */

const content = contentFor('en-US');
const deep: RoutineOptions = { length: 'deep', tool: 'hands', pace: 'normal', areas: [...AREAS] };
const said = (text: string) => content.lines.soreLeftOut.map((v) => v.replace('{area}', content.areas.jaw.name)).some((line) => text.includes(line));

test('the sore area is left out where it stands; every other area keeps its time, the next one carries it', () => {
  const all = planRoutine(deep, content).steps;
  const sore = planRoutine({ ...deep, sore: ['jaw'] }, content);
  expect(sore.steps.map((s) => s.area)).toEqual(AREAS.filter((a) => a !== 'jaw'));
  expect(sore.steps.map((s) => s.holdSeconds)).toEqual(all.filter((s) => s.area !== 'jaw').map((s) => s.holdSeconds));
  expect(sore.steps.find((s) => s.area === 'ears')?.leftOut).toEqual(['jaw']);
  expect(sore.steps.filter((s) => s.leftOut)).toHaveLength(1);
  expect(plannedAreas(sore)).toEqual([...AREAS]);
  // the finish is never left out
  expect(planRoutine({ ...deep, sore: ['finish'] }, content).steps.map((s) => s.area)).toContain('finish');
});

test('the few words are said where the routine passes the area, not at the start of a part that begins after it', () => {
  const p = planRoutine({ ...deep, sore: ['jaw'] }, content);
  const ears = p.steps.findIndex((s) => s.area === 'ears');
  const text = (from: number) =>
    allChapters(p, content, { from, random: seededRandom(1), budget: PLATFORM_BUDGET })
      .flatMap((c) => c.segments)
      .map((s) => (s.kind === 'say' ? s.text : ''))
      .join(' ');
  expect(said(text(0))).toBe(true);
  expect(said(buildChapter(p, content, { from: ears, random: seededRandom(1), budget: PLATFORM_BUDGET }).segments.map((s) => (s.kind === 'say' ? s.text : '')).join(' '))).toBe(false);
});

test.each([
  ['a valid list', ['jaw', 'neck'], ['jaw', 'neck']],
  ['the finish', ['jaw', 'finish'], undefined],
  ['an unknown area', ['jaw', 'nose'], undefined],
  ['an area twice', ['jaw', 'jaw'], undefined],
  ['not a list', 'jaw', undefined],
])('read back from the session or the store, sore areas as %s: %j', (_, sore, kept) => {
  const options = { length: 'standard', tool: 'hands', pace: 'normal', sore };
  expect(routineOptions(options)?.sore).toEqual(kept);
  const chapter = { from: 0, to: 1, last: true, timeline: [{ step: 0, at: 0 }], seconds: 30, startedAt: Date.parse('2026-11-24T20:00:00Z') };
  expect(stateFromSession({ routine: { options, chapter } }).routine?.options.sore).toEqual(kept);
});
