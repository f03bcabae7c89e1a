import { AREA_CONTENT } from '../../lambda/content/areas.en';
import { AREAS, type AreaId } from '../../lambda/routine/types';
import { WORDS_PER_SECOND } from '../../lambda/ssml/speech';
import type { Exchange } from '../../local/conversation';
import { harness, type Harness } from './skill';

/**
 * The places in a routine where the user can speak: at the very start, in the middle of a part,
 * between the parts of a deep routine, and after the end. Shared by the tables of controls and of
 * safety phrases. (Not a test file.)
 */

export type Place = 'start' | 'mid' | 'between' | 'end';

const EVENING = '2026-11-24T19:30:00-08:00';

/** The area whose intro comes first in what was said. */
export function firstArea(text: string): string | undefined {
  let best: { id: string; at: number } | undefined;
  for (const a of Object.values(AREA_CONTENT)) {
    for (const intro of a.intro) {
      const at = text.indexOf(intro);
      if (at >= 0 && (!best || at < best.at)) best = { id: a.id, at };
    }
  }
  return best?.id;
}

/** The areas whose intro is heard, in order. */
export function areasHeard(text: string): string[] {
  const found: { id: string; at: number }[] = [];
  for (const a of Object.values(AREA_CONTENT)) {
    const at = Math.min(...a.intro.map((i) => text.indexOf(i)).filter((i) => i >= 0));
    if (Number.isFinite(at)) found.push({ id: a.id, at });
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.id);
}

/** Seconds into a response at which an area's intro is spoken, by the skill's own estimate (WORDS_PER_SECOND). */
export function secondsTo(ex: Exchange, area: string): number {
  const intro = AREA_CONTENT[area as AreaId].intro.map((i) => ex.text.indexOf(i)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  const before = ex.text.slice(0, intro);
  const pauses = [...before.matchAll(/\[([\d.]+) s\]/g)].reduce((a, m) => a + Number(m[1]), 0);
  const words = before.replace(/\[[\d.]+ s\]/g, ' ').trim().split(/\s+/).filter(Boolean).length;
  const rate = Number(/rate="(\d+)%"/.exec(ex.ssml)?.[1] ?? 100) / 100;
  return pauses + words / WORDS_PER_SECOND / rate;
}

/**
 * Brings a fresh conversation to a place. Returns the line prefix that speaks there, the area the
 * user is on (`here`), the one after it (`next`) and the one before it (`prev`), among tonight's areas.
 */
export async function at(place: Place, name = 'place'): Promise<{ h: Harness; prefix: string; here: string; next: string; prev: string }> {
  const h = harness({ at: EVENING, userId: `${name}-${place}-${Math.random()}` });
  if (place === 'between') {
    // the first part of the deep routine ends with "Ready for <the next area>?"
    const first = await h.conv.say('start a deep massage');
    const next = AREAS.find((a) => first.text.endsWith(`${AREA_CONTENT[a].name}?`))!;
    return { h, prefix: '', here: AREAS[AREAS.indexOf(next) - 1], next, prev: AREAS[AREAS.indexOf(next) - 2] };
  }
  const first = await h.conv.say('start my face massage');
  // tonight's areas: the standard routine's core with this evening's turn of the others
  const heard = areasHeard(first.text);
  const by = (a: string, n: number) => heard[heard.indexOf(a) + n] ?? '';
  if (place === 'start') return { h, prefix: '@2s ', here: 'forehead', next: by('forehead', 1), prev: '' };
  if (place === 'mid') return { h, prefix: `@${Math.round(secondsTo(first, 'jaw') + 4)}s `, here: 'jaw', next: by('jaw', 1), prev: by('jaw', -1) };
  return { h, prefix: '', here: 'finish', next: 'finish', prev: by('finish', -1) };
}
