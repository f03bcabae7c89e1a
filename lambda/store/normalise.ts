import { isDay, isValidTimeZone } from '../progress/days';
import { readCheckIn, type CheckIn } from '../progress/tension';
import { AREAS, isArea, isLength, isPace, isTool, type Familiarity, type RoutineOptions } from '../routine/types';
import { DEFAULT_PREFS, type BedtimeMode, type Flags, type NightOfRest, type Preferences, type Profile, type ProfileChange, type ReflectMode, type Stats } from './types';

/** What a store reads back, made safe to use; shared by both stores and the skill. */

export function zeroStats(): Stats {
  return { completed: 0, minutes: 0, currentStreak: 0, bestStreak: 0 };
}

const REFLECT_MODES: readonly ReflectMode[] = ['ask', 'always', 'never'];
const BEDTIME_MODES: readonly BedtimeMode[] = ['auto', 'always', 'never'];
const FLAGS = ['welcomed', 'reminderOffered', 'usualOfferedQuick', 'usualOfferedStandard', 'usualOfferedDeep'] as const satisfies readonly (keyof Flags)[];
/** A flag added to Flags and not to FLAGS does not compile (it would be dropped on the way in). */
const _everyFlag: Exclude<keyof Flags, (typeof FLAGS)[number]> extends never ? true : never = true;
/** Steps of a routine are far fewer than this. */
export const MAX_STEP = 200;

export const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function flags(v: unknown): Flags {
  return obj(v) ? Object.fromEntries(FLAGS.filter((f) => typeof v[f] === 'boolean').map((f) => [f, v[f]])) : {};
}

/** A routine's options as the skill writes them (in a resume point or the session), or undefined. */
export function routineOptions(v: unknown): RoutineOptions | undefined {
  if (!obj(v) || !isLength(v.length) || !isTool(v.tool) || !isPace(v.pace) || (v.focus !== undefined && !isArea(v.focus))) return undefined;
  const o: RoutineOptions = { length: v.length, tool: v.tool, pace: v.pace };
  if (v.focus !== undefined) o.focus = v.focus;
  if (typeof v.bedtime === 'boolean') o.bedtime = v.bedtime;
  if (isArea(v.slowerFrom)) o.slowerFrom = v.slowerFrom;
  for (const k of ['areas', 'familiar', 'inFull', 'slowerLeftOut'] as const) {
    const areas = v[k];
    if (Array.isArray(areas) && areas.length <= AREAS.length * 2 && areas.every(isArea)) o[k] = areas;
  }
  // Sore areas are ones the user can name: never the finish, each once.
  const sore = v.sore;
  if (Array.isArray(sore) && sore.length && sore.every((a) => isArea(a) && a !== 'finish') && new Set(sore).size === sore.length) o.sore = sore;
  if (typeof v.focusLine === 'string' && v.focusLine.length <= 500) o.focusLine = v.focusLine;
  return o;
}

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0;
}

/**
 * A profile as the skill can use it: a value an older version wrote, or one edited by hand,
 * falls back to its default instead of breaking every launch.
 */
export function normaliseProfile(p: Profile): Profile {
  const prefs = { ...DEFAULT_PREFS, ...p.prefs };
  const out: Profile = {
    ...p,
    prefs: {
      length: isLength(prefs.length) ? prefs.length : DEFAULT_PREFS.length,
      tool: isTool(prefs.tool) ? prefs.tool : DEFAULT_PREFS.tool,
      pace: isPace(prefs.pace) ? prefs.pace : DEFAULT_PREFS.pace,
      reflect: REFLECT_MODES.includes(prefs.reflect) ? prefs.reflect : DEFAULT_PREFS.reflect,
      bedtimeVoice: BEDTIME_MODES.includes(prefs.bedtimeVoice) ? prefs.bedtimeVoice : DEFAULT_PREFS.bedtimeVoice,
      ...(isArea(prefs.focus) && prefs.focus !== 'finish' ? { focus: prefs.focus } : {}),
      ...(prefs.checkIn === 'never' ? { checkIn: 'never' as const } : {}),
    },
    stats: {
      completed: count(p.stats?.completed),
      minutes: count(p.stats?.minutes),
      currentStreak: count(p.stats?.currentStreak),
      bestStreak: count(p.stats?.bestStreak),
      ...(isDay(p.stats?.lastDay) ? { lastDay: p.stats.lastDay } : {}),
    },
    flags: flags(p.flags),
  };
  const r = p.resume && { ...p.resume };
  if (r) out.resume = r; // a copy: normalising never changes the profile it was given
  const ok =
    r &&
    Number.isInteger(r.step) &&
    r.step >= 0 &&
    r.step <= MAX_STEP &&
    typeof r.at === 'string' &&
    Number.isFinite(Date.parse(r.at)) &&
    routineOptions(r.options);
  if (ok) out.resume!.options = ok;
  else delete out.resume;
  const c = out.resume?.chapter;
  if (c && !(Number.isFinite(c.startedAt) && Number.isFinite(c.seconds) && Number.isInteger(c.to) && Array.isArray(c.timeline) && c.timeline.every((t) => Number.isInteger(t?.step) && Number.isFinite(t?.at)))) {
    delete out.resume!.chapter;
  }
  const f = out.resume?.finish;
  const finishOk =
    f &&
    isDay(f.day) &&
    Number.isFinite(f.minutes) &&
    f.minutes >= 0 &&
    Number.isFinite(Date.parse(f.endsAt)) &&
    (f.runId === undefined || typeof f.runId === 'string');
  if (f && !finishOk) delete out.resume!.finish;
  const cues = out.resume?.cueUses;
  const cuesOk = cues && typeof cues === 'object' && !Array.isArray(cues) && Object.entries(cues).length <= 100 && Object.entries(cues).every(([k, n]) => k.length <= 500 && Number.isInteger(n) && n >= 0 && n <= 100);
  if (cues !== undefined && !cuesOk) delete out.resume!.cueUses;
  if (out.resume?.lastCue !== undefined && !(typeof out.resume.lastCue === 'string' && out.resume.lastCue.length <= 500)) delete out.resume.lastCue;
  if (out.timeZone !== undefined && !isValidTimeZone(out.timeZone)) delete out.timeZone;
  delete out.runs;
  if (p.runs && typeof p.runs === 'object') {
    const runs = Object.entries(p.runs).filter(([id, at]) => id.length <= 64 && Number.isFinite(at)).slice(0, 100);
    if (runs.length) out.runs = Object.fromEntries(runs);
  }
  if (p.tension !== undefined) {
    const kept: Record<string, CheckIn> = {};
    if (p.tension && typeof p.tension === 'object') {
      for (const [day, v] of Object.entries(p.tension)) {
        const c = readCheckIn(v);
        if (c && isDay(day)) kept[day] = [...c] as CheckIn;
      }
    }
    out.tension = kept;
  }
  if (p.familiar !== undefined) {
    const known: Familiarity = {};
    for (const a of AREAS) if (p.familiar && typeof p.familiar === 'object' && count(p.familiar[a]) > 0) known[a] = count(p.familiar[a]);
    out.familiar = known;
  }
  if (p.rest !== undefined) {
    const rest = nightOfRest(p.rest);
    if (rest) out.rest = rest;
    else delete out.rest;
  }
  return out;
}

/** A night of rest as the skill writes it, or undefined. */
function nightOfRest(v: unknown): NightOfRest | undefined {
  if (!v || typeof v !== 'object' || !isDay((v as NightOfRest).day)) return undefined;
  return { day: (v as NightOfRest).day, ...((v as NightOfRest).unwell === true && { unwell: true }) };
}

/**
 * A profile change as a session kept it (a write that failed, tried again next turn): only what the
 * skill writes, each value checked as a stored profile's is; anything else is left out.
 */
export function normaliseChange(v: unknown): ProfileChange | undefined {
  if (!obj(v)) return undefined;
  const prefs = obj(v.prefs) ? v.prefs : {};
  const tension = obj(v.tension) ? v.tension : undefined;
  const p = normaliseProfile({ userId: '', createdAt: '', prefs, stats: zeroStats(), flags: v.flags, resume: v.resume ?? undefined, timeZone: v.timeZone, tension, familiar: obj(v.familiar) ? v.familiar : undefined } as unknown as Profile);
  const c: ProfileChange = {};
  const keptPrefs = Object.keys(prefs).filter((k) => (k === 'checkIn' ? prefs.checkIn === 'ask' || prefs.checkIn === 'never' : p.prefs[k as keyof Preferences] === prefs[k]));
  if (keptPrefs.length) c.prefs = Object.fromEntries(keptPrefs.map((k) => [k, prefs[k]]));
  if (Object.keys(p.flags).length) c.flags = p.flags;
  if (v.resume === null) c.resume = null;
  else if (p.resume) c.resume = p.resume;
  if (p.timeZone !== undefined) c.timeZone = p.timeZone;
  if (v.reminderToken === null || (typeof v.reminderToken === 'string' && v.reminderToken.length <= 1000)) c.reminderToken = v.reminderToken;
  if (tension) {
    const kept = { ...p.tension, ...Object.fromEntries(Object.keys(tension).filter((day) => tension[day] === null && isDay(day)).map((day) => [day, null])) };
    if (Object.keys(kept).length) c.tension = kept;
  }
  if (p.familiar !== undefined) c.familiar = p.familiar;
  const rest = v.rest === null ? null : nightOfRest(v.rest);
  if (rest !== undefined) c.rest = rest;
  return Object.keys(c).length ? c : undefined;
}
