import { chooseFocus, focusedBefore, type SuggestedFocus, type TensionArea } from '../progress/tension';
import { eveningNumber, type Tonight } from './options';
import type { Reply } from './reply';
import type { Turn } from './turn';

/**
 * The parts of the tension check-in the routine itself uses: whether its close asks the check-in, the
 * question, and tomorrow's focus from recent answers. The answers are handled in handlers/tension.ts.
 */

/** Whether the routine's close will ask the check-in: it is on, and tonight has no answer yet. */
export function willAskCheckIn(turn: Turn): boolean {
  return turn.profile.prefs.checkIn !== 'never' && !turn.profile.tension?.[turn.today()];
}

/** Asks the check-in at the close of the routine (unless turned off or answered tonight). Returns whether it asked. */
export function askCheckIn(turn: Turn, reply: Reply): boolean {
  if (!willAskCheckIn(turn)) return false;
  turn.state.pending = { kind: 'tension', day: turn.today() };
  reply.ask('tensionAsk', undefined, 'tensionAskReprompt');
  return true;
}

/**
 * Tonight's choices with the focus from recent check-ins, when the user asked for none (tonight or as
 * their usual one): that area gets the focus treatment, and the line saying why is spoken once, at the
 * start of the area ("Your jaw was tight last night, so a little longer here.").
 */
export function withTensionFocus(turn: Turn, tonight: Tonight): Tonight {
  const p = turn.profile.prefs;
  const chosen = chooseFocus({ tonight: tonight.focus, usual: p.focus }, turn.profile.tension ?? {}, turn.today(), p.checkIn !== 'never');
  if (chosen?.from !== 'tension') return tonight;
  return { ...tonight, focus: chosen.area, focusLine: focusLine(turn, chosen) };
}

/**
 * Why the area gets longer, in full when the focus is new: yesterday's check-in, a few, or one on an
 * earlier evening (a tie won at one is not "often"). When the last routine (tonight's earlier one or
 * last night's) had the same focus, a few words instead, a different one each evening. The line's
 * first letter is capitalised, never a name inside it.
 */
function focusLine(turn: Turn, f: SuggestedFocus): string {
  const today = turn.today();
  if (focusedBefore(turn.profile.tension ?? {}, f.area, today, turn.profile.stats.lastDay)) {
    return turn.line('tensionFocusAgain', undefined, eveningNumber(turn));
  }
  const area = tensionPlace(turn, f.area);
  const words = turn.content.tension;
  const was = agree(turn, f.area, words.was);
  if (f.lastNight) return capitalise(turn.line('tensionFocusLastNight', { area, was }));
  if (f.evenings > 1) return capitalise(turn.line('tensionFocusLately', { area, hasBeen: agree(turn, f.area, words.hasBeen) }));
  return capitalise(turn.line('tensionFocusOnce', { area, was }));
}

/** An area as the tension lines say it: where the tension sat ("im Nacken"), else its name ("your neck"). */
export function tensionPlace(turn: Turn, area: TensionArea): string {
  return turn.content.tension.places[area] ?? turn.content.areas[area].name;
}

/** "was" or "were", by the area's name. */
export function agree(turn: Turn, area: TensionArea, forms: { one: string; other: string }): string {
  return turn.content.tension.plural.includes(area) ? forms.other : forms.one;
}

/** A sentence's first letter in upper case. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
