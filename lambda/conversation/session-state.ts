import { isDay } from '../progress/days';
import { isArea, isLength } from '../routine/types';
import { MAX_STEP, normaliseChange, normaliseProfile, obj, routineOptions } from '../store/normalise';
import { QUESTIONS, type Completion, type Profile, type QuestionId } from '../store/types';
import { MAX_ANSWER_CHARS } from '../handlers/reflection';
import type { ChapterState, JournalRead, Pending, ReflectionState, RoutineControl, RoutineState, SessionState, UnsavedAnswer } from './state';

/**
 * Session state as it comes back from Alexa is only what a client sent: checked on the way in (what is
 * not of its type or range is dropped, so nothing forged is spoken or stored), and kept small on the way
 * out (Alexa's limit on a whole response is 24 KB in older documents).
 */

/** The session state written back is kept under this many characters of JSON. */
export const MAX_STATE_CHARS = 12_000;

type Obj = Record<string, unknown>;
const int = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const num = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const str = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length <= max;
const day = isDay;
const isQuestion = (v: unknown): v is QuestionId => (QUESTIONS as readonly unknown[]).includes(v);
/** Epoch ms within a few years of now. */
const when = (v: unknown): v is number => num(v, 1.5e12, 4e12);

function options(v: unknown): RoutineState['options'] | undefined {
  const o = routineOptions(v);
  return o && { ...o, bedtime: o.bedtime === true };
}

function chapter(v: unknown): ChapterState | undefined {
  if (!obj(v) || !int(v.from, 0, MAX_STEP) || !int(v.to, 0, MAX_STEP) || !num(v.seconds, 0, 3600) || !when(v.startedAt) || !Array.isArray(v.timeline)) return undefined;
  const timeline = v.timeline.filter((t): t is Obj => obj(t) && int(t.step, 0, MAX_STEP) && num(t.at, 0, 3600)).map((t) => ({ step: t.step as number, at: t.at as number }));
  return { from: v.from, to: v.to, last: v.last === true, timeline: timeline.slice(0, MAX_STEP), seconds: v.seconds, startedAt: v.startedAt };
}

function routine(v: unknown): RoutineState | undefined {
  if (!obj(v)) return undefined;
  const o = options(v.options);
  const c = chapter(v.chapter);
  if (!o || !c) return undefined;
  const r: RoutineState = { options: o, chapter: c };
  if (str(v.lastCue, 500)) r.lastCue = v.lastCue;
  if (int(v.pausedAt, 0, MAX_STEP)) r.pausedAt = v.pausedAt;
  if (str(v.runId, 64)) r.runId = v.runId;
  const done = v.completion;
  if (obj(done) && day(done.day) && num(done.minutes, 0, 120) && typeof done.counted === 'boolean') r.completion = { day: done.day, minutes: done.minutes, counted: done.counted };
  if (obj(v.cueUses) && Object.keys(v.cueUses).length <= 100 && Object.values(v.cueUses).every((n) => int(n, 0, 100))) r.cueUses = v.cueUses as Record<string, number>;
  if (Array.isArray(v.met) && v.met.every(isArea)) r.met = v.met;
  return r;
}

function journalRead(v: unknown): JournalRead | undefined {
  if (!obj(v)) return undefined;
  if (v.mode === 'latest' || v.mode === 'last') return { mode: v.mode };
  if (v.mode !== 'range' || !day(v.fromDay) || !day(v.toDay)) return undefined;
  return { mode: 'range', fromDay: v.fromDay, toDay: v.toDay, ...(v.several === true && { several: true }), ...(str(v.when) && { when: v.when }) };
}

const CONTROLS: readonly RoutineControl[] = ['previous', 'startOver', 'slower', 'faster'];

/** A yes/no question the skill asked, with what it carries; a kind it never writes, or a value out of range, is dropped. */
function pending(v: unknown): Pending | undefined {
  if (!obj(v)) return undefined;
  switch (v.kind) {
    case 'next-chapter':
    case 'reflect':
    case 'start':
    case 'delete-all':
    case 'delete-journal':
    case 'retry-save':
      return { kind: v.kind };
    case 'continue':
      return int(v.step, 0, MAX_STEP) ? { kind: 'continue', step: v.step, ...(v.gentle === true && { gentle: true }), ...(v.unwell === true && { unwell: true }) } : undefined;
    case 'delete-entry':
      return day(v.fromDay) && day(v.toDay) && str(v.label) ? { kind: 'delete-entry', fromDay: v.fromDay, toDay: v.toDay, label: v.label } : undefined;
    case 'reminder':
      return str(v.time, 5) && /^([01]?\d|2[0-3]):[0-5]\d$/.test(v.time) ? { kind: 'reminder', time: v.time } : undefined;
    case 'tension':
      return day(v.day) && (v.tries === undefined || int(v.tries, 0, 5)) ? { kind: 'tension', day: v.day, ...(v.tries !== undefined && { tries: v.tries as number }) } : undefined;
    case 'open':
      return v.about === 'anything' || v.about === 'preference' ? { kind: 'open', about: v.about } : undefined;
    case 'make-usual':
      return isLength(v.length) ? { kind: 'make-usual', length: v.length } : undefined;
    case 'leave-reflection':
      return CONTROLS.includes(v.control as RoutineControl) ? { kind: 'leave-reflection', control: v.control as RoutineControl } : undefined;
    case 'journal-more': {
      const read = journalRead(v.read);
      const at = v.at;
      if (!read || !obj(at) || !str(at.key) || !int(at.q, 0, QUESTIONS.length) || !int(at.offset, 0, MAX_ANSWER_CHARS)) return undefined;
      return { kind: 'journal-more', read, at: { key: at.key, q: at.q, offset: at.offset }, ...(day(v.heard) && { heard: v.heard }) };
    }
    default:
      return undefined;
  }
}

function key(v: unknown): UnsavedAnswer['key'] | undefined {
  if (!obj(v) || !day(v.day) || !str(v.createdAt, 40) || !v.createdAt) return undefined;
  if (v.tag !== undefined && !(typeof v.tag === 'string' && /^[0-9a-z]{1,16}$/.test(v.tag))) return undefined;
  return { day: v.day, createdAt: v.createdAt, ...(v.tag !== undefined && { tag: v.tag as string }) };
}

function reflection(v: unknown): ReflectionState | undefined {
  if (!obj(v)) return undefined;
  const k = key(v.key);
  if (!k || !int(v.index, 0, QUESTIONS.length) || !int(v.tries, 0, 5) || !Array.isArray(v.answered) || !v.answered.every(isQuestion)) return undefined;
  const r: ReflectionState = { key: k, index: v.index, tries: v.tries, answered: v.answered };
  const after = routine(v.after);
  if (after) r.after = after;
  if (int(v.lastAsked, 0, QUESTIONS.length)) r.lastAsked = v.lastAsked;
  if (v.askedLeave === true) r.askedLeave = true;
  return r;
}

function unsavedAnswers(v: unknown): UnsavedAnswer[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const list = v
    .map((a) =>
      obj(a) && isQuestion(a.question) && typeof a.answer === 'string' && key(a.key)
        ? { key: key(a.key)!, question: a.question, answer: a.answer.slice(0, MAX_ANSWER_CHARS), ...((a.cut === true || a.answer.length > MAX_ANSWER_CHARS) && { cut: true as const }) }
        : undefined,
    )
    .filter((a): a is UnsavedAnswer => !!a)
    .slice(-QUESTIONS.length * 2);
  return list.length ? list : undefined;
}

function profile(v: unknown): Profile | undefined {
  if (!obj(v) || !str(v.userId, 300) || !obj(v.prefs) || !obj(v.stats) || !obj(v.flags)) return undefined;
  return normaliseProfile(v as unknown as Profile);
}

/** A completion whose write failed, as the skill kept it: its change and the runs it saw checked as the store's are. */
function completion(v: unknown): Completion | undefined {
  if (!obj(v) || !day(v.day) || !num(v.minutes, 0, 120) || !obj(v.known) || (v.runId !== undefined && !str(v.runId, 64))) return undefined;
  const p = normaliseProfile({ userId: '', prefs: {}, flags: {}, stats: v.known, runs: v.seenRuns } as unknown as Profile);
  const c: Completion = { day: v.day, minutes: v.minutes, known: p.stats };
  if (v.runId !== undefined) c.runId = v.runId;
  if (p.runs) c.seenRuns = p.runs;
  if (day(v.rest)) c.rest = v.rest;
  const change = normaliseChange(v.change);
  if (change) c.change = change;
  return c;
}

/** Every key of the session state the skill writes; anything else that comes in is left out (never echoed back). */
const KEYS = [
  'profile', 'profileUnavailable', 'forgotten', 'timeZoneTried', 'routine', 'pending', 'reflection', 'leftReflection', 'unsavedAnswers',
  'unsavedProfile', 'unsavedCompletion', 'saidLastArea', 'offerUsual', 'offerReminder', 'gentle', 'softVoice', 'bedtime', 'said',
] as const satisfies readonly (keyof SessionState)[];
/** A key added to SessionState and not to KEYS does not compile (it would be dropped between turns). */
const _everyKey: Exclude<keyof SessionState, (typeof KEYS)[number]> extends never ? true : never = true;

/** The session state of a request, checked; anything that isn't what the skill wrote is left out. */
export function stateFromSession(raw: unknown): SessionState {
  if (!obj(raw)) return {};
  const s = Object.fromEntries(KEYS.filter((k) => Object.hasOwn(raw, k)).map((k) => [k, raw[k]])) as SessionState;
  const check = <K extends keyof SessionState>(k: K, f: (v: unknown) => SessionState[K] | undefined) => {
    if (s[k] === undefined) return;
    const v = f(s[k]);
    if (v === undefined) delete s[k];
    else s[k] = v;
  };
  for (const flag of ['profileUnavailable', 'forgotten', 'timeZoneTried', 'saidLastArea', 'offerReminder', 'gentle', 'softVoice', 'bedtime'] as const) {
    if (s[flag] !== undefined && typeof s[flag] !== 'boolean') delete s[flag];
  }
  check('profile', profile);
  check('routine', routine);
  check('pending', pending);
  check('reflection', reflection);
  check('unsavedAnswers', unsavedAnswers);
  check('leftReflection', (v) => (obj(v) && key(v.key) && Array.isArray(v.answered) && v.answered.every(isQuestion) ? { key: key(v.key)!, answered: v.answered } : undefined));
  check('unsavedCompletion', completion);
  check('unsavedProfile', normaliseChange);
  check('offerUsual', (v) => (isLength(v) ? v : undefined));
  check('said', (v) => (obj(v) ? (Object.fromEntries(Object.entries(v).filter(([k, t]) => str(k, 60) && str(t, 600))) as Record<string, string>) : undefined));
  return s;
}

/** The session state to write back, within MAX_STATE_CHARS: what can be had again (the profile, the variants said) goes first. */
export function stateForSession(s: SessionState): SessionState {
  const size = (v: unknown) => JSON.stringify(v).length;
  if (size(s) <= MAX_STATE_CHARS) return s;
  const out: SessionState = { ...s };
  delete out.said;
  if (size(out) > MAX_STATE_CHARS) delete out.profile; // read again on the next turn
  return out;
}
