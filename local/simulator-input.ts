/**
 * What the simulator accepts, checked: its command-line flags and each typed line. Anything it does
 * not understand gets a clear error instead of being ignored. Pure, so it is tested on its own.
 */

export interface Args {
  memory: boolean;
  realtime: boolean;
  time?: string;
  tz: string;
  user: string;
  locale: string;
  screen: boolean;
  /** Start as an Alexa Routine would: the StartMassage task, with inputs like length=quick,tool=guasha. */
  task?: Record<string, string>;
}

/** The task's inputs and their values (from skill-package/tasks/StartMassage.1.json). */
export type TaskInputs = Record<string, readonly string[]>;

export class UsageError extends Error {}

const FLAGS = '--memory, --realtime, --screen, --time HH:MM, --tz Zone/Name, --task key=value,..., --user ID, --locale en-US';

export function parseArgs(argv: readonly string[], defaults: { tz: string }, task: TaskInputs, locales: readonly string[]): Args {
  const a: Args = { memory: false, realtime: false, tz: defaults.tz, user: 'amzn1.ask.account.LOCAL', locale: 'en-US', screen: false };
  const value = (i: number, flag: string): string => {
    const v = argv[i];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--memory') a.memory = true;
    else if (k === '--realtime') a.realtime = true;
    else if (k === '--screen') a.screen = true;
    else if (k === '--time') {
      a.time = value(++i, k);
      const m = /^(\d{1,2}):(\d{2})$/.exec(a.time);
      if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new UsageError(`--time takes a local time like 22:30, not "${a.time}"`);
    } else if (k === '--tz') {
      a.tz = value(++i, k);
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: a.tz });
      } catch {
        throw new UsageError(`--tz takes a time zone like Europe/London, not "${a.tz}"`);
      }
    } else if (k === '--user') a.user = value(++i, k);
    else if (k === '--locale') {
      a.locale = value(++i, k);
      if (!locales.includes(a.locale)) throw new UsageError(`--locale is one of ${locales.join(', ')}, not "${a.locale}"`);
    } else if (k === '--task') {
      const v = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : '';
      a.task = parseTask(v, task);
    } else throw new UsageError(`unknown option "${k}" (the options are ${FLAGS})`);
  }
  return a;
}

function parseTask(v: string, task: TaskInputs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of v.split(',').filter(Boolean)) {
    const [key, val, ...rest] = pair.split('=');
    const allowed = task[key];
    if (!allowed) throw new UsageError(`--task takes ${Object.keys(task).join(' and ')}, not "${key}"`);
    if (rest.length || !allowed.includes(val)) throw new UsageError(`--task ${key} is one of ${allowed.join(', ')}, not "${pair.slice(key.length + 1)}"`);
    out[key] = val;
  }
  return out;
}

/** Seconds as people read them: "45 s", "2 min 0 s" (never "1 min 60 s"), "8 h 0 min", "2 d 0 h". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  const m = Math.round(s / 60);
  if (m < 24 * 60) return `${Math.floor(m / 60)} h ${m % 60} min`;
  const h = Math.round(m / 60);
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** A typed line, understood. */
export type Line =
  | { kind: 'say'; text: string; offset?: number }
  | { kind: 'intent'; name: string; slots: Record<string, string>; offset?: number }
  | { kind: 'wait'; seconds: number }
  | { kind: 'silence' | 'launch' | 'help' | 'quit' }
  | { kind: 'error'; message: string };

export interface Model {
  /** Intent name -> its slot names. */
  intents: Record<string, readonly string[]>;
}

const COMMANDS = [':wait', ':silence', ':launch', ':help', ':quit'];

/** One typed line: what a user would say, `@12s next`, `!Intent slot=value`, or a `:command`. */
export function parseLine(raw: string, model: Model, opts: { realtime?: boolean } = {}): Line {
  let line = raw.trim();
  let offset: number | undefined;
  if (line.startsWith('@')) {
    const at = /^@(\d+(?:\.\d+)?)s\s+(\S.*)$/.exec(line);
    if (!at) return { kind: 'error', message: 'write an offset as @12s followed by what is said, e.g. "@12s next"' };
    if (opts.realtime) return { kind: 'error', message: 'with --realtime a line is placed when you type it; leave out the @ offset' };
    offset = Number(at[1]);
    line = at[2].trim();
  }
  if (line.startsWith(':')) {
    if (offset !== undefined) return { kind: 'error', message: `an @ offset goes before what is said, not before ${line.split(/\s/)[0]}` };
    const [cmd, ...rest] = line.split(/\s+/);
    if (cmd === ':q' || cmd === ':quit') return rest.length ? extra(cmd) : { kind: 'quit' };
    if (cmd === ':silence' || cmd === ':launch' || cmd === ':help') return rest.length ? extra(cmd) : { kind: cmd.slice(1) as 'silence' | 'launch' | 'help' };
    if (cmd === ':wait') {
      const m = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$/.exec(rest.join(''));
      if (!m || Number(m[1]) <= 0) return { kind: 'error', message: `:wait takes a time like 30s, 10m, 8h or 2d, not "${rest.join(' ')}"` };
      return { kind: 'wait', seconds: Number(m[1]) * UNITS[m[2] ?? 's'] };
    }
    return { kind: 'error', message: `unknown command ${cmd} (the commands are ${COMMANDS.join(', ')})` };
  }
  if (line.startsWith('!')) {
    const [name, ...pairs] = line.slice(1).trim().split(/\s+/);
    const slotNames = model.intents[name];
    if (!slotNames) {
      const near = Object.keys(model.intents).filter((n) => n.toLowerCase().includes(name.toLowerCase().replace(/^amazon\./, '').replace(/intent$/, '')));
      return { kind: 'error', message: `the model has no intent "${name}"${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}` };
    }
    const slots: Record<string, string> = {};
    for (const p of pairs) {
      const [k, v] = p.split('=');
      if (!slotNames.includes(k) || v === undefined || v === '') {
        return { kind: 'error', message: `${name} takes ${slotNames.length ? slotNames.map((s) => `${s}=value`).join(' ') : 'no slots'}, not "${p}"` };
      }
      slots[k] = v;
    }
    return { kind: 'intent', name, slots, offset };
  }
  return { kind: 'say', text: line, offset };
}

function extra(cmd: string): Line {
  return { kind: 'error', message: `${cmd} takes nothing after it` };
}
