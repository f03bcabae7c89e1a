import { getIntentName, getRequestType, type ErrorHandler, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { streakOn } from '../progress/streak';
import { onIntent, routineSlots } from '../conversation/intents';
import { answerFor, askOpen, noToNothing, yesToNothing } from './questions';
import { Reply } from '../conversation/reply';
import { deleteNowOrLater, handOver } from '../conversation/background';
import { plan } from '../conversation/options';
import { playFrom } from '../conversation/playback';
import { isMidRoutine, position, type Position, resumeStep, stepName } from '../conversation/position';
import { saveResume } from '../conversation/resume';
import { stoppedToRest } from './routine';
import { sayPatterns } from './tension';
import { getTurn, type Logger, type Turn } from '../conversation/turn';
import { countNoun, type Catalogue } from '../content';
import { stackFrames } from '../stack-frames';

/** Yes and no, help, the unexpected, progress, preferences, deleting, and the end of a session. */

export const YesHandler = onIntent('AMAZON.YesIntent', (turn, reply) => {
  const pending = turn.state.pending;
  turn.state.pending = undefined;
  const answer = pending && answerFor(pending, 'yes');
  return answer ? answer(turn, reply) : yesToNothing(turn, reply);
});

export const NoHandler = onIntent('AMAZON.NoIntent', (turn, reply) => {
  const pending = turn.state.pending;
  turn.state.pending = undefined;
  const answer = pending && answerFor(pending, 'no');
  return answer ? answer(turn, reply) : noToNothing(turn, reply);
});

const CONTROL_SAID = { 'AMAZON.NextIntent': 'next', 'AMAZON.RepeatIntent': 'repeat' } as const;

/** What "next" / "skip" or "repeat" means for the question waiting, when it has a meaning of its own there. */
function pendingControl(turn: Turn) {
  const said = CONTROL_SAID[getIntentName(turn.hi.requestEnvelope) as keyof typeof CONTROL_SAID];
  return turn.state.pending && said && answerFor(turn.state.pending, said);
}

/** Next, skip or repeat said while a question waits that gives them its own meaning: a next answers it, a repeat asks it again. */
export const PendingControlHandler = onIntent(
  Object.keys(CONTROL_SAID),
  (turn, reply) => {
    const answer = pendingControl(turn)!;
    if (getIntentName(turn.hi.requestEnvelope) === 'AMAZON.NextIntent') turn.state.pending = undefined;
    return answer(turn, reply);
  },
  (turn) => !!pendingControl(turn),
);

type OnAStep = Extract<Position, { kind: 'step' | 'paused' | 'between' | 'saved' }>;

/** Holds the routine on the step the user is on, and asks whether to carry on with it. */
function askToCarryOn(turn: Turn, reply: Reply, pos: OnAStep, question: 'helpCarryOn' | 'fallbackRoutine'): void {
  const step = resumeStep(turn, pos);
  turn.state.pending = { kind: 'continue', step };
  if (turn.state.routine) turn.state.routine.pausedAt = step;
  const area = stepName(turn, pos.options, step);
  reply.ask(question, { area }, 'helpCarryOnReprompt', { area });
}

export const HelpHandler = onIntent('AMAZON.HelpIntent', (turn, reply) => {
  const own = turn.state.pending && answerFor(turn.state.pending, 'help');
  if (own) return own(turn, reply);
  const pos = position(turn);
  if (pos.kind === 'none') {
    turn.state.pending = { kind: 'open', about: 'anything' };
    return void reply.ask('helpIdle', undefined, 'helpIdleReprompt');
  }
  reply.say('help');
  if (pos.kind === 'end') return void reply.ask('reflectOffer', undefined, 'reflectOfferReprompt');
  askToCarryOn(turn, reply, pos, 'helpCarryOn');
});

// A tension word said outside the check-in (a bare "nothing") is not understood either.
export const FallbackHandler = onIntent(['AMAZON.FallbackIntent', 'TensionIntent'], (turn, reply) => {
  reply.say('fallback');
  const pos = position(turn);
  if (isMidRoutine(pos)) return askToCarryOn(turn, reply, pos, 'fallbackRoutine');
  // A question is waiting ("what?"): the question again where it has its own repeat, else how to answer it.
  const again = turn.state.pending && answerFor(turn.state.pending, 'repeat');
  if (again) return again(turn, reply);
  if (turn.state.pending) return void reply.ask('yesNoReprompt');
  askOpen(turn, reply, 'anything');
});

export const ProgressHandler = onIntent('ProgressIntent', (turn, reply) => {
  const s = turn.profile.stats;
  if (!s.completed) {
    reply.say('progressNone');
  } else {
    const { current, best } = streakOn(s, turn.today(), turn.profile.rest?.day);
    // One day is no streak: not "1 day in a row".
    const summary = current > 1 ? 'progressSummary' : current === 1 ? (best > 1 ? 'progressSummaryOneDayBest' : 'progressSummaryOneDay') : 'progressSummaryNoStreak';
    reply.say(summary, {
      completed: s.completed,
      massages: countNoun(turn.content, 'massage', s.completed),
      minutes: s.minutes,
      minutesWord: countNoun(turn.content, 'minute', s.minutes),
      current,
      currentDays: countNoun(turn.content, 'day', current),
      best,
      bestDays: countNoun(turn.content, 'day', best),
    });
  }
  // The full answer: where tension gathers too, once there is something to tell.
  if (turn.profile.tension && Object.keys(turn.profile.tension).length) sayPatterns(turn, reply);
  turn.state.pending = { kind: 'start' };
  reply.ask('progressAsk', undefined, 'noRoutineReprompt');
});

export const SetPreferenceHandler = onIntent('SetPreferenceIntent', async (turn, reply) => {
  const { length, tool, pace, focus } = routineSlots(turn.hi);
  if (!length && !tool && !pace && !focus) return askOpen(turn, reply, 'preference');
  turn.change({ prefs: { ...(length && { length }), ...(tool && { tool }), ...(pace && { pace }), ...(focus && { focus }) } });
  if (length) reply.say('prefLength', { length: turn.content.lengthNames[length] });
  if (tool) reply.say('prefTool', { tool: turn.content.toolNames[tool] });
  if (pace) reply.say(pace === 'normal' ? 'prefPaceNormal' : 'prefPace', { pace: turn.content.paceNames[pace] });
  if (focus) reply.say('prefFocus', { area: turn.content.areas[focus].name });
  const pos = position(turn);
  if (isMidRoutine(pos)) {
    // Mid-routine: carry on from here with the new choice.
    const step = resumeStep(turn, pos);
    const here = plan(turn, pos.options).steps[Math.min(step, plan(turn, pos.options).steps.length - 1)].area;
    const options = { ...pos.options, ...(tool && { tool }), ...(pace && { pace }), ...(focus && { focus }) };
    const at = Math.max(0, plan(turn, options).steps.findIndex((s) => s.area === here));
    return playFrom(turn, reply, options, at);
  }
  turn.state.pending = { kind: 'start' };
  reply.ask('prefDone', undefined, 'noRoutineReprompt');
});

export const DeleteDataHandler = onIntent('DeleteDataIntent', (turn, reply) => {
  turn.state.pending = { kind: 'delete-all' };
  reply.ask('deleteAllConfirm', undefined, 'deleteAllConfirmReprompt');
});

/** The session ended (silence, "exit", an error): count a finished routine, keep the place of an unfinished one. */
export const SessionEndedHandler: RequestHandler = {
  canHandle: (hi) => getRequestType(hi.requestEnvelope) === 'SessionEndedRequest',
  handle: async (hi): Promise<Response> => {
    const turn = getTurn(hi);
    // Answers held while the table was down (retried once more as this request came in): the user was
    // told they would be kept, so they go to the durable queue rather than end with the session.
    const held = turn.state.unsavedAnswers;
    if (held?.length && (await handOver(turn, { kind: 'save-answers', userId: turn.userId, answers: held }))) turn.state.unsavedAnswers = undefined;
    else if (held?.length) turn.log.error('answers_lost', { count: held.length });
    const pos = position(turn);
    if (turn.state.routine && !turn.state.routine.completion?.counted && isMidRoutine(pos)) {
      saveResume(turn, pos.options, resumeStep(turn, pos));
    }
    stoppedToRest(turn); // left in silence while waiting after discomfort or feeling unwell: a night of rest, as a stop is
    const reason = (hi.requestEnvelope.request as { reason?: string }).reason;
    turn.log.info('session_ended', { reason });
    return Reply.silence();
  },
};

/** Skill events arrive outside a session: SkillDisabled without kept data deletes everything of the user. */
export const SkillEventHandler: RequestHandler = {
  canHandle: (hi) => getRequestType(hi.requestEnvelope).startsWith('AlexaSkillEvent.'),
  handle: async (hi): Promise<Response> => {
    const turn = getTurn(hi);
    const type = getRequestType(hi.requestEnvelope);
    const status = (hi.requestEnvelope.request as { body?: { userInformationPersistenceStatus?: string } }).body?.userInformationPersistenceStatus;
    if (type === 'AlexaSkillEvent.SkillDisabled' && status === 'NOT_PERSISTED') {
      const outcome = await deleteNowOrLater(turn, 'delete-user', undefined, (opts) => turn.store.deleteUser(turn.userId, opts));
      turn.log.info('user_deleted_on_disable', { outcome });
      // Not finished now: the invocation fails, so Lambda's error metric and its alarm see it (and
      // Alexa may send the event again); the queued job finishes the deletion meanwhile.
      if (outcome !== 'done') throw Object.assign(new Error(`deletion on SkillDisabled ${outcome}`), { name: 'DeletionOwed' });
    }
    turn.state.forgotten = true;
    return Reply.silence();
  },
};

/**
 * A request without a user id (Alexa always sends one; a malformed or forged request may not): a kind
 * answer, and nothing read or stored for it. Skill events and a session's end get no speech.
 */
export const NoUserHandler: RequestHandler = {
  canHandle: (hi) => !getTurn(hi).userId,
  handle: (hi): Response => {
    const type = getRequestType(hi.requestEnvelope);
    if (type.startsWith('AlexaSkillEvent.') || type === 'SessionEndedRequest') return Reply.silence();
    return new Reply(getTurn(hi)).say('noUser').close().build();
  },
};

/** Any request type the skill doesn't know gets a kind spoken answer. */
export const UnknownRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle: (hi): Response => {
    const turn = getTurn(hi);
    turn.log.info('unhandled_request', { type: getRequestType(hi.requestEnvelope) });
    if (getRequestType(hi.requestEnvelope) !== 'IntentRequest') return Reply.silence();
    const reply = new Reply(turn).say('fallback');
    askOpen(turn, reply, 'anything');
    return reply.build();
  },
};

/**
 * The last line of defence: apologise in speech, log the error's name and frames, never what the user
 * said. It does not throw (but for a skill event, on purpose), even when the Turn could not be built.
 */
export function errorHandler(log: Logger, catalogue?: Catalogue): ErrorHandler {
  return {
    canHandle: () => true,
    handle: (hi, error): Response => {
      try {
        // The name and where it happened only: a message could one day carry something from the request.
        log.error('unhandled_error', { error: String(error?.name), requestType: safeType(hi), at: stackFrames(error) });
      } catch {
        // a logger that fails still leaves the user an answer
      }
      // No one hears a skill event's answer: its failure is the invocation's, for the platform to see.
      if (safeType(hi).startsWith('AlexaSkillEvent.')) throw error;
      return Reply.apology(hi, catalogue);
    },
  };
}

function safeType(hi: Parameters<ErrorHandler['handle']>[0]): string {
  try {
    return getRequestType(hi.requestEnvelope);
  } catch {
    return 'unknown';
  }
}
