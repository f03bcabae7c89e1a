import { COMMON, eachLocale, type Phrasebook } from '../helpers/locales';

/**
 * A painful answer (loss, grief, panic, being hurt, feeling very low) is kept like any answer, met
 * with kindness rather than thanks; the next question is offered as optional, and the evening ends
 * with a kind good night and no reminder pitch. An ordinary answer, even a sad-sounding one about a
 * plant, gets the ordinary thanks, and the first evening's reminder tip.
 */

const SAY: Phrasebook<'jaw' | 'good' | 'grief' | 'plant' | 'unsafe' | 'better' | 'yesterday'> = {
  'en-US': {
    jaw: 'jaw',
    good: 'not much',
    grief: 'my mother died today',
    plant: 'my plant died',
    unsafe: "I don't want to live anymore",
    better: 'I do not know what',
    yesterday: 'what did I say yesterday',
  },
  'de-DE': {
    jaw: 'Kiefer',
    good: 'nicht viel',
    grief: 'meine Mutter ist heute gestorben',
    plant: 'meine Pflanze ist gestorben',
    unsafe: 'ich will nicht mehr leben',
    better: 'ich weiß nicht was',
    yesterday: 'was habe ich gestern gesagt',
  },
};

eachLocale((sp) => {
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };

  /** A first evening at "what made today challenging?", the first answer given. */
  async function atHardQuestion(userId: string) {
    const h = sp.harness({ userId });
    await h.script(say.launch, say.jaw, say.yes);
    const q = await h.conv.say(say.good);
    expect(q.text).toMatch(sp.line('askChallenging'));
    return h;
  }

  test('grief: kept, met with kindness, the next question optional, no reminder pitch at the end', async () => {
    const userId = `grief-${sp.locale}`;
    const h = await atHardQuestion(userId);
    const ex = await h.conv.say(say.grief);
    expect(ex.text).toMatch(sp.line('answerHeavy'));
    expect(ex.text).not.toMatch(sp.line('answerKept'));
    expect(ex.text).not.toMatch(sp.line('answerUnsafe'));
    expect(ex.text).toMatch(sp.line('reflectGentleNext'));
    expect(ex.text).toMatch(sp.line('askBetter'));
    const end = await h.conv.say(say.better);
    expect(end.text).toMatch(sp.line('reflectDone'));
    expect(end.text).toMatch(sp.line('goodnightGentle'));
    expect(end.text).not.toMatch(sp.line('reminderOffer'));
    expect(h.conv.isOpen).toBe(false);
    const [entry] = await h.store.listReflections(userId);
    expect(entry.answers).toEqual({ great: say.good, challenging: say.grief, better: say.better });
    sp.noLeak(ex.text, end.text);

    // It is the user's journal: read back the next evening as said.
    h.clock.advance(24 * 3600);
    const next = h.again();
    await next.say(say.launch);
    expect((await next.say(say.yesterday)).text).toContain(say.grief);
  });

  test('grief, then stop: the answers so far kept, a kind good night, no reminder pitch', async () => {
    const userId = `grief-stop-${sp.locale}`;
    const h = await atHardQuestion(userId);
    await h.conv.say(say.grief);
    const end = await h.conv.say(say.stop);
    expect(end.text).toMatch(sp.line('reflectStopped'));
    expect(end.text).toMatch(sp.line('goodnightGentle'));
    expect(end.text).not.toMatch(sp.line('reminderOffer'));
    const [entry] = await h.store.listReflections(userId);
    expect(entry.answers).toEqual({ great: say.good, challenging: say.grief });
  });

  test('not wanting to live: kindness and a person to reach now, and the answer is kept', async () => {
    const userId = `unsafe-${sp.locale}`;
    const h = await atHardQuestion(userId);
    const ex = await h.conv.say(say.unsafe);
    expect(ex.text).toMatch(sp.line('answerHeavy'));
    expect(ex.text).toMatch(sp.line('answerUnsafe'));
    expect(ex.text).toMatch(sp.line('askBetter'));
    const [entry] = await h.store.listReflections(userId);
    expect(entry.answers.challenging).toBe(say.unsafe);
  });

  test('an ordinary answer ("my plant died") gets the ordinary thanks, and the first evening ends with the reminder tip', async () => {
    const userId = `plant-${sp.locale}`;
    const h = await atHardQuestion(userId);
    const ex = await h.conv.say(say.plant);
    expect(ex.text).toMatch(sp.line('answerKept'));
    expect(ex.text).not.toMatch(sp.line('answerHeavy'));
    expect(ex.text).not.toMatch(sp.line('reflectGentleNext'));
    const end = await h.conv.say(say.better);
    expect(end.text).toMatch(sp.line('reminderOffer'));
    expect(end.text).not.toMatch(sp.line('goodnightGentle'));
  });

  test('the reminder tip left out on a painful evening comes after the next routine instead', async () => {
    const userId = `grief-later-${sp.locale}`;
    const h = await atHardQuestion(userId);
    await h.conv.say(say.grief);
    await h.conv.say(say.better);
    h.clock.advance(24 * 3600);
    const next = h.again();
    await next.say(say.launch);
    await next.say(say.jaw);
    const end = await next.say(say.no);
    expect(end.text).toMatch(sp.line('reminderOffer'));
  });
});
