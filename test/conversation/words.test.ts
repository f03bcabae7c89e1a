import { harness } from '../helpers/skill';

/** Words that read right to someone half asleep (issue 10, item 7). */

test('a reminder time is said as people say it, and asked once', async () => {
  const h = harness({ at: '2026-11-24T18:00:00-08:00' });
  const ask = await h.conv.say('ask my face massage to remind me at seven am');
  expect(ask.text).toBe('Shall I remind you at seven tomorrow morning, and every morning after that?');
  expect(ask.text.match(/\?/g)).toHaveLength(1);
  const late = await h.again().say('ask my face massage to remind me at 10:45 pm');
  expect(late.text).toBe('Shall I remind you at ten forty-five tonight, and every night after that?');
});

test('a first massage in the morning is not called an evening, and its close does not say "tonight"', async () => {
  const h = harness({ at: '2026-11-24T08:00:00-08:00' });
  const first = await h.conv.say('start my face massage');
  expect(first.text).toMatch(/That was your first massage\.|Your first one\./);
  const close = first.text.slice(first.text.lastIndexOf(' s]') + 3);
  expect(close.replace(/[^.]*\?$/, '')).not.toMatch(/tonight|evening/i); // the close, before its question
});

test('a third routine in one evening is not "twice"', async () => {
  const h = harness({ at: '2026-11-24T20:00:00-08:00' });
  const texts: string[] = [];
  for (let i = 0; i < 3; i++) {
    const c = h.again();
    texts.push((await c.say('start my face massage')).text);
    await c.say('no');
  }
  expect(texts.join(' ')).not.toMatch(/[Tt]wice/);
  expect(texts[2]).toMatch(/Another one today|One more today/);
});

test('the journal close is a sentence, never a bare "Kept."', async () => {
  const h = harness({ at: '2026-11-24T21:00:00-08:00' });
  await h.conv.say('start my face massage');
  await h.conv.say('no'); // the tension check-in, if asked, or the reflection offer
  const c = h.again();
  await c.say("ask my face massage let's reflect");
  let ex = await c.say('a good walk');
  while (!ex.ended) ex = await c.say('skip');
  expect(ex.text).not.toMatch(/(^|\. )(Kept|All kept)\./);
  expect(ex.text).toMatch(/kept|Saved in your journal/);
});

test('"use my hands" is said as a person would say it back', async () => {
  const h = harness();
  const ex = await h.conv.say('ask my face massage to always use my hands');
  expect(ex.text).toMatch(/^Got it\. From now on, we'll use your hands\./);
  expect(ex.text).not.toMatch(/guide you for your/);
});

test('after a routine that played to its end, the next launch starts fresh, never "where you stopped"', async () => {
  const h = harness({ at: '2026-11-24T20:00:00-08:00' });
  await h.conv.say('start my face massage');
  await h.conv.silence();
  h.conv.wait(600);
  const next = await h.again().say('open my face massage');
  expect(next.text).not.toMatch(/where you stopped|Picking up|Carrying on from/);
});
