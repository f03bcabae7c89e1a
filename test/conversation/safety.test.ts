import { AREA_CONTENT } from '../../lambda/content/areas.en';
import type { AreaId } from '../../lambda/routine/types';
import { at, firstArea, type Place } from '../helpers/places';
import { harness } from '../helpers/skill';

/**
 * Discomfort said like a person would, at every place in the routine: a calm answer that matches
 * what was said, never a fallback, then the routine waits at the next area and goes on gently.
 */

type Kind = 'pain' | 'skin' | 'unwell';
const PHRASES: [string, Kind][] = [
  ['it hurts', 'pain'],
  ['ouch', 'pain'],
  ["that's too hard", 'pain'],
  ['my skin is sore', 'pain'],
  ["it's burning", 'skin'],
  ['my skin is burning', 'skin'],
  ['i have a rash here', 'skin'],
  ['i have a spot here', 'skin'],
  ['i have a cut here', 'skin'],
  ['i have sunburn here', 'skin'],
  ['i feel dizzy', 'unwell'],
  ['i feel sick', 'unwell'],
  ['i feel faint', 'unwell'],
  ['i have a headache', 'unwell'],
];
const ANSWER: Record<Kind, RegExp> = {
  pain: /^Stop pressing there\. .*much lighter touch, or leave that area out tonight\./,
  skin: /^Stop there, and keep away from that spot tonight\. Leave that area out, or keep your touch very light/,
  unwell: /^Stop for now, and rest your hands\. .*If it doesn't pass.*get advice/,
};
const PLACES: Place[] = ['start', 'mid', 'between', 'end'];
const FALLBACK = /didn't catch|missed that|You can say/;

const cases = PHRASES.flatMap(([phrase, kind]) => PLACES.map((place) => [phrase, place, kind] as const));

test.each(cases)('"%s" at the %s', async (phrase, place, kind) => {
  const { h, prefix, next } = await at(place, 'safety');
  const ex = await h.conv.say(prefix + phrase);
  expect(ex.sent).toBe('DiscomfortIntent');
  expect(ex.text).toMatch(ANSWER[kind]);
  expect(ex.text).not.toMatch(FALLBACK);
  if (place === 'end') {
    // the massage is over: unwell ends the evening; otherwise the close's question (the tension
    // check-in, or the reflection) is asked again
    if (kind === 'unwell') expect(ex.ended).toBe(true);
    else expect(ex.text).toMatch(/(most tension tonight|reflect[^.]*)\?$/);
    return;
  }
  const area = AREA_CONTENT[next as AreaId].name;
  expect(ex.text.endsWith(kind === 'unwell' ? `say carry on for ${area}, or say stop to finish for tonight.` : `shall I go on with ${area}, more gently?`)).toBe(true);
  expect(ex.ended).toBe(false);
  const on = await h.conv.say(kind === 'unwell' ? 'carry on' : 'yes');
  expect(on.text).toMatch(/^(Gently now, with barely any pressure|Lighter now)\./);
  expect(firstArea(on.text)).toBe(next);
});

test('"stop" after it ends for tonight and keeps the place at the next area', async () => {
  const { h, prefix, next } = await at('mid', 'safety-stop');
  const area = AREA_CONTENT[next as AreaId].name; // the area after the jaw tonight
  await h.conv.say(`${prefix}ouch`);
  const stop = await h.conv.say('stop');
  expect(stop.text).toContain(area);
  expect(stop.ended).toBe(true);
  h.conv.wait(3600);
  const back = await h.again().say('open my face massage');
  expect(back.text).toMatch(new RegExp(`^(Picking up at|Carrying on from) ${area}`));
});

test('a sore area that is next is left out: the routine goes on after it', async () => {
  const { h, prefix } = await at('mid', 'safety-area');
  // on the jaw; the ears come next, and the user names them
  const ex = await h.conv.say(`${prefix}i have a cut on my ears`);
  expect(ex.text).toMatch(/go on with your neck, more gently\?$/);
  expect(firstArea((await h.conv.say('yes')).text)).toBe('neck');
});

test('said without a routine, or during the questions, it still gets a calm answer', async () => {
  const idle = harness({ userId: 'safety-idle' });
  const ex = await idle.conv.say('ask my face massage i feel dizzy');
  expect(ex.text).toMatch(ANSWER.unwell);
  expect(ex.ended).toBe(true);
  const { h } = await at('end', 'safety-reflect');
  await h.conv.say('skip'); // the tension check-in
  const q = await h.conv.say('yes');
  expect(q.elicit?.slot).toBe('great');
  const ouch = await h.conv.say('ouch');
  expect(ouch.text).toMatch(ANSWER.pain);
  expect(ouch.elicit?.slot).toBe('great'); // the question, asked again
});

test('"my jaw hurts" at the tension check-in: a calm answer, and the jaw is kept as tonight\'s answer', async () => {
  const { h } = await at('end', 'safety-checkin');
  expect(h.conv.last!.text).toMatch(/most tension tonight\?$/);
  const ex = await h.conv.say('my jaw hurts');
  expect(ex.text).toMatch(ANSWER.pain);
  expect(ex.text).toMatch(/reflect[^.]*\?$/);
  const userId = ex.request.context.System.user.userId;
  expect((await h.store.loadProfile(userId))?.tension?.['2026-11-24']).toEqual(['jaw']);
});
