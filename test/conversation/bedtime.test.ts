import { dynamoTable } from '../helpers/dynalite';
import { closes, COMMON, eachLocale, opens, whole, type Phrasebook } from '../helpers/locales';
import { harness } from '../helpers/skill';

/** Bedtime: the voice by clock and by preference, starts from a Routine, and the nightly reminder. */

const db = dynamoTable('BedtimeConversation');

const SAY: Phrasebook<'alwaysBedtime' | 'neverBedtime' | 'alwaysGuasha' | 'alwaysSlower' | 'remind' | 'bedtimeReminder' | 'cancelReminder' | 'stop'> = {
  'en-US': {
    alwaysBedtime: 'ask my face massage to always use the bedtime voice',
    neverBedtime: 'ask my face massage to never use the bedtime voice',
    alwaysGuasha: 'ask my face massage to always use my gua sha',
    alwaysSlower: 'ask my face massage to always go slower',
    remind: 'ask my face massage to remind me every night at nine thirty',
    bedtimeReminder: 'ask my face massage to set a bedtime reminder',
    cancelReminder: 'ask my face massage to cancel my reminder',
    stop: 'ask my face massage to stop',
  },
  'de-DE': {
    alwaysBedtime: 'öffne meine Gesichtsmassage und benutze immer die Schlafstimme',
    neverBedtime: 'sag meine Gesichtsmassage, Schlafstimme aus',
    alwaysGuasha: 'öffne meine Gesichtsmassage und nimm ab jetzt immer meinen Gua Sha',
    alwaysSlower: 'sag meine Gesichtsmassage, sprich immer langsamer',
    remind: 'öffne meine Gesichtsmassage und erinnere mich jeden Abend um halb zehn',
    bedtimeReminder: 'öffne meine Gesichtsmassage und stell eine Erinnerung zur Schlafenszeit',
    cancelReminder: 'öffne meine Gesichtsmassage und lösche meine Erinnerung',
    stop: 'sag meine Gesichtsmassage, stopp',
  },
};

/** The bedtime voice: soft, and slower than the voice by day. */
const SOFT = /<prosody rate="\d+%" volume="soft">/;
const rateOf = (ssml: string) => Number(/<prosody[^>]*rate="(\d+)%"/.exec(ssml)?.[1] ?? 100);
const words = (t: string) => t.replace(/\[[\d.]+ s\]/g, ' ').split(/\s+/).length;

eachLocale((sp) => {
  const say = SAY[sp.locale];
  const { launch, yes, no, skip, stop } = COMMON[sp.locale];
  const EARLY = sp.at('19:30');
  const LATE = sp.at('22:30');
  let n = 0;
  const make = (at: string, o: { screen?: boolean; seed?: number } = {}) => {
    const userId = `bedtime-${sp.locale}-${++n}`;
    return { userId, h: sp.harness({ store: db.store, userId, at, ...o }) };
  };

  test('in the evening the narration is slower, softer and shorter; earlier it is not', async () => {
    const late = await make(LATE).h.conv.say(launch);
    const early = await make(EARLY).h.conv.say(launch);
    expect(late.ssml).toMatch(SOFT);
    expect(early.ssml).not.toMatch(/volume="soft"/);
    expect(rateOf(late.ssml)).toBeLessThan(rateOf(early.ssml));
    expect(words(late.text)).toBeLessThan(words(early.text));
  });

  test('the preference overrides the clock, both ways', async () => {
    const { h } = make(EARLY);
    const set = await h.conv.say(say.alwaysBedtime);
    expect(set.sent).toBe('BedtimeVoiceIntent');
    expect(set.text).toMatch(whole(sp.line('bedtimeAlways'), sp.line('goodnightBedtime'))); // in the bedtime mode from this answer on
    expect((await h.again().say(launch)).ssml).toMatch(SOFT);
    const { h: n } = make(LATE);
    const off = await n.conv.say(say.neverBedtime);
    expect(off.text).toMatch(whole(sp.line('bedtimeNever'), sp.line('goodnight')));
    expect((await n.again().say(launch)).ssml).not.toMatch(/volume="soft"/);
  });

  test('the bedtime voice chosen always is soft by day, and its words follow the clock: no "all done for tonight", no good night', async () => {
    const { h } = make(sp.at('14:00'));
    const set = await h.conv.say(say.alwaysBedtime);
    expect(set.text).toMatch(whole(sp.line('bedtimeAlways'), sp.line('goodnight')));
    const c = h.again();
    const run = await c.say(launch);
    expect(run.ssml).toMatch(SOFT);
    expect(run.text).toMatch(sp.line('closing'));
    expect(run.text).not.toMatch(sp.line('closingBedtime'));
    await c.say(skip); // the tension check-in
    const bye = await c.say(no);
    expect(bye.ssml).toMatch(SOFT);
    expect(bye.text).toMatch(closes(sp.line('goodnight')));
    expect(bye.text).not.toMatch(sp.line('goodnightBedtime'));
  });

  test('an Alexa Routine starts the task at its length with the saved tool; it plays with no word needed and completes the task', async () => {
    const { h } = make(EARLY, { screen: true });
    await h.conv.say(say.alwaysGuasha);
    const c = h.again();
    const ex = await c.launch({ name: 'amzn1.ask.skill.abc.StartMassage', version: '1', input: { length: 'quick' } });
    expect(ex.ssml).toMatch(SOFT);
    expect(sp.strokes('guasha').some((s) => ex.text.includes(s))).toBe(true);
    expect(sp.strokes('hands').some((s) => ex.text.includes(s))).toBe(false);
    expect(ex.seconds).toBeLessThan(160);
    // The Routine hears that its action is done, and a task's response carries no screen.
    expect(ex.directives).toContainEqual({ type: 'Tasks.CompleteTask', status: { code: '200', message: 'OK' } });
    expect(ex.directives.filter((d) => d.type.startsWith('Alexa.Presentation.'))).toEqual([]);
    sp.noLeak(ex.text);
  });

  test("a nightly reminder: confirmed aloud, created daily in the user's zone and language, then cancelled", async () => {
    const { h, userId } = make(EARLY);
    const ask = await h.conv.say(say.remind);
    const vars = { at: sp.content.sayTime('21:30', 'today'), every: sp.content.partOfDay('21:30') };
    expect(ask.text).toMatch(whole(sp.line('reminderConfirm', vars))); // one question
    const set = await h.conv.say(yes);
    expect(set.text).toMatch(whole(sp.line('reminderSet', vars)));
    const [body] = [...h.api.reminders.values()] as { trigger: unknown; alertInfo: { spokenInfo: { content: unknown } } }[];
    expect(body.trigger).toMatchObject({ scheduledTime: '2026-11-24T21:30:00.000', timeZoneId: sp.timeZone, recurrence: { freq: 'DAILY' } });
    expect(body.alertInfo.spokenInfo.content).toEqual([{ locale: sp.locale, text: sp.content.lines.reminderText[0] }]);
    expect((await db.store.loadProfile(userId))?.reminderToken).toBeTruthy();
    const cancel = await h.again().say(say.cancelReminder);
    expect(cancel.text).toMatch(whole(sp.line('reminderCancelled')));
    expect(h.api.reminders.size).toBe(0);
    expect((await db.store.loadProfile(userId))?.reminderToken).toBeFalsy();
    const none = await h.again().say(say.cancelReminder);
    expect(none.text).toMatch(whole(sp.line('reminderNone')));
    sp.noLeak(ask.text, set.text, cancel.text, none.text);
  });

  test('without the permission: a consent card and the voice request; granted creates it, refused does not', async () => {
    const { h } = make(EARLY);
    h.api.reminderPermission = 'denied';
    await h.conv.say(say.bedtimeReminder);
    const asked = await h.conv.say(yes);
    expect(asked.text).toMatch(whole(sp.line('reminderNeedsPermission')));
    expect(asked.response.response.card).toMatchObject({ type: 'AskForPermissionsConsent', permissions: ['alexa::alerts:reminders:skill:readwrite'] });
    const ask = asked.directives.find((d) => d.type === 'Connections.SendRequest') as { token: string } | undefined;
    expect(ask?.token).toBe('reminder:21:30');
    h.api.reminderPermission = 'granted';
    const granted = await h.again().raw({ type: 'Connections.Response', name: 'AskFor', token: ask!.token, payload: { status: 'ACCEPTED' }, status: { code: '200' } });
    expect(granted.text).toMatch(opens(sp.line('reminderSet', { at: sp.content.sayTime('21:30', 'today') })));
    expect(h.api.reminders.size).toBe(1);
    const refused = await h.again().raw({ type: 'Connections.Response', name: 'AskFor', token: ask!.token, payload: { status: 'DENIED' }, status: { code: '200' } });
    expect(refused.text).toMatch(whole(sp.line('reminderRefused')));
  });

  test('the reminder is offered once, at the good night after the first routine, and never again unasked', async () => {
    const { h } = make(EARLY);
    const first = await h.conv.say(launch);
    expect(first.text).not.toMatch(sp.line('reminderOffer')); // not competing with the reflection question
    await h.conv.say(skip); // the tension check-in
    const night = await h.conv.say(no);
    expect(night.text).toMatch(sp.line('reminderOffer'));
    expect(night.ended).toBe(true);
    h.conv.wait(24 * 3600);
    const c = h.again();
    await c.say(launch);
    await c.say(skip); // the tension check-in
    const next = await c.say(no);
    expect(next.ended).toBe(true);
    expect(next.text).not.toMatch(sp.line('reminderOffer'));
  });

  test('after a bedtime routine, the questions and the good night stay in the soft voice', async () => {
    const { h } = make(LATE);
    await h.conv.say(launch);
    await h.conv.say(skip); // the tension check-in
    const q = await h.conv.say(yes);
    expect(q.text).toMatch(sp.line('askGreat'));
    expect(q.ssml).toMatch(SOFT);
    const stopped = await h.conv.say(stop);
    expect(stopped.ssml).toMatch(SOFT);
  });

  test('a preferred slower pace still plays the standard routine hands-free at bedtime', async () => {
    const { h } = make(LATE);
    await h.conv.say(say.alwaysSlower);
    const run = await h.again().say(launch);
    expect(run.text).toMatch(closes(sp.line('tensionAsk'))); // the whole routine, then the question that follows it
  });

  test('late at night the good night is the bedtime one even without a routine: the clock decides it, as it does the voice', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const bye = await make(LATE, { seed }).h.conv.say(say.stop);
      expect(bye.ssml).toMatch(SOFT);
      expect(bye.text).toMatch(closes(sp.line('goodnightBedtime')));
      const day = await make(EARLY, { seed }).h.conv.say(say.stop);
      expect(day.ssml).not.toMatch(/volume="soft"/);
      expect(day.text).toMatch(closes(sp.line('goodnight')));
    }
  });
});

describe('English words', () => {
  test('the bedtime voice is 90 % and soft; a reminder at nine thirty is said "nine thirty tonight"', async () => {
    const late = await harness({ at: '2026-11-24T22:30:00-08:00' }).conv.say('start my face massage');
    expect(late.ssml).toMatch(/<prosody rate="90%" volume="soft">/);
    const h = harness({ at: '2026-11-24T19:30:00-08:00' });
    const ask = await h.conv.say('ask my face massage to remind me every night at nine thirty');
    expect(ask.text).toBe('Shall I remind you at nine thirty tonight, and every night after that?');
  });
});
