import type { ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { checkBudget, PLATFORM_BUDGET, type Budget } from '../../lambda/ssml/speech';
import { CATALOGUE, contentFor, QUESTION_LINES, type Catalogue, type Content } from '../../lambda/content';
import { soundOf } from '../../local/conversation';

/**
 * The one test oracle for "a valid response", used by every test that invokes the skill (not a test
 * file). Everything wrong with a response, as readable strings (empty when fine):
 * - the speech and the reprompt are SSML that ssml-check-core accepts for Amazon;
 * - each is within the budget: at most 8000 characters, the estimated seconds (the skill's own
 *   speech estimate: the words at the language's speaking rate and the voice's rate, plus every
 *   break), no break over 10 s;
 * - a response that keeps the session open has a reprompt, and its speech ends with its one question
 *   (a variant of a question line, QUESTION_LINES, in any language of the catalogue), none before it;
 *   a response that closes the session asks none;
 * - nothing a program would print by mistake is spoken ("undefined", "NaN", "[object Object]");
 * - the whole response is under Alexa's 24 KB.
 */
export const MAX_RESPONSE_BYTES = 24_000;

/**
 * `locale` is the request's: its language's speaking rate is found as the skill finds it (a missing
 * or unknown locale is answered, and measured, in the default language).
 */
export async function responseProblems(res: ResponseEnvelope, budget: Budget = PLATFORM_BUDGET, catalogue?: Catalogue, locale?: string): Promise<string[]> {
  const wordsPerSecond = contentFor(locale, catalogue).speakingRate.wordsPerSecond;
  const problems: string[] = [];
  const r = res?.response;
  if (!r) return ['no response'];
  for (const [where, speech] of [
    ['outputSpeech', r.outputSpeech],
    ['reprompt', r.reprompt?.outputSpeech],
  ] as const) {
    if (!speech) continue;
    if (speech.type !== 'SSML') {
      problems.push(`${where} is ${speech.type}, not SSML`);
      continue;
    }
    const ssml = speech.ssml;
    const errors = await check(ssml, { platform: 'amazon' });
    if (errors?.length) problems.push(`${where}: ssml-check-core: ${JSON.stringify(errors)}\n${ssml.slice(0, 300)}`);
    const report = checkBudget({ ssml, seconds: soundOf(ssml, wordsPerSecond).seconds, plain: '' }, budget);
    if (!report.ok) problems.push(`${where}: over budget: ${report.problems.join('; ')}`);
    const words = ssml.replace(/<[^>]+>/g, ' ');
    for (const slip of ['undefined', 'NaN', '[object Object]']) {
      if (new RegExp(`(^|\\W)${slip.replace(/[[\]]/g, '\\$&')}(\\W|$)`).test(words)) problems.push(`${where} says "${slip}"`);
    }
  }
  if (r.shouldEndSession === false && !r.reprompt) problems.push('the session stays open without a reprompt');
  problems.push(...questionProblems(r.outputSpeech?.type === 'SSML' ? r.outputSpeech.ssml : '', r.shouldEndSession, catalogue));
  const bytes = Buffer.byteLength(JSON.stringify(res), 'utf8');
  if (bytes > MAX_RESPONSE_BYTES) problems.push(`response of ${bytes} bytes (over 24 KB)`);
  return problems;
}

/**
 * The shape of a response as a user hears it: one that waits for an answer ends with its question,
 * asked once; one that closes asks nothing (no one would hear the answer).
 */
function questionProblems(ssml: string, shouldEndSession: boolean | undefined, catalogue?: Catalogue): string[] {
  if (shouldEndSession === undefined) return [];
  const text = spokenText(ssml);
  const asked = [...text.matchAll(questionPattern(catalogue))].length;
  if (shouldEndSession) return asked ? [`the session closes after a question: "${text.slice(-160)}"`] : [];
  const problems: string[] = [];
  if (!new RegExp(`(?:^|[\\s.!?,])(?:${questionSource(catalogue)})$`, 'u').test(text)) problems.push(`the session stays open but the speech does not end with its question: "${text.slice(-160)}"`);
  if (asked > 1) problems.push(`${asked} questions in one response: "${text.slice(-300)}"`);
  return problems;
}

/** The words of rendered SSML, as said: tags dropped, entities read, spaces collapsed. */
function spokenText(ssml: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return ssml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e])
    .replace(/\s+/g, ' ')
    .trim();
}

const questionSources = new Map<Catalogue | undefined, string>();

/** Every variant of every question line of the shipped languages (and the catalogue's): placeholders match any words. */
function questionSource(catalogue?: Catalogue): string {
  let source = questionSources.get(catalogue);
  if (source === undefined) {
    const contents = new Set<Content>([...Object.values(CATALOGUE), ...Object.values(catalogue ?? {})]);
    const variants = [...contents].flatMap((c) => QUESTION_LINES.flatMap((k) => c.lines[k]));
    source = [...new Set(variants)]
      .map((v) => v.split(/\{\w+\}/).map((part) => part.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('\\s*.+?\\s*'))
      .join('|');
    questionSources.set(catalogue, source);
  }
  return source;
}

function questionPattern(catalogue?: Catalogue): RegExp {
  return new RegExp(`(?:${questionSource(catalogue)})`, 'gu');
}

/** Throws with every problem of a response (see responseProblems). */
export async function assertValidResponse(res: ResponseEnvelope, budget?: Budget, catalogue?: Catalogue, locale?: string): Promise<void> {
  const problems = await responseProblems(res, budget, catalogue, locale);
  if (problems.length) throw new Error(`invalid response:\n- ${problems.join('\n- ')}`);
}
