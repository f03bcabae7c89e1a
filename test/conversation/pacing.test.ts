import { AREAS, type AreaId } from '../../lambda/routine/types';
import { closes, COMMON, eachLocale, either, opens, type Phrasebook, type Speaker } from '../helpers/locales';
import { dynamoTable } from '../helpers/dynalite';
import type { HarnessOptions } from '../helpers/skill';
import type { Exchange } from '../../local/conversation';
import { areasHeard, DEEP, introsAt, partQuestionArea, pickedUpLater, secondsBefore, secondsTo } from '../helpers/places';

/** Pace without traps, deep-routine boundaries, instructions that shrink and "tell me more", as a user hears them. */

type Line = 'alwaysSlower' | 'slower' | 'faster' | 'repeat' | 'keepGoing' | 'tellMeMore' | 'howDoIDoThis' | 'focus';
const SAY: Phrasebook<Line> = {
  'en-US': {
    alwaysSlower: 'always go slower',
    slower: 'slower',
    faster: 'faster',
    repeat: 'repeat',
    keepGoing: 'keep going',
    tellMeMore: 'tell me more',
    howDoIDoThis: 'how do I do this',
    focus: 'spend more time on my {area}',
  },
  'de-DE': {
    alwaysSlower: 'mach immer langsamer',
    slower: 'langsamer',
    faster: 'schneller',
    repeat: 'wiederholen',
    keepGoing: 'mach weiter',
    tellMeMore: 'erzähl mir mehr',
    howDoIDoThis: 'wie mache ich das',
    focus: 'gib meinen {area} mehr Zeit',
  },
};
/** Areas as the user names them when asking for more time (the model's slot values). */
const FOCUS: Record<Speaker['locale'], Partial<Record<AreaId, string>>> = {
  'en-US': { ears: 'ears', temples: 'temples', brows: 'brows' },
  'de-DE': { ears: 'Ohren', temples: 'Schläfen', brows: 'Augenbrauen' },
};

eachLocale((sp) => {
  /** This language's own dynalite table, a user of its own for each conversation. */
  const db = dynamoTable(`PacingConversation-${sp.locale}`);
  let users = 0;
  const fresh = (o: HarnessOptions = {}) => sp.harness({ store: db.store, userId: `user-${++users}`, ...o });
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };
  const EVENING = sp.at('19:30');
  const LATE = sp.at('22:30');
  /** The standard routine's last words are its closing question (the check-in or the reflection offer). */
  const CLOSING_QUESTION = closes(either(sp.line('tensionAsk'), sp.line('reflectOffer')));
  const areas = sp.content.areas;

  /** Seconds of silence (and cues) an area gets in what was said: from its intro to the next area's. */
  function silenceOf(text: string, area: AreaId): number {
    const intros = introsAt(text, sp.content);
    const i = intros.findIndex((x) => x.area === area);
    const part = text.slice(intros[i].at, intros[i + 1]?.at);
    return [...part.matchAll(/\[([\d.]+) s\]/g)].reduce((t, m) => t + Number(m[1]), 0);
  }

  /** A user who has been guided through every area twice already. */
  async function returningUser(userId: string, at = EVENING) {
    const h = fresh({ at, userId });
    await h.store.updateProfile(userId, { flags: { welcomed: true }, familiar: Object.fromEntries(AREAS.map((a) => [a, 2])) });
    return h;
  }

  describe('pace without traps', () => {
    test('"always go slower" at 22:30 is honoured at once and the next evening, and the standard routine stays one response', async () => {
      const h = fresh({ at: LATE, userId: 'always-slower' });
      const set = await h.conv.say(say.alwaysSlower);
      expect(set.text).toMatch(opens(sp.line('prefPace', { pace: sp.content.paceNames.slower })));
      const now = await h.conv.say(say.yes);
      expect(now.ssml).toMatch(/rate="77%" volume="soft"/); // slower, in the bedtime voice
      expect(now.text).toMatch(CLOSING_QUESTION);
      expect(partQuestionArea(now.text, sp)).toBeUndefined();
      expect(now.seconds).toBeLessThanOrEqual(240);
      h.conv.wait(24 * 3600);
      const tomorrow = await h.again().say(say.launch);
      expect(tomorrow.ssml).toMatch(/rate="77%"/);
      expect(tomorrow.text).toMatch(CLOSING_QUESTION);
    });

    test.each([
      ['by day', EVENING],
      ['at bedtime', LATE],
    ])('"slower" on the second area of the standard routine %s keeps every area still to come, each as long or longer, in one response', async (_when, at) => {
      const h = fresh({ at, userId: `slower-mid-${at}` });
      const start = await h.conv.say(say.launch);
      const [, second, ...later] = areasHeard(start.text, sp.content);
      const slower = await h.conv.say(`@${Math.round(secondsTo(start, second, sp.content) + 3)}s ${say.slower}`);
      expect(slower.text).toMatch(opens(sp.line('ackSlower')));
      expect(slower.text).not.toMatch(sp.line('leftOut'));
      expect(areasHeard(slower.text, sp.content)).toEqual([second, ...later]);
      for (const area of [second, ...later]) expect(silenceOf(slower.text, area)).toBeGreaterThanOrEqual(silenceOf(start.text, area));
      expect(slower.text).toMatch(CLOSING_QUESTION);
      expect(partQuestionArea(slower.text, sp)).toBeUndefined();
      expect(slower.seconds).toBeLessThanOrEqual(240);
    });

    test('"slower" on the first area of a first evening at bedtime: an area that must give way is named, never dropped silently; "faster" brings it back', async () => {
      const h = fresh({ at: LATE, userId: 'slower-first' });
      const start = await h.conv.say(say.launch);
      const tonight = areasHeard(start.text, sp.content);
      const slower = await h.conv.say(`@${Math.round(secondsTo(start, 'forehead', sp.content) + 10)}s ${say.slower}`);
      const heard = areasHeard(slower.text, sp.content);
      const missing = tonight.filter((a) => !heard.includes(a));
      // a first evening at bedtime leaves no room for the slower pace in one response: something gives way
      expect(missing.length).toBeGreaterThan(0);
      const names = sp.content.tension.list(missing.map((a) => sp.area(a)));
      expect(slower.text).toMatch(opens(sp.line('ackSlower'), sp.line('leftOut', { area: names })));
      expect(heard).toEqual(tonight.filter((a) => !missing.includes(a)));
      for (const area of heard) expect(silenceOf(slower.text, area)).toBeGreaterThanOrEqual(silenceOf(start.text, area));
      expect(partQuestionArea(slower.text, sp)).toBeUndefined();
      // "faster" on the same area: the usual pace again, every area back, no silence longer than just before
      const faster = await h.conv.say(`@5s ${say.faster}`);
      expect(faster.text).toMatch(opens(sp.line('ackFaster')));
      expect(areasHeard(faster.text, sp.content)).toEqual(tonight);
      for (const area of tonight) expect(silenceOf(faster.text, area)).toBeLessThanOrEqual(silenceOf(heard.includes(area) ? slower.text : start.text, area));
    });
  });

  describe('deep routine boundaries', () => {
    test('each part ends between two areas with a short question, and no part is shorter than 90 s', async () => {
      const h = fresh({ at: EVENING, userId: 'deep-parts' });
      let ex = await h.conv.say(DEEP[sp.locale]);
      const parts = [ex];
      while (partQuestionArea(ex.text, sp)) {
        ex = await h.conv.say(say.keepGoing);
        parts.push(ex);
      }
      expect(parts.length).toBeGreaterThanOrEqual(2);
      for (const p of parts) expect(p.seconds).toBeGreaterThanOrEqual(90);
      expect(parts.flatMap((p) => areasHeard(p.text, sp.content))).toEqual([...AREAS]);
    });

    test.each([
      ['by day', EVENING],
      ['at bedtime', LATE],
    ])('a deep routine made slower %s, mid-part or from the start, asks to go on no more often than at the usual pace', async (_when, at) => {
      /** How often "shall we go on?" is asked from a first response to the end (each answered yes). */
      async function through(talk: (line: string) => Promise<Exchange>, first: Exchange) {
        let ex = first;
        let questions = 0;
        while (partQuestionArea(ex.text, sp)) {
          questions++;
          ex = await talk(say.yes);
        }
        return { questions };
      }
      const u = fresh({ at, userId: `deep-usual-${at}` });
      const usual = await through((l) => u.conv.say(l), await u.conv.say(DEEP[sp.locale]));
      const s = fresh({ at, userId: `deep-slower-${at}` });
      const start = await s.conv.say(DEEP[sp.locale]);
      const [, second] = areasHeard(start.text, sp.content);
      const slower = await s.conv.say(`@${Math.round(secondsTo(start, second, sp.content) + 3)}s ${say.slower}`);
      expect(slower.text).toMatch(opens(sp.line('ackSlower')));
      const made = await through((l) => s.conv.say(l), slower);
      expect(made.questions).toBeLessThanOrEqual(usual.questions);
      const fromStart = fresh({ at, userId: `deep-always-slower-${at}` });
      await fromStart.conv.say(say.alwaysSlower);
      const c = fromStart.again();
      expect((await through((l) => c.say(l), await c.say(DEEP[sp.locale]))).questions).toBeLessThanOrEqual(usual.questions);
    });

    // Issue #10 asked for "within 12 h"; the place is now kept until the end of the next practice day.
    test.each([
      ['3 hours later', 3],
      ['the next evening', 23],
    ])('silent at a boundary: the next launch %s goes straight on with the next part, without asking first', async (_when, hours) => {
      const h = fresh({ at: EVENING, userId: `deep-silent-${hours}` });
      const first = await h.conv.say(DEEP[sp.locale]);
      const next = partQuestionArea(first.text, sp)!;
      expect(next).toBeDefined();
      await h.conv.silence();
      h.conv.wait(hours * 3600);
      const back = await h.again().say(say.open);
      // later that evening the resume line names the next part's area, then that area plays; the
      // next evening the oil comes first, then that area, then where it picked up
      if (hours < 12) expect(back.text).toMatch(opens(sp.line('resumeAt', { area: sp.area(next) })));
      else pickedUpLater(back.text, sp, next);
      expect(areasHeard(back.text, sp.content)[0]).toBe(next);
      // it plays: the first question comes only after that area has begun
      expect(back.text.indexOf('?')).toBeGreaterThan(back.text.indexOf(areas[next].intro.find((i) => back.text.includes(i))!));
    });

    test('two evenings later the launch starts afresh', async () => {
      const h = fresh({ at: EVENING, userId: 'deep-stale' });
      await h.conv.say(DEEP[sp.locale]);
      await h.conv.silence();
      h.conv.wait(48 * 3600);
      const back = await h.again().say(say.open);
      expect(back.text).not.toMatch(sp.line('resumeAt'));
      expect(areasHeard(back.text, sp.content)[0]).toBe('forehead');
    });
  });

  describe('instructions that shrink as the user learns', () => {
    test('full the first two evenings, then a few words; each area is counted once a routine', async () => {
      const userId = 'learner';
      const h = fresh({ at: EVENING, userId });
      const heard: string[] = [];
      for (let evening = 0; evening < 3; evening++) {
        const c = evening === 0 ? h.conv : h.again();
        const ex = await c.say(say.launch);
        heard.push(ex.text);
        await c.say(`@3s ${say.repeat}`); // a replay in the same run counts nothing more
        await c.say(say.stop);
        h.conv.wait(24 * 3600);
      }
      const profile = await h.store.loadProfile(userId);
      expect(profile?.familiar?.forehead).toBe(3);
      // the forehead is in every evening: in full twice, then the short form alone
      expect(heard[0]).toContain(areas.forehead.instructions.hands);
      expect(heard[1]).toContain(areas.forehead.instructions.hands);
      expect(heard[2]).toContain(areas.forehead.short.hands);
      expect(heard[2]).not.toContain(areas.forehead.instructions.hands);
    });

    test.each([
      ['by day', EVENING],
      ['at bedtime', LATE],
    ])('a returning user has a moment for the oil, hears the first instruction within 6 s and a pause of at least 5 s within 12 s (%s)', async (_when, at) => {
      const h = await returningUser(`returning-${at}`, at);
      const ex = await h.conv.say(say.open);
      const first = ex.text.indexOf(areas.forehead.short.hands);
      expect(first).toBeGreaterThan(0);
      // the oil, then a moment of silence to reach for it, then the forehead
      expect(ex.text.slice(0, first)).toMatch(closes(sp.line('oilShort'), /\[2 s\]\s*/));
      expect(secondsBefore(ex, first)).toBeLessThanOrEqual(6);
      const long = [...ex.text.matchAll(/\[([\d.]+) s\]/g)].find((m) => Number(m[1]) >= 5)!;
      expect(long.index).toBeGreaterThan(first);
      expect(secondsBefore(ex, long.index)).toBeLessThanOrEqual(12);
    });

    test.each([
      ['by day', EVENING],
      ['at bedtime', LATE],
    ])('a first-time user hears the welcome and the safety line, and the first instruction within 20 s (%s)', async (_when, at) => {
      const ex = await fresh({ at, userId: `first-${at}` }).conv.say(say.open);
      expect(ex.text).toMatch(opens(sp.line('welcomeFirst')));
      expect(secondsTo(ex, 'forehead', sp.content)).toBeLessThanOrEqual(20);
    });

    test.each([
      [say.tellMeMore, EVENING],
      [say.howDoIDoThis, LATE],
    ])('"%s" gives the full instruction for the area the user is on, and carries on from there (%s)', async (line, at) => {
      const h = await returningUser(`tell-me-more-${line}`, at);
      const start = await h.conv.say(say.launch);
      const steps = Object.values(areas)
        .filter((a) => start.text.includes(a.short.hands))
        .sort((a, b) => start.text.indexOf(a.short.hands) - start.text.indexOf(b.short.hands));
      const [, second, third] = steps;
      const more = await h.conv.say(`@${Math.round(secondsBefore(start, start.text.indexOf(second.short.hands)) + 4)}s ${line}`);
      expect(second.intro.some((i) => more.text.startsWith(`${i} ${second.instructions.hands}`))).toBe(true);
      // and on from there: the next area as before, still in a few words
      expect(more.text).toContain(third.short.hands);
      expect(more.text).toMatch(CLOSING_QUESTION);
    });
  });

  describe('focus', () => {
    test.each(['ears', 'temples', 'brows'] as const)("a focus on the %s, outside tonight's areas, is added, and the standard routine stays one response", async (area) => {
      const h = fresh({ at: EVENING, userId: `focus-${area}` });
      const plain = await fresh({ at: EVENING, userId: `plain-${area}` }).conv.say(say.launch);
      expect(areasHeard(plain.text, sp.content)).not.toContain(area);
      const ex = await h.conv.say(say.focus.replace('{area}', FOCUS[sp.locale][area]!));
      expect(areasHeard(ex.text, sp.content)).toContain(area);
      expect(ex.text).toMatch(CLOSING_QUESTION);
      expect(ex.seconds).toBeLessThanOrEqual(240);
    });
  });
});
