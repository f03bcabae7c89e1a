import { ResponseFactory, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { contentFor, type Catalogue, type Content, type LineKey, type QuestionKey } from '../content';
import { checkBudget, render, say, type Segment, type Voice } from '../ssml/speech';
import { turnMode } from './mode';
import { getTurn, type Turn } from './turn';

/** How a voice sounds, whatever the language. Lines around a bedtime routine (questions, good night) in the same soft voice. */
type Sound = Omit<Voice, 'wordsPerSecond'>;
const BEDTIME_VOICE: Sound = { ratePercent: 90, soft: true };
const NORMAL_VOICE: Sound = { ratePercent: 100 };

type Vars = Record<string, string | number | undefined>;

/** A line said as words, never a question (those are asked, last: `Reply.ask`). */
export type SaidKey = Exclude<LineKey, QuestionKey>;

/** What a reply can still do once its question is asked: nothing more is said and nothing else asked. */
export interface Asked {
  directive(d: object): Asked;
  build(): Response;
}

interface Question {
  segments: Segment[];
  reprompt: Segment[];
  elicit?: { slot: string; intent: { name: string; confirmationStatus: 'NONE'; slots: Record<string, { name: string; value?: string; confirmationStatus: 'NONE' }> } };
}

/** A task's response carries no screen (Alexa refuses it); it tells the Routine the task is done. */
const COMPLETE_TASK = { type: 'Tasks.CompleteTask', status: { code: '200', message: 'OK' } };

/**
 * The words of one response, gathered by a handler and rendered once: the only way to a response
 * (ESLint refuses `responseBuilder` anywhere else). Its shape: words, then at most one question, last.
 * `ask` and `elicitSlot` take only question lines and return a reply that can say nothing more; a
 * slip past that (words said, or a second question asked, after the question) never reaches the user
 * as such: the words go before the question, the later question replaces the earlier one, the
 * question stays last, and `reply_misshapen` is logged (the test harness fails on it).
 * A response with nothing to say is `Reply.silence()`; the error handler's is `Reply.apology()`.
 */
export class Reply {
  private readonly spoken: Segment[] = [];
  private question?: Question;
  private readonly directives: object[] = [];
  private consent?: string[];
  private taskDone = false;
  voice: Voice;

  constructor(readonly turn: Turn, voice?: Voice) {
    this.voice = voice ?? voiceOf(turn);
  }

  /** Adds one variant of a line. */
  say(key: SaidKey, vars?: Vars): this {
    return this.speak([say(this.turn.line(key, vars))]);
  }

  /** Adds text that is already chosen (it is escaped when rendered). */
  text(text: string): this {
    return text.trim() ? this.speak([say(text)]) : this;
  }

  add(segments: readonly Segment[]): this {
    return this.speak(segments);
  }

  /** Whether anything is said yet (before the question). */
  get saysAnything(): boolean {
    return this.spoken.length > 0;
  }

  /** Hands over the words gathered so far, to be spoken at the head of something longer (a chapter). */
  takeSpoken(): Segment[] {
    return this.spoken.splice(0);
  }

  /** Ends with a question and keeps the session open; the reprompt defaults to the question. */
  ask(key: QuestionKey, vars?: Vars, repromptKey?: LineKey, repromptVars?: Vars): Asked {
    const question = this.turn.line(key, vars);
    return this.setQuestion({ segments: [say(question)], reprompt: [say(repromptKey ? this.turn.line(repromptKey, repromptVars ?? vars) : question)] });
  }

  /**
   * Asks for a slot of an intent with Dialog.ElicitSlot; the question is the last thing said.
   * `again`: the words this question was asked in before, said the same way.
   */
  elicitSlot(intentName: string, slot: string, slots: Record<string, string | undefined>, key: QuestionKey, again?: string): Asked {
    const question = again ?? this.turn.line(key);
    const s: Record<string, { name: string; value?: string; confirmationStatus: 'NONE' }> = {};
    for (const [name, value] of Object.entries(slots)) s[name] = value === undefined ? { name, confirmationStatus: 'NONE' } : { name, value, confirmationStatus: 'NONE' };
    return this.setQuestion({ segments: [say(question)], reprompt: [say(question)], elicit: { slot, intent: { name: intentName, confirmationStatus: 'NONE', slots: s } } });
  }

  directive(d: object): this {
    this.directives.push(d);
    return this;
  }

  /** A card in the Alexa app asking for these permissions. */
  consentCard(scopes: string[]): this {
    this.consent = scopes;
    return this;
  }

  /** The response completes an Alexa Routine's task: no screen, and the Routine goes on to its next action. */
  completeTask(): this {
    this.taskDone = true;
    return this;
  }

  /** Says the words and closes the session (after a question, the question stands: it is not left unheard). */
  close(): this {
    if (this.question) this.misshapen('closed_after_question');
    return this;
  }

  build(): Response {
    const rb = this.turn.hi.responseBuilder;
    const segments = [...this.spoken, ...(this.question?.segments ?? [])];
    const speech = render(segments, this.voice, this.turn.budget);
    const report = checkBudget(speech, this.turn.budget);
    if (!report.ok) this.turn.log.error('speech_over_budget', { problems: report.problems.join('; ') });
    if (segments.length) rb.speak(speech.ssml);
    if (this.question) rb.reprompt(render(this.question.reprompt, this.voice, this.turn.budget).ssml);
    if (this.question?.elicit) rb.addElicitSlotDirective(this.question.elicit.slot, this.question.elicit.intent);
    if (this.consent) rb.withAskForPermissionsConsentCard(this.consent);
    for (const d of this.directives) {
      if (this.taskDone && (d as { type?: string }).type?.startsWith('Alexa.Presentation.')) continue;
      rb.addDirective(d as never);
    }
    if (this.taskDone) rb.addDirective(COMPLETE_TASK as never);
    rb.withShouldEndSession(!this.question);
    return rb.getResponse();
  }

  /** A response that says nothing: a session's end or a skill event, which no one hears. */
  static silence(): Response {
    return ResponseFactory.init().getResponse();
  }

  /**
   * The error handler's answer: a spoken apology in the request's language, and the session closes.
   * It needs no Turn (building the Turn may be what failed) and never throws: in the turn's voice
   * when there is one, else the normal voice; the shipped default language if the request's fails.
   * The session closes and keeps nothing: what came in is never echoed back (the response interceptor,
   * which would say what the session keeps, does not run after an error).
   */
  static apology(hi: HandlerInput, catalogue?: Catalogue): Response {
    try {
      if (hi.requestEnvelope.session) hi.attributesManager.setSessionAttributes({});
    } catch {
      // no session, or no attributes to keep: nothing to leave out
    }
    try {
      const content = contentFor(hi?.requestEnvelope?.request?.locale, catalogue);
      let voice = voiceIn(content, NORMAL_VOICE);
      try {
        voice = voiceOf(getTurn(hi));
      } catch {
        // no Turn (or its mode could not be worked out): the normal voice
      }
      return apologyIn(content.lines.error[0], voice);
    } catch {
      const content = contentFor(undefined);
      return apologyIn(content.lines.error[0], voiceIn(content, NORMAL_VOICE));
    }
  }

  private speak(segments: readonly Segment[]): this {
    if (this.question && segments.length) this.misshapen('spoken_after_question');
    this.spoken.push(...segments);
    return this;
  }

  private setQuestion(q: Question): Asked {
    if (this.question) this.misshapen('second_question');
    this.question = q;
    return this;
  }

  /** A handler broke the shape; the user still hears words, then one question, last. */
  private misshapen(problem: 'spoken_after_question' | 'second_question' | 'closed_after_question'): void {
    this.turn.log.error('reply_misshapen', { problem });
  }
}

function voiceOf(turn: Turn): Voice {
  return voiceIn(turn.content, turnMode(turn) === 'bedtime' ? BEDTIME_VOICE : NORMAL_VOICE);
}

/** A voice in a language: its speaking rate, with how it sounds. */
function voiceIn(content: Content, sound: Sound): Voice {
  return { wordsPerSecond: content.speakingRate.wordsPerSecond, ...sound };
}

function apologyIn(words: string, voice: Voice): Response {
  return ResponseFactory.init().speak(render([say(words)], voice).ssml).withShouldEndSession(true).getResponse();
}
