import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import { isArea, isLength, isPace, isTool } from '../routine/types';
import { Reply } from './reply';
import { getTurn, type Turn } from './turn';

/** Small helpers that keep each handler a few lines long. */

export function isIntent(hi: HandlerInput, names: readonly string[]): boolean {
  return getRequestType(hi.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(hi.requestEnvelope));
}

/** A handler for some intents, optionally only when `when` holds. */
export function onIntent(
  names: string | readonly string[],
  handle: (turn: Turn, reply: Reply) => Promise<void> | void,
  when?: (turn: Turn) => boolean,
): RequestHandler {
  const list = typeof names === 'string' ? [names] : names;
  return {
    canHandle: (hi) => isIntent(hi, list) && (!when || when(getTurn(hi))),
    handle: async (hi): Promise<Response> => {
      const turn = getTurn(hi);
      const reply = new Reply(turn);
      await handle(turn, reply);
      return reply.build();
    },
  };
}

/** The resolved id of a slot (synonyms resolved), else its spoken value, lowercased. */
export function slotValue(hi: HandlerInput, name: string): string | undefined {
  const req = hi.requestEnvelope.request as IntentRequest;
  const slot = req.intent?.slots?.[name];
  if (!slot) return undefined;
  const authorities: unknown = slot.resolutions?.resolutionsPerAuthority;
  type Authority = { status?: { code?: unknown }; values?: { value?: { id?: unknown } }[] } | undefined;
  for (const auth of Array.isArray(authorities) ? (authorities as Authority[]) : []) {
    const id = auth?.status?.code === 'ER_SUCCESS_MATCH' && Array.isArray(auth.values) ? auth.values[0]?.value?.id : undefined;
    if (typeof id === 'string' && id) return id;
  }
  return typeof slot.value === 'string' && slot.value.trim() ? slot.value.trim().toLowerCase() : undefined;
}

/** The raw spoken value of a slot, as the user said it. */
export function slotText(hi: HandlerInput, name: string): string | undefined {
  const req = hi.requestEnvelope.request as IntentRequest;
  const v = req.intent?.slots?.[name]?.value;
  return typeof v === 'string' ? v : undefined;
}

/** Tonight's choices from the length, tool, focus and pace slots (unknown values are ignored). */
export function routineSlots(hi: HandlerInput) {
  const length = slotValue(hi, 'length');
  const tool = slotValue(hi, 'tool');
  const focus = slotValue(hi, 'focus');
  const pace = slotValue(hi, 'pace');
  return {
    length: isLength(length) ? length : undefined,
    tool: isTool(tool) ? tool : undefined,
    focus: isArea(focus) && focus !== 'finish' ? focus : undefined,
    pace: isPace(pace) ? pace : undefined,
  };
}
