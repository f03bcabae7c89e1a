import { AREA_CONTENT, LAST_CUES, MIDDLE_CUES } from './areas.en';
import { LINES, type LineKey } from './lines.en';
import type { AreaContent, Variants } from './types';
import type { AreaId, Length, Pace, Tool } from '../routine/types';

/** All spoken content of one locale. */
export interface Content {
  areas: Record<AreaId, AreaContent>;
  middleCues: Variants;
  lastCues: Variants;
  lines: Record<LineKey, Variants>;
  /** How tools, lengths and paces are said aloud. */
  toolNames: Record<Tool, string>;
  lengthNames: Record<Length, string>;
  paceNames: Record<Pace, string>;
  calendar: Calendar;
}

/** How days and ranges of days are said. */
export interface Calendar {
  weekdays: readonly string[];
  months: readonly string[];
  today: string;
  yesterday: string;
  /** {date} is a day said as "{month} {day}". */
  week: string;
  weekend: string;
  month: string;
  year: string;
  lastTime: string;
}

const EN: Content = {
  areas: AREA_CONTENT,
  middleCues: MIDDLE_CUES,
  lastCues: LAST_CUES,
  lines: LINES,
  toolNames: { hands: 'hands', roller: 'jade roller', guasha: 'gua sha' },
  lengthNames: { quick: 'quick', standard: 'standard', deep: 'deep' },
  paceNames: { slower: 'slower', normal: 'at the usual pace', faster: 'faster' },
  calendar: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    today: 'today',
    yesterday: 'yesterday',
    week: 'the week of {date}',
    weekend: 'the weekend of {date}',
    month: '{month}',
    year: '{year}',
    lastTime: 'last time',
  },
};

/** The locales the skill ships; every English locale shares the same files. */
export const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

export function contentFor(_locale?: string): Content {
  return EN;
}

export type { LineKey };
