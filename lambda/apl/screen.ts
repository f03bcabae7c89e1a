import type { HandlerInput } from 'ask-sdk-core';
import STEP_DOCUMENT from './step.json';
import { fill } from '../content/pick';
import type { TimelineEntry } from '../routine/narration';
import { fullInstruction, type Plan } from '../routine/plan';
import type { Turn } from '../conversation/turn';

/**
 * On devices with a screen, each part of the routine shows its steps, a page each (the area, what to
 * do, how far along), and the pages turn on the part's timeline, in step with the speech.
 */

export const SCREEN_TOKEN = 'face-massage-steps';

export function supportsScreen(hi: HandlerInput): boolean {
  const ifaces = hi.requestEnvelope.context?.System?.device?.supportedInterfaces as Record<string, unknown> | undefined;
  return !!ifaces?.['Alexa.Presentation.APL'];
}

/** The document for a part of the routine, and the commands that turn its pages. */
export function chapterScreen(turn: Turn, plan: Plan, timeline: readonly TimelineEntry[]): object[] {
  const steps = timeline.map(({ step }) => {
    const s = plan.steps[step];
    const area = turn.content.areas[s.area];
    return {
      title: turn.content.screen.title(area.name),
      instruction: fullInstruction(area, plan.options),
      progress: fill(turn.content.screen.progress, { step: step + 1, total: plan.steps.length }),
      percent: Math.round(((step + 1) / plan.steps.length) * 100),
    };
  });
  // Each page is set at its step's own moment, counted from when the speech starts (not one after
  // another, so page animations can't make the pages drift).
  const turns = timeline.slice(1).map((t, i) => ({ type: 'SetPage', componentId: 'steps', position: 'absolute', value: i + 1, delay: Math.round(t.at * 1000) }));
  const render = { type: 'Alexa.Presentation.APL.RenderDocument', token: SCREEN_TOKEN, document: STEP_DOCUMENT, datasources: { chapter: { steps } } };
  if (!turns.length) return [render];
  return [render, { type: 'Alexa.Presentation.APL.ExecuteCommands', token: SCREEN_TOKEN, commands: [{ type: 'Parallel', commands: turns }] }];
}

/** Holds the screen on one page (a pause): new commands end the page turns still waiting. */
export function showPage(page: number): object {
  return { type: 'Alexa.Presentation.APL.ExecuteCommands', token: SCREEN_TOKEN, commands: [{ type: 'SetPage', componentId: 'steps', position: 'absolute', value: page }] };
}
