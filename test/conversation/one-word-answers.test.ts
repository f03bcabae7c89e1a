import { COMMON, eachLocale, type Phrasebook } from '../helpers/locales';

/**
 * While a question waits for its answer, a bare noun that could also be a command ("quiet", "Ruhe",
 * "Pause", "rest", "sleep", "enough") is the answer, and is kept and read back; only clear commands
 * ("stop", "cancel", "hör auf") end the questions, and the stop never claims a word it did not keep.
 * "Wait" or "hold on" lets the question wait.
 */

const SAY: Phrasebook<'jaw' | 'good' | 'hard' | 'yesterday' | 'wait'> & Record<'en-US' | 'de-DE', { nouns: string[]; commands: string[] }> = {
  'en-US': {
    jaw: 'jaw',
    good: 'sun',
    hard: 'traffic',
    yesterday: 'what did I say yesterday',
    wait: 'hold on',
    nouns: ['quiet', 'pause', 'rest', 'sleep', 'enough'],
    commands: ['stop', 'cancel', "that's enough", "I'm done"],
  },
  'de-DE': {
    jaw: 'Kiefer',
    good: 'Sonne',
    hard: 'Stau',
    yesterday: 'was habe ich gestern gesagt',
    wait: 'warte mal',
    nouns: ['Ruhe', 'Pause', 'Schlaf', 'genug'],
    commands: ['stopp', 'abbrechen', 'hör auf', 'das reicht'],
  },
};

eachLocale((sp) => {
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };

  /** A first evening at "what would make tomorrow better?", two answers given. */
  async function atLastQuestion(userId: string) {
    const h = sp.harness({ userId });
    await h.script(say.launch, say.jaw, say.yes, say.good);
    const last = await h.conv.say(say.hard);
    expect(last.text).toMatch(sp.line('askBetter'));
    return h;
  }

  test.each(SAY[sp.locale].nouns)('"%s" answers the last question: kept, and read back the next evening', async (noun) => {
    const userId = `noun-${sp.locale}-${noun}`;
    const h = await atLastQuestion(userId);
    const ex = await h.conv.say(noun);
    expect(ex.text).toMatch(sp.line('reflectDone'));
    expect(ex.text).not.toMatch(sp.line('reflectStopped'));
    const [entry] = await h.store.listReflections(userId);
    expect(entry.answers).toEqual({ great: say.good, challenging: say.hard, better: noun });

    h.clock.advance(24 * 3600);
    const next = h.again();
    await next.say(say.launch);
    const read = await next.say(say.yesterday);
    expect(read.text).toContain(noun);
    sp.noLeak(ex.text);
  });

  test.each(SAY[sp.locale].commands)('"%s" ends the questions, keeps the answers given, and keeps nothing of itself', async (command) => {
    const userId = `command-${sp.locale}-${command}`;
    const h = await atLastQuestion(userId);
    const ex = await h.conv.say(command);
    expect(ex.text).toMatch(sp.line('reflectStopped'));
    expect(h.conv.isOpen).toBe(false);
    const [entry] = await h.store.listReflections(userId);
    expect(entry.answers).toEqual({ great: say.good, challenging: say.hard });
  });

  test('"hold on" lets the question wait: nothing ends, nothing is kept, the answer after it is', async () => {
    const userId = `wait-${sp.locale}`;
    const h = await atLastQuestion(userId);
    const ex = await h.conv.say(say.wait);
    expect(ex.text).toMatch(sp.line('reflectTakeTime'));
    expect(ex.text).toMatch(sp.line('askBetter'));
    expect(h.conv.isOpen).toBe(true);
    await h.conv.say(say.nouns[0]);
    const [entry] = await h.store.listReflections(userId);
    expect(entry.answers.better).toBe(say.nouns[0]);
  });
});
