import { closes, COMMON, eachLocale, either, opens, type Phrasebook, type Speaker, type SuiteLocale } from '../helpers/locales';
import { dynamoTable } from '../helpers/dynalite';
import { areasHeard, at, firstArea, introsAt, pickedUpLater, secondsBefore, secondsTo, stepsHeard, type Place } from '../helpers/places';
import type { AreaId } from '../../lambda/routine/types';

/**
 * Discomfort said like a person would, at every place in the routine: a calm answer that matches
 * what was said, never a fallback, then the routine waits at the next area and goes on gently. A sore
 * area the user names is left out of the rest of the evening's routine. Once the massage is over,
 * the words fit that moment: nothing about pressing.
 */

type Kind = 'pain' | 'skin' | 'unwell';
type Said = 'hurts' | 'ouch' | 'tooHard' | 'skinSore' | 'burning' | 'skinBurning' | 'rash' | 'spot' | 'cut' | 'sunburn' | 'dizzy' | 'sick' | 'faint' | 'headache';
const KIND: Record<Said, Kind> = {
  hurts: 'pain',
  ouch: 'pain',
  tooHard: 'pain',
  skinSore: 'pain',
  burning: 'skin',
  skinBurning: 'skin',
  rash: 'skin',
  spot: 'skin',
  cut: 'skin',
  sunburn: 'skin',
  dizzy: 'unwell',
  sick: 'unwell',
  faint: 'unwell',
  headache: 'unwell',
};
type Line = Said | 'carryOn' | 'cutOnNeck' | 'jawHurts' | 'dizzyOneShot' | 'back' | 'startOver' | 'quick';
const SAY: Phrasebook<Line> = {
  'en-US': {
    hurts: 'it hurts',
    ouch: 'ouch',
    tooHard: "that's too hard",
    skinSore: 'my skin is sore',
    burning: "it's burning",
    skinBurning: 'my skin is burning',
    rash: 'i have a rash here',
    spot: 'i have a spot here',
    cut: 'i have a cut here',
    sunburn: 'i have sunburn here',
    dizzy: 'i feel dizzy',
    sick: 'i feel sick',
    faint: 'i feel faint',
    headache: 'i have a headache',
    carryOn: 'carry on',
    cutOnNeck: 'i have a cut on my neck',
    jawHurts: 'my jaw hurts',
    dizzyOneShot: 'ask my face massage i feel dizzy',
    back: 'go back',
    startOver: 'start over',
    quick: 'start a quick massage',
  },
  'de-DE': {
    hurts: 'es tut weh',
    ouch: 'aua',
    tooHard: 'das ist zu fest',
    skinSore: 'meine Haut ist wund',
    burning: 'es brennt',
    skinBurning: 'meine Haut brennt',
    rash: 'ich habe hier einen Ausschlag',
    spot: 'ich habe hier einen Pickel',
    cut: 'ich habe hier einen Kratzer',
    sunburn: 'ich habe hier einen Sonnenbrand',
    dizzy: 'mir ist schwindelig',
    sick: 'mir ist übel',
    faint: 'ich fühle mich schwach',
    headache: 'ich habe Kopfschmerzen',
    carryOn: 'weiter',
    cutOnNeck: 'ich habe einen Kratzer an meinem Hals',
    jawHurts: 'mein Kiefer tut weh',
    dizzyOneShot: 'sag meine Gesichtsmassage, mir ist schwindelig',
    back: 'zurück',
    startOver: 'von vorne',
    quick: 'starte eine kurze Massage',
  },
};
const ANSWER = (sp: Speaker, kind: Kind) => opens(sp.line(kind === 'pain' ? 'safetyPain' : kind === 'skin' ? 'safetySkin' : 'safetyUnwell'));
/** Once the massage is over: rest and let it settle (feeling unwell keeps its own answer). */
const AFTER = (sp: Speaker, kind: Kind) => opens(sp.line(kind === 'pain' ? 'safetyAfterPain' : kind === 'skin' ? 'safetyAfterSkin' : 'safetyUnwell'));
/** Words about pressing, touch or a lighter massage: they fit only while the hands are at work. */
const PRESSING: Record<SuiteLocale, RegExp> = { 'en-US': /\b(press\w*|pressure|lighter|touch|gently)\b/i, 'de-DE': /(drück|druck|sanft|berühr|massier)/i };
/** What is heard of an area when it is played: its instructions in every form, and its own cues. */
const playedOf = (sp: Speaker, area: AreaId): string[] => {
  const a = sp.content.areas[area];
  return [...Object.values(a.instructions), ...Object.values(a.bedtimeInstructions), ...Object.values(a.short), ...a.cues, ...a.intro];
};
const plays = (sp: Speaker, text: string, area: AreaId) => playedOf(sp, area).some((words) => text.includes(words));
const PLACES: Place[] = ['start', 'mid', 'between', 'end'];

eachLocale((sp) => {
  /** This language's own dynalite table, a user of its own for each conversation. */
  const db = dynamoTable(`SafetyConversation-${sp.locale}`);
  const say = SAY[sp.locale];
  const fallback = either(sp.line('fallback'), sp.line('fallbackRoutine'), sp.line('fallbackIdle'));
  const cases = (Object.keys(KIND) as Said[]).flatMap((said) => PLACES.map((place) => [say[said], place, KIND[said]] as const));

  test.each(cases)('"%s" at the %s', async (phrase, place, kind) => {
    const { h, prefix, here, next: after } = await at(place, sp, 'safety', db.store);
    // At the start (2 s in, during the welcome) the first area has not begun: it waits there.
    const next = place === 'start' ? here : after;
    const ex = await h.conv.say(prefix + phrase);
    expect(ex.sent).toBe('DiscomfortIntent');
    expect(ex.text).toMatch(place === 'end' ? AFTER(sp, kind) : ANSWER(sp, kind));
    expect(ex.text).not.toMatch(fallback);
    sp.noLeak(ex.text, ex.reprompt);
    if (place === 'end') {
      // the massage is over: nothing about pressing; unwell ends the evening; otherwise the close's
      // question (the tension check-in, or the reflection) is asked again
      expect(`${ex.text} ${ex.reprompt ?? ''}`).not.toMatch(PRESSING[sp.locale]);
      if (kind === 'unwell') expect(ex.ended).toBe(true);
      else expect(ex.text).toMatch(closes(either(sp.line('tensionAsk'), sp.line('reflectOffer'))));
      return;
    }
    expect(ex.text).toMatch(closes(sp.line(kind === 'unwell' ? 'safetyRest' : 'safetyCarryOn', { area: sp.area(next) })));
    expect(ex.ended).toBe(false);
    const on = await h.conv.say(kind === 'unwell' ? say.carryOn : COMMON[sp.locale].yes);
    expect(on.text).toMatch(opens(sp.line('ackGently')));
    expect(firstArea(on.text, sp.content)).toBe(next);
  });

  test.each([
    ['a first evening, warming the oil', 'ouch', false],
    ['a first evening, warming the oil', 'dizzy', false],
    ['a returning evening, as the oil is named', 'ouch', true],
    ['a returning evening, as the oil is named', 'dizzy', true],
  ] as const)('said before the first area begins (%s): it carries on with that first area, more gently (%s)', async (_when, said, returning) => {
    const h = sp.harness({ store: db.store, userId: `safety-oil-${returning}-${said}-${Math.random()}` });
    if (returning) {
      await h.conv.say(COMMON[sp.locale].launch);
      await h.conv.say(COMMON[sp.locale].stop);
      h.conv.wait(24 * 3600);
    }
    const c = returning ? h.again() : h.conv;
    const start = await c.say(COMMON[sp.locale].launch);
    const first = firstArea(start.text, sp.content)!;
    const before = start.text.indexOf(sp.content.areas[first].intro.find((i) => start.text.includes(i))!);
    // just before the first area is named: during the oil's pause, or its few words
    const ex = await c.say(`@${Math.max(0, Math.floor(secondsBefore(start, before)) - 1)}s ${say[said]}`);
    expect(ex.sent).toBe('DiscomfortIntent');
    expect(ex.text).toMatch(closes(sp.line(said === 'dizzy' ? 'safetyRest' : 'safetyCarryOn', { area: sp.area(first) })));
    const on = await c.say(said === 'dizzy' ? say.carryOn : COMMON[sp.locale].yes);
    expect(on.text).toMatch(opens(sp.line('ackGently')));
    expect(firstArea(on.text, sp.content)).toBe(first);
  });

  test('"stop" after it ends for tonight and keeps the place at the next area', async () => {
    const { h, prefix, next } = await at('mid', sp, 'safety-stop', db.store);
    await h.conv.say(`${prefix}${say.ouch}`);
    const stop = await h.conv.say(COMMON[sp.locale].stop);
    expect(stop.text).toMatch(sp.line('stopMid', { area: sp.area(next) }));
    expect(stop.ended).toBe(true);
    h.conv.wait(3600);
    const back = await h.again().say(COMMON[sp.locale].open);
    expect(back.text).toMatch(opens(sp.line('resumeAt', { area: sp.area(next) })));
  });

  test('feeling unwell while the routine waits after a sore spot: the answer for feeling unwell, and it still waits at the same area', async () => {
    const { h, prefix, next } = await at('mid', sp, 'safety-twice', db.store);
    await h.conv.say(`${prefix}${say.ouch}`);
    const dizzy = await h.conv.say(say.dizzy);
    expect(dizzy.sent).toBe('DiscomfortIntent');
    expect(dizzy.text).toMatch(ANSWER(sp, 'unwell'));
    expect(dizzy.text).toMatch(closes(sp.line('safetyRest', { area: sp.area(next) })));
    const on = await h.conv.say(say.carryOn);
    expect(firstArea(on.text, sp.content)).toBe(next);
  });

  test('a sore area that is next is left out: the routine goes on after it', async () => {
    const { h, prefix, next } = await at('mid', sp, 'safety-area', db.store);
    // on the jaw; the neck comes next tonight, and the user names it: the finish comes after it
    expect(next).toBe('neck');
    const ex = await h.conv.say(`${prefix}${say.cutOnNeck}`);
    expect(ex.text).toMatch(closes(sp.line('safetyCarryOn', { area: sp.area('finish') })));
    expect(firstArea((await h.conv.say(COMMON[sp.locale].yes)).text, sp.content)).toBe('finish');
  });

  test('said without a routine, or during the questions, it still gets a calm answer', async () => {
    const idle = sp.harness({ store: db.store, userId: 'safety-idle' });
    const ex = await idle.conv.say(say.dizzyOneShot);
    expect(ex.text).toMatch(ANSWER(sp, 'unwell'));
    expect(ex.ended).toBe(true);
    const { h } = await at('end', sp, 'safety-reflect', db.store);
    await h.conv.say(COMMON[sp.locale].skip); // the tension check-in
    const q = await h.conv.say(COMMON[sp.locale].yes);
    expect(q.elicit?.slot).toBe('great');
    const ouch = await h.conv.say(say.ouch);
    expect(ouch.text).toMatch(AFTER(sp, 'pain'));
    expect(ouch.text).not.toMatch(PRESSING[sp.locale]);
    expect(ouch.elicit?.slot).toBe('great'); // the question, asked again
    sp.noLeak(ex.text, ouch.text);
  });

  test("\"my jaw hurts\" at the tension check-in: a calm answer, and the jaw is kept as tonight's answer", async () => {
    const { h } = await at('end', sp, 'safety-checkin', db.store);
    expect(h.conv.last!.text).toMatch(closes(sp.line('tensionAsk')));
    const ex = await h.conv.say(say.jawHurts);
    expect(ex.text).toMatch(AFTER(sp, 'pain'));
    expect(ex.text).not.toMatch(PRESSING[sp.locale]);
    expect(ex.text).toMatch(closes(sp.line('reflectOffer')));
    const userId = ex.request.context.System.user.userId;
    expect((await h.store.loadProfile(userId))?.tension?.['2026-11-24']).toEqual(['jaw']);
  });

  test.each([
    ['the offer to reflect', 'offer'],
    ['each of the three questions', 'questions'],
  ] as const)('after the massage, at %s: words for that moment, never about pressing, and the question goes on', async (_, where) => {
    const { h } = await at('end', sp, `safety-after-${where}`, db.store);
    const offer = await h.conv.say(COMMON[sp.locale].skip); // the tension check-in
    expect(offer.text).toMatch(closes(sp.line('reflectOffer')));
    if (where === 'offer') {
      for (const said of ['hurts', 'skinBurning', 'rash'] as const) {
        const ex = await h.conv.say(say[said]);
        expect(ex.text).toMatch(AFTER(sp, KIND[said]));
        expect(`${ex.text} ${ex.reprompt ?? ''}`).not.toMatch(PRESSING[sp.locale]);
        expect(ex.text).toMatch(closes(sp.line('reflectOffer')));
      }
      return;
    }
    const first = await h.conv.say(COMMON[sp.locale].yes);
    expect(first.elicit?.slot).toBe('great');
    for (const [slot, said] of [['great', 'hurts'], ['challenging', 'tooHard'], ['better', 'ouch']] as const) {
      const ex = await h.conv.say(say[said]);
      expect(ex.sent).toBe('DiscomfortIntent');
      expect(ex.text).toMatch(AFTER(sp, 'pain'));
      expect(`${ex.text} ${ex.reprompt ?? ''}`).not.toMatch(PRESSING[sp.locale]);
      expect(ex.elicit?.slot).toBe(slot); // the same question again
      if (slot !== 'better') expect((await h.conv.say(COMMON[sp.locale].skip)).elicit?.slot).not.toBe(slot);
    }
  });

  describe('a sore area named before the routine reaches it', () => {
    /** On the forehead, "my jaw hurts": the jaw comes later tonight, not next. */
    async function jawSoreOnForehead(name: string) {
      const { h, here, next } = await at('start', sp, name, db.store);
      const tonight = areasHeard(h.conv.last!.text, sp.content);
      expect(here).toBe('forehead');
      expect(tonight).toContain('jaw');
      expect(next).not.toBe('jaw');
      const onForehead = Math.round(secondsTo(h.conv.last!, 'forehead', sp.content) + 4);
      const ex = await h.conv.say(`@${onForehead}s ${say.jawHurts}`);
      expect(ex.sent).toBe('DiscomfortIntent');
      expect(ex.text).toMatch(ANSWER(sp, 'pain'));
      expect(ex.text).toMatch(closes(sp.line('safetyCarryOn', { area: sp.area(next) })));
      return { h, tonight, next };
    }
    /** The few words where the routine passes the jaw, between the areas around it. */
    const leftOut = (sp2: Speaker) => sp2.line('soreLeftOut', { area: sp2.area('jaw') });
    function passesJaw(text: string, tonight: AreaId[]) {
      const [before, after] = [tonight[tonight.indexOf('jaw') - 1], tonight[tonight.indexOf('jaw') + 1]];
      const note = text.search(leftOut(sp));
      expect(note).toBeGreaterThan(0);
      const intros = introsAt(text, sp.content);
      expect(intros.find((i) => i.area === before)!.at).toBeLessThan(note);
      expect(intros.find((i) => i.area === after)!.at).toBeGreaterThan(note);
    }

    test('when the routine reaches it, the jaw is left out with a few words, and every other area plays', async () => {
      const { h, tonight, next } = await jawSoreOnForehead('sore-later');
      const on = await h.conv.say(COMMON[sp.locale].yes);
      expect(stepsHeard(on.text, sp.content)).toEqual(tonight.slice(tonight.indexOf(next)).filter((a) => a !== 'jaw'));
      expect(plays(sp, on.text, 'jaw')).toBe(false);
      passesJaw(on.text, tonight);
      sp.noLeak(on.text);
    });

    test('it stays left out for the evening: after go back, start over, and the place kept by stop', async () => {
      const { h, tonight } = await jawSoreOnForehead('sore-evening');
      const on = await h.conv.say(COMMON[sp.locale].yes);
      const after = tonight[tonight.indexOf('jaw') + 1];
      // on the area after the jaw, "go back": the one before the jaw, then past it again
      const back = await h.conv.say(`@${Math.round(secondsTo(on, after, sp.content) + 3)}s ${say.back}`);
      expect(firstArea(back.text, sp.content)).toBe(tonight[tonight.indexOf('jaw') - 1]);
      expect(plays(sp, back.text, 'jaw')).toBe(false);
      passesJaw(back.text, tonight);
      const again = await h.conv.say(`@5s ${say.startOver}`);
      expect(stepsHeard(again.text, sp.content)).toEqual(tonight.filter((a) => a !== 'jaw'));
      passesJaw(again.text, tonight);
      const stop = await h.conv.say(`@5s ${COMMON[sp.locale].stop}`);
      expect(stop.ended).toBe(true);
      h.conv.wait(1800);
      const reopened = await h.again().say(COMMON[sp.locale].open);
      expect(reopened.text).toMatch(opens(sp.line('resumeAt', { area: sp.area('forehead') })));
      expect(plays(sp, reopened.text, 'jaw')).toBe(false);
      passesJaw(reopened.text, tonight);
    });

    test('"start over" from the questions afterwards: the new routine leaves it out too', async () => {
      const { h, tonight } = await jawSoreOnForehead('sore-questions');
      await h.conv.say(COMMON[sp.locale].yes); // to the end, and the tension check-in
      await h.conv.say(COMMON[sp.locale].skip);
      expect((await h.conv.say(COMMON[sp.locale].yes)).elicit?.slot).toBe('great');
      const leave = await h.conv.say(say.startOver);
      expect(leave.text).toMatch(closes(sp.line('reflectLeaveStartOver')));
      const again = await h.conv.say(COMMON[sp.locale].yes);
      expect(stepsHeard(again.text, sp.content)).toEqual(tonight.filter((a) => a !== 'jaw'));
      passesJaw(again.text, tonight);
    });

    test('a new routine the same evening leaves it out too; the next evening, the jaw is back', async () => {
      const { h } = await jawSoreOnForehead('sore-new');
      const quick = await h.conv.say(say.quick);
      expect(areasHeard(quick.text, sp.content)).not.toContain('jaw');
      expect(quick.text).toMatch(leftOut(sp));
      // stopped mid-way, and picked up the next evening: the kept place has its jaw again
      await h.conv.say(`@5s ${COMMON[sp.locale].stop}`);
      h.conv.wait(24 * 3600);
      const tomorrow = await h.again().say(COMMON[sp.locale].open);
      pickedUpLater(tomorrow.text, sp, 'forehead');
      expect(areasHeard(tomorrow.text, sp.content)).toContain('jaw');
      expect(tomorrow.text).not.toMatch(leftOut(sp));
    });
  });
});
