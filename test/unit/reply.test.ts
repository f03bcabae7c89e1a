import { join } from 'node:path';
import { ResponseFactory, type HandlerInput } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { spawnSync } from 'node:child_process';
import { seededRandom } from '../../lambda/content/pick';
import { Reply } from '../../lambda/conversation/reply';
import { Turn, type Logger } from '../../lambda/conversation/turn';
import { MemoryProgressStore } from '../../lambda/store/memory';
import { responseProblems } from '../helpers/oracle';

/** Reply's shape: words, then at most one question, last; and the oracle and the linter that keep it so. */

function replyAt(locale = 'en-US'): { reply: Reply; problems: string[] } {
  const problems: string[] = [];
  const log: Logger = { info: () => undefined, error: (event, fields) => void (event === 'reply_misshapen' && problems.push(String(fields?.problem))) };
  const hi = {
    requestEnvelope: { version: '1.0', request: { type: 'IntentRequest', requestId: 'r', locale, timestamp: '2026-11-24T20:00:00Z' }, context: { System: { user: { userId: 'u' } } } },
    responseBuilder: ResponseFactory.init(),
    attributesManager: { getRequestAttributes: () => ({}) },
  } as unknown as HandlerInput;
  const turn = new Turn(hi, { store: new MemoryProgressStore(), now: () => new Date('2026-11-24T20:00:00Z'), random: seededRandom(1), log }, {});
  turn.change({ timeZone: 'UTC' });
  return { reply: new Reply(turn), problems };
}

const words = (ssml: string | undefined) => (ssml ?? '').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'");
const speech = (r: ReturnType<Reply['build']>) => words((r.outputSpeech as { ssml?: string } | undefined)?.ssml);

test('a question is the last thing said and keeps the session open, its reprompt ready', () => {
  const { reply, problems } = replyAt();
  const r = reply.say('fallback').ask('noRoutine', undefined, 'noRoutineReprompt').build();
  expect(speech(r)).toMatch(/^Sorry, I (didn't catch|missed) that\. There's no massage going right now\. Shall I start one\?$/);
  expect(words((r.reprompt?.outputSpeech as { ssml: string }).ssml)).toBe('Would you like to start a massage? Yes or no.');
  expect(r.shouldEndSession).toBe(false);
  expect(problems).toEqual([]);
});

test('after a question nothing more can be said or asked: the types refuse it, and at run time the question stays last', () => {
  const spoken = replyAt();
  spoken.reply.ask('noRoutine');
  spoken.reply.say('goodnight'); // the same reply, reached another way than through what ask returned
  const r1 = spoken.reply.build();
  expect(speech(r1)).toMatch(/^(Take care|Take care of yourself|See you next time)\. There's no massage going right now\. Shall I start one\?$/);
  expect(spoken.problems).toEqual(['spoken_after_question']);

  const twice = replyAt();
  twice.reply.ask('noRoutine');
  twice.reply.ask('prefDone');
  expect(speech(twice.reply.build())).toBe('Shall I start a massage now?');
  expect(twice.problems).toEqual(['second_question']);

  const closed = replyAt();
  closed.reply.ask('deleteAllConfirm');
  closed.reply.close();
  const r3 = closed.reply.build();
  expect(r3.shouldEndSession).toBe(false); // the question is not left unheard
  expect(closed.problems).toEqual(['closed_after_question']);
});

/** Never called: the type check (`npm test` runs tsc) fails if either of these compiles. */
export function _typesRefuse(reply: Reply): void {
  // @ts-expect-error: what ask returns can say nothing more
  reply.ask('noRoutine').say('goodnight');
  // @ts-expect-error: 'tensionAsk' is a question (QUESTION_LINES): it is asked, last, never said as words
  reply.say('tensionAsk');
}

test('nothing to say: an empty response; the apology works without a Turn, in the request\'s language', () => {
  expect(Reply.silence()).toEqual({});
  const hi = { requestEnvelope: { request: { type: 'LaunchRequest', locale: 'de-DE' } }, attributesManager: { getRequestAttributes: () => ({}) } } as unknown as HandlerInput;
  const r = Reply.apology(hi);
  expect(speech(r)).toBe('Entschuldige, bei mir ist etwas schiefgegangen. Versuch es gleich noch einmal.');
  expect(r.shouldEndSession).toBe(true);
  // Nothing usable at all: still an apology, in the default language.
  expect(speech(Reply.apology(undefined as unknown as HandlerInput))).toMatch(/^Sorry/);
});

describe('the oracle sees a response as a user hears it', () => {
  const env = (ssml: string, shouldEndSession: boolean): ResponseEnvelope => ({
    version: '1.0',
    response: { outputSpeech: { type: 'SSML', ssml: `<speak>${ssml}</speak>` }, reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Just say yes or no.</speak>' } }, shouldEndSession },
  });

  test.each([
    ['words after the question', 'Would you like to reflect on your day? Sleep well.', false, /does not end with its question/],
    ['two questions', 'Ready for your jaw? Would you like to reflect on your day?', false, /2 questions/],
    ['a question in a response that closes', 'All done. Would you like to reflect on your day?', true, /closes after a question/],
    ['no question though it waits', 'All done.', false, /does not end with its question/],
    ['German words after the question', 'Magst du noch kurz auf deinen Tag zurückblicken? Schlaf gut.', false, /does not end with its question/],
  ])('refuses %s', async (_, ssml, end, problem) => {
    expect((await responseProblems(env(ssml, end))).join('\n')).toMatch(problem);
  });

  test.each([
    ['English', 'All done. Would you like to reflect on your day?'],
    ['German, in the bedtime voice', '<prosody rate="90%" volume="soft">Fertig. Magst du noch kurz auf deinen Tag zurückblicken?</prosody>'],
  ])('accepts one question, last (%s)', async (_, ssml) => {
    expect(await responseProblems(env(ssml, false))).toEqual([]);
  });
});

test('the linter refuses a response built anywhere in the skill but Reply', () => {
  const root = join(__dirname, '..', '..');
  const code = "import type { HandlerInput } from 'ask-sdk-core';\nexport const h = (hi: HandlerInput) => hi.responseBuilder.speak('hi').getResponse();\n";
  const lint = (file: string) => {
    const out = spawnSync(join(root, 'node_modules', '.bin', 'eslint'), ['--format', 'json', '--stdin', '--stdin-filename', file], { cwd: root, input: code, encoding: 'utf8' });
    return (JSON.parse(out.stdout) as { messages: { ruleId: string }[] }[])[0].messages.map((m) => m.ruleId);
  };
  expect(lint('lambda/handlers/probe.ts')).toContain('no-restricted-syntax');
  expect(lint('lambda/conversation/reply.ts')).not.toContain('no-restricted-syntax');
}, 30_000);
