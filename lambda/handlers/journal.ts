import { sayDay, sayRange } from '../content/calendar';
import { formatDay } from '../progress/days';
import { rangeOfAlexaDate } from '../progress/dates';
import { countWords, escapeText } from '../ssml/speech';
import { QUESTIONS, type Reflection } from '../store/types';
import { onIntent, slotValue } from '../conversation/intents';
import type { Reply } from '../conversation/reply';
import { checkInDays, checkInNote, forgetCheckIns } from './tension';
import type { JournalCursor, JournalRead, Pending } from '../conversation/state';
import type { Turn } from '../conversation/turn';
import { deleteNowOrLater } from '../conversation/background';
import { isMidRoutine, position, resumeStep } from '../conversation/position';
import { capitalise } from '../conversation/check-in';
import { holdAt, offerHeld } from './routine';
import { offerReflection } from '../conversation/playback';

/** Hearing the journal back, and deleting it. */

/**
 * One response reads at most this much of the journal: words (about two and a half minutes, well
 * inside the 240 s budget) and rendered SSML characters (escaping makes `&` five characters, `'` six,
 * so a read is measured as Alexa will receive it, well inside the 8000 it accepts).
 */
const READ_WORDS = 360;
const READ_CHARS = 6000;
/** Evenings read in one response; more are offered with "Shall I go on?". */
const PAGE = 3;
/** Below this much allowance no new answer is started: the read stops and offers the rest. */
const MIN_WORDS = 8;
const MIN_CHARS = 120;
/** What the words around an answer ("The good part: ….") cost at most; with the words after one kept only in part (or an evening's check-in said alone). */
const FRAME = { words: 5, chars: 40 };
const FRAME_CUT = { words: 16, chars: 120 };
/** Entries fetched per read: a page, the one after it (to know there is more), and a few spare. */
const FETCH = PAGE + 7;

/** Words and rendered SSML characters of a piece of text, as it will be sent. */
function cost(text: string): { words: number; chars: number } {
  return { words: countWords(text), chars: escapeText(text).length + 1 };
}

/**
 * The longest head of `text` within `maxWords` words and `maxChars` rendered characters, cut at
 * the end of a sentence when one keeps at least half of it, else at a word. `next` is where the
 * rest begins (text.length when all of it fits). Only a single word longer than the whole
 * allowance is cut inside the word.
 */
export function takePart(text: string, maxWords: number, maxChars: number): { text: string; next: number } {
  let words = 0;
  let chars = 0;
  let end = 0;
  let next = text.length;
  for (const m of text.matchAll(/\S+/g)) {
    const c = escapeText(m[0]).length + 1;
    if (words + 1 > maxWords || chars + c > maxChars) {
      next = m.index!;
      break;
    }
    words += 1;
    chars += c;
    end = m.index! + m[0].length;
  }
  if (next === text.length) return { text: text.trim(), next };
  if (end === 0) {
    // One word longer than the allowance: as many of its characters as fit.
    let n = 0;
    let c = 0;
    while (n < text.length && c + escapeText(text[n]).length < maxChars) c += escapeText(text[n++]).length;
    return { text: text.slice(0, n).trim(), next: n };
  }
  const head = text.slice(0, end);
  let sentence = -1;
  for (const m of head.matchAll(/[.!?…]["')\]]*(?=\s|$)/gu)) sentence = m.index! + m[0].length;
  if (sentence >= end / 2) {
    end = sentence;
    next = end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0);
  }
  return { text: text.slice(0, end).trim(), next };
}

function keyOf(e: Reflection): string {
  return `${e.day}#${e.createdAt}`;
}

const ANSWER_LINE = { great: 'journalGreat', challenging: 'journalChallenging', better: 'journalBetter' } as const;

/**
 * Reads entries from `at` (or the first) until the page or the allowance is spent. An answer
 * that does not fit is cut at a sentence or a word. Returns where the reading stopped (`at`, none
 * when every entry was read to its end) and the day of the last evening heard (`heard`).
 */
function readEntries(turn: Turn, reply: Reply, entries: Reflection[], at: JournalCursor | undefined, withDates: boolean): { at?: JournalCursor; heard?: string } {
  const left = { words: READ_WORDS, chars: READ_CHARS };
  let reading: string | undefined;
  let heard: string | undefined;
  const speak = (text: string) => {
    const c = cost(text);
    left.words -= c.words;
    left.chars -= c.chars;
    heard = reading;
    reply.text(text);
  };
  const today = turn.today();
  const from = at?.key;
  let start = from ? entries.findIndex((e) => keyOf(e) === from) : 0;
  if (start < 0) {
    start = 0;
    at = undefined;
  }
  for (let i = start; i < entries.length; i++) {
    const e = entries[i];
    const key = keyOf(e);
    reading = e.day;
    const resuming = !!at && i === start && (at.q > 0 || at.offset > 0);
    if (i - start === PAGE) return { at: { key, q: 0, offset: 0 }, heard };
    const date = () => withDates && speak(turn.line('journalEntry', { when: capitalise(sayDay(turn.content.calendar, e.day, today)) }));
    if (!hasAnswers(e)) {
      // An evening of the check-in alone: what was said then, never "nothing" (a sentence, costed as the longest frame).
      if (left.words < MIN_WORDS + FRAME_CUT.words || left.chars < MIN_CHARS + FRAME_CUT.chars) return { at: { key, q: 0, offset: 0 }, heard };
      date();
      speak(checkInNote(turn, e.day, true) ?? '');
      continue;
    }
    const firstQ = resuming ? at!.q : 0;
    for (let qi = firstQ; qi < QUESTIONS.length; qi++) {
      const q = QUESTIONS[qi];
      const full = e.answers[q];
      if (!full?.trim()) continue;
      const offset = resuming && qi === at!.q ? at!.offset : 0;
      if (left.words < MIN_WORDS + FRAME.words || left.chars < MIN_CHARS + FRAME.chars) return { at: { key, q: qi, offset }, heard };
      if (qi === firstQ && !resuming) {
        date();
        speak(checkInNote(turn, e.day) ?? '');
      }
      const rest = full.slice(offset);
      const cut = e.cut?.includes(q) === true;
      const frame = cut ? FRAME_CUT : FRAME;
      const part = takePart(rest, left.words - frame.words, left.chars - frame.chars);
      speak(turn.line(offset ? 'journalGoingOn' : ANSWER_LINE[q], { answer: part.text.replace(/[.!?\s]+$/u, '') }));
      if (part.next < rest.length) return { at: { key, q: qi, offset: offset + part.next }, heard };
      // Kept only in part: the read-back never sounds whole.
      if (cut) speak(turn.line('journalCut'));
    }
  }
  return { heard };
}

function hasAnswers(r: Reflection): boolean {
  return QUESTIONS.some((q) => r.answers[q]?.trim());
}

/**
 * The evenings of a read: those with answers, and those with only a check-in (an entry with no
 * answers, `createdAt` empty, so it sorts before any entry of its day). A check-in day past the
 * last entry fetched is left for the next fetch, so the order holds across pages.
 */
function evenings(turn: Turn, list: Reflection[], newestFirst: boolean, fromDay?: string, toDay?: string): Reflection[] {
  const answered = list.filter(hasAnswers);
  const edge = list.length >= FETCH ? list[list.length - 1].day : undefined;
  const taken = new Set(answered.map((e) => e.day));
  const alone = checkInDays(turn, newestFirst ? edge ?? fromDay : fromDay, newestFirst ? toDay : edge ?? toDay)
    .filter((day) => !taken.has(day))
    .map((day): Reflection => ({ day, createdAt: '', answers: {} }));
  const all = [...answered, ...alone].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  return newestFirst ? all.reverse() : all;
}

/** The entries of a read, from a cursor on: newest first for the latest evenings, oldest first in a range of days. */
async function fetchEntries(turn: Turn, read: JournalRead, at?: JournalCursor): Promise<Reflection[]> {
  const fromDay = at?.key.slice(0, 10);
  if (read.mode === 'range') {
    const list = await turn.store.listReflections(turn.userId, { fromDay: fromDay ?? read.fromDay, toDay: read.toDay, limit: FETCH, newestFirst: false });
    const entries = evenings(turn, list, false, fromDay ?? read.fromDay, read.toDay);
    return at ? entries.filter((e) => keyOf(e) >= at.key) : entries;
  }
  const list = await turn.store.listReflections(turn.userId, { ...(fromDay && { toDay: fromDay }), limit: FETCH, newestFirst: true });
  const entries = evenings(turn, list, true, undefined, fromDay);
  const from = at ? entries.filter((e) => keyOf(e) <= at.key) : entries;
  return read.mode === 'last' ? from.slice(0, 1) : from;
}

/** Reads from a cursor, then offers the rest ("Shall I go on?") or closes. */
function readAndOffer(turn: Turn, reply: Reply, read: JournalRead, entries: Reflection[], at?: JournalCursor): void {
  const { at: stopped, heard } = readEntries(turn, reply, entries, at, read.mode !== 'last' && (read.mode === 'latest' || read.several === true));
  if (stopped) {
    turn.state.pending = { kind: 'journal-more', read, at: stopped, ...(heard && { heard }) };
    const older = read.mode === 'latest' && stopped.q === 0 && stopped.offset === 0;
    return void reply.ask(older ? 'journalOlder' : 'journalGoOn', undefined, older ? 'journalOlderReprompt' : 'journalGoOnReprompt');
  }
  if (read.mode === 'latest') reply.say('journalEnd');
  else if (read.mode === 'range' && read.several && read.when) reply.say('journalEndOf', { when: read.when });
  reply.close();
}

async function readJournal(turn: Turn, reply: Reply, body: () => Promise<void>): Promise<void> {
  // Asked for mid-massage: the routine stops on the step the user is on (its place kept), and once
  // the read is done it is offered again from that step.
  const pos = position(turn);
  const held = isMidRoutine(pos);
  if (held) holdAt(turn, reply, pos, resumeStep(turn, pos));
  // Asked at the offer to reflect: once the read is done, the offer stands again (it is not lost).
  const offered = turn.state.pending?.kind === 'reflect';
  try {
    await body();
  } catch (e) {
    turn.log.error('journal_unavailable', { error: (e as Error).name });
    reply.say('journalUnavailable').close();
  }
  if (turn.state.pending?.kind === 'journal-more') return;
  if (held) offerHeld(turn, reply);
  else if (offered) offerReflection(turn, reply);
}

export const JournalHandler = onIntent('JournalIntent', (turn, reply) =>
  readJournal(turn, reply, async () => {
    const today = turn.today();
    const range = rangeOfAlexaDate(slotValue(turn.hi, 'date'), today, calendarDay(turn));
    if (range === null) return void reply.say('journalDateUnknown').close();
    if (!range) {
      const entries = await fetchEntries(turn, { mode: 'latest' });
      if (!entries.length) return void reply.say('journalEmpty').close();
      return readAndOffer(turn, reply, { mode: 'latest' }, entries);
    }
    let when = sayRange(turn.content.calendar, range, today);
    let read: JournalRead = { mode: 'range', fromDay: range.fromDay, toDay: range.toDay };
    let entries = await fetchEntries(turn, read);
    if (!entries.length && range.or) {
      // Nothing on the weekday it was taken for: the other day it may stand for ("the 27th"), said as such.
      const other = sayDay(turn.content.calendar, range.or, today);
      const orRead: JournalRead = { mode: 'range', fromDay: range.or, toDay: range.or };
      const orEntries = await fetchEntries(turn, orRead);
      if (!orEntries.length) return offerLatest(turn, reply, when, other);
      reply.say('journalNothingOn', { when });
      [when, read, entries] = [other, orRead, orEntries];
    }
    if (!entries.length) return offerLatest(turn, reply, when);
    const several = entries.length > 1 && range.kind !== 'day';
    if (!several) reply.say('journalIntro', { when });
    readAndOffer(turn, reply, { ...read, several, when }, entries);
  }),
);

/**
 * Nothing in the days asked for (nor on the `other` day the date may stand for): said so, and the newest evenings offered by their days ("last week"
 * is the calendar week to Alexa, and often the last few days to the user). A yes reads them as "read
 * my journal" does.
 */
async function offerLatest(turn: Turn, reply: Reply, when: string, other?: string): Promise<void> {
  if (other) reply.say('journalNothingOnEither', { when, other });
  else reply.say('journalNothingOn', { when });
  const latest = await fetchEntries(turn, { mode: 'latest' });
  if (!latest.length) return void reply.close();
  const today = turn.today();
  const [newest, before] = [...new Set(latest.map((e) => e.day))].map((day) => sayDay(turn.content.calendar, day, today));
  turn.state.pending = { kind: 'journal-more', read: { mode: 'latest' }, at: { key: keyOf(latest[0]), q: 0, offset: 0 } };
  if (before) reply.ask('journalLatestTwo', { before, when: newest }, 'journalLatestReprompt');
  else reply.ask('journalLatestOne', { when: newest }, 'journalLatestReprompt');
}

/** "What did I say last time?": the last evening only. */
export const JournalLastHandler = onIntent('JournalLastIntent', (turn, reply) =>
  readJournal(turn, reply, async () => {
    const [last] = await fetchEntries(turn, { mode: 'last' });
    if (!last) return void reply.say('journalEmpty').close();
    const today = turn.today();
    if (last.day === today) reply.say('journalLastToday');
    else reply.say('journalLast', { when: sayDay(turn.content.calendar, last.day, today) });
    readAndOffer(turn, reply, { mode: 'last' }, [last]);
  }),
);

/** "Next", "continue", "go on" while "Shall I go on?" waits: a yes. */
export const JournalMoreHandler = onIntent(
  ['AMAZON.NextIntent', 'AMAZON.ResumeIntent'],
  (turn, reply) => {
    const pending = turn.state.pending as Extract<Pending, { kind: 'journal-more' }>;
    turn.state.pending = undefined;
    return continueJournal(turn, reply, pending.read, pending.at);
  },
  (turn) => turn.state.pending?.kind === 'journal-more',
);

/** "Yes" to "Shall I go on?": the read carries on from where it stopped. */
export function continueJournal(turn: Turn, reply: Reply, read: JournalRead, at: JournalCursor): Promise<void> {
  return readJournal(turn, reply, async () => {
    const entries = await fetchEntries(turn, read, at);
    if (!entries.length) return void reply.say(read.mode === 'latest' ? 'journalEnd' : 'journalDone').close();
    readAndOffer(turn, reply, read, entries, at);
  });
}

export const DeleteJournalHandler = onIntent('DeleteJournalIntent', (turn, reply) => {
  turn.state.pending = { kind: 'delete-journal' };
  reply.ask('deleteJournalConfirm', undefined, 'deleteJournalConfirmReprompt');
});

export const DeleteEntryHandler = onIntent('DeleteEntryIntent', async (turn, reply) => {
  const today = turn.today();
  let range = rangeOfAlexaDate(slotValue(turn.hi, 'date'), today, calendarDay(turn));
  if (range === null) return void reply.say('journalDateUnknown').close();
  const pending = turn.state.pending;
  if (!range && pending?.kind === 'journal-more' && pending.heard) {
    // "Delete that" while the journal is read: the evening just heard.
    range = { fromDay: pending.heard, toDay: pending.heard, kind: 'day' };
  }
  if (!range) {
    // No date ("delete my last entry", "delete today's entry"): the newest evening, as "what did I say last time" reads it, named by its day.
    const [latest] = await fetchEntries(turn, { mode: 'last' });
    if (!latest) return void reply.say('deleteEntryNone', { when: turn.content.calendar.today }).close();
    range = { fromDay: latest.day, toDay: latest.day, kind: 'day' };
  }
  const label = sayRange(turn.content.calendar, range, today);
  turn.state.pending = { kind: 'delete-entry', fromDay: range.fromDay, toDay: range.toDay, label };
  reply.ask('deleteEntryConfirm', { when: label }, 'deleteEntryConfirmReprompt');
});

/** The calendar date where the user is (what Alexa resolves "today" against). */
function calendarDay(turn: Turn): string {
  const p = turn.local();
  return formatDay(p.year, p.month, p.day);
}

/** Carries out a confirmed journal deletion. */
export async function deleteJournal(turn: Turn, reply: Reply, range?: { fromDay: string; toDay: string; label: string }): Promise<void> {
  const days = range && { fromDay: range.fromDay, toDay: range.toDay };
  let n = 0;
  const outcome = await deleteNowOrLater(turn, 'delete-reflections', days, async (opts) => (n = await turn.store.deleteReflections(turn.userId, days, opts)));
  if (outcome === 'failed') return void reply.say('deleteFailed').close();
  turn.state.unsavedAnswers = turn.state.unsavedAnswers?.filter((a) => range && (a.key.day < range.fromDay || a.key.day > range.toDay));
  n += forgetCheckIns(turn, range);
  if (outcome === 'under-way') reply.say('deleteJournalUnderWay');
  else if (range) reply.say(n ? 'deleteEntryDone' : 'deleteEntryNone', { when: range.label });
  else reply.say('deleteJournalDone');
  reply.close();
}

