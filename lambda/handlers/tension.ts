import { countNoun, type LineKey } from '../content';
import {
  areasOf,
  checkInOf,
  MIN_CHECK_INS,
  staleDays,
  tensionPattern,
  type CheckIn,
  type CheckIns,
  type AreaCount,
  type TensionArea,
  type TensionWord,
  type WindowSummary,
} from '../progress/tension';
import { onIntent, slotValue } from '../conversation/intents';
import { askAgain, inReflection } from './reflection';
import type { Reply, SaidKey } from '../conversation/reply';
import { control } from './routine';
import { agree, capitalise, tensionPlace } from '../conversation/check-in';
import { offerReflection } from '../conversation/playback';
import { isMidRoutine, position } from '../conversation/position';
import { supportsScreen } from '../apl/screen';
import { tensionScreen } from '../apl/tension-screen';
import type { Turn } from '../conversation/turn';

/**
 * The nightly tension check-in: one question at the end of the routine ("where did you feel the
 * most tension tonight?"), one short acknowledgement, kept with the evening in the turn's one write.
 * Also: turning it off and on, and the patterns on request.
 */

export const TENSION_INTENT = 'TensionIntent';

/** The check-in question was asked and is waiting for its answer (the routine before it has played out). */
export function inCheckIn(turn: Turn): boolean {
  return turn.state.pending?.kind === 'tension' && position(turn).kind === 'end';
}

/** Keeps an evening's answer, and lets go of those older than the last sixty days, in the turn's one write. */
function keep(turn: Turn, day: string, c: CheckIn): void {
  const stale = staleDays(turn.profile.tension ?? {}, day);
  turn.change({ tension: { ...Object.fromEntries(stale.map((d) => [d, null])), [day]: c } });
}

/** "your jaw", "your jaw and your neck" ("im Kiefer und im Nacken"). */
export function sayAreas(turn: Turn, areas: readonly TensionArea[]): string {
  const names = areas.map((a) => tensionPlace(turn, a));
  return names.length > 1 ? turn.content.tension.and(names[0], names[1]) : names[0] ?? '';
}

function acknowledge(turn: Turn, reply: Reply, c: CheckIn): void {
  const areas = areasOf(c);
  if (areas.length) {
    const said = sayAreas(turn, areas);
    // The variant decides where the names go; a sentence never starts in lower case.
    const line = turn.line('tensionNoted', { areas: said });
    reply.text(capitalise(line));
    return;
  }
  const words: Record<string, SaidKey> = { nowhere: 'tensionNowhere', everywhere: 'tensionEverywhere', unsure: 'tensionUnsure', skipped: 'tensionSkipped' };
  reply.say(words[c[0]]);
}

/**
 * An answer to the check-in: kept with the evening, a short acknowledgement, then the reflection
 * offer (or good night). `undefined` is an answer that named nothing usable ("yes", words Alexa could
 * not place): asked once more, then let go with a short word, nothing kept.
 */
export function answerCheckIn(turn: Turn, reply: Reply, c: CheckIn | undefined): void {
  const pending = turn.state.pending;
  const day = pending?.kind === 'tension' ? pending.day : turn.today();
  if (!c && pending?.kind === 'tension' && !pending.tries) {
    turn.state.pending = { ...pending, tries: 1 };
    reply.ask('tensionAskAgain', undefined, 'tensionAskReprompt');
    return;
  }
  turn.state.pending = undefined;
  if (c) {
    keep(turn, day, c);
    acknowledge(turn, reply, c);
  } else {
    // The second answer that named nothing: let go kindly, and nothing is kept.
    reply.say('tensionLetGo');
  }
  offerReflection(turn, reply);
}

/** What a TensionIntent heard: areas, or a word (nowhere, everywhere, I don't know). */
function heard(turn: Turn): CheckIn | undefined {
  return checkInOf([slotValue(turn.hi, 'area'), slotValue(turn.hi, 'other')], slotValue(turn.hi, 'word'));
}

/**
 * The answer to the question; or, said at another moment ("my jaw was tight tonight"), tonight's
 * check-in all the same. At another moment only areas (or "everywhere") count: a bare "nothing" or
 * "I don't know" there answers something else, and is left to the fallback.
 */
export const TensionAnswerHandler = onIntent(
  TENSION_INTENT,
  (turn, reply) => {
    const c = heard(turn);
    if (inCheckIn(turn)) return answerCheckIn(turn, reply, c);
    keep(turn, turn.today(), c!);
    acknowledge(turn, reply, c!);
    carryOn(turn, reply);
  },
  (turn) => {
    if (inCheckIn(turn)) return true;
    const c = heard(turn);
    return !!c && (areasOf(c).length > 0 || c[0] === 'everywhere');
  },
);

/** After something said outside the question: the questions or the routine go on where they were, else the session closes. */
function carryOn(turn: Turn, reply: Reply): void {
  if (inReflection(turn)) return askAgain(turn, reply);
  const pos = position(turn);
  if (isMidRoutine(pos)) return control(turn, reply, 'resume');
  if (pos.kind === 'end') return offerReflection(turn, reply);
  reply.close();
}

/** "My jaw is tight" is a routine's focus elsewhere; while the check-in is asked, it is the answer. */
export const CheckInFocusHandler = onIntent(
  'StartRoutineIntent',
  (turn, reply) => answerCheckIn(turn, reply, checkInOf([slotValue(turn.hi, 'focus')])),
  (turn) => inCheckIn(turn) && !!slotValue(turn.hi, 'focus') && !slotValue(turn.hi, 'length') && !slotValue(turn.hi, 'tool'),
);

/** "Skip", "next" or "no": nothing to note tonight, and the question isn't asked again this evening. */
export const CheckInSkipHandler = onIntent(['AMAZON.NextIntent', 'AMAZON.NoIntent'], (turn, reply) => answerCheckIn(turn, reply, ['skipped']), inCheckIn);
/** "Yes", or words that name no area: asked once more, then let go. */
export const CheckInUnclearHandler = onIntent(['AMAZON.YesIntent', 'AMAZON.FallbackIntent'], (turn, reply) => answerCheckIn(turn, reply, undefined), inCheckIn);
export const CheckInHelpHandler = onIntent(
  'AMAZON.HelpIntent',
  (turn, reply) => {
    reply.say('tensionHelp');
    reply.ask('tensionAsk', undefined, 'tensionAskReprompt');
  },
  inCheckIn,
);

export const TensionOffHandler = onIntent('TensionOffIntent', (turn, reply) => {
  turn.change({ prefs: { checkIn: 'never' } });
  reply.say('tensionOff');
  if (inCheckIn(turn)) {
    turn.state.pending = undefined;
    return offerReflection(turn, reply);
  }
  carryOn(turn, reply);
});

export const TensionOnHandler = onIntent('TensionOnIntent', (turn, reply) => {
  turn.change({ prefs: { checkIn: 'ask' } });
  reply.say('tensionOn');
  carryOn(turn, reply);
});

/** A number as people say it ("five"), for the counts of evenings. */
function sayCount(turn: Turn, n: number): string {
  return turn.content.tension.numbers[n] ?? String(n);
}

function evenings(turn: Turn, n: number): string {
  return countNoun(turn.content, 'evening', n);
}

/**
 * Where the user holds tension, in two or three short sentences: the last seven evenings (the
 * areas and how often), the last thirty when it adds something, and whether it is easing.
 * With fewer than three check-ins, it says so. Returns whether there was a pattern to tell.
 */
export function sayPatterns(turn: Turn, reply: Reply, checkIns: CheckIns = turn.profile.tension ?? {}): boolean {
  const p = tensionPattern(checkIns, turn.today());
  if (p.total === 0) {
    reply.say(turn.profile.prefs.checkIn === 'never' ? 'patternsNoneOff' : 'patternsNone');
    return false;
  }
  if (p.total < MIN_CHECK_INS) {
    reply.say('patternsFew', { count: sayCount(turn, p.total), evenings: evenings(turn, p.total) });
    return false;
  }
  sayWeek(turn, reply, p.week);
  const [first] = p.week.areas;
  const [top] = p.month.areas;
  if (top && (top.area !== first?.area || top.evenings !== first.evenings)) {
    reply.say('patternsMonth', { area: tensionPlace(turn, top.area), count: sayCount(turn, top.evenings), evenings: evenings(turn, top.evenings) });
  }
  if (p.trend) {
    const key = p.trend === 'easing' ? 'patternsEasing' : p.trend === 'more' ? 'patternsMore' : 'patternsSame';
    const before = p.weekBefore.tenseEvenings ? sayCount(turn, p.weekBefore.tenseEvenings) : turn.content.tension.none;
    reply.say(key, { now: sayCount(turn, p.week.tenseEvenings), before, evenings: evenings(turn, p.week.tenseEvenings) });
  }
  if (supportsScreen(turn.hi)) reply.directive(tensionScreen(turn, checkIns));
  return true;
}

/**
 * The last seven evenings: what recurs, with its count (the one or two areas named most, or "all over"
 * when that came up more often than any area), then, briefly, everything else the user named, so no
 * answer is left out ("Your temples came up too.", "And on one evening, you felt it all over.").
 */
function sayWeek(turn: Turn, reply: Reply, week: WindowSummary): void {
  const words = turn.content.tension;
  const [first, second] = week.areas;
  // The language decides where the areas go ("Your jaw was…", "… im Kiefer"); a sentence starts in upper case.
  const too = (areas: readonly AreaCount[]) => {
    if (areas.length) reply.text(capitalise(turn.line('patternsWeekToo', { areas: words.list(areas.map((a) => tensionPlace(turn, a.area))) })));
  };
  if (!first && !week.everywhere) return void reply.say(week.checkIns ? 'patternsWeekClear' : 'patternsWeekNone');
  if (!first || week.everywhere > first.evenings) {
    reply.say('patternsWeekAllOver', { count: sayCount(turn, week.everywhere) });
    too(week.areas);
    return;
  }
  const vars = { area: tensionPlace(turn, first.area), was: agree(turn, first.area, words.was), count: sayCount(turn, first.evenings) };
  const line = second
    ? turn.line('patternsWeekTwo', { ...vars, second: tensionPlace(turn, second.area), count2: sayCount(turn, second.evenings) })
    : turn.line('patternsWeekOne', vars);
  reply.text(capitalise(line));
  too(week.areas.slice(2));
  if (week.everywhere) reply.say('patternsWeekAllOverToo', { count: sayCount(turn, week.everywhere), evenings: evenings(turn, week.everywhere) });
}

export const TensionPatternsHandler = onIntent('TensionPatternsIntent', (turn, reply) => {
  sayPatterns(turn, reply);
  reply.close();
});

/**
 * An evening's check-in in a few words, for the journal read-back, or nothing: beside that evening's
 * answers ("Tight: your jaw."), or on an evening with no answers, all that was said then ("You only
 * said where you felt tension: your jaw."). A skipped check-in says nothing; "I don't know" is said
 * only alone, where it is all the evening has.
 */
export function checkInNote(turn: Turn, day: string, alone = false): string | undefined {
  const c = turn.profile.tension?.[day];
  if (!c) return undefined;
  const areas = areasOf(c);
  if (areas.length) return turn.line(alone ? 'journalOnlyTension' : 'journalTension', { areas: sayAreas(turn, areas) });
  const key = (alone ? ALONE : BESIDE)[c[0] as TensionWord];
  return key && turn.line(key);
}

/** What a check-in that named no area says in the journal, beside the evening's answers or alone. */
const BESIDE: Partial<Record<TensionWord, LineKey>> = { nowhere: 'journalTensionNowhere', everywhere: 'journalTensionEverywhere' };
const ALONE: Partial<Record<TensionWord, LineKey>> = { nowhere: 'journalOnlyNowhere', everywhere: 'journalOnlyEverywhere', unsure: 'journalOnlyUnsure' };

/** The days of the check-ins the journal reads as evenings of their own (those with something said), in a range of days. */
export function checkInDays(turn: Turn, fromDay = '', toDay = '9999'): string[] {
  const all = turn.profile.tension ?? {};
  return Object.keys(all).filter((d) => d >= fromDay && d <= toDay && (areasOf(all[d]).length > 0 || !!ALONE[all[d][0] as TensionWord]));
}

/** The check-ins of the days a journal deletion removed (all of them when no range), in the turn's write. */
export function forgetCheckIns(turn: Turn, range?: { fromDay: string; toDay: string }): number {
  const days = Object.keys(turn.profile.tension ?? {}).filter((d) => !range || (d >= range.fromDay && d <= range.toDay));
  if (days.length) turn.change({ tension: Object.fromEntries(days.map((d) => [d, null])) });
  return days.length;
}
