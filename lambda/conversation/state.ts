import type { TimelineEntry } from '../routine/narration';
import type { AreaId, Length, RoutineOptions } from '../routine/types';
import type { Completion, Profile, ProfileChange, QuestionId, ReflectionKey } from '../store/types';

/** What the session remembers between turns (kept in Alexa session attributes). */

export interface ChapterState {
  from: number;
  to: number;
  last: boolean;
  timeline: TimelineEntry[];
  seconds: number;
  /** Epoch ms when the chapter's response was sent. */
  startedAt: number;
}

export interface RoutineState {
  options: RoutineOptions;
  chapter: ChapterState;
  lastCue?: string;
  /** How often each cue was said in this run (none more than twice). */
  cueUses?: Record<string, number>;
  /** Areas counted in the user's familiarity during this run (each once). */
  met?: AreaId[];
  /** The step the user paused on. */
  pausedAt?: number;
  /** Names this run (from its fresh start), so a completion written twice counts once. */
  runId?: string;
  /** The finished routine, counted once its last step is reached. */
  completion?: { day: string; minutes: number; counted: boolean };
}

/** What a yes or a no answers. */
export type Pending =
  /** Carry on from `step`; `gentle` after discomfort, `unwell` after feeling unwell. */
  | { kind: 'continue'; step: number; gentle?: boolean; unwell?: boolean }
  | { kind: 'next-chapter' }
  | { kind: 'reflect' }
  | { kind: 'start' }
  /** An open question ("What would you like?"): no yes or no answers it; `about` is what it asks about. */
  | { kind: 'open'; about: OpenQuestion }
  | { kind: 'delete-all' }
  | { kind: 'delete-journal' }
  | { kind: 'delete-entry'; fromDay: string; toDay: string; label: string }
  | { kind: 'reminder'; time: string }
  | { kind: 'retry-save' }
  /** A read of the journal stopped at `at`; `heard` is the day of the last evening heard (what "delete that" means). */
  | { kind: 'journal-more'; read: JournalRead; at: JournalCursor; heard?: string }
  | { kind: 'leave-reflection'; control: RoutineControl }
  | { kind: 'make-usual'; length: Length }
  /** The tension check-in, for the practice day `day`; `tries` counts unclear answers. */
  | { kind: 'tension'; day: string; tries?: number };


/** What an open question asks about: anything the skill does, or a preference to change. */
export type OpenQuestion = 'anything' | 'preference';

/** A control of the routine that can be said during the questions ("go back", "start over", "slower"). */
export type RoutineControl = 'previous' | 'startOver' | 'slower' | 'faster';

/** Which part of the journal is being read: the latest evenings, the last one, or a range of days. */
export type JournalRead =
  | { mode: 'latest' }
  | { mode: 'last' }
  | { mode: 'range'; fromDay: string; toDay: string; several?: boolean; when?: string };

/** Where a read of the journal stopped: the entry (day#createdAt), the question, and the character in its answer. */
export interface JournalCursor {
  key: string;
  q: number;
  offset: number;
}

export interface ReflectionState {
  key: ReflectionKey;
  /** Index into QUESTIONS of the question being asked. */
  index: number;
  /** How many times the current question was asked without a usable answer. */
  tries: number;
  answered: QuestionId[];
  /** The routine that just finished, for a user who leaves the questions to go back to it. */
  after?: RoutineState;
  /** Index of the question asked last, so it is asked again in the same words. */
  lastAsked?: number;
  /** "Leave the questions?" was asked once already. */
  askedLeave?: boolean;
}

export interface UnsavedAnswer {
  key: ReflectionKey;
  question: QuestionId;
  answer: string;
  /** Only the first part of what was said (see `limitAnswer`). */
  cut?: true;
}

export interface SessionState {
  profile?: Profile;
  /** The profile could not be read this session: play with defaults, don't try again. */
  profileUnavailable?: boolean;
  /** The user asked to delete everything: nothing more is written this session. */
  forgotten?: boolean;
  /** The time zone lookup was tried this session. */
  timeZoneTried?: boolean;
  routine?: RoutineState;
  pending?: Pending;
  reflection?: ReflectionState;
  /** Questions left for the massage this evening: picked up where they stopped if the user comes back to them. */
  leftReflection?: { key: ReflectionKey; answered: QuestionId[] };
  /** Writes that failed, retried on the next turn. */
  unsavedAnswers?: UnsavedAnswer[];
  unsavedProfile?: ProfileChange;
  unsavedCompletion?: Completion;
  /** "That was the last area" was said once already. */
  saidLastArea?: boolean;
  /** A one-off routine of another length finished: making it the usual is offered at the good night. */
  offerUsual?: Length;
  /** The reminder is to be mentioned at this session's good night (it was marked offered when the routine counted). */
  offerReminder?: boolean;
  /** A painful answer was given this session (AnswerWords.heavy): a kind good night, and no offers. */
  gentle?: boolean;
  /** The last routine played in the bedtime voice: what follows it is said softly too. */
  softVoice?: boolean;
  /** Started by an Alexa Routine or in the bedtime voice. */
  bedtime?: boolean;
  /** Last variant said per line key, so the same words don't come twice in a row. */
  said?: Record<string, string>;
}
