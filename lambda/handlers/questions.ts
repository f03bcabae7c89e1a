import { deleteNowOrLater } from '../conversation/background';
import { position } from '../conversation/position';
import type { Reply } from '../conversation/reply';
import type { OpenQuestion, Pending } from '../conversation/state';
import type { Turn } from '../conversation/turn';
import { createReminder, removeReminders } from './bedtime';
import { continueJournal, deleteJournal } from './journal';
import { afterRetry, leaveReflection, startReflection } from './reflection';
import { answerUsual, offerReflection, playFrom, sayGoodnight } from '../conversation/playback';
import { control, launch, offerHeld, startFresh, stop } from './routine';

/**
 * Every question the skill asks, with what yes, no and (where it differs from the general handling)
 * help, repeat and next or skip mean for it. A mapped type over `Pending`: a new kind of question does
 * not compile until its answers are written here.
 */

type Answer<K extends Pending['kind']> = (turn: Turn, reply: Reply, pending: Extract<Pending, { kind: K }>) => Promise<void> | void;

export type Answers = {
  [K in Pending['kind']]: { yes: Answer<K>; no: Answer<K>; help?: Answer<K>; repeat?: Answer<K>; next?: Answer<K> };
};

/** A yes with no question of its own: carry on, or start. */
export function yesToNothing(turn: Turn, reply: Reply): Promise<void> | void {
  const pos = position(turn);
  if (pos.kind === 'between' || pos.kind === 'step' || pos.kind === 'saved') return control(turn, reply, 'resume');
  return launch(turn, reply);
}

/**
 * An open question ("What would you like?", "What would you like to change?"): a yes or a no does not
 * answer it, so it is remembered as asked, and a yes hears the choices again.
 */
export function askOpen(turn: Turn, reply: Reply, about: OpenQuestion, again = false): void {
  turn.state.pending = { kind: 'open', about };
  if (about === 'preference') reply.ask(again ? 'prefAgain' : 'prefUnclear', undefined, 'prefUnclearReprompt');
  else reply.ask(again ? 'openAgain' : 'fallbackIdle', undefined, 'helpIdleReprompt');
}

/** A no with no question of its own: stop. */
export function noToNothing(turn: Turn, reply: Reply): Promise<void> | void {
  return stop(turn, reply);
}

const keepData = (_turn: Turn, reply: Reply): void => void reply.say('deleteKept').close();

export const ANSWERS: Answers = {
  'next-chapter': {
    yes: (turn, reply) => control(turn, reply, 'resume'),
    no: noToNothing,
  },
  continue: {
    yes: (turn, reply, pending) => {
      const pos = position(turn);
      if (turn.state.routine) turn.state.routine.pausedAt = undefined;
      const options = pos.kind === 'none' ? undefined : pos.options;
      if (!options) return startFresh(turn, reply);
      reply.say(pending.gentle ? 'ackGently' : 'ackResume');
      return playFrom(turn, reply, options, pending.step);
    },
    no: noToNothing,
  },
  reflect: {
    yes: (turn, reply) => startReflection(turn, reply),
    no: noReflection,
    // The massage is over: skip and next pass on the offer, and repeat asks it again (not the last area).
    next: noReflection,
    repeat: (turn, reply) => offerReflection(turn, reply),
  },
  start: {
    yes: (turn, reply) => launch(turn, reply),
    no: noToNothing,
  },
  // "Yes" to "What would you like?" starts nothing: the choices, kindly, once more; "no" is nothing, thanks.
  open: {
    yes: (turn, reply, pending) => askOpen(turn, reply, pending.about, true),
    no: noToNothing,
    repeat: (turn, reply, pending) => askOpen(turn, reply, pending.about),
  },
  'delete-all': {
    yes: (turn, reply) => deleteEverything(turn, reply),
    no: keepData,
  },
  'delete-journal': {
    yes: (turn, reply) => deleteJournal(turn, reply),
    no: keepData,
  },
  'delete-entry': {
    yes: (turn, reply, pending) => deleteJournal(turn, reply, pending),
    no: keepData,
  },
  reminder: {
    yes: (turn, reply, pending) => createReminder(turn, reply, pending.time),
    no: (_turn, reply) => void reply.say('reminderKept').close(),
  },
  'retry-save': {
    yes: (turn, reply) => afterRetry(turn, reply, true),
    no: (turn, reply) => afterRetry(turn, reply, false),
    help: (_turn, reply) => void reply.ask('retrySave', undefined, 'retrySaveReprompt'),
  },
  'journal-more': {
    yes: (turn, reply, pending) => continueJournal(turn, reply, pending.read, pending.at),
    // Read mid-massage: the routine, held meanwhile, is offered again.
    no: (turn, reply) => void (offerHeld(turn, reply.say('journalDone')) || reply.close()),
  },
  'leave-reflection': {
    yes: (turn, reply, pending) => leaveReflection(turn, reply, pending.control, true),
    no: (turn, reply, pending) => leaveReflection(turn, reply, pending.control, false),
  },
  'make-usual': {
    yes: (turn, reply, pending) => answerUsual(turn, reply, pending.length, true),
    no: (turn, reply, pending) => answerUsual(turn, reply, pending.length, false),
  },
  // The check-in's own answers are its words (handlers/tension.ts); a bare yes or no is not one of them.
  tension: {
    yes: yesToNothing,
    no: noToNothing,
  },
};

function noReflection(turn: Turn, reply: Reply): void {
  turn.state.routine = undefined;
  sayGoodnight(turn, reply);
}

type Said = 'yes' | 'no' | 'help' | 'repeat' | 'next';

/** What `said` means for the question pending; undefined when a help, repeat or next has no answer of its own to it. */
export function answerFor(pending: Pending, said: Said): ((turn: Turn, reply: Reply) => Promise<void> | void) | undefined {
  // One entry per kind, so the entry looked up by the pending's kind takes that very pending.
  const answer = ANSWERS[pending.kind][said] as Answer<Pending['kind']> | undefined;
  return answer && ((turn, reply) => answer(turn, reply, pending));
}

async function deleteEverything(turn: Turn, reply: Reply): Promise<void> {
  const outcome = await deleteNowOrLater(turn, 'delete-user', undefined, (opts) => turn.store.deleteUser(turn.userId, opts));
  if (outcome === 'failed') return void reply.say('deleteFailed').close();
  // Everything means the nightly reminder too (its token was read with the profile).
  const reminders = await removeReminders(turn);
  for (const k of Object.keys(turn.state)) delete (turn.state as Record<string, unknown>)[k];
  turn.state.forgotten = true; // nothing more is written this session
  turn.changes = {};
  if (outcome === 'under-way') reply.say('deleteAllUnderWay');
  else reply.say(reminders === 'removed' ? 'deleteAllDoneReminder' : 'deleteAllDone');
  // The token is gone with the data: a reminder left now can only be removed in the app.
  if (reminders === 'app' || reminders === 'failed') reply.say('reminderRemoveInApp');
  reply.close();
}
