import type { AreaContent, Variants } from '../content/types';
import { pick, type Random } from '../content/pick';
import { escapeText, estimateSeconds, pause, say, segmentSeconds, type Budget, type Segment } from '../ssml/speech';
import { saysPurpose, type Plan } from './plan';
import type { AreaId } from './types';

/**
 * Plan -> speech and silence -> chapters within the budget, each with its timeline.
 * Pure: content and randomness are passed in.
 */

export interface NarrationContent {
  areas: Record<AreaId, AreaContent>;
  middleCues: Variants;
  lastCues: Variants;
}

/** Estimated start second of a step within a chapter's speech. */
export interface TimelineEntry {
  step: number;
  at: number;
}

export interface Chapter {
  /** First step of the chapter. */
  from: number;
  /** One past the last step. */
  to: number;
  /** True when the chapter reaches the end of the routine. */
  last: boolean;
  segments: Segment[];
  timeline: TimelineEntry[];
  /** Estimated seconds of the chapter's segments (prefix included, suffix not). */
  seconds: number;
  /** The last cue spoken, so the next chapter never opens with it. */
  lastCue?: string;
}

/** Room kept at the end of every chapter for what follows the steps (the question, the closing). */
export const SUFFIX_RESERVE = { seconds: 15, chars: 900 };

/** Seconds between cues: a cue roughly every twelve seconds of hold. */
const CUE_EVERY = 12;
const MIN_GAP = 2;

export function cueCount(holdSeconds: number): number {
  if (holdSeconds < 7) return 0;
  return Math.max(1, Math.round(holdSeconds / CUE_EVERY));
}

/** The spoken part and the hold of one step. */
export function narrateStep(
  plan: Plan,
  index: number,
  content: NarrationContent,
  random: Random,
  previousCue?: string,
): { segments: Segment[]; lastCue?: string } {
  const step = plan.steps[index];
  const area = content.areas[step.area];
  const opts = plan.options;
  const segments: Segment[] = [];
  segments.push(say(pick(area.intro, random)));
  segments.push(say(opts.bedtime ? area.bedtimeInstructions[opts.tool] : area.instructions[opts.tool]));
  if (saysPurpose(opts)) segments.push(say(area.purpose));

  const n = cueCount(step.holdSeconds);
  const cues: string[] = [];
  let prev = previousCue;
  for (let c = 0; c < n; c++) {
    const isLast = c === n - 1 && n >= 2;
    const pool = isLast ? content.lastCues : [...area.cues, ...content.middleCues];
    const cue = pick(pool, random, [prev, ...cues]);
    cues.push(cue);
    prev = cue;
  }
  const cueSeconds = cues.reduce((t, c) => t + segmentSeconds(say(c), plan.voice), 0);
  const gap = Math.max(MIN_GAP, (step.holdSeconds - cueSeconds) / (n + 1));
  segments.push(pause(gap));
  for (const cue of cues) {
    segments.push(say(cue));
    segments.push(pause(gap));
  }
  return { segments, lastCue: cues.length ? cues[cues.length - 1] : previousCue };
}

export interface ChapterRequest {
  from: number;
  random: Random;
  budget: Budget;
  /** Speech before the first step (an acknowledgement, a greeting). */
  prefix?: Segment[];
  /** The cue spoken last before this chapter. */
  previousCue?: string;
  /** Seconds kept free for what follows the steps (default SUFFIX_RESERVE.seconds). */
  reserveSeconds?: number;
}

/** Approximate SSML characters of segments, without rendering the whole chapter again each step. */
function segmentChars(s: Segment): number {
  if (s.kind === 'say') return escapeText(s.text).length + 1;
  return Math.ceil(s.ms / 10000) * 24;
}

/**
 * One chapter: as many whole steps from `from` as fit in the budget, leaving room
 * for the suffix. A chapter always holds at least one step.
 */
export function buildChapter(plan: Plan, content: NarrationContent, req: ChapterRequest): Chapter {
  const segments: Segment[] = [...(req.prefix ?? [])];
  const timeline: TimelineEntry[] = [];
  const maxSeconds = req.budget.maxSeconds - (req.reserveSeconds ?? SUFFIX_RESERVE.seconds);
  const maxChars = req.budget.maxChars - SUFFIX_RESERVE.chars - 60; // 60: <speak> and <prosody> wrappers
  let seconds = estimateSeconds(segments, plan.voice);
  let chars = segments.reduce((t, s) => t + segmentChars(s), 0);
  let lastCue = req.previousCue;
  let i = req.from;
  for (; i < plan.steps.length; i++) {
    const step = narrateStep(plan, i, content, req.random, lastCue);
    let stepSeconds = estimateSeconds(step.segments, plan.voice);
    if (timeline.length === 0 && seconds + stepSeconds > maxSeconds) {
      // A step longer than a (lowered) budget: shorten its silences so the response still fits.
      stepSeconds = shortenPauses(step.segments, maxSeconds - seconds, plan.voice);
    }
    const stepChars = step.segments.reduce((t, s) => t + segmentChars(s), 0);
    if (timeline.length > 0 && (seconds + stepSeconds > maxSeconds || chars + stepChars > maxChars)) break;
    timeline.push({ step: i, at: round1(seconds) });
    segments.push(...step.segments);
    seconds += stepSeconds;
    chars += stepChars;
    lastCue = step.lastCue;
  }
  return { from: req.from, to: i, last: i >= plan.steps.length, segments, timeline, seconds: round1(seconds), lastCue };
}

/** Every chapter of a routine from a step to the end (for tests, the simulator and the benchmark). */
export function allChapters(plan: Plan, content: NarrationContent, req: Omit<ChapterRequest, 'from'> & { from?: number }): Chapter[] {
  const chapters: Chapter[] = [];
  let from = req.from ?? 0;
  let previousCue = req.previousCue;
  let prefix = req.prefix;
  while (from < plan.steps.length) {
    const ch = buildChapter(plan, content, { ...req, from, prefix, previousCue });
    chapters.push(ch);
    from = ch.to;
    previousCue = ch.lastCue;
    prefix = undefined;
  }
  return chapters;
}

/**
 * Where the user is in a chapter `elapsed` seconds after it began:
 * the step being played, or `after` once the chapter's steps are over.
 */
export function locate(chapter: Pick<Chapter, 'timeline' | 'seconds' | 'from' | 'to'>, elapsedSeconds: number): { step: number; after: boolean } {
  if (elapsedSeconds >= chapter.seconds || chapter.timeline.length === 0) return { step: chapter.to, after: true };
  let step = chapter.timeline[0].step;
  for (const t of chapter.timeline) if (t.at <= elapsedSeconds) step = t.step;
  return { step, after: false };
}

/** Scales a step's pauses down so that it lasts at most `seconds`; returns its new length. */
function shortenPauses(segments: Segment[], seconds: number, voice: Plan['voice']): number {
  const spoken = estimateSeconds(segments.filter((s) => s.kind === 'say'), voice);
  const silent = estimateSeconds(segments.filter((s) => s.kind === 'pause'));
  const factor = silent > 0 ? Math.max(0.1, (seconds - spoken) / silent) : 1;
  for (const s of segments) if (s.kind === 'pause') s.ms = Math.round(s.ms * Math.min(1, factor));
  return estimateSeconds(segments, voice);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

