import type { Content } from '../../lambda/content';
import { AREAS, type AreaId } from '../../lambda/routine/types';
import { secondsOf, type Exchange } from '../../local/conversation';
import type { ProgressStore } from '../../lambda/store/types';
import type { Harness } from './skill';
import { closes, COMMON, opens, type Speaker } from './locales';

/**
 * Where the user is in what they hear, read from the locale's own area intros, and the places in a
 * routine where the user can speak: at the very start, in the middle of a part, between the parts of
 * a deep routine, and after the end. Shared by the routine, controls, safety and pacing suites.
 * (Not a test file.)
 */

export type Place = 'start' | 'mid' | 'between' | 'end';

/** Each area intro spoken, where it starts in the text, in the order heard, each time it is heard. */
export function introsAt(text: string, content: Content): { area: AreaId; at: number }[] {
  const out: { area: AreaId; at: number }[] = [];
  let from = 0;
  for (;;) {
    let best: { area: AreaId; at: number; len: number } | undefined;
    for (const area of Object.values(content.areas)) {
      for (const intro of area.intro) {
        const at = text.indexOf(intro, from);
        if (at >= 0 && (!best || at < best.at)) best = { area: area.id, at, len: intro.length };
      }
    }
    if (!best) return out;
    out.push({ area: best.area, at: best.at });
    from = best.at + best.len;
  }
}

/** The areas whose intro is spoken, in the order heard, each time it is heard. */
export function stepsHeard(text: string, content: Content): AreaId[] {
  return introsAt(text, content).map((x) => x.area);
}

/** The areas whose intro is heard, in order, each once. */
export function areasHeard(text: string, content: Content): AreaId[] {
  return [...new Set(stepsHeard(text, content))];
}

/** The area whose intro comes first in what was said. */
export function firstArea(text: string, content: Content): AreaId | undefined {
  return stepsHeard(text, content)[0];
}

/** Seconds into a response at which the words before `index` are done, by the skill's own estimate. */
export function secondsBefore(ex: Exchange, index: number): number {
  return secondsOf(ex.text.slice(0, index), ex.voice);
}

/** Seconds into a response at which an area's intro is spoken. */
export function secondsTo(ex: Exchange, area: AreaId, content: Content): number {
  const at = content.areas[area].intro.map((i) => ex.text.indexOf(i)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  return secondsBefore(ex, at);
}

/** The area a part's closing question names ("Ready for your cheeks?", "Weiter mit deinen Wangen?"). */
export function partQuestionArea(text: string, sp: Speaker): AreaId | undefined {
  return AREAS.find((a) => closes(sp.line('chapterBreak', { area: sp.area(a) })).test(text));
}

/**
 * Brings a fresh conversation to a place, at 19:30 (not yet bedtime). Returns the line prefix that
 * speaks there, the area the user is on (`here`), the one after it (`next`) and the one before it
 * (`prev`), among tonight's areas.
 */
export async function at(place: Place, sp: Speaker, name = 'place', store?: ProgressStore): Promise<{ h: Harness; prefix: string; here: AreaId; next: AreaId; prev: AreaId | undefined }> {
  const h = sp.harness({ store, at: sp.at('19:30'), userId: `${name}-${place}-${Math.random()}` });
  if (place === 'between') {
    // the first part of the deep routine ends with a question naming the next area
    const first = await h.conv.say(DEEP[sp.locale]);
    const next = partQuestionArea(first.text, sp)!;
    return { h, prefix: '', here: AREAS[AREAS.indexOf(next) - 1], next, prev: AREAS[AREAS.indexOf(next) - 2] };
  }
  const first = await h.conv.say(COMMON[sp.locale].launch);
  // tonight's areas: the standard routine's core with this evening's turn of the others
  const heard = areasHeard(first.text, sp.content);
  const by = (a: AreaId, n: number) => heard[heard.indexOf(a) + n];
  if (place === 'start') return { h, prefix: '@2s ', here: 'forehead', next: by('forehead', 1), prev: undefined };
  if (place === 'mid') return { h, prefix: `@${Math.round(secondsTo(first, 'jaw', sp.content) + 4)}s `, here: 'jaw', next: by('jaw', 1), prev: by('jaw', -1) };
  return { h, prefix: '', here: 'finish', next: 'finish', prev: by('finish', -1) };
}

/**
 * A place picked up on a later evening: a word of welcome back and the oil first, then that area at
 * once, and a little way into its silence (after its first 8 s), where it picked up and how to begin
 * afresh. Later the same evening it opens with the place instead (`resumeAt`).
 */
export function pickedUpLater(text: string, sp: Speaker, area: AreaId): void {
  expect(text).toMatch(opens(sp.line('resumeLater'), sp.line('oilShort')));
  expect(text).not.toMatch(sp.line('resumeAt'));
  const note = text.search(sp.line('resumeHint', { area: sp.area(area) }));
  expect(note).toBeGreaterThan(0);
  expect(text.slice(0, note)).toMatch(/^[^[]*\[8 s\]\s*$/); // the first silence, 8 s of it, before the note
  const first = introsAt(text, sp.content)[0];
  if (first && first.at < note) expect(first.area).toBe(area); // named at once, unless said in a few words
}

/** Starting the deep routine, as each speaker says it. */
export const DEEP: Record<Speaker['locale'], string> = { 'en-US': 'start a deep massage', 'de-DE': 'starte eine ausführliche Massage' };
