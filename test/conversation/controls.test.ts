import { AREA_CONTENT } from '../../lambda/content/areas.en';
import type { AreaId } from '../../lambda/routine/types';
import { areasHeard, at, firstArea, type Place } from '../helpers/places';

/**
 * Every control at every place: at the very start, in the middle of a chapter, between the
 * parts of a deep routine, and after the end. What the user hears first names the right area.
 */

const cases: [string, Place, RegExp | string][] = [
  // [what the user says, where, the area heard first (or a pattern of what is said)]
  ['next', 'start', '$next'],
  ['go back', 'start', 'forehead'],
  ['repeat', 'start', 'forehead'],
  ['start over', 'start', 'forehead'],
  ['slower', 'start', 'forehead'],
  ['faster', 'start', 'forehead'],
  ['pause', 'start', /Paused.*forehead/],
  ['help', 'start', /carry on with your forehead\?/],
  ['stop', 'start', /forehead/],
  ['next', 'mid', '$next'],
  ['go back', 'mid', '$prev'],
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
  ['next', 'end', /^(Okay|Sure)\. .*reflect/], // after the end, the tension question is asked: next skips it
  ['go back', 'end', 'finish'],
  ['repeat', 'end', 'finish'],
  ['start over', 'end', 'forehead'],
  ['slower', 'end', /last area.*reflect/],
  ['pause', 'end', /last area.*reflect/],
  ['help', 'end', /felt tight.*tension tonight\?/],
  ['stop', 'end', /Sleep well|Good night|Rest well/],
];

test.each(cases)('"%s" at the %s', async (line, place, expected) => {
  const { h, prefix, here, next, prev } = await at(place);
  const ex = await h.conv.say(prefix + line);
  if (typeof expected === 'string') expect(firstArea(ex.text)).toBe(expected.replace('$here', here).replace('$next', next).replace('$prev', prev));
  else expect(ex.text).toMatch(new RegExp(expected.source.replace('\\$next', AREA_CONTENT[next as AreaId].name)));
  if (!ex.ended) expect(ex.reprompt).toBeTruthy();
});

test('the deep routine has a place between its parts: the first part ends on the area the table calls $here, and asks about $next', async () => {
  const { h, here, next } = await at('between');
  const first = h.conv.last!;
  const heard = areasHeard(first.text);
  expect(heard[heard.length - 1]).toBe(here);
  expect(first.text).toMatch(new RegExp(`${AREA_CONTENT[next as AreaId].name}\\?$`));
  expect(first.ended).toBe(false);
  expect(first.reprompt).toBeTruthy();
});
