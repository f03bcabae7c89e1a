/**
 * The one SSML builder: speech and silence as segments, rendered to SSML with
 * breaks, prosody and escaping, measured against the response budget.
 * Pure: no ask-sdk, no AWS, no clock.
 */

export type Segment = { kind: 'say'; text: string } | { kind: 'pause'; ms: number };

/** How the whole response is voiced. */
export interface Voice {
  /** The language's words a second at the normal rate (its content's `speakingRate`). */
  wordsPerSecond: number;
  /** Speaking rate in percent of normal (Alexa accepts 20% and up). */
  ratePercent: number;
  /** Softer volume, for bedtime. */
  soft?: boolean;
}

export interface Budget {
  /** outputSpeech SSML characters (Alexa rejects more than 8000). */
  maxChars: number;
  /** Estimated seconds of sound in one response. */
  maxSeconds: number;
  /** Longest single <break> (Alexa allows 10 s). */
  maxBreakMs: number;
}

export const PLATFORM_BUDGET: Budget = { maxChars: 8000, maxSeconds: 240, maxBreakMs: 10000 };

/** The least a configured budget may be: a welcome, one step and the closing question must fit. */
export const MIN_BUDGET_SECONDS = 90;

/** The budget, with the seconds optionally lowered by configuration (never raised, never below the minimum). */
export function budgetFrom(maxSecondsSetting?: string | number): Budget {
  const n = Number(maxSecondsSetting);
  if (!Number.isFinite(n) || n <= 0) return PLATFORM_BUDGET;
  return { ...PLATFORM_BUDGET, maxSeconds: Math.min(PLATFORM_BUDGET.maxSeconds, Math.max(MIN_BUDGET_SECONDS, n)) };
}

export function say(text: string): Segment {
  return { kind: 'say', text };
}
export function pause(seconds: number): Segment {
  return { kind: 'pause', ms: Math.max(0, Math.round(seconds * 1000)) };
}

/** Words in a text. Not memoised: the text may be the user's own (an answer read back), and nothing of it is kept. */
export function countWords(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** Estimated seconds of this many words at a voice. The one formula of the speech estimate. */
export function wordsSeconds(words: number, voice: Voice): number {
  return words / voice.wordsPerSecond / (voice.ratePercent / 100);
}

/** Estimated seconds of one segment at a voice. The single estimator used by budget and timeline. */
export function segmentSeconds(seg: Segment, voice: Voice): number {
  if (seg.kind === 'pause') return seg.ms / 1000;
  return wordsSeconds(countWords(seg.text), voice);
}

export function estimateSeconds(segments: readonly Segment[], voice: Voice): number {
  let total = 0;
  for (const s of segments) total += segmentSeconds(s, voice);
  return total;
}

/** Characters that XML 1.0 does not allow at all (C0 controls other than tab, newline, return; lone surrogates; FFFE/FFFF). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Makes any text safe inside SSML: drops characters XML forbids and escapes markup. */
export function escapeText(text: string): string {
  return text
    .replace(INVALID_XML, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function renderBreaks(ms: number, maxBreakMs: number): string {
  let out = '';
  let left = Math.round(ms);
  while (left > 0) {
    const chunk = Math.min(left, maxBreakMs);
    out += chunk % 1000 === 0 ? `<break time="${chunk / 1000}s"/>` : `<break time="${chunk}ms"/>`;
    left -= chunk;
  }
  return out;
}

export interface Speech {
  ssml: string;
  /** Estimated seconds of sound. */
  seconds: number;
  /** The words alone, for cards, logs of structure and the simulator. */
  plain: string;
}

/** Renders segments to SSML. Adjacent pauses merge; text is escaped here and nowhere else. */
export function render(segments: readonly Segment[], voice: Voice, budget: Budget = PLATFORM_BUDGET): Speech {
  const merged: Segment[] = [];
  for (const s of segments) {
    if (s.kind === 'say' && !s.text.trim()) continue;
    const prev = merged[merged.length - 1];
    if (s.kind === 'pause' && prev && prev.kind === 'pause') prev.ms += s.ms;
    else merged.push({ ...s });
  }
  // Parts joined once at the end; a space only between two spoken parts (a break needs none).
  const parts: string[] = [];
  let lastSpoken = false;
  for (const s of merged) {
    if (s.kind === 'pause') {
      const breaks = renderBreaks(s.ms, budget.maxBreakMs);
      if (breaks) parts.push(breaks);
      lastSpoken &&= !breaks;
    } else {
      parts.push((lastSpoken ? ' ' : '') + escapeText(s.text.trim()));
      lastSpoken = true;
    }
  }
  let body = parts.join('');
  const attrs: string[] = [];
  if (voice.ratePercent !== 100) attrs.push(`rate="${Math.round(voice.ratePercent)}%"`);
  if (voice.soft) attrs.push('volume="soft"');
  if (attrs.length) body = `<prosody ${attrs.join(' ')}>${body}</prosody>`;
  const plain = merged
    .filter((s): s is Extract<Segment, { kind: 'say' }> => s.kind === 'say')
    .map((s) => s.text.trim())
    .join(' ');
  return { ssml: `<speak>${body}</speak>`, seconds: estimateSeconds(merged, voice), plain };
}

export interface BudgetReport {
  ok: boolean;
  chars: number;
  seconds: number;
  longestBreakMs: number;
  problems: string[];
}

/** Measures rendered SSML against the budget. */
export function checkBudget(speech: Speech, budget: Budget = PLATFORM_BUDGET): BudgetReport {
  const problems: string[] = [];
  const chars = speech.ssml.length;
  let longestBreakMs = 0;
  for (const m of speech.ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)) {
    const ms = m[2] === 's' ? Number(m[1]) * 1000 : Number(m[1]);
    longestBreakMs = Math.max(longestBreakMs, ms);
  }
  if (chars > budget.maxChars) problems.push(`${chars} characters > ${budget.maxChars}`);
  if (speech.seconds > budget.maxSeconds + 1e-6) problems.push(`${speech.seconds.toFixed(1)} s > ${budget.maxSeconds} s`);
  if (longestBreakMs > budget.maxBreakMs) problems.push(`break ${longestBreakMs} ms > ${budget.maxBreakMs} ms`);
  return { ok: problems.length === 0, chars, seconds: speech.seconds, longestBreakMs, problems };
}
