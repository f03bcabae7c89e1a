import { isValidTimeZone } from '../progress/days';
import { readCheckIn, type CheckIn } from '../progress/tension';
import { AREAS, isArea, isLength, isPace, isTool, type Familiarity } from '../routine/types';
import { DEFAULT_PREFS, type BedtimeMode, type Profile, type ReflectMode, type Stats } from './types';

/** What a store reads back, made safe to use; shared by both stores and the skill. */

export function zeroStats(): Stats {
  return { completed: 0, minutes: 0, currentStreak: 0, bestStreak: 0 };
}

const REFLECT_MODES: readonly ReflectMode[] = ['ask', 'always', 'never'];
const BEDTIME_MODES: readonly BedtimeMode[] = ['auto', 'always', 'never'];

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
      ...(typeof p.stats?.lastDay === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.stats.lastDay) ? { lastDay: p.stats.lastDay } : {}),
    },
    flags: { ...p.flags },
  };
  const r = p.resume && { ...p.resume };
  if (r) out.resume = r; // a copy: normalising never changes the profile it was given
  const ok =
    r &&
    Number.isInteger(r.step) &&
    r.step >= 0 &&
    Number.isFinite(Date.parse(r.at)) &&
    r.options &&
    isLength(r.options.length) &&
    isTool(r.options.tool) &&
    isPace(r.options.pace) &&
    (r.options.focus === undefined || isArea(r.options.focus));
  if (!ok) delete out.resume;
  const c = out.resume?.chapter;
  if (c && !(Number.isFinite(c.startedAt) && Number.isFinite(c.seconds) && Number.isInteger(c.to) && Array.isArray(c.timeline) && c.timeline.every((t) => Number.isInteger(t?.step) && Number.isFinite(t?.at)))) {
    delete out.resume!.chapter;
  }
  const f = out.resume?.finish;
  const finishOk =
    f &&
    typeof f.day === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(f.day) &&
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
        if (c && /^\d{4}-\d{2}-\d{2}$/.test(day)) kept[day] = [...c] as CheckIn;
      }
    }
    out.tension = kept;
  }
  if (p.familiar !== undefined) {
    const known: Familiarity = {};
    for (const a of AREAS) if (p.familiar && typeof p.familiar === 'object' && count(p.familiar[a]) > 0) known[a] = count(p.familiar[a]);
    out.familiar = known;
  }
  if (out.resume) {
    // Tonight's areas and the familiar ones, as a routine in progress kept them: only known areas.
    const o = { ...out.resume.options };
    for (const k of ['areas', 'familiar', 'inFull'] as const) if (o[k] !== undefined && !(Array.isArray(o[k]) && o[k].every(isArea))) delete o[k];
    if (o.focusLine !== undefined && typeof o.focusLine !== 'string') delete o.focusLine;
    out.resume.options = o;
  }
  return out;
}
