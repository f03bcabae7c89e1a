/** Vocabulary of the routine domain. Pure types: no AWS, no ask-sdk. */

export const AREAS = [
  'forehead',
  'brows',
  'temples',
  'eyes',
  'cheeks',
  'jaw',
  'ears',
  'neck',
  'finish',
] as const;
export type AreaId = (typeof AREAS)[number];

export const TOOLS = ['hands', 'roller', 'guasha'] as const;
export type Tool = (typeof TOOLS)[number];

export const LENGTHS = ['quick', 'standard', 'deep'] as const;
export type Length = (typeof LENGTHS)[number];

export const PACES = ['slower', 'normal', 'faster'] as const;
export type Pace = (typeof PACES)[number];

export function isArea(v: unknown): v is AreaId {
  return typeof v === 'string' && (AREAS as readonly string[]).includes(v);
}
export function isTool(v: unknown): v is Tool {
  return typeof v === 'string' && (TOOLS as readonly string[]).includes(v);
}
export function isLength(v: unknown): v is Length {
  return typeof v === 'string' && (LENGTHS as readonly string[]).includes(v);
}
export function isPace(v: unknown): v is Pace {
  return typeof v === 'string' && (PACES as readonly string[]).includes(v);
}

/** What the user chose for one routine. */
export interface RoutineOptions {
  length: Length;
  tool: Tool;
  pace: Pace;
  /** An area that gets more time tonight. */
  focus?: AreaId;
  /** Bedtime voice: slower, softer, fewer words. */
  bedtime?: boolean;
  /**
   * Tonight's areas, chosen when the routine starts (the standard routine rotates some across
   * evenings). Kept with the routine so every turn of it plans the same steps. Default: the length's set.
   */
  areas?: AreaId[];
  /** Areas the user knows: said in the short form, without the full instruction. */
  familiar?: AreaId[];
  /** Areas the user asked about ("tell me more"): the whole instruction, even at bedtime. */
  inFull?: AreaId[];
  /**
   * Areas the user said were sore ("my jaw hurts"): left out of the rest of the routine, as the
   * answer to them promised; the routine says so in a few words where it passes one (never the finish).
   */
  sore?: AreaId[];
  /**
   * An already-chosen line said once at the start of the focus area, right after its instruction
   * (so it never delays the first stroke), e.g. "Your jaw was tight last night, so a little longer here."
   */
  focusLine?: string;
  /**
   * Where "slower" was said mid-routine: the steps from this area are a response of their own, so
   * only they must stay one response; the areas before it are done. Read at the slower pace only.
   */
  slowerFrom?: AreaId;
  /** Areas "slower" left out mid-routine tonight (said so); a quicker pace brings back those still ahead. */
  slowerLeftOut?: AreaId[];
}

/** A small count per area of how often the user has been guided through it in full. */
export type Familiarity = Partial<Record<AreaId, number>>;
