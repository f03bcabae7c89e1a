import type { AreaContent, LineKey, Variants } from '../content/types';
import { fill, pick, type Random } from '../content/pick';
import { countWords, escapeText, estimateSeconds, pause, say, segmentSeconds, wordsSeconds, type Budget, type Segment } from '../ssml/speech';
import { instructionSeconds, instructionText, saysPurpose, type Plan, type PlannedStep } from './plan';
import type { AreaId } from './types';

/**
 * Plan -> speech and silence -> chapters within the budget, each with its timeline.
 * Pure: content and randomness are passed in.
 */

export interface NarrationContent {
  areas: Record<AreaId, AreaContent>;
  middleCues: Variants;
  lastCues: Variants;
  /** Said where the routine passes an area left out as sore ("We'll leave out {area} this time."). */
  lines: Pick<Record<LineKey, Variants>, 'soreLeftOut'>;
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
  /** Cues said so far in the routine, this chapter included. */
  cueUses: CueUses;
}

/** No part of a routine is shorter than this, unless what is left of the routine is. */
export const MIN_PART_SECONDS = 90;

/** Room kept at the end of every chapter for what follows the steps (the question, the closing). */
export const SUFFIX_RESERVE = { seconds: 15, chars: 900 };

/**
 * A hold is silence to work in. A cue comes at most once per CUE_EVERY seconds of silence (so a
 * hold shorter than that is all silence), every silence between cues is at least MIN_SILENCE
 * seconds, and no cue is said more than MAX_CUE_USES times in a routine or twice in a row.
 */
export const CUE_EVERY = 30;
/** At bedtime, fewer words: a cue at most once per this many seconds of silence. */
export const CUE_EVERY_BEDTIME = 60;
export const MIN_SILENCE = 8;
export const MAX_CUE_USES = 2;

/** How many cues a hold of this much silence carries. */
export function cueCount(silenceSeconds: number, bedtime?: boolean): number {
  return Math.max(0, Math.floor(silenceSeconds / (bedtime ? CUE_EVERY_BEDTIME : CUE_EVERY)));
}

/** How often each cue was said so far in a routine. */
export type CueUses = Record<string, number>;

/** The spoken part and the hold of one step. `uses` is updated with the cues said. */
export function narrateStep(
  plan: Plan,
  index: number,
  content: NarrationContent,
  random: Random,
  previousCue?: string,
  uses: CueUses = {},
): { segments: Segment[]; lastCue?: string } {
  const step = plan.steps[index];
  const area = content.areas[step.area];
  const opts = plan.options;
  const segments: Segment[] = [];
  if (!step.short) segments.push(say(pick(area.intro, random)));
  segments.push(say(instructionText(area, opts)));
  // Tonight's reason for the extra time, once the first stroke is under way.
  if (step.area === opts.focus && opts.focusLine) segments.push(say(opts.focusLine));
  if (saysPurpose(opts, step.area)) segments.push(say(area.purpose));

  const n = cueCount(step.holdSeconds, opts.bedtime);
  const cues: string[] = [];
  let prev = previousCue;
  for (let c = 0; c < n; c++) {
    const isLast = c === n - 1 && n >= 2;
    const pool = (isLast ? content.lastCues : [...area.cues, ...content.middleCues]).filter((q) => (uses[q] ?? 0) < MAX_CUE_USES && q !== prev);
    if (!pool.length) continue; // every cue has had its turn: the silence stays silent
    const cue = pick(pool, random, cues);
    uses[cue] = (uses[cue] ?? 0) + 1;
    cues.push(cue);
    prev = cue;
  }
  const cueSeconds = cues.reduce((t, c) => t + segmentSeconds(say(c), plan.voice), 0);
  const gap = Math.max(MIN_SILENCE, (step.holdSeconds - cueSeconds) / (cues.length + 1));
  segments.push(pause(gap));
  for (const cue of cues) {
    segments.push(say(cue));
    segments.push(pause(gap));
  }
  return { segments, lastCue: cues.length ? cues[cues.length - 1] : previousCue };
}

/** The words for the sore areas left out before a step, one short sentence each. */
function leftOutWords(step: PlannedStep, content: NarrationContent, random: Random): Segment[] {
  return (step.leftOut ?? []).map((a) => say(fill(pick(content.lines.soreLeftOut, random), { area: content.areas[a].name })));
}

/** The longest those words can be. */
function leftOutSeconds(step: PlannedStep, content: NarrationContent, voice: Plan['voice']): number {
  const longest = (a: AreaId) => Math.max(...content.lines.soreLeftOut.map((v) => countWords(fill(v, { area: content.areas[a].name }))));
  return (step.leftOut ?? []).reduce((t, a) => t + wordsSeconds(longest(a), voice), 0);
}

export interface ChapterRequest {
  from: number;
  random: Random;
  budget: Budget;
  /** Speech before the first step (an acknowledgement, a greeting). */
  prefix?: Segment[];
  /** The cue spoken last before this chapter. */
  previousCue?: string;
  /** Cues said so far in this routine (a copy is updated and returned with the chapter). */
  cueUses?: CueUses;
  /** Seconds kept free for what follows the steps (default SUFFIX_RESERVE.seconds). */
  reserveSeconds?: number;
  /** Words said a little way into the first step's silence (a resume's note: where it picked up, and how to begin afresh). */
  firstNote?: string;
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
  const cueUses = { ...req.cueUses };
  // The parts are cut on the longest each step can be: a part cut on the average could overflow
  // by a longer intro and leave its last area to a short part of its own.
  const est = plan.steps.map((s) => leftOutSeconds(s, content, plan.voice) + instructionSeconds(content.areas[s.area], plan.options, plan.voice, true) + s.holdSeconds);
  const end = partEnd(est, req.from, seconds, maxSeconds);
  let i = req.from;
  for (; i < plan.steps.length; i++) {
    const step = narrateStep(plan, i, content, req.random, lastCue, cueUses);
    if (i === req.from && req.firstNote) addNote(step.segments, req.firstNote, plan.voice);
    // Passing a sore area the routine leaves out: a few words before the next one. A part that
    // begins here follows the answer that named the area, or the resume line, and says nothing.
    if (i > req.from) step.segments.unshift(...leftOutWords(plan.steps[i], content, req.random));
    let stepSeconds = estimateSeconds(step.segments, plan.voice);
    if (timeline.length === 0 && seconds + stepSeconds > maxSeconds) {
      // A step longer than a (lowered) budget: shorten its silences so the response still fits.
      stepSeconds = shortenPauses(step.segments, maxSeconds - seconds, plan.voice);
    }
    const stepChars = step.segments.reduce((t, s) => t + segmentChars(s), 0);
    const full = seconds + stepSeconds > maxSeconds || chars + stepChars > maxChars || i >= end;
    if (timeline.length > 0 && full) {
      // The step is not played here: its cues are not counted.
      for (const s of step.segments) if (s.kind === 'say' && cueUses[s.text]) cueUses[s.text] -= 1;
      break;
    }
    timeline.push({ step: i, at: round1(seconds) });
    segments.push(...step.segments);
    seconds += stepSeconds;
    chars += stepChars;
    lastCue = step.lastCue;
  }
  return { from: req.from, to: i, last: i >= plan.steps.length, segments, timeline, seconds: round1(seconds), lastCue, cueUses };
}

/**
 * Where the part that begins at step `from` ends (one past its last step): the rest of the routine
 * in the fewest parts that fit `max` seconds, cut between areas so the shortest part is as long as it
 * can be. `est` are the steps' estimated seconds; `prefix` is spoken before the first.
 */
export function partEnd(est: readonly number[], from: number, prefix: number, max: number): number {
  const n = est.length;
  let best: { end: number; shortest: number } | undefined;
  const cut = (start: number, parts: number, carry: number, shortest: number, first: number): void => {
    let part = carry;
    for (let e = start + 1; e <= n; e++) {
      part += est[e - 1];
      if (part > max) return;
      const end = first < 0 ? e : first;
      if (parts === 1) {
        if (e === n && (!best || Math.min(shortest, part) > best.shortest)) best = { end, shortest: Math.min(shortest, part) };
      } else if (e < n) {
        cut(e, parts - 1, 0, Math.min(shortest, part), end);
      }
    }
  };
  const rest = prefix + est.slice(from).reduce((a, b) => a + b, 0);
  for (let k = Math.max(1, Math.ceil(rest / max)); k <= n - from && !best; k++) cut(from, k, prefix, Infinity, -1);
  return best?.end ?? n; // nothing fits evenly (a lowered budget): the budget alone decides
}

/** Every chapter of a routine from a step to the end (for tests, the simulator and the benchmark). */
export function allChapters(plan: Plan, content: NarrationContent, req: Omit<ChapterRequest, 'from'> & { from?: number }): Chapter[] {
  const chapters: Chapter[] = [];
  let from = req.from ?? 0;
  let previousCue = req.previousCue;
  let cueUses = req.cueUses;
  let prefix = req.prefix;
  while (from < plan.steps.length) {
    const ch = buildChapter(plan, content, { ...req, from, prefix, previousCue, cueUses });
    chapters.push(ch);
    from = ch.to;
    previousCue = ch.lastCue;
    cueUses = ch.cueUses;
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

/**
 * Says a note a little way into a step's first silence (MIN_SILENCE seconds in, like a cue), so the
 * first instruction and the first pause come as soon as without it; the rest of that silence is
 * shortened by the note's words, never below MIN_SILENCE.
 */
function addNote(segments: Segment[], note: string, voice: Plan['voice']): void {
  const at = segments.findIndex((s) => s.kind === 'pause');
  const gap = segments[at];
  if (gap?.kind !== 'pause') return;
  const rest = Math.max(MIN_SILENCE * 1000, gap.ms - MIN_SILENCE * 1000 - segmentSeconds(say(note), voice) * 1000);
  segments.splice(at, 1, pause(MIN_SILENCE), say(note), { ...gap, ms: Math.round(rest) });
}

/** Scales a step's pauses down so that it lasts at most `seconds`; returns its new length. */
function shortenPauses(segments: Segment[], seconds: number, voice: Plan['voice']): number {
  const spoken = estimateSeconds(segments.filter((s) => s.kind === 'say'), voice);
  const silent = estimateSeconds(segments.filter((s) => s.kind === 'pause'), voice);
  const factor = silent > 0 ? Math.max(0.1, (seconds - spoken) / silent) : 1;
  for (const s of segments) if (s.kind === 'pause') s.ms = Math.round(s.ms * Math.min(1, factor));
  return estimateSeconds(segments, voice);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

