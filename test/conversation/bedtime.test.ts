import { AREA_CONTENT } from '../../lambda/content/areas.en';
import { EN as CONTENT } from '../../lambda/content/en';
import { harness } from '../helpers/skill';

/** Bedtime: the voice by clock and by preference, starts from a Routine, the reminder, the screen. */

const EARLY = '2026-11-24T19:30:00-08:00';
const LATE = '2026-11-24T22:30:00-08:00';
const SOFT = /<prosody rate="90%" volume="soft">/;

test('in the evening the narration is slower, softer and shorter; earlier it is not', async () => {
  const late = await harness({ at: LATE }).conv.say('start my face massage');
  const early = await harness({ at: EARLY }).conv.say('start my face massage');
  expect(late.ssml).toMatch(SOFT);
  expect(early.ssml).not.toMatch(/volume="soft"/);
  const words = (t: string) => t.replace(/\[[\d.]+ s\]/g, ' ').split(/\s+/).length;
  expect(words(late.text)).toBeLessThan(words(early.text));
});

test('the preference overrides the clock, both ways', async () => {
  const h = harness({ at: EARLY });
  const set = await h.conv.say('ask my face massage to always use the bedtime voice');
  expect(set.text).toMatch(/always use the bedtime voice/);
  expect((await h.again().say('start my face massage')).ssml).toMatch(SOFT);
  const n = harness({ at: LATE });
  await n.conv.say('ask my face massage to never use the bedtime voice');
  expect((await n.again().say('start my face massage')).ssml).not.toMatch(/volume="soft"/);
});

test('an Alexa Routine starts the task at its length with the saved tool; it plays with no word needed and completes the task', async () => {
  const h = harness({ at: EARLY, screen: true });
  await h.conv.say('ask my face massage to always use my gua sha');
  const c = h.again();
  const ex = await c.launch({ name: 'amzn1.ask.skill.abc.StartMassage', version: '1', input: { length: 'quick' } });
  expect(ex.ssml).toMatch(SOFT);
  expect(ex.text).toMatch(/stone/i);
  expect(ex.seconds).toBeLessThan(160);
  // The Routine hears that its action is done, and a task's response carries no screen.
  expect(ex.directives).toContainEqual({ type: 'Tasks.CompleteTask', status: { code: '200', message: 'OK' } });
  expect(ex.directives.filter((d) => d.type.startsWith('Alexa.Presentation.'))).toEqual([]);
  // The same device, started by voice, does get its screen.
  const byVoice = await harness({ at: EARLY, screen: true }).conv.say('start my face massage');
  expect(byVoice.directives.some((d) => d.type.startsWith('Alexa.Presentation.APL'))).toBe(true);
});

test('a nightly reminder: confirmed aloud, created daily in the user\'s zone, then cancelled', async () => {
  const h = harness({ at: EARLY });
  const ask = await h.conv.say('ask my face massage to remind me every night at nine thirty');
  expect(ask.text).toBe('Shall I remind you at nine thirty tonight, and every night after that?'); // one question
  const yes = await h.conv.say('yes');
  expect(yes.text).toMatch(/at nine thirty tonight, and every night/);
  const [body] = [...h.api.reminders.values()] as { trigger: { scheduledTime: string; timeZoneId: string; recurrence: { freq: string } } }[];
  expect(body.trigger).toMatchObject({ scheduledTime: '2026-11-24T21:30:00.000', timeZoneId: 'America/Los_Angeles', recurrence: { freq: 'DAILY' } });
  expect((await h.store.loadProfile('amzn1.ask.account.TEST'))?.reminderToken).toBeTruthy();
  const cancel = await h.again().say('ask my face massage to cancel my reminder');
  expect(cancel.text).toMatch(/No more nightly reminders/);
  expect(h.api.reminders.size).toBe(0);
  const none = await h.again().say('ask my face massage to cancel my reminder');
  expect(none.text).toMatch(/don't have a reminder/);
});

test('without the permission: a consent card and the voice request; granted creates it, refused does not', async () => {
  const h = harness({ at: EARLY });
  h.api.reminderPermission = 'denied';
  await h.conv.say('ask my face massage to set a bedtime reminder');
  const yes = await h.conv.say('yes');
  expect(yes.text).toMatch(/permission/);
  expect(yes.response.response.card).toMatchObject({ type: 'AskForPermissionsConsent', permissions: ['alexa::alerts:reminders:skill:readwrite'] });
  const ask = yes.directives.find((d) => d.type === 'Connections.SendRequest') as { token: string } | undefined;
  expect(ask?.token).toBe('reminder:21:30');
  h.api.reminderPermission = 'granted';
  const granted = await h.again().raw({ type: 'Connections.Response', name: 'AskFor', token: ask!.token, payload: { status: 'ACCEPTED' }, status: { code: '200' } });
  expect(granted.text).toMatch(/nine thirty/);
  expect(h.api.reminders.size).toBe(1);
  const refused = await h.again().raw({ type: 'Connections.Response', name: 'AskFor', token: ask!.token, payload: { status: 'DENIED' }, status: { code: '200' } });
  expect(refused.text).toMatch(/no reminder/i);
});

test('the reminder is offered once, at the good night after the first routine, and never again unasked', async () => {
  const h = harness({ at: EARLY });
  const first = await h.conv.say('start my face massage');
  expect(first.text).not.toMatch(/remind me/); // not competing with the reflection question
  await h.conv.say('skip'); // the tension check-in
  const night = await h.conv.say('no');
  expect(night.text).toMatch(/ask my face massage to remind me/);
  h.conv.wait(24 * 3600);
  const c = h.again();
  await c.say('start my face massage');
  await c.say('skip'); // the tension check-in
  expect((await c.say('no')).text).not.toMatch(/remind me/);
});

test('a device with a screen shows each step, turning the pages in time with the speech; one without gets no screen', async () => {
  const withScreen = await harness({ at: EARLY, screen: true }).conv.say('start my face massage');
  const apl = withScreen.directives.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
    | { token: string; document: { type: string }; datasources: { chapter: { steps: { title: string; progress: string }[] } } }
    | undefined;
  expect(apl?.document.type).toBe('APL');
  const steps = apl!.datasources.chapter.steps;
  // one page per area of tonight's routine (the standard one covers a turn of the areas each evening)
  const n = steps.length;
  expect(n).toBeGreaterThanOrEqual(5);
  expect(steps.map((s) => s.progress)).toEqual(Array.from({ length: n }, (_, i) => `${i + 1} of ${n}`));
  expect(steps[0].title).toBe('Forehead');
  const turns = withScreen.directives.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands') as
    | { token: string; commands: { commands: { type: string; value: number; delay: number }[] }[] }
    | undefined;
  expect(turns?.token).toBe(apl!.token);
  const pages = turns!.commands[0].commands;
  expect(pages.map((c) => c.value)).toEqual(Array.from({ length: n - 1 }, (_, i) => i + 1));
  // each page turns when its area is spoken: the second area's page when that area begins
  const second = Math.min(...Object.values(AREA_CONTENT).filter((a) => a.id !== 'forehead').flatMap((a) => a.intro.map((i) => withScreen.text.indexOf(i))).filter((i) => i >= 0));
  expect(second).toBeGreaterThan(0);
  const before = withScreen.text.slice(0, withScreen.text.lastIndexOf('.', second));
  const pauses = [...before.matchAll(/\[([\d.]+) s\]/g)].reduce((a, m) => a + Number(m[1]), 0);
  expect(pages[0].delay / 1000).toBeGreaterThan(pauses);
  expect(pages[n - 2].delay / 1000).toBeLessThan(withScreen.seconds);
  const without = await harness({ at: EARLY }).conv.say('start my face massage');
  expect(without.directives.some((d) => d.type.startsWith('Alexa.Presentation'))).toBe(false);
});

test('after a bedtime routine, the questions and the good night stay in the soft voice', async () => {
  const h = harness({ at: LATE });
  await h.conv.say('start my face massage');
  await h.conv.say('skip'); // the tension check-in
  const q = await h.conv.say('yes');
  expect(q.ssml).toMatch(/volume="soft"/);
  const stop = await h.conv.say('stop');
  expect(stop.ssml).toMatch(/volume="soft"/);
});

test('a preferred slower pace still plays the standard routine hands-free at bedtime', async () => {
  const h = harness({ at: LATE });
  await h.conv.say('ask my face massage to always go slower');
  const run = await h.again().say('start my face massage');
  expect(run.text).toMatch(/tension tonight\?$/); // the whole routine, then the question that follows it
});

test('late at night the good night is the bedtime one even without a routine: the clock decides it, as it does the voice', async () => {
  const L = CONTENT.lines;
  const endsWithOneOf = (text: string, lines: readonly string[]) => lines.some((l) => text.trim().endsWith(l));
  for (const seed of [1, 2, 3, 4, 5]) {
    const bye = await harness({ at: LATE, seed }).conv.say('ask my face massage to stop');
    expect(bye.ssml).toMatch(SOFT);
    expect(endsWithOneOf(bye.text, L.goodnightBedtime)).toBe(true);
    const day = await harness({ at: EARLY, seed }).conv.say('ask my face massage to stop');
    expect(day.ssml).not.toMatch(/volume="soft"/);
    expect(endsWithOneOf(day.text, L.goodnight)).toBe(true);
  }
});
