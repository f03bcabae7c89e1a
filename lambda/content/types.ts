import type { AreaId, Tool } from '../routine/types';

/**
 * Spoken content. Every list is a set of variants: the narration picks one,
 * never the same twice in a row. Placeholders look like {area}.
 */
export type Variants = readonly string[];

export interface AreaContent {
  id: AreaId;
  /** How the area is named aloud, e.g. "your temples". Used in "picking up at {area}". */
  name: string;
  /** Short lead-in naming the area, e.g. "Forehead next." (variants). */
  intro: Variants;
  /** One short sentence: why this area (no medical claims). */
  purpose: string;
  /** What to do, per tool. One or two short sentences each. */
  instructions: Record<Tool, string>;
  /** Bedtime: a shorter instruction, per tool. */
  bedtimeInstructions: Record<Tool, string>;
  /** Short cues spoken during the hold (at least three). */
  cues: Variants;
  /** Base hold in seconds for the standard routine. */
  holdSeconds: number;
}
