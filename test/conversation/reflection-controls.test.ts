import { QUESTIONS } from '../../lambda/store/types';
import { closes, COMMON, eachLocale, either, opens, whole, type Phrasebook } from '../helpers/locales';
import { dynamoTable } from '../helpers/dynalite';
import { firstArea } from '../helpers/places';

/**
 * Controls said during the questions stay controls: never kept as an answer, whether Alexa sends
 * them as the answer's words (typed through the model while the slot is elicited) or as the
 * built-in intent. A control of the routine asks once whether to leave the questions.
 */

type Word = 'back' | 'startOver' | 'slower' | 'faster' | 'next' | 'skip' | 'repeat' | 'repeatQuestion' | 'stop' | 'cancel' | 'help';
const SAY: Phrasebook<Word | 'answer'> = {
  'en-US': {
    back: 'go back',
    startOver: 'start over',
    slower: 'slower',
    faster: 'faster',
    next: 'next',
    skip: 'skip',
    repeat: 'repeat',
    repeatQuestion: 'repeat the question',
    stop: 'stop',
    cancel: 'cancel',
    help: 'help',
    answer: 'answer number {i}',
  },
  'de-DE': {
    back: 'zurück',
    startOver: 'von vorne',
    slower: 'langsamer',
    faster: 'schneller',
    next: 'nächster',
    skip: 'überspringen',
    repeat: 'wiederholen',
    repeatQuestion: 'wiederhole die Frage',
    stop: 'stopp',
    cancel: 'abbrechen',
    help: 'hilfe',
    answer: 'Antwort Nummer {i}',
  },
};

type Expect = 'skip' | 'repeat' | 'stop' | 'help' | 'leave';
const WORDS: [Word, string, Expect][] = [
  ['back', 'AMAZON.PreviousIntent', 'leave'],
  ['startOver', 'AMAZON.StartOverIntent', 'leave'],
  ['slower', 'SlowerIntent', 'leave'],
  ['faster', 'FasterIntent', 'leave'],
  ['next', 'AMAZON.NextIntent', 'skip'],
  ['skip', 'AMAZON.NextIntent', 'skip'],
  ['repeat', 'AMAZON.RepeatIntent', 'repeat'],
  ['repeatQuestion', 'AMAZON.RepeatIntent', 'repeat'],
  ['stop', 'AMAZON.StopIntent', 'stop'],
  ['cancel', 'AMAZON.CancelIntent', 'stop'],
  ['help', 'AMAZON.HelpIntent', 'help'],
];

eachLocale((sp) => {
  /** This language's own dynalite table, a user of its own for each conversation. */
  const db = dynamoTable(`ReflectionControls-${sp.locale}`);
  const say = SAY[sp.locale];
  const answer = (i: number) => say.answer.replace('{i}', String(i));

  /** A finished routine, the questions begun, and the first `q` of them answered. */
  async function atQuestion(q: number, name: string) {
    const h = sp.harness({ store: db.store, userId: `${name}-${Math.random()}` });
    await h.conv.say(COMMON[sp.locale].launch);
    await h.conv.say(COMMON[sp.locale].skip); // the tension check-in
    let ex = await h.conv.say(COMMON[sp.locale].yes);
    for (let i = 0; i < q; i++) ex = await h.conv.say(answer(i));
    expect(ex.elicit?.slot).toBe(QUESTIONS[q]);
    return h;
  }

  const cases = WORDS.flatMap(([word, intent, expected]) =>
    [0, 1, 2].flatMap((q) => (['said', 'intent'] as const).map((how) => [say[word], QUESTIONS[q], how, intent, expected, q] as const)),
  );

  test.each(cases)('"%s" during the %s question (%s)', async (word, _question, how, intent, expected, q) => {
    const h = await atQuestion(q, 'rc');
    const ex = how === 'said' ? await h.conv.say(word) : await h.conv.intent(intent);
    switch (expected) {
      case 'skip':
        if (q < 2) expect(ex.elicit?.slot).toBe(QUESTIONS[q + 1]);
        else expect(ex.ended).toBe(true);
        break;
      case 'repeat':
        expect(ex.elicit?.slot).toBe(QUESTIONS[q]);
        break;
      case 'help':
        expect(ex.text).toMatch(sp.line('reflectHelp'));
        expect(ex.elicit?.slot).toBe(QUESTIONS[q]);
        break;
      case 'stop':
        expect(ex.ended).toBe(true);
        break;
      case 'leave':
        expect(ex.text).toMatch(whole(either(sp.line('reflectLeave'), sp.line('reflectLeaveStartOver'))));
        expect(ex.ended).toBe(false);
        // "no": the same question again
        expect((await h.conv.say(COMMON[sp.locale].no)).elicit?.slot).toBe(QUESTIONS[q]);
        break;
    }
    sp.noLeak(ex.text, ex.reprompt);
    const kept = (await h.store.listReflections(h.conv.last!.request.context.System.user.userId)).flatMap((r) => Object.values(r.answers));
    expect(kept).toEqual(Array.from({ length: q }, (_, i) => answer(i)));
  });

  test('the question to leave is asked once; after a "no", a control just brings the question back', async () => {
    const h = await atQuestion(1, 'rc-once');
    await h.conv.say(say.back);
    await h.conv.say(COMMON[sp.locale].no);
    const again = await h.conv.say(say.slower);
    expect(again.text).toMatch(whole(sp.line('reflectOnQuestions'), sp.line('askChallenging')));
    expect(again.elicit?.slot).toBe('challenging');
  });

  test('"yes" to leave: the last area plays again, the routine stays counted once, and the questions go on where they stopped', async () => {
    const h = await atQuestion(1, 'rc-leave');
    await h.conv.say(say.back);
    const back = await h.conv.say(COMMON[sp.locale].yes);
    expect(back.text).toMatch(opens(sp.line('ackPrevious')));
    expect(firstArea(back.text, sp.content)).toBe('finish');
    expect(back.text).toMatch(closes(sp.line('reflectOffer')));
    const userId = back.request.context.System.user.userId;
    const again = await h.conv.say(COMMON[sp.locale].yes);
    expect(again.elicit?.slot).toBe('challenging'); // the first question was answered already
    await h.conv.say(answer(1));
    await h.conv.say(say.skip);
    const [entry] = await h.store.listReflections(userId);
    expect(entry.answers).toEqual({ great: answer(0), challenging: answer(1) });
    expect((await h.store.loadProfile(userId))?.stats.completed).toBe(1);
  });

  test('"slower", then yes: the last area again, slower', async () => {
    const h = await atQuestion(0, 'rc-slower');
    await h.conv.say(say.slower);
    const slower = await h.conv.say(COMMON[sp.locale].yes);
    expect(slower.text).toMatch(opens(sp.line('ackSlower')));
    expect(firstArea(slower.text, sp.content)).toBe('finish');
  });

  test('"start over", then yes: a fresh massage from the forehead', async () => {
    const h = await atQuestion(2, 'rc-start-over');
    await h.conv.say(say.startOver);
    const fresh = await h.conv.say(COMMON[sp.locale].yes);
    expect(firstArea(fresh.text, sp.content)).toBe('forehead');
  });

  test('"repeat the question" and "help" ask it again in the same words', async () => {
    const h = await atQuestion(1, 'rc-same');
    const asked = h.conv.last!.text.split('. ').pop()!;
    expect(asked).toMatch(whole(sp.line('askChallenging')));
    for (const line of [say.repeatQuestion, say.help, say.repeat, say.help]) {
      const again = await h.conv.say(line);
      expect(again.text.endsWith(asked)).toBe(true);
    }
  });

  test('asked whether to leave, the control said again is a yes', async () => {
    const h = await atQuestion(1, 'rc-again');
    await h.conv.say(say.back);
    const back = await h.conv.intent('AMAZON.PreviousIntent');
    expect(back.text).toMatch(opens(sp.line('ackPrevious')));
    expect(firstArea(back.text, sp.content)).toBe('finish');
  });
});
