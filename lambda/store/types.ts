import type { CheckIn } from '../progress/tension';
import type { AreaId, Familiarity, Length, Pace, RoutineOptions, Tool } from '../routine/types';

/** How the skill treats the reflection offer at the end of a routine. */
export type ReflectMode = 'ask' | 'always' | 'never';
/** Bedtime voice: by the clock, always, or never. */
export type BedtimeMode = 'auto' | 'always' | 'never';

export interface Preferences {
  length: Length;
  tool: Tool;
  pace: Pace;
  /** The user's usual focus area, if they set one. */
  focus?: AreaId;
  reflect: ReflectMode;
  bedtimeVoice: BedtimeMode;
  /** The tension check-in after the routine: asked (unset or 'ask') unless the user said "stop asking about tension". */
  checkIn?: 'ask' | 'never';
}

export interface Stats {
  completed: number;
  minutes: number;
  currentStreak: number;
  bestStreak: number;
  /** Local practice day (YYYY-MM-DD, 4 am turnover) of the last completed routine. */
  lastDay?: string;
}

/** Where an unfinished routine stopped. */
export interface ResumePoint {
  step: number;
  options: RoutineOptions;
  /** ISO time when it stopped. */
  at: string;
  /**
   * Set when the routine's last part was sent: once `endsAt` has passed, the routine was heard to
   * its end, and counts even if no later request ever said so (a session that just went quiet).
   */
  finish?: { day: string; minutes: number; runId?: string; endsAt: string };
  /**
   * The part that was playing when this was saved: its start (epoch ms), its timeline and length.
   * A control said in a new session while it still plays ("Alexa, ask my face massage to go back")
   * is placed on the step the user is on, as within the session.
   */
  chapter?: { startedAt: number; seconds: number; to: number; timeline: { step: number; at: number }[] };
  /**
   * How often each cue was said in the routine so far, and the last one: a routine picked up in a
   * later session says no cue more than twice in all, as within one session.
   */
  cueUses?: Record<string, number>;
  lastCue?: string;
}

export interface Flags {
  /** The one-time welcome and safety line has been heard. */
  welcomed?: boolean;
  /** The nightly reminder has been offered once. */
  reminderOffered?: boolean;
  /** After a one-off routine of this length, making it the usual was offered once. */
  usualOfferedQuick?: boolean;
  usualOfferedStandard?: boolean;
  usualOfferedDeep?: boolean;
}

export interface Profile {
  userId: string;
  createdAt: string;
  prefs: Preferences;
  stats: Stats;
  resume?: ResumePoint;
  /** IANA time zone from the Alexa settings API, cached. */
  timeZone?: string;
  flags: Flags;
  /** Alexa Reminders API token of the nightly reminder, when one exists. */
  reminderToken?: string;
  /** Runs counted lately: run id -> epoch ms when it was counted (see Completion.runId). */
  runs?: Record<string, number>;
  /** Tension check-ins of the last sixty practice days, by day (kept with the profile, so they load with it). */
  tension?: Record<string, CheckIn>;
  /** How many times the user has been guided through each area in full (instructions shrink after). */
  familiar?: Familiarity;
  /** The last night of rest: the evening's routine stopped after discomfort or feeling unwell. */
  rest?: NightOfRest;
}

/**
 * A night of rest counts for the streak (`advanceStreak`). After feeling unwell, the next launch
 * welcomes the user back and starts fresh (the place stays kept for "resume").
 */
export interface NightOfRest {
  /** The practice day. */
  day: string;
  /** Stopped after feeling unwell, not only sore. */
  unwell?: boolean;
}

/** A partial change to a profile. `null` removes an optional attribute. */
export interface ProfileChange {
  prefs?: Partial<Preferences>;
  resume?: ResumePoint | null;
  timeZone?: string;
  flags?: Partial<Flags>;
  reminderToken?: string | null;
  /** Check-ins by practice day: set one, or `null` to remove it. */
  tension?: Record<string, CheckIn | null>;
  /** The whole familiarity map (it replaces the stored one). */
  familiar?: Familiarity;
  /** A night of rest (Profile.rest), or `null` to remove it. */
  rest?: NightOfRest | null;
}

export type QuestionId = 'great' | 'challenging' | 'better';
export const QUESTIONS: readonly QuestionId[] = ['great', 'challenging', 'better'];

/** Identifies one evening's reflection: its local day and the ISO time it began. */
export interface ReflectionKey {
  day: string;
  createdAt: string;
  /**
   * Tells apart two evenings begun in the same millisecond (two devices): a short tag of the request
   * that began it, `[0-9a-z]{1,16}`, last in the sort key. Not returned by listings.
   */
  tag?: string;
}

export interface Reflection extends ReflectionKey {
  answers: Partial<Record<QuestionId, string>>;
  /** The answers kept only in part (said longer than an answer can be kept): the read-back says so. */
  cut?: QuestionId[];
}

export interface ReflectionQuery {
  /** Inclusive local days, YYYY-MM-DD. */
  fromDay?: string;
  toDay?: string;
  limit?: number;
  /** Default true: newest first. */
  newestFirst?: boolean;
}

export interface Completion {
  /** Local practice day of this completion. */
  day: string;
  minutes: number;
  /** The stats as this session last saw them (saves a read). */
  known: Stats;
  /**
   * Names this run of the routine. A completion whose run was already counted (a write that timed
   * out at the client but landed, then was sent again, whatever other runs landed in between) is
   * not counted twice: every run counted in the last RUN_MEMORY_MS is remembered by its id.
   */
  runId?: string;
  /** The runs this session saw stored (Profile.runs): those older than RUN_MEMORY_MS are forgotten in the same write. */
  seenRuns?: Record<string, number>;
  /** The day of the night of rest this session saw stored (Profile.rest): the streak goes through it. */
  rest?: string;
  /**
   * Other changes of the same turn, written in the same UpdateItem. Without a `resume` in it, the
   * resume point is removed (the routine is done).
   */
  change?: ProfileChange;
}

export interface DeleteOptions {
  /**
   * Epoch ms after which no further batch is started: the deletion then stops with an error named
   * DeletionUnfinished (what was deleted stays deleted), and the rest is left to the background.
   */
  until?: number;
  /**
   * Only items begun before this ISO time (their `createdAt`; items without one always go): a deletion
   * finished in the background never takes what the user began after asking for it.
   */
  before?: string;
}

/** What a deletion stopped by its `until` throws. */
export function deletionUnfinished(deleted: number): Error {
  const e = new Error(`deletion stopped after ${deleted} items; the rest continues in the background`);
  e.name = 'DeletionUnfinished';
  return e;
}

/**
 * Everything the skill keeps about a user, in domain verbs.
 * Each method is at most one write on the normal path.
 */
export interface ProgressStore {
  loadProfile(userId: string): Promise<Profile | undefined>;
  /** Creates the profile when missing; sets only what `change` names. */
  updateProfile(userId: string, change: ProfileChange): Promise<void>;
  /** Counts a finished routine once per run, moves the streak, clears the resume point. Returns the stats after. */
  recordCompletion(userId: string, completion: Completion): Promise<Stats>;
  /**
   * Saves one answer of one evening's reflection (creates the reflection on its first answer); `cut` when
   * the answer is only the first part of what was said. A new answer replaces the old one, cut or not.
   */
  saveAnswer(userId: string, key: ReflectionKey, question: QuestionId, answer: string, cut?: boolean): Promise<void>;
  listReflections(userId: string, query?: ReflectionQuery): Promise<Reflection[]>;
  /** Deletes reflections in the range (all when no range). Returns how many. */
  deleteReflections(userId: string, range?: { fromDay?: string; toDay?: string }, opts?: DeleteOptions): Promise<number>;
  /** Deletes every item of the user. Returns how many. */
  deleteUser(userId: string, opts?: DeleteOptions): Promise<number>;
}

/**
 * How long a counted run is remembered. A run is only ever sent again from a session that read the
 * profile after the run began (sessions last minutes, and a finish marker is removed by the write
 * that counts it), so a week is far longer than any retry can come.
 */
export const RUN_MEMORY_MS = 7 * 24 * 3600 * 1000;

/** The run ids of `seen` counted before `now - RUN_MEMORY_MS`, to forget. */
export function staleRuns(seen: Record<string, number> | undefined, nowMs: number, keep?: string): string[] {
  return Object.entries(seen ?? {})
    .filter(([id, at]) => id !== keep && at < nowMs - RUN_MEMORY_MS)
    .map(([id]) => id);
}

export const DEFAULT_PREFS: Preferences = {
  length: 'standard',
  tool: 'hands',
  pace: 'normal',
  reflect: 'ask',
  bedtimeVoice: 'auto',
};

export function newProfile(userId: string, nowIso: string): Profile {
  return {
    userId,
    createdAt: nowIso,
    prefs: { ...DEFAULT_PREFS },
    stats: { completed: 0, minutes: 0, currentStreak: 0, bestStreak: 0 },
    flags: {},
  };
}
