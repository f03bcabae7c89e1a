import type { AreaContent } from '../content/types';
import { countWords, WORDS_PER_SECOND, type Voice } from '../ssml/speech';
import { AREAS, type AreaId, type Length, type Pace, type RoutineOptions } from './types';

/**
 * Turns the user's choices into an ordered list of steps with hold times.
 * Pure: content is passed in, no clock, no randomness.
 */

export interface PlannedStep {
  area: AreaId;
  /** Seconds from the end of the step's instruction to the next step: silence and cues. */
  holdSeconds: number;
}

export interface Plan {
  options: RoutineOptions;
  steps: PlannedStep[];
  voice: Voice;
}

/** Areas per length, in order. Every routine ends with the hands. */
export const AREAS_BY_LENGTH: Record<Length, readonly AreaId[]> = {
  quick: ['forehead', 'temples', 'jaw', 'neck', 'finish'],
  standard: AREAS,
  deep: AREAS,
};

/** Target seconds of the whole routine at the normal pace (about 2, 4 and 8 minutes). */
export const TARGET_SECONDS: Record<Length, number> = { quick: 120, standard: 220, deep: 480 };

/** Seconds the opening and the closing take, outside the steps. */
export const OPENING_SECONDS = 8;
export const CLOSING_SECONDS = 8;

const PACE_RATE: Record<Pace, number> = { slower: 85, normal: 100, faster: 115 };
const PACE_HOLD: Record<Pace, number> = { slower: 1.25, normal: 1, faster: 0.8 };
const BEDTIME_RATE_FACTOR = 0.9;
const FOCUS_WEIGHT = 1.6;
const MIN_HOLD = 6;

export interface PlanContent {
  areas: Record<AreaId, AreaContent>;
}

export function voiceFor(options: RoutineOptions): Voice {
  const rate = Math.round(PACE_RATE[options.pace] * (options.bedtime ? BEDTIME_RATE_FACTOR : 1));
  return { ratePercent: rate, soft: options.bedtime || undefined };
}

/** Whether a step says why the area matters: on the deep routine, outside bedtime. */
export function saysPurpose(options: RoutineOptions): boolean {
  return options.length === 'deep' && !options.bedtime;
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** Estimated seconds of a step's spoken instruction at the normal rate. */
export function instructionSeconds(area: AreaContent, options: RoutineOptions): number {
  const instruction = options.bedtime ? area.bedtimeInstructions[options.tool] : area.instructions[options.tool];
  const words = mean(area.intro.map(countWords)) + countWords(instruction) + (saysPurpose(options) ? countWords(area.purpose) : 0);
  return words / WORDS_PER_SECOND;
}

export function areasFor(options: RoutineOptions): AreaId[] {
  const list = [...AREAS_BY_LENGTH[options.length]];
  if (options.focus && options.focus !== 'finish' && !list.includes(options.focus)) {
    list.push(options.focus);
    list.sort((a, b) => AREAS.indexOf(a) - AREAS.indexOf(b));
  }
  return list;
}

export function planRoutine(options: RoutineOptions, content: PlanContent): Plan {
  const areas = areasFor(options);
  // The bedtime voice is slower by design but keeps the routine's length; a slower pace makes it longer.
  const speech = areas.reduce((t, a) => t + instructionSeconds(content.areas[a], options), 0) / (options.bedtime ? BEDTIME_RATE_FACTOR : 1);
  const weights = areas.map((a) => content.areas[a].holdSeconds * (a === options.focus ? FOCUS_WEIGHT : 1));
  const available = TARGET_SECONDS[options.length] - OPENING_SECONDS - CLOSING_SECONDS - speech;
  const scale = Math.max(0, available) / weights.reduce((a, b) => a + b, 0);
  const paceHold = PACE_HOLD[options.pace];
  const steps = areas.map((area, i) => ({
    area,
    holdSeconds: Math.round(Math.max(MIN_HOLD, weights[i] * scale) * paceHold * 10) / 10,
  }));
  return { options, steps, voice: voiceFor(options) };
}
