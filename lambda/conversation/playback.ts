import { eveningNow } from './mode';
import { addDays } from '../progress/days';
import { advanceStreak } from '../progress/streak';
import { buildChapter } from '../routine/narration';
import type { Plan } from '../routine/plan';
import { type AreaId, type Length, type RoutineOptions } from '../routine/types';
import { countWords, pause, wordsSeconds } from '../ssml/speech';
import type { Reply } from './reply';
import { chapterScreen, supportsScreen } from '../apl/screen';
import { askCheckIn, willAskCheckIn } from './check-in';
import type { Turn } from './turn';
import { plan } from './options';
import { areaName } from './position';
import { routineMinutes } from './counting';
import { saveResume, type CuesSaid } from './resume';

/** Playing a part of the routine: the opening, one chapter within the budget, and the close. */

/**
 * A moment to reach for the oil before the first area: the first time, a pause of its own after the
 * welcome; after that a shorter one after a few words, so that the first instruction still comes
 * within 6 s of launch in the slowest voice (the greeting and the oil line are kept to six words).
 */
export const OIL_PAUSE_SECONDS = { first: 5, returning: 2 };

/**
 * The opening of a fresh routine: the welcome and the oil with a pause for it the first time; after
 * that a greeting, a few words on the oil and a short pause, so the first area is named within seconds.
 */
export function opening(turn: Turn, reply: Reply): void {
  if (!turn.profile.flags.welcomed) {
    reply.say('welcomeFirst');
    turn.change({ flags: { welcomed: true } });
    reply.say('oil');
    reply.add([pause(OIL_PAUSE_SECONDS.first)]);
    return;
  }
  if (turn.hi.requestEnvelope.session?.new && backFromRest(turn)) reply.say('welcomeBackRest');
  else reply.say(eveningNow(turn) ? 'greetingEvening' : 'greetingDay');
  reply.say('oilShort');
  reply.add([pause(OIL_PAUSE_SECONDS.returning)]);
}

/**
 * The opening of a routine picked up where it stopped. Later the same evening, where it picks up
 * ("Picking up at your jaw…"). On a later evening the oil is needed again: a word of welcome back
 * and the oil, as short as a fresh opening, so the first area begins as soon; where it picks up,
 * and how to begin afresh instead, come a little way into that area's silence (the returned note).
 */
export function resumeOpening(turn: Turn, reply: Reply, area: string, laterEvening: boolean): string | undefined {
  if (!laterEvening) {
    reply.say('resumeAt', { area });
    return undefined;
  }
  reply.say('resumeLater');
  reply.say('oilShort');
  return turn.line('resumeHint', { area });
}

/**
 * The first routine since a night of rest after feeling unwell (Profile.rest), tonight's or last
 * night's: the user is welcomed back, and the routine starts fresh (the place stays kept for "resume").
 */
export function backFromRest(turn: Turn): boolean {
  const rest = turn.profile.rest;
  const last = turn.profile.stats.lastDay;
  const today = turn.today();
  return !!rest?.unwell && (rest.day === today || addDays(rest.day, 1) === today) && !(last && last >= rest.day);
}

/**
 * Plays the routine from a step: one chapter within the budget, then either the
 * question that leads to the next chapter or the close of the routine.
 * Whatever the reply already holds is spoken first and counted in the timeline.
 * `fresh` begins a new run (it can count again); otherwise this is the same run, moved. The cues
 * said so far come from the session, or else from the resume point (the same run, begun in an earlier
 * session); a fresh run carries only the ones given (`carried`: a routine picked up at launch).
 */
export function playFrom(turn: Turn, reply: Reply, options: RoutineOptions, from: number, fresh = false, carried?: CuesSaid, firstNote?: string): void {
  const p = plan(turn, options);
  const start = Math.min(Math.max(0, from), p.steps.length - 1);
  const before = turn.state.routine;
  const cues: CuesSaid | undefined = fresh ? carried : before ?? turn.profile.resume;
  const chapter = buildChapter(p, turn.content, {
    from: start,
    random: turn.random,
    budget: turn.budget,
    prefix: reply.takeSpoken(),
    previousCue: before?.lastCue ?? cues?.lastCue,
    cueUses: cues?.cueUses,
    reserveSeconds: closeSeconds(turn, p),
    firstNote,
  });
  const heard = p.steps.slice(chapter.from, chapter.to).map((s) => s.area);
  const met = countMeetings(turn, heard, fresh ? [] : before?.met ?? []);
  // The focus line is said once: once its area has been sent, later parts and replays go without it.
  if (options.focusLine && options.focus && heard.includes(options.focus)) options = { ...options, focusLine: undefined };
  reply.voice = p.voice;
  reply.add(chapter.segments);
  if (supportsScreen(turn.hi)) for (const d of chapterScreen(turn, p, chapter.timeline)) reply.directive(d);
  turn.state.routine = {
    options,
    chapter: { from: chapter.from, to: chapter.to, last: chapter.last, timeline: chapter.timeline, seconds: chapter.seconds, startedAt: turn.now.getTime() },
    lastCue: chapter.lastCue,
    cueUses: chapter.cueUses,
    met,
    completion: fresh ? undefined : before?.completion,
    runId: (!fresh && before?.runId) || `${turn.now.getTime().toString(36)}-${Math.floor(turn.random() * 36 ** 4).toString(36)}`,
  };
  turn.state.softVoice = !!options.bedtime;
  turn.state.pending = undefined;
  turn.state.reflection = undefined;
  saveResume(turn, options, start, {
    startedAt: turn.now.getTime(),
    seconds: chapter.seconds,
    to: chapter.to,
    timeline: chapter.timeline,
  });
  if (!chapter.last) {
    const next = areaName(turn, p.steps[chapter.to].area);
    reply.ask('chapterBreak', { area: next }, 'chapterBreakReprompt');
    turn.state.pending = { kind: 'next-chapter' };
    return;
  }
  closeRoutine(turn, reply, p);
}

/**
 * Counts the areas of a part the user is guided through, once per run, in the profile's familiarity
 * (written with the turn's other changes). Returns the areas met so far in the run.
 */
function countMeetings(turn: Turn, areas: AreaId[], metBefore: AreaId[]): AreaId[] {
  const fresh = areas.filter((a) => !metBefore.includes(a));
  if (!fresh.length) return metBefore;
  const counts = { ...turn.profile.familiar };
  for (const a of fresh) counts[a] = (counts[a] ?? 0) + 1;
  turn.change({ familiar: counts });
  return [...metBefore, ...fresh];
}

/** The longest a chapter's ending can be (the close, the streak, the question), so the chapter leaves room for it. */
function closeSeconds(turn: Turn, p: Plan): number {
  const l = turn.content.lines;
  const longest = (...keys: (keyof typeof l)[]) => Math.max(...keys.flatMap((k) => l[k].map((v) => countWords(v))));
  const close =
    longest('closing', 'closingBedtime') +
    longest('streakFirst', 'streakNew', 'streakSameDay', 'streakDays') +
    Math.max(
      willAskCheckIn(turn) ? longest('tensionAsk') : 0,
      turn.profile.prefs.reflect === 'never'
        ? longest('goodnight', 'goodnightBedtime') + longest('reminderOffer') // the close says good night itself
        : longest('reflectOffer', 'reflectReady'),
    );
  const words = Math.max(close, longest('chapterBreak') + 3);
  return wordsSeconds(words, p.voice) + 2;
}

/** Says the close: the streak in one line (once a run), then the reflection offer or good night. */
export function closeRoutine(turn: Turn, reply: Reply, p: Plan): void {
  const routine = turn.state.routine;
  reply.say('closing');
  if (!routine?.completion) {
    const day = turn.today();
    const stats = turn.profile.stats;
    const next = advanceStreak(stats, day, turn.profile.rest?.day);
    if (stats.lastDay && stats.lastDay >= day) reply.say('streakSameDay');
    else if (next.currentStreak > 1) reply.say('streakDays', { count: next.currentStreak });
    else if (stats.completed === 0) reply.say('streakFirst');
    else reply.say('streakNew');
    const length = p.options.length;
    if (length !== turn.profile.prefs.length && !turn.profile.flags[USUAL_OFFERED[length]]) turn.state.offerUsual = length;
    if (routine) {
      routine.completion = { day, minutes: routineMinutes(turn, p), counted: false };
      const resume = turn.changes.resume;
      if (resume) {
        const endsAt = new Date(turn.now.getTime() + (routine.chapter.seconds + 20) * 1000).toISOString();
        turn.change({ resume: { ...resume, finish: { day, minutes: routine.completion.minutes, runId: routine.runId, endsAt } } });
      }
    }
  }
  // Where the user felt tension tonight: one question, before the reflection offer.
  if (askCheckIn(turn, reply)) return;
  offerReflection(turn, reply);
}

/** The reflection offer, or good night when the user turned the reflection off. */
export function offerReflection(turn: Turn, reply: Reply): void {
  if (turn.profile.prefs.reflect === 'never') {
    // The session closes with this response. The routine counts once it has played out (the finish
    // marker on the resume point), and a control said meanwhile is placed on its timeline.
    sayGoodnight(turn, reply);
    return;
  }
  reply.ask(turn.profile.prefs.reflect === 'always' ? 'reflectReady' : 'reflectOffer', undefined, 'reflectOfferReprompt');
  turn.state.pending = { kind: 'reflect' };
}

/**
 * Good night, and the session closes. After the first finished routine, the nightly
 * reminder is mentioned once, here, and never again unasked. `unwell` (or a painful answer this
 * session, `SessionState.gentle`): no offers tonight (the reminder waits for another evening), and a
 * kind good night.
 */
export function sayGoodnight(turn: Turn, reply: Reply, unwell = false): void {
  const gentle = unwell || !!turn.state.gentle;
  // The nightly reminder, mentioned once: at the good night of the session that counted the first
  // routine (the flag was set in that same write). Never right after feeling unwell or a painful answer:
  // then it is left for the next routine that counts.
  const offer = turn.state.offerReminder && !turn.profile.reminderToken && !gentle;
  if (turn.state.offerReminder && gentle) turn.change({ flags: { reminderOffered: false } });
  turn.state.offerReminder = false;
  if (turn.state.unsavedAnswers?.length) {
    // The session ends here: what could not be saved is lost, and the user hears it.
    reply.say('unsavedLost');
    turn.log.error('answers_lost', { count: turn.state.unsavedAnswers.length });
    turn.state.unsavedAnswers = undefined;
  }
  const usual = turn.state.offerUsual;
  if (usual && gentle) turn.state.offerUsual = undefined; // asked another evening
  else if (usual) {
    // After a one-off quick or deep routine: once, shall it be the usual? Good night follows the answer.
    turn.state.offerUsual = undefined;
    turn.state.offerReminder = offer;
    turn.change({ flags: { [USUAL_OFFERED[usual]]: true } });
    turn.state.pending = { kind: 'make-usual', length: usual };
    const vars = { length: turn.content.lengthNames[usual] };
    return void reply.ask('usualOffer', vars, 'usualOfferReprompt', vars);
  }
  if (offer) reply.say('reminderOffer');
  reply.say(gentle ? 'goodnightGentle' : 'goodnight').close();
}

/** The flag that records the offer to make a length the usual. */
const USUAL_OFFERED: Record<Length, 'usualOfferedQuick' | 'usualOfferedStandard' | 'usualOfferedDeep'> = {
  quick: 'usualOfferedQuick',
  standard: 'usualOfferedStandard',
  deep: 'usualOfferedDeep',
};

/** The answer to "shall the quick routine be the usual?". */
export function answerUsual(turn: Turn, reply: Reply, length: Length, yes: boolean): void {
  turn.state.pending = undefined;
  if (yes) {
    turn.change({ prefs: { length } });
    reply.say('prefLength', { length: turn.content.lengthNames[length] });
  }
  sayGoodnight(turn, reply);
}
