import type { Response } from 'ask-sdk-model';
import type { LineKey } from '../content';
import { checkBudget, NORMAL_VOICE, render, say, type Segment, type Voice } from '../ssml/speech';
import { turnMode } from './mode';
import type { Turn } from './turn';

/** Lines around a bedtime routine (questions, good night) in the same soft voice. */
const BEDTIME_VOICE: Voice = { ratePercent: 90, soft: true };

type Vars = Record<string, string | number | undefined>;

/**
 * The words of one response, gathered by a handler and rendered once.
 * Handlers hand it line keys and segments, and it renders the SSML. Responses with nothing to say
 * (session ended, skill events) and the error handler's apology are built without it.
 */
export class Reply {
  readonly segments: Segment[] = [];
  private repromptSegments?: Segment[];
  private endSession = true;
  private elicit?: { slot: string; intent: { name: string; confirmationStatus: 'NONE'; slots: Record<string, { name: string; value?: string; confirmationStatus: 'NONE' }> } };
  private directives: object[] = [];
  voice: Voice;

  constructor(readonly turn: Turn, voice?: Voice) {
    this.voice = voice ?? (turnMode(turn) === 'bedtime' ? BEDTIME_VOICE : NORMAL_VOICE);
  }

  /** Adds one variant of a line. */
  say(key: LineKey, vars?: Vars): this {
    this.segments.push(say(this.turn.line(key, vars)));
    return this;
  }

  /** Adds text that is already chosen (it is escaped when rendered). */
  text(text: string): this {
    if (text.trim()) this.segments.push(say(text));
    return this;
  }

  add(segments: readonly Segment[]): this {
    this.segments.push(...segments);
    return this;
  }

  /** Ends with a question and keeps the session open; the reprompt defaults to the question. */
  ask(key: LineKey, vars?: Vars, repromptKey?: LineKey, repromptVars?: Vars): this {
    const question = this.turn.line(key, vars);
    this.segments.push(say(question));
    this.repromptSegments = [say(repromptKey ? this.turn.line(repromptKey, repromptVars ?? vars) : question)];
    this.endSession = false;
    return this;
  }

  /** Asks for a slot of an intent with Dialog.ElicitSlot; the question is the last thing said. */
  elicitSlot(intentName: string, slot: string, slots: Record<string, string | undefined>, question: string, reprompt?: string): this {
    this.segments.push(say(question));
    this.repromptSegments = [say(reprompt ?? question)];
    this.endSession = false;
    const s: Record<string, { name: string; value?: string; confirmationStatus: 'NONE' }> = {};
    for (const [name, value] of Object.entries(slots)) s[name] = value === undefined ? { name, confirmationStatus: 'NONE' } : { name, value, confirmationStatus: 'NONE' };
    this.elicit = { slot, intent: { name: intentName, confirmationStatus: 'NONE', slots: s } };
    return this;
  }

  directive(d: object): this {
    this.directives.push(d);
    return this;
  }

  /** Says the words and closes the session. */
  close(): this {
    this.endSession = true;
    this.repromptSegments = undefined;
    return this;
  }

  get keepsSessionOpen(): boolean {
    return !this.endSession;
  }

  build(): Response {
    const rb = this.turn.hi.responseBuilder;
    const speech = render(this.segments, this.voice, this.turn.budget);
    const report = checkBudget(speech, this.turn.budget);
    if (!report.ok) this.turn.log.error('speech_over_budget', { problems: report.problems.join('; ') });
    if (this.segments.length) rb.speak(speech.ssml);
    if (this.repromptSegments) rb.reprompt(render(this.repromptSegments, this.voice, this.turn.budget).ssml);
    if (this.elicit) rb.addElicitSlotDirective(this.elicit.slot, this.elicit.intent);
    for (const d of this.directives) rb.addDirective(d as never);
    rb.withShouldEndSession(this.endSession);
    return rb.getResponse();
  }
}
