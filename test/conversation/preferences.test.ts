import type { Exchange } from '../../local/conversation';
import { harness, type Harness } from '../helpers/skill';

/** Preferences said the way people say them, and a one-off routine offered once as the usual. */

const EVENING = '2026-11-24T20:00:00-08:00';
const USER = 'amzn1.ask.account.TEST';

async function prefs(h: Harness) {
  return (await h.store.loadProfile(USER))!.prefs;
}

test.each([
  ['use my jade roller', 'roller', /we'll use your jade roller/],
  ['with the roller', 'roller', /we'll use your jade roller/],
  ['use my hands', 'hands', /we'll use your hands/],
  ['use the gua sha', 'guasha', /we'll use your gua sha/],
])('"%s" sets the tool', async (line, tool, said) => {
  const h = harness({ at: EVENING });
  if (tool === 'hands') await h.conv.say('ask my face massage to always use my gua sha');
  const ex = await h.again().say(`ask my face massage ${line}`);
  expect(ex.sent).toBe('SetPreferenceIntent');
  expect(ex.text).toMatch(said);
  expect((await prefs(h)).tool).toBe(tool);
});

test('"with the roller" mid-routine carries on with the roller', async () => {
  const h = harness({ at: EVENING });
  await h.conv.say('start my face massage');
  const ex = await h.conv.say('@30s with the roller');
  expect(ex.text).toMatch(/\bRoll/);
  expect(ex.ended).toBe(false);
});

test('"normal speed" after "always go slower" is the usual pace again', async () => {
  const h = harness({ at: EVENING });
  await h.conv.say('ask my face massage to always go slower');
  expect((await prefs(h)).pace).toBe('slower');
  const ex = await h.again().say('ask my face massage normal speed');
  expect(ex.text).toMatch(/Back to the usual pace/);
  expect((await prefs(h)).pace).toBe('normal');
});

test('"resume my massage" picks up where the user stopped', async () => {
  const h = harness({ at: EVENING });
  await h.conv.say('start my face massage');
  await h.conv.say('@100s stop');
  h.conv.wait(1800);
  const ex = await h.again().say('ask my face massage to resume my massage');
  expect(ex.sent).toBe('AMAZON.ResumeIntent');
  expect(ex.text).toMatch(/^(Carrying on|Let's carry on|Here we go)\./);
  expect(ex.text).not.toMatch(/Welcome|Good evening|oil/);
});

/** Answers "no" to what the close asks (the check-in, the reflection) until `stop` matches. */
async function noUntil(h: Harness, conv = h.conv, stop: RegExp): Promise<Exchange> {
  let ex = conv.last!;
  for (let i = 0; i < 4 && !stop.test(ex.text) && !ex.ended; i++) ex = await conv.say('no');
  return ex;
}

test('after a one-off quick routine, making it the usual is offered once, at the end', async () => {
  const h = harness({ at: EVENING });
  await h.conv.say('start a quick massage');
  const offer = await noUntil(h, h.conv, /every time\?/);
  expect(offer.text).toMatch(/^Would you like the quick routine every time\?$/);
  const yes = await h.conv.say('yes');
  expect(yes.text).toMatch(/The quick routine is your default now\./);
  expect(yes.ended).toBe(true);
  expect((await prefs(h)).length).toBe('quick');
});

test('declined once, the offer is not made again for that length; a deep one-off gets its own', async () => {
  const h = harness({ at: EVENING });
  await h.conv.say('start a quick massage');
  await noUntil(h, h.conv, /every time\?/);
  const no = await h.conv.say('no');
  expect(no.ended).toBe(true);
  expect((await prefs(h)).length).toBe('standard');
  h.conv.wait(86400);
  const c = h.again();
  await c.say('start a quick massage');
  const end = await noUntil(h, c, /every time\?/);
  expect(end.text).not.toMatch(/every time\?/);
  h.conv.wait(86400);
  const d = h.again();
  const deep = await d.say('start a deep massage');
  let ex = deep;
  for (let i = 0; i < 4 && /Ready|go on|move on/.test(ex.text) && !ex.ended; i++) ex = await d.say('yes');
  expect((await noUntil(h, d, /every time\?/)).text).toMatch(/deep routine every time\?/);
});

test('the usual length is never offered as the usual', async () => {
  const h = harness({ at: EVENING });
  await h.conv.say('start my face massage');
  const end = await noUntil(h, h.conv, /every time\?/);
  expect(end.text).not.toMatch(/every time\?/);
});

test('help says in one sentence that length, tool and pace can be changed', async () => {
  const h = harness({ at: EVENING });
  await h.conv.say('start my face massage');
  const help = await h.conv.say('@20s help');
  expect(help.text).toMatch(/You can also change the length, the tool or the pace/);
  const idle = await harness({ at: EVENING }).conv.say('ask my face massage for help');
  expect(idle.text).toMatch(/You can also change the length, the tool or the pace/);
});
