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
}
