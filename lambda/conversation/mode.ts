import { TURNOVER_HOUR } from '../progress/days';
import type { Turn } from './turn';

/** The turn's mode: whether it speaks in the bedtime voice and says the bedtime lines. */
export type Mode = 'bedtime' | 'day';

/**
 * The one decision of the turn's mode, used by the reply's voice, the line lookup (`Turn.line`) and
 * the routine's bedtime flag (`bedtimeRoutine`). Bedtime after a start by an Alexa Routine or a routine
 * played in the bedtime voice this session, and otherwise as `bedtimeNow` says. Worked out each time it is asked (cheap: the clock is read once a
 * turn), because a turn can enter the mode midway (a Routine's start, a bedtime routine begun).
 */
export function turnMode(turn: Turn): Mode {
  return turn.state.bedtime || turn.state.softVoice || bedtimeNow(turn) ? 'bedtime' : 'day';
}

/**
 * Whether a routine begun or picked up now is a bedtime one (its slower pace, fewer cues and shorter
 * instructions: `RoutineOptions.bedtime`): the turn's mode, so the routine and the words around it
 * never disagree. The only source of that flag (conversation/options.ts, conversation/position.ts).
 */
export function bedtimeRoutine(turn: Turn): boolean {
  return turnMode(turn) === 'bedtime';
}

/** A start by an Alexa Routine (its task): the session is in the bedtime mode from here, unless the user never wants it. */
export function startedByRoutine(turn: Turn): void {
  turn.state.bedtime = turn.profile.prefs.bedtimeVoice !== 'never';
}

/** Whether it is bedtime for this user now: the preference first, then a start by an Alexa Routine, then their clock. */
function bedtimeNow(turn: Turn): boolean {
  const mode = turn.profile.prefs.bedtimeVoice;
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  if (turn.state.bedtime) return true;
  const h = turn.localHour();
  return h >= BEDTIME_HOUR || h < TURNOVER_HOUR;
}

/**
 * Whether it is evening for the user, from 5 pm until the day turns over at 4 am: the greeting says
 * good evening, and a line's `{tonight}` says "tonight" rather than "today". The one decision of it.
 */
export function eveningNow(turn: Turn): boolean {
  const h = turn.localHour();
  return h >= EVENING_HOUR || h < TURNOVER_HOUR;
}

/**
 * Whether the bedtime lines are said (`BEDTIME_LINES`, looked up by `Turn.line`): in the bedtime mode,
 * in the evening. The voice follows the mode, which a preference can make bedtime at any hour; the
 * words follow the clock, so "all done for tonight" and "good night" are never said by day.
 */
export function bedtimeWords(turn: Turn): boolean {
  return turnMode(turn) === 'bedtime' && eveningNow(turn);
}

const EVENING_HOUR = 17;

/** From this local hour until the day turns over at 4 am, the bedtime voice is used. */
const BEDTIME_HOUR = 21;
