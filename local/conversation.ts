import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { readFileSync } from 'node:fs';
import { intentRequest, launchRequest, sessionEndedRequest, envelope, type EnvelopeContext, type SlotInput } from './envelope';
import { LocalNlu, type NluResult } from './nlu';
import { contentFor, type Catalogue } from '../lambda/content';
import { countWords, wordsSeconds, type Voice } from '../lambda/ssml/speech';

/**
 * A conversation with the skill, one typed line at a time, through the shipped
 * interaction model. Used by the simulator and by the conversation tests.
 *
 * Time is virtual by default: a line is spoken when the previous response has
 * finished playing (plus a moment), or `@12s next` speaks 12 seconds into it.
 */

export class VirtualClock {
  constructor(private t: number = Date.parse('2026-11-24T22:00:00-08:00')) {}
  now = (): Date => new Date(this.t);
  set(ms: number): void {
    this.t = ms;
  }
  advance(seconds: number): void {
    this.t += Math.round(seconds * 1000);
  }
}

export interface Exchange {
  /** What was sent: "launch", an intent name, or a request type. */
  sent: string;
  slots?: Record<string, SlotInput>;
  request: RequestEnvelope;
  response: ResponseEnvelope;
  ssml: string;
  /** The words, with pauses as [n s]. */
  text: string;
  /** Estimated seconds of sound (`secondsOf(text, voice)`). */
  seconds: number;
  /** The voice it was said in: the language's rate and the prosody's, for seconds into `text` (`secondsOf`). */
  voice: Voice;
  /** Seconds of it that are silence (the pauses). */
  quiet: number;
  /** The longest single silence, in seconds. */
  longestSilence: number;
  reprompt?: string;
  ended: boolean;
  elicit?: { intent: string; slot: string };
  directives: { type: string; [k: string]: unknown }[];
}

export interface ConversationOptions {
  invoke: (env: RequestEnvelope) => Promise<ResponseEnvelope>;
  nlu: LocalNlu;
  clock: { now(): Date; advance?(s: number): void; set?(ms: number): void };
  modelPath: string;
  userId?: string;
  deviceId?: string;
  locale?: string;
  /** The skill's locales and content (default: the shipped catalogue), for the language's speaking rate. */
  catalogue?: Catalogue;
  applicationId?: string;
  /** Request with apiEndpoint/apiAccessToken (as a real device). */
  api?: boolean;
  /** Lines are spoken at the clock's own time (the simulator's --realtime), not after the last response. */
  realtime?: boolean;
  screen?: boolean;
}

/** SSML to readable text: breaks become [n s], tags go, entities are decoded; with the prosody's rate. */
export function readable(ssml: string): { text: string; ratePercent: number; quiet: number; longestSilence: number } {
  let pauses = 0;
  let longestSilence = 0;
  const withPauses = ssml.replace(/(?:<break time="(\d+(?:\.\d+)?)(ms|s)"\/>)+/g, (run) => {
    let ms = 0;
    for (const m of run.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)) ms += m[2] === 's' ? Number(m[1]) * 1000 : Number(m[1]);
    pauses += ms / 1000;
    longestSilence = Math.max(longestSilence, ms / 1000);
    const s = Math.round(ms / 100) / 10;
    return ` [${s} s] `;
  });
  const text = withPauses
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  const ratePercent = Number(/<prosody[^>]*rate="(\d+)%"/.exec(ssml)?.[1] ?? 100);
  return { text, ratePercent, quiet: pauses, longestSilence };
}

/**
 * Estimated seconds of readable text (words and [n s] pauses) at a voice: the skill's own estimate.
 * Seconds into a response are `secondsOf(ex.text.slice(0, i), ex.voice)`.
 */
export function secondsOf(text: string, voice: Voice): number {
  const pauses = [...text.matchAll(/\[([\d.]+) s\]/g)].reduce((t, m) => t + Number(m[1]), 0);
  return pauses + wordsSeconds(countWords(text.replace(/\[[\d.]+ s\]/g, ' ')), voice);
}

/** A response's SSML as heard: its text, its voice (in a language of this rate), its seconds (the breaks exactly), its silences. */
export function soundOf(ssml: string, wordsPerSecond: number): { text: string; voice: Voice; seconds: number; quiet: number; longestSilence: number } {
  const { text, ratePercent, quiet, longestSilence } = readable(ssml);
  const voice = { wordsPerSecond, ratePercent };
  return { text, voice, seconds: quiet + wordsSeconds(countWords(text.replace(/\[[\d.]+ s\]/g, ' ')), voice), quiet, longestSilence };
}

export class Conversation {
  private sessionOpen = false;
  private sessionId = '';
  private sessionCount = 0;
  private attributes: Record<string, unknown> = {};
  private elicit?: { intent: string; slot: string; slots: Record<string, SlotInput> };
  private lastStart = 0;
  private lastSeconds = 0;
  private slotTypes: Record<string, Record<string, string>> = {};
  readonly history: Exchange[] = [];

  /** The language's words a second, as the skill finds its content for the locale. */
  private readonly wordsPerSecond: number;

  constructor(private readonly o: ConversationOptions) {
    this.wordsPerSecond = contentFor(o.locale ?? 'en-US', o.catalogue).speakingRate.wordsPerSecond;
    const model = JSON.parse(readFileSync(o.modelPath, 'utf8'));
    for (const i of model.interactionModel.languageModel.intents as { name: string; slots?: { name: string; type: string }[] }[]) {
      this.slotTypes[i.name] = Object.fromEntries((i.slots ?? []).map((s) => [s.name, s.type]));
    }
  }

  get isOpen(): boolean {
    return this.sessionOpen;
  }

  get last(): Exchange | undefined {
    return this.history[this.history.length - 1];
  }

  /** Moves time on (the user waits, or comes back tomorrow). */
  wait(seconds: number): void {
    this.o.clock.advance?.(seconds);
    this.lastSeconds = 0;
    this.lastStart = this.o.clock.now().getTime();
  }

  private ctx(opts: { outOfSession?: boolean } = {}): EnvelopeContext {
    const newSession = !this.sessionOpen;
    if (newSession) {
      this.sessionCount += 1;
      this.sessionId = `amzn1.echo-api.session.local-${this.o.userId ?? 'user'}-${this.sessionCount}`;
      this.attributes = {};
    }
    return {
      userId: this.o.userId ?? 'amzn1.ask.account.LOCAL',
      deviceId: this.o.deviceId ?? 'amzn1.ask.device.LOCAL',
      locale: this.o.locale ?? 'en-US',
      applicationId: this.o.applicationId ?? 'amzn1.ask.skill.local',
      sessionId: this.sessionId,
      newSession,
      attributes: this.attributes,
      timestamp: this.o.clock.now(),
      api: this.o.api,
      screen: this.o.screen,
      outOfSession: opts.outOfSession,
    };
  }

  /** Sets the clock for the next request: after the last response played, or `offset` seconds into it. */
  private timeFor(offset?: number): void {
    if (!this.o.clock.set) return;
    if (offset === undefined && this.o.realtime) return; // spoken now, over the speech if it still plays
    const at = offset === undefined ? this.lastStart + (this.lastSeconds + 2) * 1000 : this.lastStart + offset * 1000;
    if (at > this.o.clock.now().getTime()) this.o.clock.set(at);
  }

  private async send(sent: string, env: RequestEnvelope, slots?: Record<string, SlotInput>): Promise<Exchange> {
    const response = await this.o.invoke(env);
    const r = response.response ?? {};
    const ssml = (r.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
    const { text, voice, seconds, quiet, longestSilence } = soundOf(ssml, this.wordsPerSecond);
    const reprompt = (r.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml;
    const directives = (r.directives ?? []) as Exchange['directives'];
    const el = directives.find((d) => d.type === 'Dialog.ElicitSlot') as { slotToElicit: string; updatedIntent?: { name: string; slots?: Record<string, { value?: string }> } } | undefined;
    const ended = env.request.type === 'SessionEndedRequest' || env.request.type.startsWith('AlexaSkillEvent.') || r.shouldEndSession !== false;
    this.sessionOpen = !ended;
    this.attributes = response.sessionAttributes ?? {};
    this.elicit = el?.updatedIntent ? { intent: el.updatedIntent.name, slot: el.slotToElicit, slots: {} } : undefined;
    this.lastStart = this.o.clock.now().getTime();
    this.lastSeconds = seconds;
    const ex: Exchange = {
      sent,
      slots,
      request: env,
      response,
      ssml,
      text,
      seconds,
      voice,
      quiet,
      longestSilence,
      reprompt: reprompt ? readable(reprompt).text : undefined,
      ended,
      elicit: this.elicit && { intent: this.elicit.intent, slot: this.elicit.slot },
      directives,
    };
    this.history.push(ex);
    return ex;
  }

  async launch(task?: { name: string; version: string; input?: Record<string, unknown> }): Promise<Exchange> {
    this.sessionOpen = false;
    return this.send('launch', launchRequest(this.ctx(), task));
  }

  async intent(name: string, slots: Record<string, SlotInput> = {}, offset?: number): Promise<Exchange> {
    this.timeFor(offset);
    const dialogState = this.elicit && this.elicit.intent === name ? 'IN_PROGRESS' : undefined;
    return this.send(name, intentRequest(this.ctx(), name, slots, dialogState), slots);
  }

  /** The session ends without a word (the reprompt went unanswered). */
  async silence(reason = 'EXCEEDED_MAX_REPROMPTS'): Promise<Exchange | undefined> {
    if (!this.sessionOpen) return undefined;
    this.timeFor();
    this.o.clock.advance?.(16);
    return this.send('SessionEndedRequest', sessionEndedRequest(this.ctx(), reason));
  }

  /** Any request (skill events, unknown types). */
  async raw(request: Record<string, unknown>, opts: { outOfSession?: boolean } = {}): Promise<Exchange> {
    return this.send(String(request.type), envelope(this.ctx(opts), request));
  }

  /** Turns a typed line into a request through the model, and sends it. `@12s next` speaks 12 s into the last response. */
  async say(line: string): Promise<Exchange> {
    let offset: number | undefined;
    const at = /^@(\d+(?:\.\d+)?)s\s+(.*)$/.exec(line.trim());
    if (at) {
      offset = Number(at[1]);
      line = at[2];
    }
    const result: NluResult = this.o.nlu.match(line, this.elicit ? { elicit: { intent: this.elicit.intent, slot: this.elicit.slot } } : undefined);
    if (result.kind === 'launch') {
      if (result.rest) {
        this.sessionOpen = false;
        return this.intent('AMAZON.FallbackIntent', {}, offset);
      }
      this.timeFor(offset);
      return this.launch();
    }
    if (result.oneShot) this.sessionOpen = false;
    const types = this.slotTypes[result.name] ?? {};
    const slots: Record<string, SlotInput> = {};
    for (const [name, m] of Object.entries(result.slots)) {
      const type = types[name] ?? '';
      if (type === 'AMAZON.DATE' || type === 'AMAZON.TIME') slots[name] = { value: m.id ?? m.value };
      else if (type.startsWith('AMAZON.')) slots[name] = { value: m.value };
      else slots[name] = { value: m.value, id: m.id };
    }
    return this.intent(result.name, slots, offset);
  }
}
