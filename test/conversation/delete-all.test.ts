import { harness } from '../helpers/skill';

/**
 * "Delete everything" means everything: the data, and the nightly reminder (the Reminders API is
 * mocked at its HTTP edge); without the permission, the user hears how to remove it in the app.
 */

const EARLY = '2026-11-24T18:00:00-08:00';
const USER = 'amzn1.ask.account.TEST';

async function withReminder() {
  const h = harness({ at: EARLY });
  await h.conv.say('start my face massage');
  await h.conv.say('no');
  const c = h.again();
  await c.say('ask my face massage to remind me every night at nine thirty');
  await c.say('yes');
  expect(h.api.reminders.size).toBe(1);
  expect((await h.store.loadProfile(USER))?.reminderToken).toBeTruthy();
  return h;
}

test('with a reminder set: everything is deleted and the reminder is cancelled', async () => {
  const h = await withReminder();
  const token = (await h.store.loadProfile(USER))!.reminderToken!;
  const c = h.again();
  await c.say('ask my face massage to delete everything');
  const done = await c.say('yes');
  expect(done.text).toMatch(/Everything is deleted, and the nightly reminder is cancelled\./);
  expect(h.api.reminders.size).toBe(0);
  expect(h.api.calls.some((call) => call.method === 'DELETE' && call.url.endsWith(`/v1/alerts/reminders/${token}`))).toBe(true);
  expect(await h.store.loadProfile(USER)).toBeUndefined();
  expect(await h.store.listReflections(USER)).toEqual([]);
});

test('a reminder the skill lost track of is found by the Reminders API and cancelled too', async () => {
  const h = await withReminder();
  await h.store.updateProfile(USER, { reminderToken: null });
  const c = h.again();
  await c.say('ask my face massage to delete all my data');
  const done = await c.say('yes');
  expect(done.text).toMatch(/nightly reminder is cancelled/);
  expect(h.api.reminders.size).toBe(0);
});

test('without the permission any more: the data goes, and the user hears how to remove the reminder in the Alexa app', async () => {
  const h = await withReminder();
  h.api.reminderPermission = 'denied'; // the user turned the permission off in the app
  const c = h.again();
  await c.say('ask my face massage to delete everything');
  const done = await c.say('yes');
  expect(done.text).toMatch(/^Done\. Everything is deleted\./);
  expect(done.text).toMatch(/open the Alexa app, go to Reminders, and delete it there\./);
  expect(await h.store.loadProfile(USER)).toBeUndefined();
});

test('with no reminder, nothing is said about one', async () => {
  const h = harness({ at: EARLY });
  await h.conv.say('start my face massage');
  await h.conv.say('no');
  const c = h.again();
  await c.say('ask my face massage to delete everything');
  const done = await c.say('yes');
  expect(done.text).toBe("Done. Everything is deleted. If you come back, we'll start fresh.");
});

test('"cancel my reminder" without the permission does not pretend: it says how to remove it in the app', async () => {
  const h = await withReminder();
  h.api.reminderPermission = 'denied';
  const cancel = await h.again().say('ask my face massage to cancel my reminder');
  expect(cancel.text).toMatch(/Alexa app/);
  expect(h.api.reminders.size).toBe(1);
});
