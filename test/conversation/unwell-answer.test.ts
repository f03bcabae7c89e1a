import { COMMON, eachLocale, type Phrasebook } from '../helpers/locales';

/**
 * Feeling unwell, said alone as a reflection answer ("I feel dizzy"), gets the calm safety answer
 * and ends the questions, and is never kept; an answer that mentions it in passing is an answer.
 */

const SAY: Phrasebook<'jaw' | 'good' | 'passing' | 'bare'> & Record<'en-US' | 'de-DE', { unwell: string[] }> = {
  'en-US': {
    jaw: 'my jaw',
    good: 'the walk home',
    passing: 'i felt dizzy at work but the walk home helped',
    bare: 'a headache',
    unwell: ['I feel dizzy', "i'm feeling a bit sick", 'i feel faint', 'i have a headache', 'my head is spinning'],
  },
  'de-DE': {
    jaw: 'mein kiefer',
    good: 'der spaziergang',
    passing: 'mir war bei der arbeit schwindelig aber der spaziergang hat geholfen',
    bare: 'kopfschmerzen',
    unwell: ['mir ist schwindelig', 'mir ist etwas übel', 'ich fühle mich schwach', 'ich habe kopfschmerzen', 'mir dreht sich alles'],
  },
};

eachLocale((sp) => {
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };

  /** A first evening up to the reflection's first question. */
  async function atTheQuestions(userId: string) {
    const h = sp.harness({ userId });
    await h.script(say.launch, say.jaw);
    const first = await h.conv.say(say.yes);
    expect(first.text).toMatch(sp.line('askGreat'));
    return h;
  }

  test.each(SAY[sp.locale].unwell)('"%s" as an answer: the calm answer, the questions end, nothing is kept', async (unwell) => {
    const userId = `unwell-${sp.locale}-${unwell.replace(/\W+/g, '-')}`;
    const h = await atTheQuestions(userId);
    const ex = await h.conv.say(unwell);
    expect(ex.text).toMatch(new RegExp(`^${sp.line('safetyUnwell').source}`));
    expect(ex.text).toMatch(sp.line('reflectStoppedNothing'));
    expect(ex.text).not.toMatch(sp.line('answerKept'));
    expect(ex.text).not.toMatch(sp.line('reminderOffer')); // no tip about reminders right after "I feel dizzy"
    expect(h.conv.isOpen).toBe(false);
    expect(await h.store.listReflections(userId)).toEqual([]);
    sp.noLeak(ex.text);
  });

  test('after an answer, "I feel dizzy" keeps the answer given and stores nothing more', async () => {
    const userId = `unwell-after-${sp.locale}`;
    const h = await atTheQuestions(userId);
    await h.conv.say(say.good);
    const ex = await h.conv.say(SAY[sp.locale].unwell[0]);
    expect(ex.text).toMatch(new RegExp(`^${sp.line('safetyUnwell').source}`));
    expect(ex.text).toMatch(sp.line('reflectStopped'));
    const [entry] = await h.store.listReflections(userId);
    expect(Object.values(entry.answers)).toEqual([say.good]);
  });

  test.each(['passing', 'bare'] as const)('an answer that is not said as feeling unwell now (%s) is a real answer, and is kept', async (kind) => {
    const userId = `unwell-${kind}-${sp.locale}`;
    const h = await atTheQuestions(userId);
    const ex = await h.conv.say(say[kind]);
    expect(ex.text).not.toMatch(sp.line('safetyUnwell'));
    expect(ex.text).toMatch(sp.line('askChallenging'));
    const [entry] = await h.store.listReflections(userId);
    expect(Object.values(entry.answers)).toEqual([say[kind]]);
  });
});
