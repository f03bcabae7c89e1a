import { createHash } from 'node:crypto';
import { getIntentName } from 'ask-sdk-core';
import type { QuestionKey } from '../content';
import { QUESTIONS, type QuestionId } from '../store/types';
import { onIntent, slotText } from '../conversation/intents';
import type { Reply, SaidKey } from '../conversation/reply';
import { retryUnsaved } from '../conversation/pending-writes';
import { nextPace, startFresh } from './routine';
import { plan, refit } from '../conversation/options';
import { playFrom, sayGoodnight } from '../conversation/playback';
import type { RoutineControl } from '../conversation/state';
import type { Turn } from '../conversation/turn';

/** The three questions after the massage, one at a time, each answer saved the moment it is given. */

export const REFLECTION_INTENT = 'ReflectionIntent';
/**
 * Longest answer kept, in characters (about 600 English words, four minutes of talk); longer ones are
 * cut at a word, and the user hears so then and in the read-back. Not the table's limit (an item holds
 * 400 KB) nor the read-back's (it reads by pages): the session's. Answers held while the table is down
 * travel in session state, kept under MAX_STATE_CHARS (12,000) so a response stays well under Alexa's
 * 24 KB, and an evening's three must fit there with the rest.
 */
export const MAX_ANSWER_CHARS = 3500;
const ASK: Record<QuestionId, QuestionKey> = { great: 'askGreat', challenging: 'askChallenging', better: 'askBetter' };


/** Keeps an answer exactly, up to the limit; past it, cut at the last word boundary (`cut`). */
function limitAnswer(text: string): { answer: string; cut: boolean } {
  const t = text.trim();
  if (t.length <= MAX_ANSWER_CHARS) return { answer: t, cut: false };
  const head = t.slice(0, MAX_ANSWER_CHARS + 1);
  const space = head.search(/\s\S*$/);
  return { answer: (space > MAX_ANSWER_CHARS / 2 ? head.slice(0, space) : t.slice(0, MAX_ANSWER_CHARS)).trim(), cut: true };
}

/** The last few words of a kept answer, to say where a cut one stops. */
function lastWords(text: string): string {
  return text.split(/\s+/).slice(-6).join(' ').replace(/[.,;:!?…]+$/u, '');
}

/** The answer as the content's answer words are matched against it. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** A short tag of the request that begins an evening, so two sessions begun in the same millisecond keep apart. */
function requestTag(turn: Turn): string {
  const id = String(turn.hi.requestEnvelope.request.requestId ?? '') + turn.random();
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}

/** The questions are being asked, and no other question (a confirmation) is waiting for its yes or no. */
export function inReflection(turn: Turn): boolean {
  return !!turn.state.reflection && !turn.state.pending;
}

function beginReflection(turn: Turn): void {
  const after = turn.state.routine;
  turn.state.routine = undefined;
  turn.state.pending = undefined;
  // Questions left this evening for the massage go on where they stopped, in the same entry.
  const left = turn.state.leftReflection;
  turn.state.leftReflection = undefined;
  const resumed = left && left.key.day === turn.today() ? left : undefined;
  const answered = resumed ? resumed.answered : [];
  const index = Math.max(0, QUESTIONS.findIndex((q) => !answered.includes(q)));
  turn.state.reflection = {
    key: resumed ? resumed.key : { day: turn.today(), createdAt: turn.now.toISOString(), tag: requestTag(turn) },
    index,
    tries: 0,
    answered: [...answered],
    ...(after && { after }),
  };
}

/** Begins the questions (after "yes" to the offer, or "let's reflect"). */
export function startReflection(turn: Turn, reply: Reply): void {
  beginReflection(turn);
  askCurrent(turn, reply);
}

/**
 * "Go back", "start over", "slower" said during the questions: never an answer. The first time,
 * the user is asked whether to leave the questions for the massage; after a "no", the question
 * is simply asked again.
 */
export function routineControlDuringReflection(turn: Turn, reply: Reply, control: RoutineControl): void {
  const r = turn.state.reflection!;
  const canLeave = !!r.after || control === 'startOver';
  if (!canLeave || r.askedLeave) return askCurrent(turn, reply, 'reflectOnQuestions');
  r.askedLeave = true;
  turn.state.pending = { kind: 'leave-reflection', control };
  reply.ask(control === 'startOver' ? 'reflectLeaveStartOver' : 'reflectLeave', undefined, 'reflectLeaveReprompt');
}

/** The answer to "leave the questions?": yes goes back to the massage with the control; no asks the question again. */
export function leaveReflection(turn: Turn, reply: Reply, control: RoutineControl, leave: boolean): void {
  turn.state.pending = undefined;
  const r = turn.state.reflection;
  if (!r) return startFresh(turn, reply);
  if (!leave) return askCurrent(turn, reply, 'reflectStay');
  turn.state.reflection = undefined;
  if (r.answered.length) turn.state.leftReflection = { key: r.key, answered: r.answered };
  // A new routine keeps out what was said to be sore this evening.
  if (control === 'startOver' || !r.after) return startFresh(turn, reply, { sore: r.after?.options.sore });
  // Back to the routine that just finished: it stays counted, and its last area plays again.
  turn.state.routine = r.after;
  const last = plan(turn, r.after.options).steps.length - 1;
  // A new pace is fitted as it is mid-routine (slower never shortens the last area's silence).
  const options = control === 'previous' ? r.after.options : refit(turn, r.after.options, { pace: nextPace(r.after.options.pace, control) }, last).options;
  reply.say(control === 'previous' ? 'ackPrevious' : control === 'slower' ? 'ackSlower' : 'ackFaster');
  playFrom(turn, reply, options, plan(turn, options).steps.length - 1);
}

function askCurrent(turn: Turn, reply: Reply, prefix?: SaidKey): void {
  const r = turn.state.reflection!;
  const q = QUESTIONS[r.index];
  if (prefix) reply.say(prefix);
  // The same question asked again (repeat, help, an unclear answer) comes in the same words.
  const same = r.lastAsked === r.index ? turn.state.said?.[ASK[q]] : undefined;
  r.lastAsked = r.index;
  reply.elicitSlot(REFLECTION_INTENT, q, { great: undefined, challenging: undefined, better: undefined }, ASK[q], same);
}

/** Moves to the next unanswered question, or closes when all three are done. */
function advance(turn: Turn, reply: Reply, ack?: SaidKey): void {
  const r = turn.state.reflection!;
  do r.index += 1;
  while (r.index < QUESTIONS.length && r.answered.includes(QUESTIONS[r.index]));
  r.tries = 0;
  if (r.index >= QUESTIONS.length) return finish(turn, reply, r.answered.length ? 'reflectDone' : 'reflectDoneNothing');
  askCurrent(turn, reply, ack);
}

/**
 * Back to the question before. Its answer, if it has one, stays unless a new one is given: the new
 * answer is saved over it, and a skip keeps it.
 */
function previousQuestion(turn: Turn, reply: Reply): void {
  const r = turn.state.reflection!;
  r.tries = 0;
  if (r.index === 0) return askCurrent(turn, reply, 'reflectFirstQuestion');
  r.index -= 1;
  askCurrent(turn, reply, r.answered.includes(QUESTIONS[r.index]) ? 'reflectBackKept' : 'reflectBack');
}

/** Closes the questions. An answer that could not be saved is never passed over in silence. */
function finish(turn: Turn, reply: Reply, words: SaidKey): void {
  turn.state.reflection = undefined;
  if (turn.state.unsavedAnswers?.length) {
    turn.state.pending = { kind: 'retry-save' };
    return void reply.ask('retrySave', undefined, 'retrySaveReprompt');
  }
  reply.say(words);
  sayGoodnight(turn, reply);
}

/**
 * Saves one answer now (up to the limit: past it, the user hears where it stops); if the table is down,
 * holds it in the session and says so. True when the answer was cut.
 */
async function keep(turn: Turn, reply: Reply, question: QuestionId, text: string): Promise<boolean> {
  const r = turn.state.reflection!;
  const { answer, cut } = limitAnswer(text);
  if (cut) reply.say('answerKeptCut', { answer: lastWords(answer) });
  try {
    await turn.store.saveAnswer(turn.userId, r.key, question, answer, cut);
  } catch (e) {
    turn.log.error('answer_not_saved', { error: (e as Error).name, question });
    const first = !turn.state.unsavedAnswers?.length;
    (turn.state.unsavedAnswers ??= []).push({ key: r.key, question, answer, ...(cut && { cut: true as const }) });
    reply.say(first ? 'notSaved' : 'notSavedAgain');
  }
  if (!r.answered.includes(question)) r.answered.push(question);
  return cut;
}

/** An answer to the question being asked (or to another one, said with its carrier phrase). */
export async function answer(turn: Turn, reply: Reply, given: Partial<Record<QuestionId, string>>): Promise<void> {
  if (!turn.state.reflection) beginReflection(turn);
  const r = turn.state.reflection!;
  const current = QUESTIONS[r.index];
  // Answers to other questions given with their own carrier phrase are kept too.
  let keptOther = false;
  for (const q of QUESTIONS) {
    if (q !== current && given[q]?.trim() && !r.answered.includes(q)) {
      await keep(turn, reply, q, given[q]!);
      keptOther = true;
    }
  }
  const text = given[current]?.trim() ?? '';
  const words = turn.content.answers;
  const said = normalise(text);
  const plain = words.unclear.test(said) ? '' : said;
  if (!plain && keptOther) return askCurrent(turn, reply, 'answerKept');
  // Controls said as an answer (Alexa often sends them as the answer's words) are never kept.
  if (words.repeat.test(plain)) return askCurrent(turn, reply);
  if (words.skip.test(plain)) return advance(turn, reply, 'answerSkipped');
  if (words.stop.test(plain)) return stopReflection(turn, reply);
  if (words.help.test(plain)) return askCurrent(turn, reply, 'reflectHelp');
  // "I feel dizzy" said alone is not an answer: the calm answer DiscomfortIntent gives there, and the questions end.
  if (words.unwell.test(plain)) {
    reply.say('safetyUnwell');
    return stopReflection(turn, reply, true);
  }
  if (words.previousQuestion.test(plain)) return previousQuestion(turn, reply);
  // The journal is read once the questions are done; the question stays, and stop is offered as the way out.
  if (words.journal.test(plain)) return askCurrent(turn, reply, 'reflectJournalLater');
  const control = ROUTINE_CONTROLS.find((c) => words[c].test(plain));
  if (control) return routineControlDuringReflection(turn, reply, control);
  if (!plain) {
    if (r.tries === 0) {
      r.tries = 1;
      return askCurrent(turn, reply, 'answerUnclear');
    }
    return advance(turn, reply, 'answerSkipped');
  }
  // A cut answer was acknowledged with where it stops; no thanks on top.
  const cut = await keep(turn, reply, current, text);
  if (words.heavy.test(said)) {
    // Loss, grief, panic, being hurt, feeling very low: kept like any answer, met with kindness, not
    // thanks; the next question is theirs to take or leave, and the evening ends without offers.
    turn.state.gentle = true;
    reply.say('answerHeavy');
    if (words.unsafe.test(said)) reply.say('answerUnsafe');
    return advance(turn, reply, 'reflectGentleNext');
  }
  advance(turn, reply, cut ? undefined : 'answerKept');
}

export const ReflectionAnswerHandler = onIntent(REFLECTION_INTENT, (turn, reply) =>
  answer(turn, reply, {
    great: slotText(turn.hi, 'great'),
    challenging: slotText(turn.hi, 'challenging'),
    better: slotText(turn.hi, 'better'),
  }),
);

export const StartReflectionHandler = onIntent('StartReflectionIntent', startReflection);

const ROUTINE_CONTROLS: readonly RoutineControl[] = ['previous', 'startOver', 'slower', 'faster'];
const CONTROL_INTENTS: Record<string, RoutineControl> = {
  'AMAZON.PreviousIntent': 'previous',
  'AMAZON.StartOverIntent': 'startOver',
  SlowerIntent: 'slower',
  FasterIntent: 'faster',
};

/** Inside the questions, the built-ins mean: skip, repeat, help, stop; the routine's controls ask first. */
export const ReflectionControlHandler = onIntent(
  Object.keys(CONTROL_INTENTS),
  (turn, reply) => {
    const control = CONTROL_INTENTS[getIntentName(turn.hi.requestEnvelope)];
    // Asked whether to leave, the user says the control again: that is a yes.
    if (turn.state.pending?.kind === 'leave-reflection') return leaveReflection(turn, reply, control, true);
    routineControlDuringReflection(turn, reply, control);
  },
  (turn) => inReflection(turn) || (!!turn.state.reflection && turn.state.pending?.kind === 'leave-reflection'),
);
/** "Resume", "carry on": go on with the questions. */
export const ReflectionResumeHandler = onIntent('AMAZON.ResumeIntent', (turn, reply) => askCurrent(turn, reply), inReflection);
export const ReflectionSkipHandler = onIntent(['AMAZON.NextIntent', 'AMAZON.NoIntent'], (turn, reply) => advance(turn, reply, 'answerSkipped'), inReflection);
export const ReflectionRepeatHandler = onIntent('AMAZON.RepeatIntent', (turn, reply) => askCurrent(turn, reply), inReflection);
export const ReflectionHelpHandler = onIntent('AMAZON.HelpIntent', (turn, reply) => askCurrent(turn, reply, 'reflectHelp'), inReflection);
export const ReflectionUnclearHandler = onIntent(
  ['AMAZON.FallbackIntent', 'AMAZON.YesIntent'],
  (turn, reply) => answer(turn, reply, {}),
  inReflection,
);
/** Ends the questions: what was said is kept (one more try for anything unsaved), then good night. */
export async function stopReflection(turn: Turn, reply: Reply, unwell = false): Promise<void> {
  const kept = turn.state.reflection!.answered.length > 0;
  turn.state.reflection = undefined;
  // The user wants to stop: one more try for anything unsaved, then the truth about it.
  if (turn.state.unsavedAnswers?.length) await retryUnsaved(turn);
  if (!turn.state.unsavedAnswers?.length) reply.say(kept ? 'reflectStopped' : 'reflectStoppedNothing');
  sayGoodnight(turn, reply, unwell);
}

/** Asks the current question again. */
export function askAgain(turn: Turn, reply: Reply): void {
  askCurrent(turn, reply);
}

export const ReflectionStopHandler = onIntent(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'], stopReflection, inReflection);
/** "Wait", "hold on" (or "pause", should Alexa send it as the intent): the question waits; nothing ends, nothing is kept. */
export const ReflectionPauseHandler = onIntent('AMAZON.PauseIntent', (turn, reply) => askCurrent(turn, reply, 'reflectTakeTime'), inReflection);

export const StopAskingHandler = onIntent('StopAskingReflectionIntent', (turn, reply) => {
  turn.change({ prefs: { reflect: 'never' } });
  reply.say('reflectNever');
  sayGoodnight(turn, reply);
});

export const AlwaysReflectHandler = onIntent('AlwaysReflectIntent', (turn, reply) => {
  turn.change({ prefs: { reflect: 'always' } });
  reply.say('reflectAlways');
  sayGoodnight(turn, reply);
});

/** The answer to "shall I try saving again?" (the retry itself ran at the start of this turn). */
export function afterRetry(turn: Turn, reply: Reply, again: boolean): void {
  turn.state.pending = undefined;
  const left = !!turn.state.unsavedAnswers?.length;
  if (left) reply.say(again ? 'retryFailed' : 'unsavedLost');
  else reply.say('retrySaved'); // the retry at the start of this turn worked, whatever the answer
  turn.state.unsavedAnswers = undefined;
  sayGoodnight(turn, reply);
}
