import type { HandlerInput } from 'ask-sdk-core';
import STEP_DOCUMENT from '../apl/step.json';
import type { Plan } from '../routine/plan';
import type { Turn } from './turn';

/** On devices with a screen, each chapter shows its step: the name, what to do, and how far along. */

export function supportsScreen(hi: HandlerInput): boolean {
  const ifaces = hi.requestEnvelope.context?.System?.device?.supportedInterfaces as Record<string, unknown> | undefined;
  return !!ifaces?.['Alexa.Presentation.APL'];
}

export function stepScreen(turn: Turn, plan: Plan, step: number): object {
  const s = plan.steps[step];
  const area = turn.content.areas[s.area];
  const title = area.name.replace(/^(your|the)\s+/i, '');
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: `step-${step}`,
    document: STEP_DOCUMENT,
    datasources: {
      step: {
        title: title.charAt(0).toUpperCase() + title.slice(1),
        instruction: plan.options.bedtime ? area.bedtimeInstructions[plan.options.tool] : area.instructions[plan.options.tool],
        progress: `${step + 1} of ${plan.steps.length}`,
        percent: Math.round(((step + 1) / plan.steps.length) * 100),
      },
    },
  };
}
