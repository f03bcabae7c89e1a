import { AREA_CONTENT } from '../../lambda/content/areas.en';
import { AREAS, type AreaId } from '../../lambda/routine/types';
import type { Exchange } from '../../local/conversation';
import { harness } from '../helpers/skill';

/**
 * Every control at every place: at the very start, in the middle of a chapter, between the
 * parts of a deep routine, and after the end. What the user hears first names the right area.
 */

const EVENING = '2026-11-24T19:30:00-08:00';

function firstArea(text: string): string | undefined {
  let best: { id: string; at: number } | undefined;
  for (const a of Object.values(AREA_CONTENT)) {
    for (const intro of a.intro) {
      const at = text.indexOf(intro);
      if (at >= 0 && (!best || at < best.at)) best = { id: a.id, at };
    }
  }
  return best?.id;
}

/** Seconds into a response at which an area's intro is spoken, by the skill's own estimate (2.5 words a second). */
function secondsTo(ex: Exchange, area: string): number {
  const intro = AREA_CONTENT[area as keyof typeof AREA_CONTENT].intro.map((i) => ex.text.indexOf(i)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  const before = ex.text.slice(0, intro);
  const pauses = [...before.matchAll(/\[([\d.]+) s\]/g)].reduce((a, m) => a + Number(m[1]), 0);
  const words = before.replace(/\[[\d.]+ s\]/g, ' ').trim().split(/\s+/).filter(Boolean).length;
  const rate = Number(/rate="(\d+)%"/.exec(ex.ssml)?.[1] ?? 100) / 100;
  return pauses + words / 2.5 / rate;
}

type Place = 'start' | 'mid' | 'between' | 'end';

/** Brings a fresh conversation to a place, and returns the line prefix that speaks there. */
async function at(place: Place) {
  const h = harness({ at: EVENING, userId: `controls-${place}-${Math.random()}` });
  if (place === 'between') {
    // the first part of the deep routine ends with "Ready for <the next area>?"
    const first = await h.conv.say('start a deep massage');
    const next = AREAS.find((a) => first.text.endsWith(`${AREA_CONTENT[a].name}?`))!;
    return { h, prefix: '', here: AREAS[AREAS.indexOf(next) - 1], next };
  }
  const first = await h.conv.say('start my face massage');
  if (place === 'start') return { h, prefix: '@2s ', here: 'forehead', next: 'brows' };
  if (place === 'mid') return { h, prefix: `@${Math.round(secondsTo(first, 'jaw') + 4)}s `, here: 'jaw', next: 'ears' };
  return { h, prefix: '', here: 'finish', next: 'finish' };
}

const cases: [string, Place, RegExp | string][] = [
  // [what the user says, where, the area heard first (or a pattern of what is said)]
  ['next', 'start', 'brows'],
  ['go back', 'start', 'forehead'],
  ['repeat', 'start', 'forehead'],
  ['start over', 'start', 'forehead'],
  ['slower', 'start', 'forehead'],
  ['faster', 'start', 'forehead'],
  ['pause', 'start', /Paused.*forehead/],
  ['help', 'start', /carry on with your forehead\?/],
  ['stop', 'start', /forehead/],
  ['next', 'mid', 'ears'],
  ['go back', 'mid', 'cheeks'],
  ['repeat', 'mid', 'jaw'],
  ['start over', 'mid', 'forehead'],
  ['slower', 'mid', 'jaw'],
  ['faster', 'mid', 'jaw'],
  ['pause', 'mid', /Paused.*jaw/],
  ['help', 'mid', /carry on with your jaw\?/],
  ['stop', 'mid', /jaw/],
  // between the parts: $here is the area just heard, $next the one the question named
  ['next', 'between', '$next'],
  ['go back', 'between', '$here'],
  ['repeat', 'between', '$here'],
  ['start over', 'between', 'forehead'],
  ['slower', 'between', '$next'],
  ['faster', 'between', '$next'],
  ['pause', 'between', /Paused.*\$next/],
  ['resume', 'between', '$next'],
  ['help', 'between', /carry on with \$next\?/],
  ['stop', 'between', /\$next/],
  ['next', 'end', /last area.*reflect/],
  ['go back', 'end', 'finish'],
  ['repeat', 'end', 'finish'],
  ['start over', 'end', 'forehead'],
  ['slower', 'end', /last area.*reflect/],
  ['pause', 'end', /last area.*reflect/],
  ['help', 'end', /reflect/],
  ['stop', 'end', /Sleep well|Good night|Rest well/],
];

test.each(cases)('"%s" at the %s', async (line, place, expected) => {
  const { h, prefix, here, next } = await at(place);
  const ex = await h.conv.say(prefix + line);
  if (typeof expected === 'string') expect(firstArea(ex.text)).toBe(expected.replace('$here', here).replace('$next', next));
  else expect(ex.text).toMatch(new RegExp(expected.source.replace('\\$next', AREA_CONTENT[next as AreaId].name)));
  if (!ex.ended) expect(ex.reprompt).toBeTruthy();
});

test('the deep routine has a place between its parts, with its question', async () => {
  const { h, here, next } = await at('between');
  expect(AREAS.indexOf(next as AreaId)).toBe(AREAS.indexOf(here as AreaId) + 1);
  expect(h.conv.last?.ended).toBe(false);
});
