import type { RequestEnvelope } from 'ask-sdk-model';

/** Request envelopes as Alexa sends them, for the simulator and the tests. */

export interface EnvelopeContext {
  userId: string;
  deviceId: string;
  locale: string;
  applicationId: string;
  sessionId: string;
  newSession: boolean;
  attributes?: Record<string, unknown>;
  timestamp: Date;
  /** Adds apiEndpoint and apiAccessToken, as a real device request has. */
  api?: boolean;
  /** Adds the APL interface to the device, as an Echo Show has. */
  screen?: boolean;
  /** Leave the session out (skill events are sent outside a session). */
  outOfSession?: boolean;
}

export interface SlotInput {
  value?: string;
  /** A custom slot's resolved id. */
  id?: string;
}

let counter = 0;

export function envelope(ctx: EnvelopeContext, request: Record<string, unknown>): RequestEnvelope {
  counter += 1;
  const system = {
    application: { applicationId: ctx.applicationId },
    user: { userId: ctx.userId },
    device: { deviceId: ctx.deviceId, supportedInterfaces: ctx.screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } : {} },
    ...(ctx.api ? { apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 'local-token' } : {}),
  };
  const env: Record<string, unknown> = {
    version: '1.0',
    context: { System: system },
    request: {
      requestId: `amzn1.echo-api.request.local-${counter}`,
      timestamp: ctx.timestamp.toISOString(),
      locale: ctx.locale,
      ...request,
    },
  };
  if (!ctx.outOfSession) {
    env.session = {
      new: ctx.newSession,
      sessionId: ctx.sessionId,
      application: { applicationId: ctx.applicationId },
      user: { userId: ctx.userId },
      attributes: ctx.attributes ?? {},
    };
  }
  return env as unknown as RequestEnvelope;
}

export function launchRequest(ctx: EnvelopeContext, task?: { name: string; version: string; input?: Record<string, unknown> }): RequestEnvelope {
  return envelope(ctx, { type: 'LaunchRequest', ...(task ? { task } : {}) });
}

export function intentRequest(ctx: EnvelopeContext, name: string, slots: Record<string, SlotInput> = {}, dialogState?: string): RequestEnvelope {
  const s: Record<string, unknown> = {};
  for (const [slotName, v] of Object.entries(slots)) {
    const slot: Record<string, unknown> = { name: slotName, confirmationStatus: 'NONE' };
    if (v.value !== undefined) slot.value = v.value;
    if (v.id !== undefined) {
      slot.resolutions = {
        resolutionsPerAuthority: [
          { authority: `amzn1.er-authority.echo-sdk.local.${slotName}`, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: v.value ?? v.id, id: v.id } }] },
        ],
      };
    }
    s[slotName] = slot;
  }
  return envelope(ctx, { type: 'IntentRequest', intent: { name, confirmationStatus: 'NONE', slots: s }, ...(dialogState ? { dialogState } : {}) });
}

export function sessionEndedRequest(ctx: EnvelopeContext, reason = 'EXCEEDED_MAX_REPROMPTS'): RequestEnvelope {
  return envelope(ctx, { type: 'SessionEndedRequest', reason });
}
