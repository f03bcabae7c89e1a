import type { AreaContent, SpeakingRate } from '../content/types';
import { countWords, wordsSeconds, type Voice } from '../ssml/speech';
import { AREAS, PACES, type AreaId, type Length, type Pace, type RoutineOptions } from './types';

/**
 * Turns the user's choices into an ordered list of steps with hold times.
 * Pure: content is passed in, no clock, no randomness.
 *
 * The routine is mostly quiet work: each area gets a short instruction (a few words once the user
 * knows it) and then a real hold. When time is short (a first evening's full instructions, a slower
 * pace, a focus area added), the routine covers fewer areas rather than squeezing the holds.
 */

export interface PlannedStep {
  area: AreaId;
  /** Seconds from the end of the step's instruction to the next step: silence and a few cues. */
  holdSeconds: number;
  /** The short form is said (the user knows this area). */
  short: boolean;
  /** Tonight's areas left out just before this one because they are sore (`RoutineOptions.sore`). */
  leftOut?: AreaId[];
}

export interface Plan {
  options: RoutineOptions;
  steps: PlannedStep[];
  voice: Voice;
}

/** The areas every standard routine keeps; the others rotate across evenings. */
export const CORE_AREAS: readonly AreaId[] = ['forehead', 'jaw', 'neck', 'finish'];
/** The areas that take turns on the standard routine, in the order they come round. */
export const ROTATING_AREAS: readonly AreaId[] = AREAS.filter((a) => !CORE_AREAS.includes(a));
/** How many rotating areas an evening's standard routine offers (fewer when time is short). */
export const ROTATING_PER_EVENING = 3;

const QUICK_AREAS: readonly AreaId[] = ['forehead', 'temples', 'jaw', 'neck', 'finish'];
/**
 * Which quick areas give way first when time is short (the finish never does). The forehead goes
 * last, so a quick routine with long instructions (a first evening, the gua sha) is still a face
 * massage: the forehead, the jaw and the finish, rather than the jaw, the neck and the finish.
 */
const QUICK_DROP_ORDER: readonly AreaId[] = ['temples', 'neck', 'jaw', 'forehead'];
/** At the slower pace, once the standard routine's turn has given way, the core areas that may follow. */
const SLOWER_CORE_DROP_ORDER: readonly AreaId[] = ['neck', 'forehead', 'jaw'];

/** Target seconds of the whole routine at the normal pace (about 2, 4 and 8 minutes). */
export const TARGET_SECONDS: Record<Length, number> = { quick: 120, standard: 220, deep: 480 };

/** Seconds the opening and the closing take, outside the steps. */
export const OPENING_SECONDS = 8;
export const CLOSING_SECONDS = 8;

/**
 * The most the standard routine's steps may last at any pace: with the longest opening and the
 * close, it stays one response (240 s), so it never splits into a part that waits for an answer.
 */
export const STANDARD_STEPS_MAX_SECONDS = 198;

const PACE_RATE: Record<Pace, number> = { slower: 85, normal: 100, faster: 115 };
export const PACE_HOLD: Record<Pace, number> = { slower: 1.25, normal: 1, faster: 0.8 };
const BEDTIME_RATE_FACTOR = 0.9;
/** The focus area's hold, over the hold it would have in the same routine without a focus. */
export const FOCUS_FACTOR = 1.6;
/** No hold is shorter than this. */
export const MIN_HOLD = 10;
/**
 * The least time per area, as a share of its base hold. Below it, an area gives way (standard: a
 * rotating one, and slower a core one too; quick: in QUICK_DROP_ORDER). The deep routine covers all.
 */
const MIN_HOLD_SCALE: Record<Length, number> = { quick: 0.92, standard: 1.3, deep: 0 };
/** The user knows an area after this many full instructions; from then on the short form is said. */
export const FULL_INSTRUCTION_TIMES = 2;

export interface PlanContent {
  areas: Record<AreaId, AreaContent>;
  /** The language's speaking rate: its instructions take as long as its words do. */
  speakingRate: Pick<SpeakingRate, 'wordsPerSecond'>;
}

/** The routine's voice: the language's rate, slower or faster by the pace, slower and softer at bedtime. */
export function voiceFor(options: RoutineOptions, content: PlanContent): Voice {
  const rate = Math.round(PACE_RATE[options.pace] * (options.bedtime ? BEDTIME_RATE_FACTOR : 1));
  return { wordsPerSecond: content.speakingRate.wordsPerSecond, ratePercent: rate, soft: options.bedtime || undefined };
}

/** Whether a step says why the area matters: on the deep routine, outside bedtime, while it is new. */
export function saysPurpose(options: RoutineOptions, area: AreaId): boolean {
  return options.length === 'deep' && !options.bedtime && !isShort(options, area);
}

function isShort(options: RoutineOptions, area: AreaId): boolean {
  return !!options.familiar?.includes(area) && !options.inFull?.includes(area);
}

/**
 * The instruction said for an area: the short form once it is familiar, else its full instruction
 * in this routine (`fullInstruction`).
 */
export function instructionText(area: AreaContent, options: RoutineOptions): string {
  if (isShort(options, area.id)) return area.short[options.tool];
  return fullInstruction(area, options);
}

/**
 * An area's full instruction in this routine: the shorter bedtime one at bedtime, and the whole one,
 * at any hour, for an area the user asked about. What is said while the area is new, and what the
 * screen shows (the one place that chooses between them).
 */
export function fullInstruction(area: AreaContent, options: RoutineOptions): string {
  if (options.inFull?.includes(area.id)) return area.instructions[options.tool];
  return options.bedtime ? area.bedtimeInstructions[options.tool] : area.instructions[options.tool];
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/**
 * Word counts of an area's own words, each counted once: the planner weighs the same areas many
 * times a turn. Only the constant content of an area is kept here, never a line filled for a user.
 */
const areaWordCounts = new WeakMap<AreaContent, Map<string, number>>();
function areaWords(area: AreaContent, text: string): number {
  let counts = areaWordCounts.get(area);
  if (!counts) areaWordCounts.set(area, (counts = new Map()));
  let n = counts.get(text);
  if (n === undefined) counts.set(text, (n = countWords(text)));
  return n;
}

/** Estimated words spoken at the start of a step (intro, instruction, purpose, the focus line); `most`: with its longest intro. */
function stepWords(area: AreaContent, options: RoutineOptions, most = false): number {
  if (isShort(options, area.id)) return areaWords(area, area.short[options.tool]) + focusWords(area.id, options);
  const intros = area.intro.map((intro) => areaWords(area, intro));
  return (
    (most ? Math.max(0, ...intros) : mean(intros)) +
    areaWords(area, instructionText(area, options)) +
    (saysPurpose(options, area.id) ? areaWords(area, area.purpose) : 0) +
    focusWords(area.id, options)
  );
}

function focusWords(area: AreaId, options: RoutineOptions): number {
  return area === options.focus && options.focusLine ? countWords(options.focusLine) : 0;
}

/**
 * Estimated seconds of a step's spoken part at the voice of the routine: on average, or with `most`
 * the longest it can be (whichever intro is picked), for cutting a routine into parts that surely fit.
 */
export function instructionSeconds(area: AreaContent, options: RoutineOptions, voice: Voice, most = false): number {
  return wordsSeconds(stepWords(area, options, most), voice);
}

/**
 * Slower, the deep routine's fewer and longer areas are cut into parts more coarsely (a part ends
 * between areas), so it is kept this much shorter than at the usual pace: never more parts. The
 * smallest margin that gave no extra part over every deep case (tool, bedtime, focus, focus line,
 * familiarity, evening, and "slower" said on any area), in both languages; the pacing property checks it.
 */
const DEEP_SLOWER_MARGIN_SECONDS = 30;

/**
 * Seconds the steps of a routine would last at its pace, before the standard routine's one response.
 * Slower, the deep routine lasts no longer than at the usual pace, so it is cut into no more parts
 * (no more questions to answer): it covers fewer areas instead, each with at least its usual time
 * and as quiet (`chooseAreas`).
 */
function pacedSeconds(options: RoutineOptions): number {
  const normal = TARGET_SECONDS[options.length] - OPENING_SECONDS - CLOSING_SECONDS;
  const hold = options.length === 'deep' ? Math.min(1, PACE_HOLD[options.pace]) : PACE_HOLD[options.pace];
  // At bedtime everything is slower, the silences too: the routine is as quiet, a little longer.
  const steps = options.length === 'deep' && options.pace === 'slower' ? normal - DEEP_SLOWER_MARGIN_SECONDS : normal;
  return (steps * hold) / (options.bedtime ? BEDTIME_RATE_FACTOR : 1);
}

/** Seconds the steps of a routine last (speech and holds). */
export function stepsSeconds(options: RoutineOptions): number {
  const paced = pacedSeconds(options);
  return options.length === 'standard' ? Math.min(paced, STANDARD_STEPS_MAX_SECONDS) : paced;
}

/** The evening's areas before fitting: quick and deep fixed, standard the core with a turn of the others. */
export function areasTonight(length: Length, evening: number, stride = ROTATING_PER_EVENING): AreaId[] {
  if (length === 'quick') return [...QUICK_AREAS];
  if (length === 'deep') return [...AREAS];
  return inOrder([...CORE_AREAS, ...rotation(evening, stride)]);
}

/**
 * The rotating areas of an evening, in the order they give way last-first. Each evening starts
 * `stride` further round the ring, the number an evening keeps, so all come round in turn.
 */
function rotation(evening: number, stride = ROTATING_PER_EVENING): AreaId[] {
  const n = ROTATING_AREAS.length;
  const start = (((Math.floor(evening) * Math.max(1, stride)) % n) + n) % n;
  return Array.from({ length: ROTATING_PER_EVENING }, (_, k) => ROTATING_AREAS[(start + k) % n]);
}

function inOrder(areas: AreaId[]): AreaId[] {
  return [...new Set(areas)].sort((a, b) => AREAS.indexOf(a) - AREAS.indexOf(b));
}

/**
 * Hold seconds per area: the steps' time less their speech, shared by base hold; the focus gets
 * FOCUS_FACTOR. Slower said mid-routine (`slowerFrom`), the rest of the routine is a response of its
 * own: the whole routine gets the slower pace's time, and the steps from there as much of it as one
 * response holds.
 */
function holdsFor(areas: readonly AreaId[], options: RoutineOptions, content: PlanContent): { holds: number[]; scale: number } {
  const from = restFrom(areas, options);
  if (from > 0 && options.length === 'deep') {
    // Slowed mid-way through a deep routine, the areas ahead give way where they can; where none can
    // (late in the routine), each keeps at least the hold the usual pace gives these areas.
    const usual = { ...options, pace: 'normal' as const };
    const slower = sharedHolds(areas, options, content, stepsSeconds(options));
    const floor = sharedHolds(areas, usual, content, stepsSeconds(usual)).holds;
    return { holds: slower.holds.map((h, i) => Math.max(h, floor[i])), scale: slower.scale };
  }
  if (from <= 0) {
    // At a quicker pace, areas slower left out keep their share: their time is not handed to the others.
    const gone = options.pace === 'slower' ? [] : (options.slowerLeftOut ?? []).filter((a) => !areas.includes(a));
    if (!gone.length) return sharedHolds(areas, options, content, stepsSeconds(options));
    const counted = inOrder([...areas, ...gone]);
    const shared = sharedHolds(counted, options, content, stepsSeconds(options));
    return { holds: areas.map((a) => shared.holds[counted.indexOf(a)]), scale: shared.scale };
  }
  const paced = sharedHolds(areas, options, content, pacedSeconds(options));
  const voice = voiceFor(options, content);
  const speech = areas.slice(from).reduce((t, a) => t + instructionSeconds(content.areas[a], options, voice), 0);
  const held = paced.holds.slice(from).reduce((a, b) => a + b, 0);
  const k = Math.min(1, (STANDARD_STEPS_MAX_SECONDS - speech) / held);
  return { holds: paced.holds.map((h, i) => (i >= from ? round1(h * k) : h)), scale: paced.scale * k };
}

/** Where the rest of a routine slowed mid-way begins among `areas` (`slowerFrom`), or -1 if it is the whole routine. */
function restFrom(areas: readonly AreaId[], options: RoutineOptions): number {
  return options.pace === 'slower' && options.length !== 'quick' && options.slowerFrom ? areas.indexOf(options.slowerFrom) : -1;
}

function sharedHolds(areas: readonly AreaId[], options: RoutineOptions, content: PlanContent, seconds: number): { holds: number[]; scale: number } {
  const voice = voiceFor(options, content);
  const speech = areas.reduce((t, a) => t + instructionSeconds(content.areas[a], options, voice), 0);
  const available = Math.max(0, seconds - speech);
  const base = areas.map((a) => content.areas[a].holdSeconds);
  const total = base.reduce((a, b) => a + b, 0);
  // The scale the holds would have without a focus, so without its line either: the focus gets
  // FOCUS_FACTOR times that hold, and the other areas give the line its time.
  const focusLine = options.focus ? wordsSeconds(focusWords(options.focus, options), voice) : 0;
  const plainScale = (available + focusLine) / total;
  const f = options.focus ? areas.indexOf(options.focus) : -1;
  const focusHold = f >= 0 ? Math.max(MIN_HOLD, base[f] * plainScale) * FOCUS_FACTOR : 0;
  const scale = f >= 0 ? Math.max(0, available - focusHold) / (total - base[f]) : plainScale;
  const holds = areas.map((_, i) => round1(i === f ? focusHold : Math.max(MIN_HOLD, base[i] * scale)));
  return { holds, scale };
}

/** The share of the steps' time that is hold. */
function holdShare(areas: readonly AreaId[], options: RoutineOptions, content: PlanContent): number {
  const holds = holdsFor(areas, options, content).holds.reduce((a, b) => a + b, 0);
  const voice = voiceFor(options, content);
  const speech = areas.reduce((t, a) => t + instructionSeconds(content.areas[a], options, voice), 0);
  return holds / (holds + speech);
}

/**
 * Tonight's areas, fitted: a focus area outside the set is added, then areas give way (never the
 * focus, never the finish, never one in `keep`) until every area has its time.
 * Slower, faster or at bedtime, never more areas than at the usual pace by day; slower, each area
 * gets at least its usual time; at bedtime, at least as much of the routine is quiet.
 * Decided once when a routine starts (kept in `options.areas`), and again when the pace changes
 * mid-routine (`refitRoutine`), keeping the areas already reached.
 */
export function chooseAreas(options: RoutineOptions, content: PlanContent, evening = 0, keep: readonly AreaId[] = [], stride?: number): AreaId[] {
  if (options.length === 'standard' && !options.areas && stride === undefined) {
    // The ring turns by as many rotating areas as an evening like this one keeps.
    const kept = chooseAreas(options, content, 0, keep, ROTATING_PER_EVENING).filter((a) => ROTATING_AREAS.includes(a)).length;
    return chooseAreas(options, content, evening, keep, kept);
  }
  const focus = options.focus && options.focus !== 'finish' ? options.focus : undefined;
  let areas = [...(options.areas ?? areasTonight(options.length, evening, stride))];
  if (focus && !areas.includes(focus)) areas = inOrder([...areas, focus]);
  const minScale = MIN_HOLD_SCALE[options.length];
  let minShare = 0;
  const usual: RoutineOptions = options.bedtime ? { ...options, bedtime: false } : { ...options, pace: 'normal' };
  if (options.length === 'deep') {
    // The deep routine covers every area, except slower: it lasts as long as at the usual pace
    // (`stepsSeconds`), so it has no more parts, and covers fewer areas, as quiet as at the usual pace.
    if (options.pace !== 'slower') return areas;
    const normal = { ...options, pace: 'normal' as const, areas: undefined };
    minShare = holdShare(chooseAreas(normal, content, evening, [], stride), normal, content);
  } else if (options.bedtime || options.pace !== 'normal') {
    if (!options.areas) areas = chooseAreas(usual, content, evening, keep, stride);
    if (options.bedtime && restFrom(areas, options) <= 0) {
      // Slowed mid-routine, the rest keeps every area it can give at least its usual time: no bar.
      // The bar is this evening's routine by day (the same when a routine under way is refitted), two
      // points more for the opening and the close, which the slower voice makes longer too.
      const day = options.areas ? chooseAreas({ ...usual, areas: undefined }, content, evening, [], stride) : areas;
      minShare = holdShare(day, usual, content) + 0.02;
    }
  }
  // Slower, by day or at bedtime, never leaves an area less silence than the usual pace gives it.
  const usualHolds = options.pace === 'slower' ? holdsByArea({ ...options, pace: 'normal' }, content, evening, keep) : undefined;
  // The evening's turn gives way last-first; a routine already under way gives up its later areas first.
  // Slower, when the turn is used up, a core area gives way too rather than every area getting less.
  const turn = [...(options.areas ? ROTATING_AREAS : rotation(evening, stride))].reverse();
  const order = options.length === 'quick' ? QUICK_DROP_ORDER : usualHolds ? [...turn, ...SLOWER_CORE_DROP_ORDER] : turn;
  const droppable = () => order.filter((a) => areas.includes(a) && a !== focus && !keep.includes(a));
  const longEnough = (set: readonly AreaId[], holds = holdsFor(set, options, content).holds) =>
    !usualHolds || set.every((a, i) => holds[i] >= (usualHolds.get(a) ?? 0));
  const fits = () => {
    const { holds, scale } = holdsFor(areas, options, content);
    return scale >= minScale && longEnough(areas, holds) && holdShare(areas, options, content) >= minShare;
  };
  while (!fits() && droppable().length) {
    const gone = droppable()[0];
    const fewer = areas.filter((a) => a !== gone);
    // giving way must not cost another area its time
    if (longEnough(areas) && !longEnough(fewer)) break;
    areas = fewer;
  }
  return areas;
}

/** Each area's hold in the routine these options give. */
function holdsByArea(options: RoutineOptions, content: PlanContent, evening: number, keep: readonly AreaId[]): Map<AreaId, number> {
  const areas = chooseAreas(options, content, evening, keep);
  const { holds } = holdsFor(areas, options, content);
  return new Map(areas.map((a, i) => [a, holds[i]]));
}

/**
 * The routine with a change made mid-routine (a pace, a focus, a tool), from the step the user is
 * on: the areas already reached stay; later ones give way if the time needs it (`left`: to be said,
 * never silently), and a quicker pace brings back the ones a slower one left out, those still ahead.
 * Slower, the rest of the routine from here is a response of its own (`slowerFrom`).
 */
export function refitRoutine(
  options: RoutineOptions,
  changed: Partial<RoutineOptions>,
  content: PlanContent,
  evening: number,
  here: number,
): { options: RoutineOptions; step: number; left: AreaId[] } {
  const p = planRoutine(options, content);
  const areas = plannedAreas(p);
  const area = p.steps[Math.min(Math.max(0, here), p.steps.length - 1)].area;
  const reached = areas.slice(0, areas.indexOf(area) + 1);
  const pace = changed.pace ?? options.pace;
  const ahead = (a: AreaId) => AREAS.indexOf(a) > AREAS.indexOf(area);
  const back = pace === 'slower' ? [] : (options.slowerLeftOut ?? []).filter(ahead);
  const { slowerFrom: _from, slowerLeftOut: _left, ...rest } = { ...options, ...changed };
  const candidates = inOrder([...areas, ...back]);
  const next: RoutineOptions = { ...rest, areas: candidates, ...(pace === 'slower' && { slowerFrom: area }) };
  // A quicker pace keeps every area (fewer would each get longer); anything else is fitted again. A
  // sore area stays where it is (already left out, and said so where the routine passes it).
  const quicker = PACES.indexOf(pace) > PACES.indexOf(options.pace);
  const kept = quicker ? candidates : chooseAreas(next, content, evening, [...reached, ...(options.sore ?? [])]);
  next.areas = kept;
  const left = areas.filter((a) => !kept.includes(a));
  // Kept to come back at a quicker pace, and until then to keep their share there.
  const slowerLeftOut = inOrder([...(options.slowerLeftOut ?? []), ...(pace === 'slower' ? left : [])].filter((a) => !kept.includes(a)));
  if (slowerLeftOut.length) next.slowerLeftOut = slowerLeftOut;
  return { options: next, step: Math.max(0, planRoutine(next, content).steps.findIndex((s) => s.area === area)), left };
}

/**
 * The steps of a routine. A sore area is left out where it stands (the one place that decides it):
 * the other areas keep the time they had, so the routine is that much shorter, and the step after it
 * carries it in `leftOut`. Tonight's areas, those left out included, are `plannedAreas`.
 */
export function planRoutine(options: RoutineOptions, content: PlanContent): Plan {
  const focus = options.focus && options.focus !== 'finish' ? [options.focus] : [];
  const chosen = options.areas?.filter((a) => a in content.areas);
  const areas = chosen?.length ? inOrder([...chosen, ...focus, 'finish']) : chooseAreas(options, content);
  const { holds } = holdsFor(areas, options, content);
  const steps: PlannedStep[] = [];
  let leftOut: AreaId[] = [];
  areas.forEach((area, i) => {
    if (area !== 'finish' && options.sore?.includes(area)) return void leftOut.push(area);
    steps.push({ area, holdSeconds: holds[i], short: isShort(options, area), ...(leftOut.length && { leftOut }) });
    leftOut = [];
  });
  return { options, steps, voice: voiceFor(options, content) };
}

/** Tonight's areas in the order of the routine, those left out as sore included. */
export function plannedAreas(p: Plan): AreaId[] {
  return p.steps.flatMap((s) => [...(s.leftOut ?? []), s.area]);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
