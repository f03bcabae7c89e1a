import { AREAS, type AreaId } from '../../lambda/routine/types';
import { closes, COMMON, eachLocale, opens, whole, type Phrasebook, type SuiteLocale } from '../helpers/locales';
import { dynamoTable } from '../helpers/dynalite';
import type { HarnessOptions } from '../helpers/skill';
import { DEEP, partQuestionArea, secondsTo, stepsHeard } from '../helpers/places';

/** The guided routine as a user hears it, through the shipped interaction model, in every language. */

type Line = 'plainStart' | 'quickGuaSha' | 'quick' | 'jawTight' | 'repeat' | 'back' | 'slower' | 'cancel' | 'nonsense' | 'backOneShot' | 'focusBrows';
const SAY: Phrasebook<Line> = {
  'en-US': {
    plainStart: 'start my massage',
    quickGuaSha: 'start a quick massage with my gua sha',
    quick: 'start a quick massage',
    jawTight: 'my jaw is tight tonight',
    repeat: 'repeat',
    back: 'go back',
    slower: 'slower',
    cancel: 'cancel',
    nonsense: 'purple monkey dishwasher',
    backOneShot: 'ask my face massage to go back',
    focusBrows: 'always focus on my brows',
  },
  'de-DE': {
    plainStart: 'starte meine Massage',
    quickGuaSha: 'starte eine kurze Massage mit meinem Gua Sha',
    quick: 'starte eine kurze Massage',
    jawTight: 'mein Kiefer ist heute verspannt',
    repeat: 'kannst du das wiederholen',
    back: 'einen Schritt zurück',
    slower: 'langsamer',
    cancel: 'abbrechen',
    nonsense: 'lila Affe Spülmaschine',
    backOneShot: 'sag meine Gesichtsmassage, geh zurück',
    focusBrows: 'konzentrier dich immer auf meine Augenbrauen',
  },
};

/** What a user says to go on to the next part of the deep routine. */
const GO_ON: Record<SuiteLocale, string[]> = {
  'en-US': ['yes', 'continue', 'next', 'go on', 'keep going', 'ready', "I'm ready"],
  'de-DE': ['ja', 'weiter', 'nächster', 'mach weiter', 'weitermachen', 'bereit', 'ich bin so weit'],
};

/** Seconds of silence from an area's intro to the next area's, in the first pass through it. */
function holdOf(text: string, area: AreaId, intros: readonly string[], nextIntros: readonly string[]): number {
  const from = Math.min(...intros.map((i) => text.indexOf(i)).filter((i) => i >= 0));
  const to = Math.min(...nextIntros.map((i) => text.indexOf(i, from)).filter((i) => i >= 0));
  return [...text.slice(from, to).matchAll(/\[([\d.]+) s\]/g)].reduce((a, m) => a + Number(m[1]), 0);
}

eachLocale((sp) => {
  /** This language's own dynalite table, a user of its own for each conversation. */
  const db = dynamoTable(`RoutineConversation-${sp.locale}`);
  let users = 0;
  const fresh = (o: HarnessOptions = {}) => sp.harness({ store: db.store, userId: `user-${++users}`, ...o });
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };
  const EVENING = sp.at('19:30');
  const heard = (text: string) => stepsHeard(text, sp.content);

  describe('starting the massage', () => {
    test('a first launch welcomes once and goes straight into the routine, ending with a question', async () => {
      const h = fresh({ at: EVENING });
      const first = await h.conv.say(say.open);
      expect(first.text).toMatch(opens(sp.line('welcomeFirst')));
      expect(first.text).toMatch(sp.line('oil'));
      // the standard routine is one response: the core areas with a turn of the others, the close, then a question
      const steps = heard(first.text);
      expect(steps[0]).toBe('forehead');
      expect(steps.filter((a) => ['forehead', 'jaw', 'neck', 'finish'].includes(a))).toEqual(['forehead', 'jaw', 'neck', 'finish']);
      expect(steps.length).toBeGreaterThanOrEqual(5);
      expect(first.text).toMatch(closes(sp.line('tensionAsk')));
      expect(first.ended).toBe(false);
      expect(first.seconds).toBeGreaterThan(200);
      expect(first.seconds).toBeLessThanOrEqual(240);

      await h.conv.say(say.no);
      const second = await h.again().say(say.launch);
      expect(second.text).not.toMatch(sp.line('welcomeFirst'));
      expect(heard(second.text)[0]).toBe('forehead');
      sp.noLeak(first.text, second.text);
    });

    test('a quick massage with the gua sha gives the quick routine, narrated for the stone', async () => {
      const h = fresh({ at: EVENING });
      const ex = await h.conv.say(say.quickGuaSha);
      expect(ex.seconds).toBeLessThan(150);
      // a first quick routine with the stone's full instructions covers fewer areas, each with real time,
      // and is still a face massage: the forehead, the jaw and the finish at least
      const steps = heard(ex.text);
      expect(steps[0]).toBe('forehead');
      expect(steps).toContain('jaw');
      expect(steps[steps.length - 1]).toBe('finish');
      expect(['forehead', 'temples', 'jaw', 'neck', 'finish']).toEqual(expect.arrayContaining(steps));
      for (const a of steps) {
        expect(ex.text).toContain(sp.content.areas[a].instructions.guasha);
        expect(ex.text).not.toContain(sp.content.areas[a].instructions.hands);
      }
    });

    test('a jaw that is tight tonight gets more time than usual', async () => {
      const plain = await fresh({ at: EVENING }).conv.say(say.plainStart);
      const focused = await fresh({ at: EVENING }).conv.say(say.jawTight);
      const jawHold = (t: string) => {
        const steps = heard(t);
        const next = steps[steps.indexOf('jaw') + 1];
        return holdOf(t, 'jaw', sp.content.areas.jaw.intro, sp.content.areas[next].intro);
      };
      expect(focused.text).toMatch(sp.line('focusNote', { area: sp.area('jaw') }));
      expect(plain.text).not.toMatch(sp.line('focusNote'));
      expect(jawHold(focused.text)).toBeGreaterThan(jawHold(plain.text) * 1.3);
    });
  });

  describe('controls', () => {
    test('next at the very start moves on from the forehead', async () => {
      const h = fresh({ at: EVENING });
      const start = await h.conv.say(say.launch);
      const ex = await h.conv.say(`@2s ${say.next}`);
      expect(ex.text).toMatch(opens(sp.line('ackNext')));
      expect(heard(ex.text)[0]).toBe(heard(start.text)[1]);
    });

    test('a control mid-chapter acts on the step the user was on', async () => {
      const h = fresh({ at: EVENING });
      const start = await h.conv.say(say.launch);
      const steps = heard(start.text);
      const beforeJaw = steps[steps.indexOf('jaw') - 1];
      const repeat = await h.conv.say(`@${Math.round(secondsTo(start, 'jaw', sp.content) + 6)}s ${say.repeat}`);
      expect(repeat.text).toMatch(opens(sp.line('ackRepeat')));
      expect(heard(repeat.text)[0]).toBe('jaw');
      const back = await h.conv.say(`@5s ${say.back}`);
      expect(back.text).toMatch(opens(sp.line('ackPrevious')));
      expect(heard(back.text)[0]).toBe(beforeJaw);
      const slower = await h.conv.say(`@5s ${say.slower}`);
      expect(slower.text).toMatch(opens(sp.line('ackSlower')));
      expect(heard(slower.text)[0]).toBe(beforeJaw);
      expect(slower.ssml).toMatch(/rate="85%"/);
    });

    test('pause remembers the exact step, resume continues there', async () => {
      const h = fresh({ at: EVENING });
      const start = await h.conv.say(say.launch);
      const second = heard(start.text)[1];
      const paused = await h.conv.say(`@${Math.round(secondsTo(start, second, sp.content) + 3)}s ${say.pause}`);
      expect(paused.text).toMatch(sp.line('paused', { area: sp.area(second) }));
      expect(paused.ended).toBe(false);
      const resumed = await h.conv.say(say.resume);
      expect(resumed.text).toMatch(opens(sp.line('ackResume')));
      expect(heard(resumed.text)[0]).toBe(second);
    });

    test('stop keeps the place; the next launch picks up there and goes straight on', async () => {
      const h = fresh({ at: EVENING });
      const start = await h.conv.say(say.launch);
      const [, second, third] = heard(start.text);
      const stop = await h.conv.say(`@${Math.round(secondsTo(start, second, sp.content) + 3)}s ${say.stop}`);
      expect(stop.text).toMatch(sp.line('stopMid', { area: sp.area(second) }));
      expect(stop.ended).toBe(true);
      h.conv.wait(600);
      const again = await h.again().say(say.open);
      expect(again.text).toMatch(opens(sp.line('resumeAt', { area: sp.area(second) })));
      expect(heard(again.text).slice(0, 2)).toEqual([second, third]);
    });

    test.each(GO_ON[sp.locale])('the deep routine comes in parts; "%s" carries on', async (goOn) => {
      const h = fresh({ at: EVENING });
      const first = await h.conv.say(DEEP[sp.locale]);
      expect(first.ended).toBe(false);
      expect(first.reprompt).toBeTruthy();
      // the part ends between two areas with a short question naming the next one
      const next = partQuestionArea(first.text, sp);
      expect(next).toBeDefined();
      const second = await h.conv.say(goOn);
      expect(heard(second.text)[0]).toBe(next);
    });

    test('after the end, next moves past the tension question; next at the offer to reflect is a no, not "that was the last area"', async () => {
      const h = fresh({ at: EVENING });
      await h.conv.say(say.launch);
      const skip = await h.conv.say(say.next);
      expect(skip.text).toMatch(closes(sp.line('reflectOffer')));
      const ex = await h.conv.say(say.next);
      expect(ex.text).not.toMatch(sp.line('lastAlready'));
      expect(ex.ended).toBe(true);
    });

    test('help, fallback, cancel', async () => {
      const h = fresh({ at: EVENING });
      await h.conv.say(say.launch);
      const help = await h.conv.say(`@30s ${say.help}`);
      expect(help.text).toMatch(whole(sp.line('help'), sp.line('helpCarryOn', { area: sp.area('forehead') })));
      const yes = await h.conv.say(say.yes);
      expect(heard(yes.text)[0]).toBe('forehead');
      const odd = await h.conv.say(`@3s ${say.nonsense}`);
      expect(odd.text).toMatch(opens(sp.line('fallback')));
      expect(odd.ended).toBe(false);
      const cancel = await h.conv.say(say.cancel);
      expect(cancel.ended).toBe(true);
      expect(cancel.text).toMatch(sp.line('stopMid', { area: sp.area('forehead') }));
      sp.noLeak(help.text, odd.text, cancel.text);
    });

    test('controls with no massage going offer to start one', async () => {
      const h = fresh({ at: EVENING });
      const ex = await h.conv.say(say.backOneShot);
      expect(ex.text).toMatch(sp.line('noRoutine'));
      const yes = await h.conv.say(say.yes);
      expect(heard(yes.text)[0]).toBe('forehead');
    });

    test('cues never repeat back to back, across a whole deep routine', async () => {
      const h = fresh({ at: EVENING, seed: 3 });
      let ex = await h.conv.say(DEEP[sp.locale]);
      const texts = [ex.text];
      while (partQuestionArea(ex.text, sp)) {
        ex = await h.conv.say(say.yes);
        texts.push(ex.text);
      }
      expect(heard(texts.join(' '))).toEqual([...AREAS]);
      const all = texts.join(' ');
      const cues = [...all.matchAll(/\] ([^[]+?) \[/g)].map((m) => m[1]).filter((c) => c.split(' ').length <= 6);
      expect(cues.length).toBeGreaterThan(5);
      for (let i = 1; i < cues.length; i++) expect(cues[i]).not.toBe(cues[i - 1]);
      for (const c of cues) expect(cues.filter((d) => d === c).length).toBeLessThanOrEqual(2);
    });
  });

  describe('one run counts once', () => {
    test.each(['next', 'repeat', 'back', 'pause'] as const)('"%s" during the last area or after the end never counts the routine twice', async (control) => {
      const userId = `once-${sp.locale}-${control}`;
      const h = fresh({ at: EVENING, userId });
      const start = await h.conv.say(say.launch);
      // "back" after the end; the others during the last area
      const line = control === 'back' ? say.back : `@${Math.round(secondsTo(start, 'finish', sp.content) + 3)}s ${say[control]}`;
      const ex = await h.conv.say(line);
      expect(ex.text).not.toMatch(sp.line('streakSameDay'));
      if (control === 'pause') await h.conv.say(say.resume);
      await h.conv.say(say.no);
      expect((await h.store.loadProfile(userId))?.stats.completed).toBe(1);
    });

    test('"go back" after the end replays the last area, the finishing touch', async () => {
      const h = fresh({ at: EVENING });
      await h.conv.say(say.launch);
      const back = await h.conv.say(say.back);
      expect(heard(back.text)).toEqual(['finish']);
    });

    test('a preferred focus set mid-routine carries on from the same area', async () => {
      const h = fresh({ at: EVENING });
      await h.conv.say(say.quick);
      const paused = await h.conv.say(`@60s ${say.pause}`);
      const area = AREAS.find((a) => sp.line('paused', { area: sp.area(a) }).test(paused.text));
      expect(area).toBeDefined();
      const ex = await h.conv.say(say.focusBrows);
      expect(ex.text).toMatch(opens(sp.line('prefFocus', { area: sp.area('brows') })));
      expect(heard(ex.text)[0]).toBe(area);
    });
  });
});
