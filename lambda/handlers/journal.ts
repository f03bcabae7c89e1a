import type { Calendar } from '../content';
import { fill } from '../content/pick';
import { formatDay, localParts, weekdayOf } from '../progress/days';
import { daysBetween, rangeOfAlexaDate, type DayRange } from '../progress/dates';
import { countWords } from '../ssml/speech';
import { QUESTIONS, type Reflection } from '../store/types';
import { onIntent, slotValue } from './base';
import type { Reply } from './reply';
import type { Turn } from './turn';

/** Hearing the journal back, and deleting it. */

/** Words of answers read in one response: about two and a half minutes, well inside the 240 s budget. */
const READ_WORDS = 360;
/** Words per answer when several entries are read ("read my journal", a week). */
const BRIEF_WORDS = 40;
const LATEST_COUNT = 3;

function sayDay(cal: Calendar, day: string, today: string): string {
  const ago = daysBetween(day, today);
  if (ago === 0) return cal.today;
  if (ago === 1) return cal.yesterday;
  return ago > 1 && ago < 7 ? cal.weekdays[weekdayOf(day)] : sayDate(cal, day);
}

/** A day of a month, in the language's order ("November 16", "16. November"). */
function sayDate(cal: Calendar, day: string): string {
  const [, m, d] = day.split('-').map(Number);
  return fill(cal.date, { month: cal.months[m - 1], day: d });
}

/** How a range is said: "yesterday", "Monday", "the week of November 16". */
export function sayRange(cal: Calendar, range: DayRange, today: string): string {
  const [y, m] = range.fromDay.split('-').map(Number);
  switch (range.kind) {
    case 'day':
      return sayDay(cal, range.fromDay, today);
    case 'week':
      return fill(cal.week, { date: sayDate(cal, range.fromDay) });
    case 'weekend':
      return fill(cal.weekend, { date: sayDate(cal, range.fromDay) });
    case 'month':
      return fill(cal.month, { month: cal.months[m - 1] });
    default:
      return fill(cal.year, { year: y });
  }
}

/** At most `max` words of an answer, and whether it was cut. */
function brief(text: string, max: number): { text: string; cut: boolean } {
  const words = text.trim().split(/\s+/);
  if (words.length <= max) return { text: text.trim().replace(/[.!?\s]+$/u, ''), cut: false };
  return { text: words.slice(0, max).join(' ').replace(/[.,;:!?]+$/u, ''), cut: true };
}

/** Fewest words worth reading of an answer; below this the reading stops and says there is more. */
const MIN_WORDS = 8;

/**
 * Reads entries until the allowance of words is spent. An answer cut short says so ("and so on");
 * when the allowance runs out, the reading stops and says there is more. Returns whether all was read.
 */
function readEntries(turn: Turn, reply: Reply, entries: Reflection[], perAnswer: number, withDates: boolean): boolean {
  let left = READ_WORDS;
  const today = turn.today();
  const keys = { great: 'journalGreat', challenging: 'journalChallenging', better: 'journalBetter' } as const;
  let complete = true;
  for (const e of entries) {
    const answers = QUESTIONS.filter((q) => e.answers[q]);
    if (left < MIN_WORDS * answers.length) {
      complete = false;
      break;
    }
    if (withDates) reply.say('journalEntry', { when: capitalise(sayDay(turn.content.calendar, e.day, today)) });
    for (const q of answers) {
      const part = brief(e.answers[q]!, Math.max(MIN_WORDS, Math.min(perAnswer, left)));
      left -= countWords(part.text) + 4;
      reply.say(keys[q], { answer: part.cut ? turn.line('journalCut', { answer: part.text }).replace(/\.$/, '') : part.text });
      if (part.cut) complete = false;
    }
  }
  reply.say(complete ? 'journalEnd' : 'journalMore');
  return complete;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const JournalHandler = onIntent('JournalIntent', async (turn, reply) => {
  const today = turn.today();
  const range = rangeOfAlexaDate(slotValue(turn.hi, 'date'), today, calendarDay(turn));
  const withAnswers = (list: Reflection[]) => list.filter((r) => QUESTIONS.some((q) => r.answers[q]));
  try {
    if (!range) {
      const latest = withAnswers(await turn.store.listReflections(turn.userId, { limit: LATEST_COUNT * 2 })).slice(0, LATEST_COUNT);
      if (!latest.length) return void reply.say('journalEmpty').close();
      readEntries(turn, reply, latest, latest.length > 1 ? BRIEF_WORDS : READ_WORDS, true);
      return void reply.close();
    }
    const when = sayRange(turn.content.calendar, range, today);
    const entries = withAnswers(await turn.store.listReflections(turn.userId, { fromDay: range.fromDay, toDay: range.toDay, limit: 20, newestFirst: false }));
    if (!entries.length) return void reply.say('journalNothingOn', { when }).close();
    const several = entries.length > 1;
    if (!several || range.kind === 'day') reply.say('journalIntro', { when });
    readEntries(turn, reply, entries, several ? BRIEF_WORDS : READ_WORDS, range.kind !== 'day');
    reply.close();
  } catch (e) {
    turn.log.error('journal_unavailable', { error: (e as Error).name });
    reply.say('journalUnavailable').close();
  }
});

export const DeleteJournalHandler = onIntent('DeleteJournalIntent', (turn, reply) => {
  turn.state.pending = { kind: 'delete-journal' };
  reply.ask('deleteJournalConfirm', undefined, 'deleteJournalConfirmReprompt');
});

export const DeleteEntryHandler = onIntent('DeleteEntryIntent', async (turn, reply) => {
  const today = turn.today();
  let range = rangeOfAlexaDate(slotValue(turn.hi, 'date'), today, calendarDay(turn));
  if (!range) {
    // No date ("delete my last entry", "delete today's entry"): the newest entry, named by its day.
    const [latest] = await turn.store.listReflections(turn.userId, { limit: 1 });
    if (!latest) return void reply.say('deleteEntryNone', { when: turn.content.calendar.today }).close();
    range = { fromDay: latest.day, toDay: latest.day, kind: 'day' };
  }
  const label = sayRange(turn.content.calendar, range, today);
  turn.state.pending = { kind: 'delete-entry', fromDay: range.fromDay, toDay: range.toDay, label };
  reply.ask('deleteEntryConfirm', { when: label }, 'deleteEntryConfirmReprompt');
});

/** The calendar date where the user is (what Alexa resolves "today" against). */
function calendarDay(turn: Turn): string {
  const p = localParts(turn.now, turn.timeZone);
  return formatDay(p.year, p.month, p.day);
}

/** Carries out a confirmed journal deletion. */
export async function deleteJournal(turn: Turn, reply: Reply, range?: { fromDay: string; toDay: string; label: string }): Promise<void> {
  try {
    const n = await turn.store.deleteReflections(turn.userId, range && { fromDay: range.fromDay, toDay: range.toDay });
    turn.state.unsavedAnswers = turn.state.unsavedAnswers?.filter((a) => range && (a.key.day < range.fromDay || a.key.day > range.toDay));
    if (range) reply.say(n ? 'deleteEntryDone' : 'deleteEntryNone', { when: range.label });
    else reply.say('deleteJournalDone');
  } catch (e) {
    turn.log.error('delete_failed', { error: (e as Error).name });
    reply.say('deleteFailed');
  }
  reply.close();
}

