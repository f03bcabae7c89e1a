import { dynamoTable } from '../helpers/dynalite';
import { COMMON, eachLocale, whole, type Phrasebook } from '../helpers/locales';

/**
 * "Delete everything" means everything: the data, and the nightly reminder (the Reminders API is
 * mocked at its HTTP edge); without the permission, the user hears how to remove it in the app.
 */

const db = dynamoTable('DeleteAllConversation');

const SAY: Phrasebook<'remind' | 'deleteAll' | 'deleteData' | 'cancelReminder'> = {
  'en-US': {
    remind: 'ask my face massage to remind me every night at nine thirty',
    deleteAll: 'ask my face massage to delete everything',
    deleteData: 'ask my face massage to delete all my data',
    cancelReminder: 'ask my face massage to cancel my reminder',
  },
  'de-DE': {
    remind: 'öffne meine Gesichtsmassage und erinnere mich jeden Abend um halb zehn',
    deleteAll: 'öffne meine Gesichtsmassage und lösche alles',
    deleteData: 'öffne meine Gesichtsmassage und lösche alle meine Daten',
    cancelReminder: 'öffne meine Gesichtsmassage und lösche meine Erinnerung',
  },
};

eachLocale((sp) => {
  const say = SAY[sp.locale];
  const { launch, no, yes } = COMMON[sp.locale];
  /** 6 pm: the reminder at half past nine comes tonight. */
  const at = sp.at('18:00');
  let n = 0;

  /** A user who finished a routine and set the nightly reminder. */
  async function withReminder() {
    const userId = `delete-all-${sp.locale}-${++n}`;
    const h = sp.harness({ store: db.store, userId, at });
    await h.conv.say(launch);
    await h.conv.say(no);
    const c = h.again();
    await c.say(say.remind);
    await c.say(yes);
    expect(h.api.reminders.size).toBe(1);
    expect((await h.store.loadProfile(userId))?.reminderToken).toBeTruthy();
    return { h, userId };
  }

  test('with a reminder set: everything is deleted and the reminder is cancelled', async () => {
    const { h, userId } = await withReminder();
    const token = (await h.store.loadProfile(userId))!.reminderToken!;
    const c = h.again();
    const ask = await c.say(say.deleteAll);
    expect(ask.text).toMatch(whole(sp.line('deleteAllConfirm')));
    const done = await c.say(yes);
    expect(done.text).toMatch(whole(sp.line('deleteAllDoneReminder')));
    expect(h.api.reminders.size).toBe(0);
    expect(h.api.calls.some((call) => call.method === 'DELETE' && call.url.endsWith(`/v1/alerts/reminders/${token}`))).toBe(true);
    expect(await h.store.loadProfile(userId)).toBeUndefined();
    expect(await h.store.listReflections(userId)).toEqual([]);
    sp.noLeak(ask.text, done.text);
  });

  test('a reminder the skill lost track of is found by the Reminders API and cancelled too', async () => {
    const { h, userId } = await withReminder();
    await h.store.updateProfile(userId, { reminderToken: null });
    const c = h.again();
    await c.say(say.deleteData);
    const done = await c.say(yes);
    expect(done.text).toMatch(whole(sp.line('deleteAllDoneReminder')));
    expect(h.api.reminders.size).toBe(0);
  });

  test('without the permission any more: the data goes, and the user hears how to remove the reminder in the Alexa app', async () => {
    const { h, userId } = await withReminder();
    h.api.reminderPermission = 'denied'; // the user turned the permission off in the app
    const c = h.again();
    await c.say(say.deleteAll);
    const done = await c.say(yes);
    expect(done.text).toMatch(whole(sp.line('deleteAllDone'), sp.line('reminderRemoveInApp')));
    expect(await h.store.loadProfile(userId)).toBeUndefined();
  });

  test('with no reminder, nothing is said about one', async () => {
    const userId = `delete-all-${sp.locale}-none`;
    const h = sp.harness({ store: db.store, userId, at });
    await h.conv.say(launch);
    await h.conv.say(no);
    const c = h.again();
    await c.say(say.deleteAll);
    const done = await c.say(yes);
    expect(done.text).toMatch(whole(sp.line('deleteAllDone')));
    expect(await h.store.loadProfile(userId)).toBeUndefined();
  });

  test('"no" keeps everything', async () => {
    const { h, userId } = await withReminder();
    const c = h.again();
    await c.say(say.deleteAll);
    const kept = await c.say(no);
    expect(kept.text).toMatch(whole(sp.line('deleteKept')));
    expect((await h.store.loadProfile(userId))?.stats.completed).toBe(1);
    expect(h.api.reminders.size).toBe(1);
  });

  test('"cancel my reminder" without the permission does not pretend: it says how to remove it in the app', async () => {
    const { h } = await withReminder();
    h.api.reminderPermission = 'denied';
    const cancel = await h.again().say(say.cancelReminder);
    expect(cancel.text).toMatch(whole(sp.line('reminderRemoveInApp')));
    expect(h.api.reminders.size).toBe(1);
  });
});
