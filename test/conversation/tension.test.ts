import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { countNoun } from '../../lambda/content';
import { AREAS, type AreaId } from '../../lambda/routine/types';
import type { TensionArea } from '../../lambda/progress/tension';
import type { Exchange } from '../../local/conversation';
import { countCommands, dynamoTable } from '../helpers/dynalite';
import { closes, COMMON, eachLocale, eitherCase, inOrder, opens, whole, type Phrasebook, type Speaker, type SuiteLocale } from '../helpers/locales';
import { introsAt } from '../helpers/places';
import { harness, type Harness } from '../helpers/skill';

/** The nightly tension check-in, across several evenings, on dynalite, through the shipped model. */

const TABLE = 'TensionConversation';
const db = dynamoTable(TABLE);

async function checkIns(userId: string) {
  return (await db.store.loadProfile(userId))?.tension ?? {};
}

async function items(userId: string): Promise<number> {
  const r = await db.doc.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `USER#${userId}` } }));
  return r.Items?.length ?? 0;
}

type Say =
  | 'jaw' | 'neck' | 'temples' | 'cheeks' | 'jawTemples' | 'jawNeck' | 'nowhere' | 'everywhere' | 'unclear' | 'dontKnow'
  | 'reflectOff' | 'oneShot' | 'focusNeck' | 'alwaysCheeks' | 'checkInOff' | 'checkInOn' | 'checkInOffAsAnswer'
  | 'walk' | 'call' | 'something' | 'journalToday' | 'deleteJournal' | 'deleteAll' | 'deleteYesterday'
  | 'whereTension' | 'noticed' | 'easing' | 'howAmIDoing' | 'skip';

const SAY: Phrasebook<Say> = {
  'en-US': {
    jaw: 'my jaw',
    neck: 'my neck',
    temples: 'my temples',
    cheeks: 'my cheeks',
    jawTemples: 'my temples and my jaw',
    jawNeck: 'my jaw and my neck',
    nowhere: 'nowhere',
    everywhere: 'everywhere',
    unclear: 'purple monkey dishwasher',
    dontKnow: "i don't know",
    reflectOff: 'ask my face massage to stop asking me to reflect',
    oneShot: 'tell my face massage my jaw was tight',
    focusNeck: 'start my face massage and focus on my neck',
    alwaysCheeks: 'ask my face massage to always focus on my cheeks',
    checkInOff: 'ask my face massage to stop asking about tension',
    checkInOn: 'ask my face massage to ask about tension again',
    checkInOffAsAnswer: "don't ask me about tension",
    walk: 'a quiet walk',
    call: 'a long call with mum',
    something: 'something good',
    journalToday: 'ask my face massage what did i say today',
    deleteJournal: 'ask my face massage to delete my journal',
    deleteAll: 'ask my face massage to delete all my data',
    deleteYesterday: "ask my face massage to delete yesterday's entry",
    whereTension: 'ask my face massage where do i hold tension',
    noticed: 'ask my face massage what have i noticed',
    easing: 'ask my face massage is my tension easing',
    howAmIDoing: 'ask my face massage how am i doing',
    skip: 'skip',
  },
  'de-DE': {
    jaw: 'mein Kiefer',
    neck: 'mein Nacken',
    temples: 'meine Schläfen',
    cheeks: 'meine Wangen',
    jawTemples: 'meine Schläfen und mein Kiefer',
    jawNeck: 'mein Kiefer und mein Nacken',
    nowhere: 'nirgends',
    everywhere: 'überall',
    unclear: 'grüner Regenschirm im Keller',
    dontKnow: 'weiß nicht',
    reflectOff: 'sag meine Gesichtsmassage, ab jetzt ohne Rückblick',
    oneShot: 'sag meine Gesichtsmassage, mein Kiefer war verspannt',
    focusNeck: 'starte meine Gesichtsmassage und konzentrier dich auf meinen Nacken',
    alwaysCheeks: 'sag meine Gesichtsmassage, konzentrier dich immer auf meine Wangen',
    checkInOff: 'sag meine Gesichtsmassage, frag nicht mehr nach Spannung',
    checkInOn: 'sag meine Gesichtsmassage, frag wieder nach Spannung',
    checkInOffAsAnswer: 'frag mich nicht mehr nach Spannung',
    walk: 'ein ruhiger Spaziergang',
    call: 'ein langes Telefonat mit Mama',
    something: 'etwas Schönes',
    journalToday: 'frag meine Gesichtsmassage, was ich heute gesagt habe',
    deleteJournal: 'öffne meine Gesichtsmassage und lösche mein Tagebuch',
    deleteAll: 'öffne meine Gesichtsmassage und lösche alle meine Daten',
    deleteYesterday: 'öffne meine Gesichtsmassage und lösche den Eintrag von gestern',
    whereTension: 'frag meine Gesichtsmassage, wo ich meistens verspannt bin',
    noticed: 'frag meine Gesichtsmassage, was dir aufgefallen ist',
    easing: 'frag meine Gesichtsmassage, lässt meine Spannung nach',
    howAmIDoing: 'frag meine Gesichtsmassage, wie es bei mir läuft',
    skip: 'überspringen',
  },
};

/** Answers to "Where did you feel the most tension tonight?", and what each keeps. */
const ANSWERS: Record<SuiteLocale, [string, string[]][]> = {
  'en-US': [
    ['my jaw', ['jaw']],
    ['around my eyes', ['eyes']],
    ['my neck and shoulders', ['neck']],
    ['my forehead', ['forehead']],
    ['my jaw and my temples', ['jaw', 'temples']],
    ['mostly my cheeks and ears', ['cheeks', 'ears']],
    ['my jaw is tight', ['jaw']],
    ['the jaw', ['jaw']],
    ['in the temples', ['temples']],
    ['my head', ['forehead']],
    ['behind my eyes', ['eyes']],
    ['the back of my neck', ['neck']],
    ['it was all in my jaw again', ['jaw']],
    ['nowhere', ['nowhere']],
    ['nothing really', ['nowhere']],
    ['everywhere', ['everywhere']],
    ["i don't know", ['unsure']],
    ['I dont know', ['unsure']],
    ['skip', ['skipped']],
    ['no', ['skipped']],
  ],
  'de-DE': [
    ['mein Kiefer', ['jaw']],
    ['rund um die Augen', ['eyes']],
    ['Nacken und Schultern', ['neck']],
    ['meine Stirn', ['forehead']],
    ['im Kiefer und in den Schläfen', ['jaw', 'temples']],
    ['vor allem Wangen und Ohren', ['cheeks', 'ears']],
    ['mein Kiefer ist verspannt', ['jaw']],
    ['der Kiefer', ['jaw']],
    ['nirgends', ['nowhere']],
    ['eigentlich nichts', ['nowhere']],
    ['mein Kopf', ['forehead']],
    ['hinter den Augen', ['eyes']],
    ['hinten im Nacken', ['neck']],
    ['eigentlich nirgendwo', ['nowhere']],
    ['überall', ['everywhere']],
    ['keine Ahnung', ['unsure']],
    ['überspringen', ['skipped']],
    ['nein', ['skipped']],
  ],
};

/** The patterns word for word, as each language says them: its numbers, its counted evenings, its agreement. */
const PATTERNS: Record<SuiteLocale, { two: string; three: string; ten: string; more: string; allNamed: string; allOver: string }> = {
  'en-US': {
    two: "So far you've told me about two evenings. After three, I can start to show you a pattern.",
    three: 'Your jaw was tight on two of the last seven evenings, and your neck on one.',
    ten: "Your jaw was tight on two of the last seven evenings. Over the last thirty, your jaw came up most, on four evenings. It's easing: two tight evenings, down from three the week before.",
    more: 'Your jaw was tight on two of the last seven evenings. A few more tight evenings than the week before: two, up from none.',
    allNamed: 'Your jaw was tight on two of the last seven evenings, and your cheeks on one. Your neck and your temples came up too. And on one evening, you felt it all over.',
    allOver: 'On two of the last seven evenings, you felt it all over. Your jaw came up too.',
  },
  'de-DE': {
    two: 'Bisher hast du mir von 2 Abenden erzählt. Ab drei Abenden kann ich dir ein Muster zeigen.',
    three: 'An zwei der letzten sieben Abende lag die Spannung im Kiefer, an einem im Nacken.',
    ten: 'An zwei der letzten sieben Abende lag die Spannung im Kiefer. Über die letzten dreißig Abende lag die Spannung am häufigsten im Kiefer, an 4 Abenden. Es lässt nach: Spannung an 2 Abenden, in der Woche davor an drei.',
    more: 'An zwei der letzten sieben Abende lag die Spannung im Kiefer. Das ist mehr als zuvor: Spannung an 2 Abenden, in der Woche davor an keinem.',
    allNamed: 'An zwei der letzten sieben Abende lag die Spannung im Kiefer, an einem in den Wangen. Ab und zu auch im Nacken und an den Schläfen. An einem Abend war die Spannung überall.',
    allOver: 'An zwei der letzten sieben Abende war die Spannung überall. Ab und zu auch im Kiefer.',
  },
};

/** How the check-in acknowledges what it kept. */
function ackOf(sp: Speaker, kept: string[]): RegExp {
  const t = sp.content.tension;
  if (AREAS.includes(kept[0] as AreaId)) {
    const [a, b] = kept.map((id) => sp.place(id as TensionArea));
    return sp.line('tensionNoted', { areas: eitherCase(b ? t.and(a, b) : a) });
  }
  return sp.line(({ nowhere: 'tensionNowhere', everywhere: 'tensionEverywhere', unsure: 'tensionUnsure', skipped: 'tensionSkipped' } as const)[kept[0] as 'nowhere']);
}

/** Seconds of silence from an area's intro to the next area's. */
function silenceOf(sp: Speaker, text: string, area: AreaId): number {
  const list = introsAt(text, sp.content);
  const i = list.findIndex((x) => x.area === area);
  if (i < 0) return 0;
  const part = text.slice(list[i].at, list[i + 1]?.at ?? text.length);
  return [...part.matchAll(/\[([\d.]+) s\]/g)].reduce((t, m) => t + Number(m[1]), 0);
}

eachLocale((sp) => {
  const say = SAY[sp.locale];
  const { launch, yes, no, help, stop } = COMMON[sp.locale];
  const t = sp.content.tension;
  const MONDAY = sp.at('21:00', '2026-11-23');
  const user = (name: string) => `${name}-${sp.locale}`;
  const make = (name: string, at = MONDAY) => sp.harness({ store: db.store, userId: user(name), at });
  const ASKED = closes(sp.line('tensionAsk'));
  const OFFER = closes(sp.line('reflectOffer'));
  const num = (n: number) => t.numbers[n];
  const was = (id: TensionArea, forms: { one: string; other: string }) => (t.plural.includes(id) ? forms.other : forms.one);
  const focusLastNight = (id: TensionArea) => sp.line('tensionFocusLastNight', { area: eitherCase(sp.place(id)), was: was(id, t.was) });

  /** One evening: the routine, the check-in answered (or not), no reflection; the next evening a day later. */
  async function evening(h: Harness, answer?: string): Promise<{ routine: Exchange; ack?: Exchange }> {
    const c = h.again();
    const routine = await c.say(launch);
    let ack: Exchange | undefined;
    if (answer !== undefined && c.isOpen) {
      ack = await c.say(answer);
      if (c.isOpen) await c.say(no);
    } else await c.silence();
    h.conv.wait(24 * 3600);
    return { routine, ack };
  }

  describe('the question and its answers', () => {
    test.each(ANSWERS[sp.locale])('"%s" is kept as %j, acknowledged in a few words, then the reflection offer', async (line, kept) => {
      const userId = user(`t-answer-${ANSWERS[sp.locale].findIndex(([l]) => l === line)}`);
      const h = sp.harness({ store: db.store, userId, at: MONDAY });
      const routine = await h.conv.say(launch);
      expect(routine.text).toMatch(ASKED);
      expect(routine.reprompt).toMatch(whole(sp.line('tensionAskReprompt')));
      const answer = await h.conv.say(line);
      expect(answer.text).toMatch(whole(ackOf(sp, kept), sp.line('reflectOffer')));
      expect(await checkIns(userId)).toEqual({ '2026-11-23': kept });
      expect((await db.store.loadProfile(userId))?.stats.completed).toBe(1);
      sp.noLeak(routine.text, answer.text);
    });

    test('an unclear answer is asked once more, then the evening moves on with nothing kept', async () => {
      const h = make('t-unclear');
      await h.conv.say(launch);
      const again = await h.conv.say(say.unclear);
      expect(again.text).toMatch(closes(sp.line('tensionAskAgain')));
      const on = await h.conv.say(yes);
      expect(on.text).toMatch(OFFER);
      expect(await checkIns(user('t-unclear'))).toEqual({});
    });

    test('a second answer that names nothing is let go in a few words before the reflection offer', async () => {
      const h = make('t-unclear-twice');
      await h.conv.say(launch);
      await h.conv.say(say.unclear);
      const on = await h.conv.say(yes);
      expect(on.text).toMatch(whole(sp.line('tensionLetGo'), sp.line('reflectOffer')));
      expect(await checkIns(user('t-unclear-twice'))).toEqual({});
    });

    test('help explains the answers and asks again', async () => {
      const h = make('t-help');
      await h.conv.say(launch);
      const helped = await h.conv.say(help);
      expect(helped.text).toMatch(whole(sp.line('tensionHelp'), sp.line('tensionAsk')));
      const answer = await h.conv.say(say.temples);
      expect(answer.text).toMatch(opens(ackOf(sp, ['temples'])));
    });

    test('silence ends the session: the routine counts, nothing is kept, and tomorrow asks again', async () => {
      const h = make('t-silent');
      await evening(h);
      expect(await checkIns(user('t-silent'))).toEqual({});
      expect((await db.store.loadProfile(user('t-silent')))?.stats.completed).toBe(1);
      const next = await evening(h, say.jaw);
      expect(next.routine.text).toMatch(ASKED);
    });

    test('a second routine on an evening already answered goes straight to the reflection offer', async () => {
      const h = make('t-twice');
      await h.conv.say(launch);
      await h.conv.say(say.jaw);
      await h.conv.say(no);
      h.conv.wait(1800);
      const again = await h.again().say(launch);
      expect(again.text).not.toMatch(sp.line('tensionAsk'));
      expect(again.text).toMatch(OFFER);
    });

    test('with the reflection turned off, the answer is followed by good night', async () => {
      const h = make('t-no-reflect');
      expect((await h.conv.say(say.reflectOff)).text).toMatch(opens(sp.line('reflectNever')));
      const c = h.again();
      expect((await c.say(launch)).text).toMatch(ASKED);
      const night = await c.say(say.neck);
      expect(night.text).toMatch(whole(ackOf(sp, ['neck']), sp.line('reminderOffer'), sp.line('goodnightBedtime'))); // 9 pm: the bedtime good night
      expect(night.ended).toBe(true);
    });

    test('mid-routine, a bare "I don\'t know" is not taken as tonight\'s answer: the question still comes', async () => {
      const h = make('t-midroutine-word');
      await h.conv.say(launch);
      const odd = await h.conv.say(`@20s ${say.dontKnow}`);
      expect(odd.text).toMatch(whole(sp.line('fallback'), sp.line('fallbackRoutine', { area: sp.area('forehead') })));
      const on = await h.conv.say(yes);
      expect(on.text).toMatch(ASKED);
      expect(await checkIns(user('t-midroutine-word'))).toEqual({});
    });

    test('said at another moment ("my jaw was tight"), it is tonight\'s check-in all the same', async () => {
      const h = make('t-oneshot');
      const told = await h.conv.say(say.oneShot);
      expect(told.sent).toBe('TensionIntent');
      expect(told.text).toMatch(opens(ackOf(sp, ['jaw'])));
      expect(told.ended).toBe(true);
      expect(await checkIns(user('t-oneshot'))).toEqual({ '2026-11-23': ['jaw'] });
      const routine = await h.again().say(launch);
      expect(routine.text).toMatch(OFFER); // already answered tonight
    });
  });

  describe("tomorrow's routine listens", () => {
    test('the area named last night gets more time, said once, at the start of that area', async () => {
      const h = make('t-focus');
      await evening(h, say.jaw);
      const { routine } = await evening(h, say.nowhere);
      const line = new RegExp(focusLastNight('jaw').source, 'g');
      expect(routine.text.match(line)).toHaveLength(1);
      const said = routine.text.search(line);
      const jaw = introsAt(routine.text, sp.content).find((x) => x.area === 'jaw')!;
      expect(said).toBeGreaterThan(jaw.at); // never before the massage begins: inside the jaw's step
      expect(introsAt(routine.text, sp.content)[0].at).toBeLessThan(120); // the first stroke is not delayed
      const plain = make('t-focus-plain');
      await evening(plain, say.nowhere);
      const { routine: usual } = await evening(plain, say.nowhere);
      expect(usual.text).not.toMatch(sp.line('tensionFocusLastNight'));
      expect(silenceOf(sp, routine.text, 'jaw')).toBeGreaterThanOrEqual(1.5 * silenceOf(sp, usual.text, 'jaw') - 0.5);
    });

    test('named on earlier evenings but not last night, it says "lately"', async () => {
      const h = make('t-focus-lately');
      await evening(h, say.temples);
      await evening(h, say.jawTemples);
      h.conv.wait(24 * 3600); // no massage that evening, so tonight's focus is new
      const { routine } = await evening(h, say.nowhere);
      expect(routine.text).toMatch(sp.line('tensionFocusLately', { area: eitherCase(sp.place('temples')), hasBeen: was('temples', t.hasBeen) }));
    });

    test('said in full when the focus is new; evenings after with the same focus, a few words, a different one each evening', async () => {
      const h = make('t-focus-again');
      await evening(h, say.jaw);
      const nights: string[] = [];
      for (let i = 0; i < 3; i++) nights.push((await evening(h, say.jaw)).routine.text);
      const again = sp.content.lines.tensionFocusAgain;
      expect(nights[0]).toMatch(focusLastNight('jaw'));
      expect(again.some((v) => nights[0].includes(v))).toBe(false);
      const short = nights.slice(1).map((text) => {
        expect(text).not.toMatch(focusLastNight('jaw'));
        expect(text).not.toMatch(sp.line('tensionFocusLately'));
        const said = again.filter((v) => text.includes(v));
        expect(said).toHaveLength(1);
        const jaw = sp.content.areas.jaw;
        expect(text.indexOf(said[0])).toBeGreaterThan(Math.max(...[jaw.short.hands, ...jaw.intro].map((s) => text.indexOf(s)))); // in the jaw's step
        return said[0];
      });
      expect(short[1]).not.toBe(short[0]);
    });

    test("a focus asked for wins: tonight's, or the usual one", async () => {
      const h = make('t-focus-asked');
      await evening(h, say.jaw);
      const c = h.again();
      const neck = await c.say(say.focusNeck);
      expect(neck.text).not.toMatch(sp.line('tensionFocusLastNight'));
      expect(neck.text).toMatch(sp.line('focusNote', { area: sp.area('neck') }));
      await c.silence();
      h.conv.wait(3600);
      expect((await h.again().say(say.alwaysCheeks)).text).toMatch(opens(sp.line('prefFocus', { area: sp.area('cheeks') })));
      const usual = await h.again().say(launch);
      expect(usual.text).not.toMatch(sp.line('tensionFocusLastNight'));
    });

    test('with the check-in turned off, past answers no longer shape the routine', async () => {
      const h = make('t-focus-off');
      await evening(h, say.jaw);
      await h.again().say(say.checkInOff);
      const { routine } = await evening(h);
      expect(routine.text).not.toMatch(sp.line('tensionFocusLastNight'));
    });
  });

  test('named during the reflection questions (Alexa heard the area), it is kept and the question asked again', async () => {
    const h = make('t-in-reflection');
    await h.conv.say(launch);
    await h.conv.say(say.skip);
    await h.conv.say(yes);
    const ex = await h.conv.intent('TensionIntent', { area: { value: say.jaw, id: 'jaw' } });
    expect(ex.text).toMatch(whole(ackOf(sp, ['jaw']), sp.line('askGreat')));
    expect(ex.elicit?.slot).toBe('great');
    expect(await checkIns(user('t-in-reflection'))).toEqual({ '2026-11-23': ['jaw'] });
  });

  describe('choice', () => {
    test('"stop asking about tension" and "ask about tension again" persist across sessions', async () => {
      const h = make('t-choice');
      const off = await h.conv.say(say.checkInOff);
      expect(off.sent).toBe('TensionOffIntent');
      expect(off.text).toMatch(opens(sp.line('tensionOff')));
      expect((await evening(h, no)).routine.text).toMatch(OFFER);
      expect((await evening(h, no)).routine.text).not.toMatch(sp.line('tensionAsk'));
      const on = await h.again().say(say.checkInOn);
      expect(on.sent).toBe('TensionOnIntent');
      expect(on.text).toMatch(opens(sp.line('tensionOn')));
      expect((await evening(h, say.jaw)).routine.text).toMatch(ASKED);
    });

    test('said as the answer, "stop asking about tension" turns it off and moves on to the reflection offer', async () => {
      const h = make('t-choice-now');
      await h.conv.say(launch);
      const off = await h.conv.say(say.checkInOffAsAnswer);
      expect(off.text).toMatch(whole(sp.line('tensionOff'), sp.line('reflectOffer')));
      expect((await db.store.loadProfile(user('t-choice-now')))?.prefs.checkIn).toBe('never');
      expect(await checkIns(user('t-choice-now'))).toEqual({});
    });
  });

  describe('kept with the evening', () => {
    test('at most one write per turn, with the check-in written together with the finished routine', async () => {
      const counter = countCommands(db.doc);
      const h = make('t-writes');
      const perTurn: number[] = [];
      for (const line of [launch, say.jawNeck, yes, say.walk, say.skip, say.skip]) {
        counter.reset();
        await h.conv.say(line);
        perTurn.push(counter.writes());
      }
      expect(Math.max(...perTurn)).toBeLessThanOrEqual(1);
      expect(perTurn[1]).toBe(1); // the answer and the completion, one UpdateItem
      const p = await db.store.loadProfile(user('t-writes'));
      expect(p?.tension).toEqual({ '2026-11-23': ['jaw', 'neck'] });
      expect(p?.stats.completed).toBe(1);
      expect((await db.store.listReflections(user('t-writes')))[0].answers).toEqual({ great: say.walk });
    });

    test('the journal read-back of an evening mentions it in a few words', async () => {
      const h = make('t-journal');
      for (const line of [launch, say.jaw, yes, say.call, say.skip, say.skip]) await h.conv.say(line);
      const read = await h.again().say(say.journalToday);
      expect(read.text).toMatch(inOrder(sp.line('journalTension', { areas: sp.place('jaw') }), sp.line('journalGreat', { answer: say.call })));
    });

    test('"delete my journal" removes the check-ins too; "delete all my data" and SkillDisabled remove everything', async () => {
      const h = make('t-delete');
      await evening(h, say.jaw);
      await evening(h, say.nowhere);
      expect(Object.keys(await checkIns(user('t-delete')))).toHaveLength(2);
      const c = h.again();
      await c.say(say.deleteJournal);
      await c.say(yes);
      expect(await checkIns(user('t-delete'))).toEqual({});
      expect((await c.say(say.whereTension)).text).toMatch(whole(sp.line('patternsNone')));

      await evening(h, say.temples);
      const all = h.again();
      await all.say(say.deleteAll);
      await all.say(yes);
      expect(await items(user('t-delete'))).toBe(0);

      const d = make('t-disable');
      await evening(d, say.cheeks);
      expect(await checkIns(user('t-disable'))).toEqual({ '2026-11-23': ['cheeks'] });
      await d.again().raw({ type: 'AlexaSkillEvent.SkillDisabled', eventCreationTime: new Date().toISOString(), body: { userInformationPersistenceStatus: 'NOT_PERSISTED' } }, { outOfSession: true });
      expect(await items(user('t-disable'))).toBe(0);
    });

    test("deleting one evening's entry removes that evening's check-in only", async () => {
      const h = make('t-delete-one');
      for (const a of [say.jaw, say.neck]) {
        const c = h.again();
        for (const line of [launch, a, yes, say.something, stop]) await c.say(line);
        h.conv.wait(24 * 3600);
      }
      const c = h.again();
      await c.say(say.deleteYesterday);
      await c.say(yes);
      expect(await checkIns(user('t-delete-one'))).toEqual({ '2026-11-23': ['jaw'] });
    });
  });

  describe('patterns on request', () => {
    async function evenings(name: string, answers: string[]) {
      const h = make(name, sp.at('21:00', '2026-11-01'));
      for (const a of answers) await evening(h, a);
      return h;
    }
    const weekOne = (id: TensionArea, n: number) => sp.line('patternsWeekOne', { area: eitherCase(sp.place(id)), was: was(id, t.was), count: num(n) });

    test('after two evenings, it says kindly that a pattern needs a few more', async () => {
      const h = await evenings('t-two', [say.jaw, say.neck]);
      const ex = await h.again().say(say.whereTension);
      expect(ex.text).toMatch(whole(sp.line('patternsFew', { count: num(2), evenings: countNoun(sp.content, 'evening', 2) })));
      expect(ex.text).toBe(PATTERNS[sp.locale].two);
    });

    test('after three evenings, the last seven in a sentence with numbers people say', async () => {
      const h = await evenings('t-three', [say.jaw, say.jawNeck, say.nowhere]);
      const ex = await h.again().say(say.noticed);
      expect(ex.sent).toBe('TensionPatternsIntent');
      expect(ex.text).toMatch(whole(sp.line('patternsWeekTwo', { area: eitherCase(sp.place('jaw')), was: t.was.one, count: num(2), second: sp.place('neck'), count2: num(1) })));
      expect(ex.text).toBe(PATTERNS[sp.locale].three);
    });

    test('what recurs with its count, then briefly every other area named and the evenings all over: nothing said is left out', async () => {
      const h = await evenings('t-all-named', [say.jaw, say.jawTemples, say.neck, say.everywhere, say.cheeks]);
      const ex = await h.again().say(say.whereTension);
      expect(ex.text).toMatch(
        whole(
          sp.line('patternsWeekTwo', { area: eitherCase(sp.place('jaw')), was: t.was.one, count: num(2), second: sp.place('cheeks'), count2: num(1) }),
          sp.line('patternsWeekToo', { areas: eitherCase(t.list([sp.place('neck'), sp.place('temples')])) }),
          sp.line('patternsWeekAllOverToo', { count: num(1), evenings: countNoun(sp.content, 'evening', 1) }),
        ),
      );
      expect(ex.text).toBe(PATTERNS[sp.locale].allNamed);
    });

    test('"everywhere" said more often than any area leads, and the area is still mentioned', async () => {
      const h = await evenings('t-all-over', [say.everywhere, say.everywhere, say.jaw]);
      const ex = await h.again().say(say.whereTension);
      expect(ex.text).toMatch(whole(sp.line('patternsWeekAllOver', { count: num(2) }), sp.line('patternsWeekToo', { areas: eitherCase(sp.place('jaw')) })));
      expect(ex.text).toBe(PATTERNS[sp.locale].allOver);
    });

    test('after ten evenings: the week, the month when it adds something, and whether it is easing', async () => {
      const weekBefore = [say.jaw, say.jawTemples, say.everywhere];
      const lastSeven = [say.nowhere, say.jaw, say.nowhere, say.nowhere, say.jaw, say.nowhere, say.nowhere];
      const h = await evenings('t-ten', [...weekBefore, ...lastSeven]);
      const ex = await h.again().say(say.whereTension); // the next morning
      expect(ex.text).toMatch(
        whole(
          weekOne('jaw', 2),
          sp.line('patternsMonth', { area: sp.place('jaw'), count: num(4), evenings: countNoun(sp.content, 'evening', 4) }),
          sp.line('patternsEasing', { now: num(2), before: num(3), evenings: countNoun(sp.content, 'evening', 2) }),
        ),
      );
      expect(ex.text).toBe(PATTERNS[sp.locale].ten);
    });

    test('more tight evenings than the week before is said plainly, with "none" for zero', async () => {
      const h = await evenings('t-more', [say.nowhere, say.nowhere, say.nowhere, say.nowhere, say.nowhere, say.nowhere, say.jaw, say.jaw]);
      const ex = await h.again().say(say.easing);
      expect(ex.sent).toBe('TensionPatternsIntent');
      expect(ex.text).toMatch(whole(weekOne('jaw', 2), sp.line('patternsMore', { now: num(2), before: t.none, evenings: countNoun(sp.content, 'evening', 2) })));
      expect(ex.text).toBe(PATTERNS[sp.locale].more);
    });

    test('"how am I doing?" gives the streak and the pattern', async () => {
      const h = await evenings('t-how', [say.jaw, say.jaw, say.neck]);
      const ex = await h.again().say(say.howAmIDoing);
      expect(ex.text).toMatch(
        whole(
          sp.line('progressSummary', { massages: countNoun(sp.content, 'massage', 3), completed: 3 }),
          sp.line('patternsWeekTwo', { area: eitherCase(sp.place('jaw')), was: t.was.one, count: num(2), second: sp.place('neck'), count2: num(1) }),
          sp.line('progressAsk'),
        ),
      );
    });
  });
});

describe('English words', () => {
  test('the acknowledgement and the focus line, word for word, with "were" for the temples', async () => {
    const h = harness({ store: db.store, userId: 't-en-words', at: '2026-11-23T21:00:00-08:00' });
    await h.conv.say('start my face massage');
    expect((await h.conv.say('my jaw and my temples')).text).toMatch(/^(Noted: your jaw and your temples\.|Your jaw and your temples\. Noted\.) /);
    await h.conv.say('no');
    h.conv.wait(24 * 3600);
    const c = h.again();
    expect((await c.say('start my face massage')).text).toMatch(/Your temples were tight yesterday, so a little longer here\./); // a tie goes to the routine's order
    await c.say('nowhere');
    await c.say('no');
    h.conv.wait(2 * 24 * 3600); // a night without a massage: the focus is new again
    expect((await h.again().say('start my face massage')).text).toMatch(/Your temples were tight the other day, so a little longer here\./); // named on one evening: not "lately"
  });
});
