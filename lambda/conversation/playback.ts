import { TURNOVER_HOUR } from '../progress/days';
import { advanceStreak } from '../progress/streak';
import { buildChapter, locate } from '../routine/narration';
import { chooseAreas, CLOSING_SECONDS, FULL_INSTRUCTION_TIMES, instructionSeconds, OPENING_SECONDS, planRoutine, type Plan } from '../routine/plan';
import { AREAS, type AreaId, type Length, type RoutineOptions } from '../routine/types';
import type { ResumePoint } from '../store/types';
import { countWords, pause, WORDS_PER_SECOND } from '../ssml/speech';
import type { Reply } from './reply';
import { chapterScreen, supportsScreen } from '../apl/screen';
import { askCheckIn, willAskCheckIn } from '../handlers/tension';
import type { Turn } from './turn';

/** Shared moves of the guided routine, used by the launch, control and reflection handlers. */

/** A routine stopped within this long is picked up at the next launch. */
export const RESUME_WINDOW_MS = 12 * 60 * 60 * 1000;
/** A first-time user warms the oil in a pause of its own; a returning one does it while the first area is named. */
const OIL_PAUSE_SECONDS = 5;

export type Position =
  | { kind: 'none' }
  | { kind: 'step'; step: number; options: RoutineOptions }
  | { kind: 'paused'; step: number; options: RoutineOptions }
  | { kind: 'saved'; step: number; options: RoutineOptions }
  | { kind: 'between'; next: number; options: RoutineOptions }
  | { kind: 'end'; options: RoutineOptions };

/** Bedtime voice: the preference first, then a start by an Alexa Routine, then the user's clock. */
export function bedtimeNow(turn: Turn): boolean {
  const mode = turn.profile.prefs.bedtimeVoice;
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  if (turn.state.bedtime) return true;
  const h = turn.localHour();
  return h >= BEDTIME_HOUR || h < TURNOVER_HOUR;
}
/** From this local hour until the day turns over at 4 am, the bedtime voice is used. */
const BEDTIME_HOUR = 21;

/**
 * Tonight's options for a fresh routine: the saved preferences, with tonight's choices on top; the
 * areas the user knows (said in short); tonight's areas (the standard routine's turn of the rotating
 * ones, fitted to the time: a slower pace, at bedtime too, covers fewer areas and stays one response).
 */
export function optionsFor(turn: Turn, tonight: Partial<RoutineOptions> = {}): RoutineOptions {
  const p = turn.profile.prefs;
  const o: RoutineOptions = { length: p.length, tool: p.tool, pace: p.pace, bedtime: bedtimeNow(turn) };
  const focus = tonight.focus ?? p.focus;
  if (focus) o.focus = focus;
  if (tonight.length) o.length = tonight.length;
  if (tonight.tool) o.tool = tonight.tool;
  if (tonight.pace) o.pace = tonight.pace;
  if (tonight.bedtime !== undefined) o.bedtime = tonight.bedtime;
  if (tonight.focusLine && o.focus) o.focusLine = tonight.focusLine;
  const met = turn.profile.familiar ?? {};
  const familiar = AREAS.filter((a) => (met[a] ?? 0) >= FULL_INSTRUCTION_TIMES);
  if (familiar.length) o.familiar = familiar;
  o.areas = chooseAreas(o, turn.content, eveningNumber(turn));
  return o;
}

/** Which evening this is, as a count of practice days: the standard routine's rotation turns with it. */
function eveningNumber(turn: Turn): number {
  return Math.floor(Date.parse(turn.today()) / 86_400_000);
}

/**
 * The same routine with changed options (a pace, a focus) from the step the user is on: the areas
 * already reached stay, later ones give way if the time needs it. Returns the options and the step.
 */
export function refit(turn: Turn, options: RoutineOptions, changed: Partial<RoutineOptions>, here: number): { options: RoutineOptions; step: number } {
  const areas = plan(turn, options).steps.map((s) => s.area);
  const area = areas[Math.min(Math.max(0, here), areas.length - 1)];
  const next: RoutineOptions = { ...options, ...changed, areas };
  next.areas = chooseAreas(next, turn.content, eveningNumber(turn), areas.slice(0, areas.indexOf(area) + 1));
  const step = plan(turn, next).steps.findIndex((s) => s.area === area);
  return { options: next, step: Math.max(0, step) };
}

export function plan(turn: Turn, options: RoutineOptions): Plan {
  return planRoutine(options, turn.content);
}

export function areaName(turn: Turn, area: AreaId): string {
  return turn.content.areas[area].name;
}

/** The spoken name of a step of a routine ("your jaw"). */
export function stepName(turn: Turn, options: RoutineOptions, step: number): string {
  const p = plan(turn, options);
  const s = p.steps[Math.min(Math.max(0, step), p.steps.length - 1)];
  return areaName(turn, s.area);
}

/** Where the user is now: placed with the chapter's timeline and the time they spoke. */
export function position(turn: Turn): Position {
  const r = turn.state.routine;
  if (r) {
    if (r.pausedAt !== undefined) return { kind: 'paused', step: r.pausedAt, options: r.options };
    const elapsed = (turn.spokeAt - r.chapter.startedAt) / 1000;
    const where = locate(r.chapter, elapsed);
    if (!where.after) return { kind: 'step', step: where.step, options: r.options };
    return r.chapter.last ? { kind: 'end', options: r.options } : { kind: 'between', next: r.chapter.to, options: r.options };
  }
  const saved = turn.profile.resume;
  if (saved && !heardToEnd(turn, saved) && turn.now.getTime() - Date.parse(saved.at) < RESUME_WINDOW_MS) {
    // A part that may still be playing from an earlier session: place the user on its timeline.
    let step = saved.step;
    if (saved.chapter) {
      const where = locate({ ...saved.chapter, from: saved.step }, (turn.spokeAt - saved.chapter.startedAt) / 1000);
      step = where.after ? Math.min(saved.chapter.to, plan(turn, saved.options).steps.length - 1) : where.step;
    }
    return { kind: 'saved', step, options: { ...saved.options, bedtime: bedtimeNow(turn) } };
  }
  return { kind: 'none' };
}

/** The step a control acts on, and how many steps the routine has. */
export function currentStep(turn: Turn, pos: Exclude<Position, { kind: 'none' }>): number {
  switch (pos.kind) {
    case 'between':
      return pos.next - 1;
    case 'end':
      return plan(turn, pos.options).steps.length - 1;
    default:
      return pos.step;
  }
}

/** Estimated minutes of a whole routine, for the stats. */
export function routineMinutes(turn: Turn, p: Plan): number {
  let seconds = OPENING_SECONDS + CLOSING_SECONDS;
  for (const s of p.steps) seconds += instructionSeconds(turn.content.areas[s.area], p.options) + s.holdSeconds;
  return Math.max(1, Math.round(seconds / 60));
}

/**
 * The opening of a fresh routine: the welcome and the oil with a pause for it the first time; after
 * that a greeting and a few words on the oil, so the first area is named within seconds.
 */
export function opening(turn: Turn, reply: Reply, options: RoutineOptions): void {
  if (!turn.profile.flags.welcomed) {
    reply.say('welcomeFirst');
    turn.change({ flags: { welcomed: true } });
    reply.say('oil');
    reply.add([pause(OIL_PAUSE_SECONDS)]);
    return;
  }
  if (options.bedtime) {
    reply.say('greetingBedtime');
  } else {
    const h = turn.localHour();
    reply.say(h >= 17 || h < TURNOVER_HOUR ? 'greetingEvening' : 'greetingDay');
  }
  reply.say('oilShort');
}

/**
 * Plays the routine from a step: one chapter within the budget, then either the
 * question that leads to the next chapter or the close of the routine.
 * Whatever the reply already holds is spoken first and counted in the timeline.
 * `fresh` begins a new run (it can count again); otherwise this is the same run, moved.
 */
export function playFrom(turn: Turn, reply: Reply, options: RoutineOptions, from: number, fresh = false): void {
  const p = plan(turn, options);
  const start = Math.min(Math.max(0, from), p.steps.length - 1);
  const before = turn.state.routine;
  const chapter = buildChapter(p, turn.content, {
    from: start,
    random: turn.random,
    budget: turn.budget,
    prefix: reply.segments.splice(0),
    previousCue: before?.lastCue,
    cueUses: fresh ? undefined : before?.cueUses,
    reserveSeconds: closeSeconds(turn, p),
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
  return words / WORDS_PER_SECOND / (p.voice.ratePercent / 100) + 2;
}

/** Says the close: the streak in one line (once a run), then the reflection offer or good night. */
export function closeRoutine(turn: Turn, reply: Reply, p: Plan): void {
  const routine = turn.state.routine;
  reply.say(p.options.bedtime ? 'closingBedtime' : 'closing');
  if (!routine?.completion) {
    const day = turn.today();
    const stats = turn.profile.stats;
    const next = advanceStreak(stats, day);
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
 * reminder is mentioned once, here, and never again unasked.
 */
export function sayGoodnight(turn: Turn, reply: Reply): void {
  // The nightly reminder, mentioned once: at the good night of the session that counted the first
  // routine (the flag was set in that same write).
  const offer = turn.state.offerReminder && !turn.profile.reminderToken;
  turn.state.offerReminder = false;
  if (turn.state.unsavedAnswers?.length) {
    // The session ends here: what could not be saved is lost, and the user hears it.
    reply.say('unsavedLost');
    turn.log.error('answers_lost', { count: turn.state.unsavedAnswers.length });
    turn.state.unsavedAnswers = undefined;
  }
  const usual = turn.state.offerUsual;
  if (usual) {
    // After a one-off quick or deep routine: once, shall it be the usual? Good night follows the answer.
    turn.state.offerUsual = undefined;
    turn.state.offerReminder = offer;
    turn.change({ flags: { [USUAL_OFFERED[usual]]: true } });
    turn.state.pending = { kind: 'make-usual', length: usual };
    const vars = { length: turn.content.lengthNames[usual] };
    return void reply.ask('usualOffer', vars, 'usualOfferReprompt', vars);
  }
  if (offer) reply.say('reminderOffer');
  reply.say(turn.state.softVoice || turn.state.bedtime ? 'goodnightBedtime' : 'goodnight').close();
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

/** Whether the user has reached the routine's last step (so it counts). */
export function reachedLastStep(turn: Turn): boolean {
  const r = turn.state.routine;
  if (!r?.completion || r.completion.counted) return false;
  const pos = position(turn);
  if (pos.kind === 'end') return true;
  const last = plan(turn, r.options).steps.length - 1;
  return (pos.kind === 'step' || pos.kind === 'paused') && pos.step >= last;
}

/** Whether a resume point's routine was heard to its end: its last part was sent and has played out. */
export function heardToEnd(turn: Turn, saved: ResumePoint | undefined): boolean {
  if (!saved?.finish) return false;
  if (turn.now.getTime() >= Date.parse(saved.finish.endsAt)) return true;
  return !!saved.chapter && (turn.spokeAt - saved.chapter.startedAt) / 1000 >= saved.chapter.seconds;
}

/**
 * A routine whose last part was sent in an earlier session and has played out counts now, even
 * though no request ever came after it. The run id keeps it from counting twice.
 */
export function countHeardFromEarlierSession(turn: Turn): void {
  const saved = turn.profile.resume;
  if (turn.state.routine || !saved?.finish || !heardToEnd(turn, saved)) return;
  countRun(turn, saved.finish);
}

/** Counts a finished routine once (written with the turn's other changes at the end of the turn). */
export function countCompletion(turn: Turn): void {
  const r = turn.state.routine;
  if (!r?.completion || r.completion.counted) return;
  r.completion.counted = true;
  countRun(turn, { day: r.completion.day, minutes: r.completion.minutes, runId: r.runId });
}

/**
 * Counts a run: the stats move now, in the session's copy, and the write goes out once, at the end
 * of the turn, together with the turn's other changes (one UpdateItem). If it fails it is kept in
 * the session and tried again on the next turn, from the stats as they were before.
 */
export function countRun(turn: Turn, run: { day: string; minutes: number; runId?: string }): void {
  const known = turn.profile.stats;
  // Not yet offered the reminder, and someone is listening: it is marked offered in the same write,
  // and said at this session's good night.
  const offer = !turn.profile.flags.reminderOffered && !turn.profile.reminderToken && turn.hi.requestEnvelope.request.type !== 'SessionEndedRequest';
  turn.pendingCompletion = { day: run.day, minutes: run.minutes, runId: run.runId, known, ...(turn.profile.runs && { seenRuns: turn.profile.runs }) };
  turn.profile.stats = { ...known, ...advanceStreak(known, run.day), completed: known.completed + 1, minutes: known.minutes + run.minutes };
  if (offer) {
    turn.change({ flags: { reminderOffered: true } });
    turn.state.offerReminder = true;
  }
  // The routine is done: its resume point goes (the write removes it), unless something later in
  // this turn saves a new one.
  delete turn.profile.resume;
  delete turn.changes.resume;
}

/** Remembers where the user stopped (not once the run has counted: there is nothing left to resume). */
export function saveResume(turn: Turn, options: RoutineOptions, step: number, chapter?: ResumePoint['chapter']): void {
  if (turn.state.routine?.completion?.counted) return;
  turn.change({ resume: { step, options, at: turn.now.toISOString(), ...(chapter && { chapter }) } });
}

