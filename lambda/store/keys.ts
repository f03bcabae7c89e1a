import { QUESTIONS, type QuestionId, type ReflectionKey } from './types';

/** The table's keys and the checks on what goes into them, shared by both stores so they order, bound and validate alike. */

export const REFLECTION_PREFIX = 'REFLECTION#';
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Names usable as a pref or flag key (they become attribute-name suffixes). */
const KEY_RE = /^[A-Za-z][A-Za-z0-9_]*$/;

export function assertDay(day: string, what = 'day'): void {
  if (typeof day !== 'string' || !DAY_RE.test(day)) throw new RangeError(`${what} must be YYYY-MM-DD`);
}

export function assertQuestion(question: string): asserts question is QuestionId {
  if (!(QUESTIONS as readonly string[]).includes(question)) throw new RangeError(`unknown question id: ${question}`);
}

export function assertKeyName(key: string): void {
  if (!KEY_RE.test(key)) throw new RangeError(`invalid key name: ${key}`);
}

export function reflectionSortKey(key: ReflectionKey): string {
  assertDay(key.day);
  if (typeof key.createdAt !== 'string' || key.createdAt === '') throw new RangeError('createdAt is required');
  if (key.tag !== undefined && !/^[0-9a-z]{1,16}$/.test(key.tag)) throw new RangeError('tag must be [0-9a-z]{1,16}');
  return `${REFLECTION_PREFIX}${key.day}#${key.createdAt}${key.tag ? `#${key.tag}` : ''}`;
}

/**
 * Inclusive sort-key bounds of a day range: `REFLECTION#<from>` to
 * `REFLECTION#<to>#~` ('~' sorts after every character of an ISO time).
 * Undefined when there is no range at all; `empty` when from > to.
 */
export function reflectionBounds(range?: { fromDay?: string; toDay?: string }): { from: string; to: string } | 'empty' | undefined {
  const fromDay = range?.fromDay;
  const toDay = range?.toDay;
  if (fromDay === undefined && toDay === undefined) return undefined;
  if (fromDay !== undefined) assertDay(fromDay, 'fromDay');
  if (toDay !== undefined) assertDay(toDay, 'toDay');
  if (fromDay !== undefined && toDay !== undefined && fromDay > toDay) return 'empty';
  return {
    from: fromDay !== undefined ? `${REFLECTION_PREFIX}${fromDay}` : REFLECTION_PREFIX,
    to: toDay !== undefined ? `${REFLECTION_PREFIX}${toDay}#~` : `${REFLECTION_PREFIX}~`,
  };
}
