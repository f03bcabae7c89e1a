import { TURNOVER_HOUR } from '../progress/days';
import type { Turn } from './turn';

/** The turn's mode: whether it speaks in the bedtime voice. */

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
