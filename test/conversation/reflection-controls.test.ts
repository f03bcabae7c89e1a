import { QUESTIONS } from '../../lambda/store/types';
import { firstArea } from '../helpers/places';
import { harness } from '../helpers/skill';

/**
 * Controls said during the questions stay controls: never kept as an answer, whether Alexa sends
 * them as the answer's words (typed through the model while the slot is elicited) or as the
 * built-in intent. A control of the routine asks once whether to leave the questions.
 */

const EVENING = '2026-11-24T21:00:00-08:00';

type Expect = 'skip' | 'repeat' | 'stop' | 'help' | 'leave';
const WORDS: [string, string, Expect][] = [
  ['go back', 'AMAZON.PreviousIntent', 'leave'],
  ['start over', 'AMAZON.StartOverIntent', 'leave'],
  ['slower', 'SlowerIntent', 'leave'],
  ['faster', 'FasterIntent', 'leave'],
  ['next', 'AMAZON.NextIntent', 'skip'],
  ['skip', 'AMAZON.NextIntent', 'skip'],
  ['repeat', 'AMAZON.RepeatIntent', 'repeat'],
  ['repeat the question', 'AMAZON.RepeatIntent', 'repeat'],
  ['stop', 'AMAZON.StopIntent', 'stop'],
  ['cancel', 'AMAZON.CancelIntent', 'stop'],
  ['help', 'AMAZON.HelpIntent', 'help'],
];

/** A finished routine, the questions begun, and the first `q` of them answered. */
async function atQuestion(q: number, name: string) {
  const h = harness({ at: EVENING, userId: `${name}-${Math.random()}` });
  await h.conv.say('start my face massage');
  await h.conv.say('skip'); // the tension check-in
  let ex = await h.conv.say('yes');
  for (let i = 0; i < q; i++) ex = await h.conv.say(`answer number ${i}`);
  expect(ex.elicit?.slot).toBe(QUESTIONS[q]);
  return h;
}

const cases = WORDS.flatMap(([word, intent, expected]) =>
  [0, 1, 2].flatMap((q) => (['said', 'intent'] as const).map((how) => [word, QUESTIONS[q], how, intent, expected, q] as const)),
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
      expect(ex.text).toMatch(/own words/);
      expect(ex.elicit?.slot).toBe(QUESTIONS[q]);
      break;
    case 'stop':
      expect(ex.ended).toBe(true);
      break;
    case 'leave':
      expect(ex.text).toMatch(/^Shall we leave your questions and (go back to the massage|start the massage again)\?$/);
      expect(ex.ended).toBe(false);
      // "no": the same question again
      expect((await h.conv.say('no')).elicit?.slot).toBe(QUESTIONS[q]);
      break;
  }
  const kept = (await h.store.listReflections(h.conv.last!.request.context.System.user.userId)).flatMap((r) => Object.values(r.answers));
  expect(kept).toEqual(Array.from({ length: q }, (_, i) => `answer number ${i}`));
});

test('the question to leave is asked once; after a "no", a control just brings the question back', async () => {
  const h = await atQuestion(1, 'rc-once');
  await h.conv.say('go back');
  await h.conv.say('no');
  const again = await h.conv.say('slower');
  expect(again.text).toMatch(/^We're on your questions now\..*(hard today|challenging)\?$/);
  expect(again.elicit?.slot).toBe('challenging');
});

test('"yes" to leave: the last area plays again, the routine stays counted once, and the questions go on where they stopped', async () => {
  const h = await atQuestion(1, 'rc-leave');
  await h.conv.say('go back');
  const back = await h.conv.say('yes');
  expect(back.text).toMatch(/^(Going back|Back one)\./);
  expect(firstArea(back.text)).toBe('finish');
  expect(back.text).toMatch(/reflect[^.]*\?$/);
  const userId = back.request.context.System.user.userId;
  const again = await h.conv.say('yes');
  expect(again.elicit?.slot).toBe('challenging'); // the first question was answered already
  await h.conv.say('a long day');
  await h.conv.say('skip');
  const [entry] = await h.store.listReflections(userId);
  expect(entry.answers).toEqual({ great: 'answer number 0', challenging: 'a long day' });
  expect((await h.store.loadProfile(userId))?.stats.completed).toBe(1);
});

test('"slower", then yes: the last area again, slower', async () => {
  const h = await atQuestion(0, 'rc-slower');
  await h.conv.say('slower');
  const slower = await h.conv.say('yes');
  expect(slower.text).toMatch(/^(Slower it is|Slowing down|Slower now)\./);
  expect(firstArea(slower.text)).toBe('finish');
});

test('"start over", then yes: a fresh massage from the forehead', async () => {
  const h = await atQuestion(2, 'rc-start-over');
  await h.conv.say('start over');
  const fresh = await h.conv.say('yes');
  expect(firstArea(fresh.text)).toBe('forehead');
});

test('"repeat the question" and "help" ask it again in the same words', async () => {
  const h = await atQuestion(1, 'rc-same');
  const asked = h.conv.last!.text.split('. ').pop()!;
  for (const line of ['repeat the question', 'help', 'repeat', 'help']) {
    const again = await h.conv.say(line);
    expect(again.text.endsWith(asked)).toBe(true);
  }
});

test('asked whether to leave, the control said again is a yes', async () => {
  const h = await atQuestion(1, 'rc-again');
  await h.conv.say('go back');
  const back = await h.conv.intent('AMAZON.PreviousIntent');
  expect(back.text).toMatch(/^(Going back|Back one)\./);
  expect(firstArea(back.text)).toBe('finish');
});
