import { isArea } from '../routine/types';
import { onIntent, slotText, slotValue } from '../conversation/intents';
import type { SaidKey } from '../conversation/reply';
import { askAgain, inReflection, stopReflection } from './reflection';
import { endRoutine, holdAt } from './routine';
import { leaveOut, plan } from '../conversation/options';
import { offerReflection, sayGoodnight } from '../conversation/playback';
import { currentStep, isMidRoutine, notBegun, position, resumeStep, stepName } from '../conversation/position';
import { checkInOf } from '../progress/tension';
import { answerCheckIn, inCheckIn } from './tension';

/**
 * "It hurts", "ouch", "my skin is burning", "I feel dizzy": a calm answer, never a fallback and
 * never a diagnosis. During the massage: stop pressing; a lighter touch or that area left out; for
 * feeling unwell, stop and rest, and get advice if it doesn't pass. The routine then waits at the
 * next area and goes on, more gently, when the user says so (or ends, if they say stop); a sore area
 * the user names is left out of the rest of the routine. Once no massage is under way (the check-in,
 * the offer to reflect, the questions), words for that moment: rest, let it settle, leave the massage
 * out if it doesn't pass; then the question waiting goes on, or the evening ends for feeling unwell.
 */

type Feeling = 'pain' | 'skin' | 'unwell';
const FEELINGS: readonly string[] = ['pain', 'skin', 'unwell'];
/** What is said for each feeling: during the massage, and once it is over (or none is under way). */
const ANSWER: Record<'during' | 'after', Record<Feeling | 'unknown', SaidKey>> = {
  during: { pain: 'safetyPain', skin: 'safetySkin', unwell: 'safetyUnwell', unknown: 'safetyAny' },
  after: { pain: 'safetyAfterPain', skin: 'safetyAfterSkin', unwell: 'safetyUnwell', unknown: 'safetyAfterAny' },
};

export const DiscomfortHandler = onIntent('DiscomfortIntent', (turn, reply) => {
  const said = slotValue(turn.hi, 'feeling');
  const feeling = FEELINGS.includes(said ?? '') ? (said as Feeling) : undefined;
  // "Ouch", "it hurts", "that's too hard" carry no feeling: they are about pressure. A feeling
  // heard but not known gets the answer that covers every case.
  const kind: Feeling | 'unknown' = feeling ?? (slotText(turn.hi, 'feeling')?.trim() ? 'unknown' : 'pain');
  const unwell = kind === 'unwell' || kind === 'unknown';
  const pos = position(turn);
  const massage = !inReflection(turn) && (isMidRoutine(pos) || pos.kind === 'saved');
  reply.say(ANSWER[massage ? 'during' : 'after'][kind]);

  if (inReflection(turn)) {
    if (unwell) return stopReflection(turn, reply, true);
    return askAgain(turn, reply);
  }
  if (pos.kind === 'end') {
    if (unwell) {
      turn.state.pending = undefined;
      return sayGoodnight(turn, reply, true);
    }
    if (inCheckIn(turn)) {
      // "My jaw hurts" at "where did you feel the most tension?": the jaw is tonight's answer too.
      const c = checkInOf([slotValue(turn.hi, 'area')]);
      if (c) return answerCheckIn(turn, reply, c);
      return void reply.ask('tensionAsk', undefined, 'tensionAskReprompt');
    }
    turn.state.pending = undefined;
    return offerReflection(turn, reply);
  }
  // Already waiting after an earlier discomfort: the area it waits at has not begun, so it waits there still.
  const waiting = turn.state.pending?.kind === 'continue' && turn.state.pending.gentle === true;
  turn.state.pending = undefined;
  if (pos.kind === 'none') return void reply.close();
  // The routine waits at the next area (said before the first area began, while warming the oil,
  // at that first area); a sore area the user names is left out of the rest of it (as the answer
  // said), and when it is the next one, the routine waits at the one after.
  let options = pos.options;
  let next = pos.kind === 'between' || waiting || notBegun(turn, pos) ? resumeStep(turn, pos) : currentStep(turn, pos) + 1;
  const area = slotValue(turn.hi, 'area');
  if (isArea(area) && area !== 'finish') ({ options, step: next } = leaveOut(turn, options, area, next));
  if (next >= plan(turn, options).steps.length) return endRoutine(turn, reply, options);
  holdAt(turn, reply, { ...pos, options }, next, true, unwell);
  const name = stepName(turn, options, next);
  if (unwell) reply.ask('safetyRest', { area: name }, 'safetyRestReprompt', { area: name });
  else reply.ask('safetyCarryOn', { area: name }, 'safetyCarryOnReprompt', { area: name });
});
