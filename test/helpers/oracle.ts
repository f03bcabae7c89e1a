import type { ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { checkBudget, PLATFORM_BUDGET, WORDS_PER_SECOND, type Budget } from '../../lambda/ssml/speech';

/**
 * The one test oracle for "a valid response", used by every test that invokes the skill (not a test
 * file). Everything wrong with a response, as readable strings (empty when fine):
 * - the speech and the reprompt are SSML that ssml-check-core accepts for Amazon;
 * - each is within the budget: at most 8000 characters, the estimated seconds (the skill's own
 *   WORDS_PER_SECOND at the voice's rate, plus every break), no break over 10 s;
 * - a response that keeps the session open has a reprompt;
 * - nothing a program would print by mistake is spoken ("undefined", "NaN", "[object Object]");
 * - the whole response is under Alexa's 24 KB.
 */
export const MAX_RESPONSE_BYTES = 24_000;

export async function responseProblems(res: ResponseEnvelope, budget: Budget = PLATFORM_BUDGET): Promise<string[]> {
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
    const report = checkBudget({ ssml, seconds: secondsOfSsml(ssml), plain: '' }, budget);
    if (!report.ok) problems.push(`${where}: over budget: ${report.problems.join('; ')}`);
    const words = ssml.replace(/<[^>]+>/g, ' ');
    for (const slip of ['undefined', 'NaN', '[object Object]']) {
      if (new RegExp(`(^|\\W)${slip.replace(/[[\]]/g, '\\$&')}(\\W|$)`).test(words)) problems.push(`${where} says "${slip}"`);
    }
  }
  if (r.shouldEndSession === false && !r.reprompt) problems.push('the session stays open without a reprompt');
  const bytes = Buffer.byteLength(JSON.stringify(res), 'utf8');
  if (bytes > MAX_RESPONSE_BYTES) problems.push(`response of ${bytes} bytes (over 24 KB)`);
  return problems;
}

/** Throws with every problem of a response (see responseProblems). */
export async function assertValidResponse(res: ResponseEnvelope, budget?: Budget): Promise<void> {
  const problems = await responseProblems(res, budget);
  if (problems.length) throw new Error(`invalid response:\n- ${problems.join('\n- ')}`);
}

/** Seconds of sound of rendered SSML, by the skill's own rule: words at the voice's rate, plus breaks. */
export function secondsOfSsml(ssml: string): number {
  let breaks = 0;
  for (const m of ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)) breaks += m[2] === 's' ? Number(m[1]) : Number(m[1]) / 1000;
  const rate = Number(/<prosody[^>]*rate="(\d+)%"/.exec(ssml)?.[1] ?? 100) / 100;
  const words = ssml.replace(/<[^>]+>/g, ' ').trim().split(/\s+/).filter(Boolean).length;
  return breaks + words / WORDS_PER_SECOND / rate;
}
