import { AREA_CONTENT } from '../../lambda/content/areas.en';
import { LINES } from '../../lambda/content/lines.en';
import { AREAS, type AreaId } from '../../lambda/routine/types';
import { areasHeard, secondsTo } from '../helpers/places';
import { harness } from '../helpers/skill';
import { WORDS_PER_SECOND } from '../../lambda/ssml/speech';

/** Pace without traps, deep-routine boundaries, instructions that shrink and "tell me more", as a user hears them. */

const EVENING = '2026-11-24T19:30:00-08:00';
const LATE = '2026-11-24T22:30:00-08:00';
/** A part that waits for an answer ends with the question naming the next area. */
const PART_QUESTION = new RegExp(`(${LINES.chapterBreak.map((l) => l.split('{area}')[0].trim()).join('|')}) [^.?]+\\?$`);
/** The standard routine's last words are its closing question (the check-in or the reflection offer). */
const CLOSING_QUESTION = /(tension tonight|reflect on (your day|today))\?$/;

/** A user who has been guided through every area twice already. */
async function returningUser(userId: string, at = EVENING) {
  const h = harness({ at, userId });
  await h.store.updateProfile(userId, { flags: { welcomed: true }, familiar: Object.fromEntries(AREAS.map((a) => [a, 2])) });
  return h;
}

describe('pace without traps', () => {
  test('"always go slower" at 22:30 is honoured at once and the next evening, and the standard routine stays one response', async () => {
    const h = harness({ at: LATE, userId: 'always-slower' });
    const set = await h.conv.say('always go slower');
    expect(set.text).toMatch(/I'll go slower from now on/);
    const now = await h.conv.say('yes');
    expect(now.ssml).toMatch(/rate="77%" volume="soft"/); // slower, in the bedtime voice
    expect(now.text).toMatch(CLOSING_QUESTION);
    expect(now.text).not.toMatch(PART_QUESTION);
    expect(now.seconds).toBeLessThanOrEqual(240);
    h.conv.wait(24 * 3600);
    const tomorrow = await h.again().say('start my face massage');
    expect(tomorrow.ssml).toMatch(/rate="77%"/);
    expect(tomorrow.text).toMatch(CLOSING_QUESTION);
  });

  test('"slower" in the middle of the standard routine plays the rest as one response, covering fewer areas if it must', async () => {
    for (const at of [EVENING, LATE]) {
      const h = harness({ at, userId: `slower-mid-${at}` });
      const start = await h.conv.say('start my face massage');
      const [, second] = areasHeard(start.text);
      const slower = await h.conv.say(`@${Math.round(secondsTo(start, second) + 3)}s slower`);
      expect(slower.text).toMatch(/^(Slower it is|Slowing down|Slower now)\./);
      expect(areasHeard(slower.text)[0]).toBe(second);
      expect(slower.text).toMatch(CLOSING_QUESTION);
      expect(slower.text).not.toMatch(PART_QUESTION);
      expect(areasHeard(slower.text).at(-1)).toBe('finish');
      expect(slower.seconds).toBeLessThanOrEqual(240);
    }
  });
});

describe('deep routine boundaries', () => {
  test('each part ends between two areas with a short question, and no part is shorter than 90 s', async () => {
    const h = harness({ at: EVENING, userId: 'deep-parts' });
    let ex = await h.conv.say('start a deep massage');
    const parts = [ex];
    while (PART_QUESTION.test(ex.text)) {
      ex = await h.conv.say('keep going');
      parts.push(ex);
    }
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const p of parts) expect(p.seconds).toBeGreaterThanOrEqual(90);
    expect(parts.flatMap((p) => areasHeard(p.text))).toEqual([...AREAS]);
  });

  test('silent at a boundary: the next launch within 12 hours goes straight on with the next part, without asking first', async () => {
    const h = harness({ at: EVENING, userId: 'deep-silent' });
    const first = await h.conv.say('start a deep massage');
    const next = Object.values(AREA_CONTENT).find((a) => first.text.endsWith(`${a.name}?`))!;
    expect(next).toBeTruthy();
    await h.conv.silence();
    h.conv.wait(3 * 3600);
    const back = await h.again().say('open my face massage');
    // the resume line names the next part's area, then that area plays
    expect(LINES.resumeAt.some((l) => back.text.startsWith(l.replace('{area}', next.name)))).toBe(true);
    expect(areasHeard(back.text)[0]).toBe(next.id);
    // it plays: the first words are not a question waiting for an answer
    expect(back.text.split(/[.?]/)[0]).not.toMatch(/\?/);
    expect(back.text.indexOf('?')).toBeGreaterThan(back.text.indexOf(next.intro.find((i) => back.text.includes(i))!));
  });

  test('after more than 12 hours the launch starts afresh', async () => {
    const h = harness({ at: EVENING, userId: 'deep-stale' });
    await h.conv.say('start a deep massage');
    await h.conv.silence();
    h.conv.wait(13 * 3600);
    const back = await h.again().say('open my face massage');
    expect(LINES.resumeAt.some((l) => back.text.startsWith(l.split('{area}')[0]))).toBe(false);
    expect(areasHeard(back.text)[0]).toBe('forehead');
  });
});

describe('instructions that shrink as the user learns', () => {
  test('full the first two evenings, then a few words; each area is counted once a routine', async () => {
    const userId = 'learner';
    const h = harness({ at: EVENING, userId });
    const heard: string[] = [];
    for (let evening = 0; evening < 3; evening++) {
      const c = evening === 0 ? h.conv : h.again();
      const ex = await c.say('start my face massage');
      heard.push(ex.text);
      await c.say('@3s repeat'); // a replay in the same run counts nothing more
      await c.say('stop');
      h.conv.wait(24 * 3600);
    }
    const profile = await h.store.loadProfile(userId);
    expect(profile?.familiar?.forehead).toBe(3);
    // the forehead is in every evening: in full twice, then the short form alone
    expect(heard[0]).toContain(AREA_CONTENT.forehead.instructions.hands);
    expect(heard[1]).toContain(AREA_CONTENT.forehead.instructions.hands);
    expect(heard[2]).toContain(AREA_CONTENT.forehead.short.hands);
    expect(heard[2]).not.toContain(AREA_CONTENT.forehead.instructions.hands);
  });

  test('a returning user hears the first instruction within 6 s and a pause of at least 5 s within 12 s', async () => {
    for (const at of [EVENING, LATE]) {
      const h = await returningUser(`returning-${at}`, at);
      const ex = await h.conv.say('open my face massage');
      const first = ex.text.indexOf(AREA_CONTENT.forehead.short.hands);
      expect(first).toBeGreaterThan(0);
      const before = ex.text.slice(0, first);
      expect(before).not.toMatch(/\[/); // no pause before it
      const rate = Number(/rate="(\d+)%"/.exec(ex.ssml)?.[1] ?? 100) / 100;
      const words = (t: string) => t.trim().split(/\s+/).filter(Boolean).length;
      expect(words(before) / WORDS_PER_SECOND / rate).toBeLessThanOrEqual(6);
      const untilPause = ex.text.slice(0, ex.text.indexOf('['));
      const pause = Number(/\[([\d.]+) s\]/.exec(ex.text)![1]);
      expect(pause).toBeGreaterThanOrEqual(5);
      expect(words(untilPause) / WORDS_PER_SECOND / rate).toBeLessThanOrEqual(12);
    }
  });

  test('a first-time user hears the welcome and the safety line, and the first instruction within 20 s', async () => {
    for (const at of [EVENING, LATE]) {
      const ex = await harness({ at, userId: `first-${at}` }).conv.say('open my face massage');
      expect(ex.text).toMatch(/stop if anything feels sore/);
      const intro = Math.min(...AREA_CONTENT.forehead.intro.map((i) => ex.text.indexOf(i)).filter((i) => i >= 0));
      const before = ex.text.slice(0, intro);
      const rate = Number(/rate="(\d+)%"/.exec(ex.ssml)?.[1] ?? 100) / 100;
      const pauses = [...before.matchAll(/\[([\d.]+) s\]/g)].reduce((a, m) => a + Number(m[1]), 0);
      expect(pauses + before.replace(/\[[\d.]+ s\]/g, ' ').trim().split(/\s+/).length / WORDS_PER_SECOND / rate).toBeLessThanOrEqual(20);
    }
  });

  test('"tell me more" gives the full instruction for the area the user is on, at bedtime too, and carries on from there', async () => {
    for (const [line, at] of [['tell me more', EVENING], ['how do I do this', LATE]]) {
      const h = await returningUser(`tell-me-more-${line}`, at);
      const start = await h.conv.say('start my face massage');
      const steps = Object.values(AREA_CONTENT)
        .filter((a) => start.text.includes(a.short.hands))
        .sort((a, b) => start.text.indexOf(a.short.hands) - start.text.indexOf(b.short.hands));
      const [, second, third] = steps;
      const before = start.text.slice(0, start.text.indexOf(second.short.hands));
      const seconds = [...before.matchAll(/\[([\d.]+) s\]/g)].reduce((a, m) => a + Number(m[1]), 0) + before.replace(/\[[\d.]+ s\]/g, ' ').trim().split(/\s+/).length / WORDS_PER_SECOND;
      const more = await h.conv.say(`@${Math.round(seconds + 4)}s ${line}`);
      expect(second.intro.some((i) => more.text.startsWith(`${i} ${second.instructions.hands}`))).toBe(true);
      // and on from there: the next area as before, still in a few words
      expect(more.text).toContain(third.short.hands);
      expect(more.text).toMatch(CLOSING_QUESTION);
    }
  });
});

describe('focus', () => {
  test('a focus area outside tonight\'s areas is added, and the standard routine stays one response', async () => {
    for (const area of ['ears', 'eyes', 'cheeks'] as AreaId[]) {
      const h = harness({ at: EVENING, userId: `focus-${area}` });
      const ex = await h.conv.say(`spend more time on my ${area}`);
      expect(areasHeard(ex.text)).toContain(area);
      expect(ex.text).toMatch(CLOSING_QUESTION);
      expect(ex.seconds).toBeLessThanOrEqual(240);
    }
  });
});
