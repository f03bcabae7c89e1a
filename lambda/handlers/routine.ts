import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { AreaId, Pace, RoutineOptions } from '../routine/types';
import { onIntent, routineSlots } from '../conversation/intents';
import { Reply } from '../conversation/reply';
import { countCompletion, countRun } from '../conversation/counting';
import { optionsFor, plan, refit, type Tonight } from '../conversation/options';
import { plannedAreas } from '../routine/plan';
import { backFromRest, closeRoutine, opening, playFrom, resumeOpening, sayGoodnight } from '../conversation/playback';
import { areaName, currentStep, isMidRoutine, pickUp, position, type Position, resumeStep, stepName } from '../conversation/position';
import { saveResume } from '../conversation/resume';
import { showPage, supportsScreen } from '../apl/screen';
import { withTensionFocus } from '../conversation/check-in';
import { getTurn, type Turn } from '../conversation/turn';

/** Launch, start and the voice controls of the guided routine. */

/**
 * A fresh routine from the first step, with tonight's choices. A `focusLine` among them is said at
 * the start of the focus area (and nothing about the focus before the massage begins).
 */
export function startFresh(turn: Turn, reply: Reply, tonight: Tonight = {}): void {
  const options = optionsFor(turn, withTensionFocus(turn, tonight));
  opening(turn, reply);
  if (tonight.focus && !options.focusLine) reply.say('focusNote', { area: areaName(turn, tonight.focus) });
  if (tonight.tool && tonight.tool !== turn.profile.prefs.tool) reply.say('toolNote', { tool: turn.content.toolNames[tonight.tool] });
  playFrom(turn, reply, options, 0, true);
}

/** "Alexa, open my face massage": the massage starts at once, or picks up where it stopped. */
export function launch(turn: Turn, reply: Reply, tonight?: Tonight): void {
  const pos = position(turn);
  // After feeling unwell, a fresh start (welcomed back in the opening); "resume" still picks up the place.
  if (!tonight && pos.kind === 'saved' && !backFromRest(turn)) {
    const { options, step, laterEvening } = pickUp(turn, pos);
    const note = resumeOpening(turn, reply, stepName(turn, options, step), laterEvening);
    playFrom(turn, reply, options, step, true, turn.profile.resume, note);
    return;
  }
  startFresh(turn, reply, tonight);
}

export const LaunchHandler: RequestHandler = {
  canHandle: (hi) => getRequestType(hi.requestEnvelope) === 'LaunchRequest',
  handle: (hi): Response => {
    const turn = getTurn(hi);
    const reply = new Reply(turn);
    launch(turn, reply);
    return reply.build();
  },
};

export const StartRoutineHandler = onIntent('StartRoutineIntent', (turn, reply) => {
  const tonight = routineSlots(turn.hi);
  const pos = position(turn);
  const sameRoutine = (tonight.focus || tonight.tool) && !tonight.length;
  if (sameRoutine && isMidRoutine(pos)) {
    // Mid-routine "my jaw is tight" or "my roller": same routine, from where the user is, with more
    // time for the jaw or with the roller.
    const changed = { ...(tonight.focus && { focus: tonight.focus }), ...(tonight.tool && { tool: tonight.tool }) };
    const { options, step, left } = refit(turn, pos.options, changed, currentStep(turn, pos));
    if (tonight.focus) reply.say('focusNote', { area: areaName(turn, tonight.focus) });
    if (tonight.tool) reply.say('toolNote', { tool: turn.content.toolNames[tonight.tool] });
    sayLeftOut(turn, reply, left);
    playFrom(turn, reply, options, step);
    return;
  }
  startFresh(turn, reply, { length: tonight.length, tool: tonight.tool, focus: tonight.focus, pace: tonight.pace });
});

type Control = 'next' | 'previous' | 'repeat' | 'startOver' | 'resume' | 'slower' | 'faster';

const ACK: Record<Control, Parameters<Reply['say']>[0]> = {
  next: 'ackNext',
  previous: 'ackPrevious',
  repeat: 'ackRepeat',
  startOver: 'ackStartOver',
  resume: 'ackResume',
  slower: 'ackSlower',
  faster: 'ackFaster',
};

const SLOWER: Record<Pace, Pace> = { faster: 'normal', normal: 'slower', slower: 'slower' };
const FASTER: Record<Pace, Pace> = { slower: 'normal', normal: 'faster', faster: 'faster' };

/** The pace one step slower or faster. */
export function nextPace(pace: Pace, kind: 'slower' | 'faster'): Pace {
  return (kind === 'slower' ? SLOWER : FASTER)[pace];
}

/** Next, back, repeat, start over, resume, slower, faster: each acts on the step the user is on. */
export function control(turn: Turn, reply: Reply, kind: Control): void {
  const pos = position(turn);
  if (pos.kind === 'none') {
    if (kind === 'startOver') return startFresh(turn, reply);
    turn.state.pending = { kind: 'start' };
    reply.ask('noRoutine', undefined, 'noRoutineReprompt');
    return;
  }
  let options = pos.options;
  const steps = plan(turn, options).steps;
  const last = steps.length - 1;
  const here = currentStep(turn, pos);
  let target: number;
  switch (kind) {
    case 'next':
      target = pos.kind === 'between' ? pos.next : here + 1;
      break;
    case 'previous':
      // Between parts and after the end, "go back" replays the area just heard.
      target = pos.kind === 'between' || pos.kind === 'end' ? here : here - 1;
      if (target < 0) {
        reply.say('firstAlready');
        target = 0;
      }
      break;
    case 'startOver':
      target = 0;
      break;
    case 'resume':
      target = resumeStep(turn, pos);
      break;
    case 'slower':
    case 'faster': {
      const pace = nextPace(options.pace, kind);
      const ack = pace === options.pace ? (kind === 'slower' ? 'ackSlowest' : 'ackFastest') : ACK[kind];
      // Still one response: if the new pace needs the time, later areas give way, and the user hears which.
      let left: AreaId[];
      ({ options, step: target, left } = refit(turn, options, { pace }, pos.kind === 'between' ? pos.next : here));
      if (pos.kind !== 'end') sayLeftOut(turn, reply.say(ack), left);
      else if (ack !== ACK[kind]) reply.say(ack);
      break;
    }
    default:
      target = here;
  }
  if (pos.kind === 'end' && kind !== 'startOver' && kind !== 'previous' && kind !== 'repeat') {
    // The massage is over and the user was asked about reflecting: ask again, briefly.
    if (!turn.state.saidLastArea) reply.say('lastAlready');
    turn.state.saidLastArea = true;
    if (turn.profile.prefs.reflect === 'never') return sayGoodnight(turn, reply);
    turn.state.pending = { kind: 'reflect' };
    return void reply.ask('reflectOffer', undefined, 'reflectOfferReprompt');
  }
  const from = options.slowerFrom && steps.findIndex((s) => s.area === options.slowerFrom);
  if (from && target < from && target <= last) {
    // Back before where "slower" was said: from there the rest is one response again.
    let left: AreaId[];
    ({ options, step: target, left } = refit(turn, options, {}, target));
    sayLeftOut(turn, reply.say(ACK[kind]), left);
  }
  if (target > last) {
    // "Next" on the last step: the routine is done.
    reply.say(ACK[kind]);
    return endRoutine(turn, reply, options);
  }
  const pending = turn.state.pending;
  const gentle = pending?.kind === 'continue' && pending.gentle && (kind === 'resume' || kind === 'next');
  if (!reply.saysAnything) reply.say(gentle ? 'ackGently' : ACK[kind]);
  playFrom(turn, reply, options, target, kind === 'startOver');
}

/** Areas a change mid-routine left out tonight, named (never left out silently). */
function sayLeftOut(turn: Turn, reply: Reply, left: readonly AreaId[]): void {
  if (!left.length) return;
  reply.say('leftOut', { area: turn.content.tension.list(left.map((a) => areaName(turn, a))) });
}

/** The routine is over before its last step played out (the user moved past it): the close, and it counts. */
export function endRoutine(turn: Turn, reply: Reply, options: RoutineOptions): void {
  const last = plan(turn, options).steps.length - 1;
  turn.state.routine ??= { options, chapter: { from: last, to: last + 1, last: true, timeline: [], seconds: 0, startedAt: turn.now.getTime() } };
  turn.state.routine.options = options;
  closeRoutine(turn, reply, plan(turn, options));
  countCompletion(turn);
}

export const NextHandler = onIntent('AMAZON.NextIntent', (t, r) => control(t, r, 'next'));
export const PreviousHandler = onIntent('AMAZON.PreviousIntent', (t, r) => control(t, r, 'previous'));
export const RepeatHandler = onIntent('AMAZON.RepeatIntent', (t, r) => control(t, r, 'repeat'));
export const StartOverHandler = onIntent('AMAZON.StartOverIntent', (t, r) => control(t, r, 'startOver'));
export const ResumeHandler = onIntent('AMAZON.ResumeIntent', (t, r) => control(t, r, 'resume'));
export const SlowerHandler = onIntent('SlowerIntent', (t, r) => control(t, r, 'slower'));
export const FasterHandler = onIntent('FasterIntent', (t, r) => control(t, r, 'faster'));

/**
 * "Tell me more", "how do I do this?": the full instruction for the step the user is on (between
 * parts, the next one), then the routine carries on from there. For the rest of this run that area
 * is said in full.
 */
export const MoreDetailHandler = onIntent('MoreDetailIntent', (turn, reply) => {
  const pos = position(turn);
  if (pos.kind === 'none' || pos.kind === 'end') return control(turn, reply, 'repeat');
  const steps = plan(turn, pos.options).steps;
  const here = Math.min(resumeStep(turn, pos), steps.length - 1);
  const area = steps[here].area;
  const inFull = [...new Set([...(pos.options.inFull ?? []), area])];
  const options: RoutineOptions = { ...pos.options, areas: plannedAreas(plan(turn, pos.options)), inFull };
  if (turn.state.routine) turn.state.routine.pausedAt = undefined;
  playFrom(turn, reply, options, here);
});

export const PauseHandler = onIntent('AMAZON.PauseIntent', (turn, reply) => {
  const pos = position(turn);
  if (pos.kind === 'end') return control(turn, reply, 'resume'); // nothing left to pause: the close, asked again
  if (pos.kind === 'none') {
    turn.state.pending = { kind: 'start' };
    reply.ask('noRoutine', undefined, 'noRoutineReprompt');
    return;
  }
  const step = resumeStep(turn, pos);
  holdAt(turn, reply, pos, step);
  reply.ask('paused', { area: stepName(turn, pos.options, step) }, 'pausedReprompt');
});

/**
 * Holds the routine at a step (its place kept, the screen on its page) and waits for "yes",
 * "resume" or "carry on" to play from there. `gentle`: that carrying on is said to be lighter (after
 * discomfort); `unwell`: the user said they feel unwell.
 * `pos.options` may leave out an area the chapter playing still has (a sore one): they are the
 * routine's from now on.
 */
export function holdAt(turn: Turn, reply: Reply, pos: Extract<Position, { kind: 'step' | 'paused' | 'between' | 'saved' }>, step: number, gentle?: boolean, unwell?: boolean): void {
  const counted = pos.kind === 'saved' && countSavedOnLastStep(turn, pos);
  if (!counted) saveResume(turn, pos.options, step);
  const r = turn.state.routine;
  if (r && supportsScreen(turn.hi)) {
    // The chapter's page of that step's area, in the steps the chapter was built from.
    const area = plan(turn, pos.options).steps[step]?.area;
    const shown = plan(turn, r.options).steps;
    const page = r.chapter.timeline.findIndex((t) => shown[t.step]?.area === area);
    if (page >= 0) reply.directive(showPage(page));
  }
  if (r) {
    r.pausedAt = step;
    r.options = pos.options;
  } else {
    const done = counted ? { day: turn.today(), minutes: 0, counted: true } : undefined;
    turn.state.routine = {
      options: pos.options,
      chapter: { from: step, to: step, last: false, timeline: [], seconds: 0, startedAt: turn.now.getTime() },
      pausedAt: step,
      ...(done && { completion: done }),
    };
  }
  turn.state.pending = { kind: 'continue', step, ...(gentle && { gentle }), ...(unwell && { unwell }) };
}

/**
 * The routine held by something else said mid-routine (the journal read) is offered again: "Shall I
 * carry on with your cheeks?", and yes plays that step from its start. False if no routine is held.
 */
export function offerHeld(turn: Turn, reply: Reply): boolean {
  const r = turn.state.routine;
  if (r?.pausedAt === undefined || r.completion?.counted) return false;
  const area = stepName(turn, r.options, r.pausedAt);
  turn.state.pending = { kind: 'continue', step: r.pausedAt };
  reply.ask('helpCarryOn', { area }, 'helpCarryOnReprompt', { area });
  return true;
}

/**
 * Stop, cancel and "go home": keep the place, say good night, close. Said while the routine waits
 * after discomfort or feeling unwell, it is a night of rest (the streak goes through it); after
 * feeling unwell, the stop asks for no hurry: the next launch welcomes the user back and starts
 * fresh, and "resume" picks up the place.
 */
export function stop(turn: Turn, reply: Reply): void {
  const pos = position(turn);
  const rest = stoppedToRest(turn);
  if (isMidRoutine(pos) || pos.kind === 'saved') {
    const step = resumeStep(turn, pos);
    if (pos.kind === 'saved' && countSavedOnLastStep(turn, pos)) {
      reply.say('stopDone');
    } else if (!turn.state.routine?.completion?.counted) {
      saveResume(turn, pos.options, step);
      reply.say(rest === 'unwell' ? 'stopRest' : 'stopMid', { area: stepName(turn, pos.options, step) });
    }
  } else {
    reply.say('stopDone');
  }
  sayGoodnight(turn, reply, !!rest);
  turn.state.routine = undefined;
  turn.state.pending = undefined;
}

/**
 * The routine waits after discomfort or feeling unwell (DiscomfortIntent's hold): ending the evening
 * now makes it a night of rest (Profile.rest), recorded here. Which of the two it was, or undefined.
 */
export function stoppedToRest(turn: Turn): 'sore' | 'unwell' | undefined {
  const pending = turn.state.pending;
  if (pending?.kind !== 'continue' || !pending.gentle) return undefined;
  turn.change({ rest: { day: turn.today(), ...(pending.unwell && { unwell: true }) } });
  return pending.unwell ? 'unwell' : 'sore';
}

/**
 * In a new session, while the last part of an earlier one still plays: on its last step, the
 * routine has been heard, so it counts (by the run id of its finish marker). True if it did.
 */
function countSavedOnLastStep(turn: Turn, pos: Extract<Position, { kind: 'saved' }>): boolean {
  const finish = turn.profile.resume?.finish;
  if (!finish || pos.step < plan(turn, pos.options).steps.length - 1) return false;
  countRun(turn, finish);
  return true;
}

export const StopHandler = onIntent(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'], stop);
