import { isArea } from '../routine/types';
import { onIntent, slotText, slotValue } from '../conversation/intents';
import type { SaidKey } from '../conversation/reply';
import { askAgain, inReflection, stopReflection } from './reflection';
import { endRoutine, holdAt } from './routine';
import { plan } from '../conversation/options';
import { offerReflection, sayGoodnight } from '../conversation/playback';
import { currentStep, notBegun, position, resumeStep, stepName } from '../conversation/position';
import { checkInOf } from '../progress/tension';
import { answerCheckIn, inCheckIn } from './tension';

/**
 * "It hurts", "ouch", "my skin is burning", "I feel dizzy": a calm answer, never a fallback and
 * never a diagnosis. Stop pressing; a lighter touch or that area left out; for feeling unwell,
 * stop and rest, and get advice if it doesn't pass. The routine then waits at the next area and
 * goes on, more gently, when the user says so (or ends, if they say stop).
 */

type Feeling = 'pain' | 'skin' | 'unwell';
const FEELINGS: readonly string[] = ['pain', 'skin', 'unwell'];
const ANSWER: Record<Feeling | 'unknown', SaidKey> = { pain: 'safetyPain', skin: 'safetySkin', unwell: 'safetyUnwell', unknown: 'safetyAny' };

export const DiscomfortHandler = onIntent('DiscomfortIntent', (turn, reply) => {
  const said = slotValue(turn.hi, 'feeling');
  const feeling = FEELINGS.includes(said ?? '') ? (said as Feeling) : undefined;
  // "Ouch", "it hurts", "that's too hard" carry no feeling: they are about pressure. A feeling
  // heard but not known gets the answer that covers every case.
  const kind: Feeling | 'unknown' = feeling ?? (slotText(turn.hi, 'feeling')?.trim() ? 'unknown' : 'pain');
  const unwell = kind === 'unwell' || kind === 'unknown';
  reply.say(ANSWER[kind]);

  if (inReflection(turn)) {
    if (unwell) return stopReflection(turn, reply, true);
    return askAgain(turn, reply);
  }
  const pos = position(turn);
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
  // The routine waits at the next area (past a sore area the user named, if it is that one); said
  // before the first area began (while warming the oil), at that first area.
  const steps = plan(turn, pos.options).steps;
  let next = pos.kind === 'between' || waiting || notBegun(turn, pos) ? resumeStep(turn, pos) : currentStep(turn, pos) + 1;
  const area = slotValue(turn.hi, 'area');
  if (isArea(area) && steps[next]?.area === area) next += 1;
  if (next >= steps.length) return endRoutine(turn, reply, pos.options);
  holdAt(turn, reply, pos, next, true);
  const name = stepName(turn, pos.options, next);
  if (unwell) reply.ask('safetyRest', { area: name }, 'safetyRestReprompt', { area: name });
  else reply.ask('safetyCarryOn', { area: name }, 'safetyCarryOnReprompt', { area: name });
});
