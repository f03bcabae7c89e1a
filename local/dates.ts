/**
 * Resolution of spoken dates and times into the values Alexa puts in AMAZON.DATE and
 * AMAZON.TIME slots, for the local simulator's NLU. Pure: the clock is passed in.
 *
 * AMAZON.DATE formats produced: YYYY-MM-DD (a day), YYYY-Www (an ISO week),
 * YYYY-Www-WE (a weekend), YYYY-MM (a month), YYYY (a year).
 *
 * AMAZON.TIME: "HH:MM", 24-hour. The skill asks for the time of a nightly bedtime
 * reminder, so an hour from 1 to 11 said without "am"/"pm" (or "in the morning" /
 * "at night") is taken as pm: "nine thirty" -> "21:30". "twelve" stays "12:00";
 * say "midnight" for "00:00".
 */

export const DAY_MS = 86_400_000;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBR: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const UNITS: Record<string, number> = {
  zero: 0,
  oh: 0,
  o: 0,
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30 };

/** Lowercases and reduces a phrase to words, keeping ':' and '-' between digits. */
function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\b([ap])\.\s?m\b\.?/g, '$1m')
    .replace(/(\d)\.(\d)/g, '$1:$2')
    .replace(/[^\p{L}\p{N}':\-\s]/gu, ' ')
    .replace(/(?<!\d):|:(?!\d)/g, ' ')
    .replace(/(?<!\d|w\d\d)-|-(?!\d|w\d|we\b)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A number from 0 to 99 written as digits ("21", "3rd"), words ("twenty one") or an ordinal
 * ("twenty first", "third"); undefined when the words are not exactly one number.
 */
export function parseSmallNumber(words: string): number | undefined {
  const w = words.trim();
  if (w === '') return undefined;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
  if (digits) return Number(digits[1]);
  const parts = w.split(' ');
  if (parts.length === 1) {
    const p = parts[0];
    if (p in UNITS && p !== 'a' && p !== 'o') return UNITS[p];
    if (p in TENS) return TENS[p];
    if (p in ORDINAL_UNITS) return ORDINAL_UNITS[p];
    if (p in ORDINAL_TENS) return ORDINAL_TENS[p];
    return undefined;
  }
  if (parts.length === 2 && parts[0] in TENS) {
    const unit = parts[1];
    const u = unit in ORDINAL_UNITS ? ORDINAL_UNITS[unit] : UNITS[unit];
    if (u !== undefined && u >= 1 && u <= 9 && unit !== 'a' && unit !== 'oh' && unit !== 'o') return TENS[parts[0]] + u;
  }
  return undefined;
}

/** The calendar date (as a UTC-midnight timestamp) of an instant in a time zone. */
export function localDay(now: Date, timeZone: string): number {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
  }
  const parts: Record<string, string> = {};
  for (const p of fmt.formatToParts(now)) parts[p.type] = p.value;
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDay(t: number): string {
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO 8601 week of a UTC-midnight timestamp, as YYYY-Www. */
export function isoWeek(t: number): string {
  const d = new Date(t);
  const dayFromMonday = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(t + (3 - dayFromMonday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const ordinal = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS);
  return `${pad(year, 4)}-W${pad(Math.floor(ordinal / 7) + 1)}`;
}

function monthNumber(word: string): number | undefined {
  const i = MONTHS.indexOf(word);
  if (i >= 0) return i + 1;
  return MONTH_ABBR[word];
}

export function validDay(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return t;
}

/** "<month> <day>" and its variants, as [month, day, year?]. */
function parseMonthDay(t: string): [number, number, number | undefined] | undefined {
  let year: number | undefined;
  let rest = t;
  const y = /^(.*?) (\d{4})$/.exec(rest);
  if (y) {
    year = Number(y[2]);
    rest = y[1];
  }
  const words = rest.split(' ');
  // <month> [the] <day>
  let month = monthNumber(words[0]);
  if (month !== undefined) {
    const dayWords = words.slice(words[1] === 'the' ? 2 : 1).join(' ');
    const day = parseSmallNumber(dayWords);
    return day === undefined ? undefined : [month, day, year];
  }
  // [the] <day> [of] <month>
  const m = /^(?:the )?(.+?) (?:of )?([a-z]+)$/.exec(rest);
  if (m) {
    month = monthNumber(m[2]);
    const day = parseSmallNumber(m[1]);
    if (month !== undefined && day !== undefined) return [month, day, year];
  }
  return undefined;
}

/**
 * What a language says for dates, for the one resolver (`resolveDateIn`): its phrases and
 * patterns. Each language's object is the only place its date words live (English below,
 * German in dates.de.ts).
 */
export interface DateWords {
  /** Lowercase words; digits kept with their ':' and '-'. */
  clean(text: string): string;
  /** Words before a date that do not change it ("on", "am"). */
  lead: RegExp;
  /** Words after a date that do not change it ("night", "abend"); a phrase of `days` is looked up before they go ("last night"). */
  trail: RegExp;
  /** Whole phrases: a day (days from today), a week, a weekend (weeks from this one) or a month (months from this one). */
  days: Readonly<Record<string, number>>;
  weeks: Readonly<Record<string, number>>;
  weekends: Readonly<Record<string, number>>;
  months: Readonly<Record<string, number>>;
  /** "three days ago", "vor drei Tagen": how many days back, or undefined. */
  ago(t: string): number | undefined;
  /** A weekday (0 is Sunday), alone or with a word saying which: the last one before today, this week's, or the next. */
  weekday(t: string): { day: number; which: 'last' | 'this' | 'next' } | undefined;
  /** A day of a month in the language's order, as [month, day, year?]. */
  monthDay(t: string): [number, number, number | undefined] | undefined;
  /** A day of the month said without its month ("the 27th", "am siebenundzwanzigsten"), or undefined. */
  dayOfMonth(t: string): number | undefined;
}

/**
 * Resolves a spoken date to Alexa's AMAZON.DATE value, relative to `now` in `timeZone`
 * (an IANA zone; UTC when unknown). Past-biased, as fits a journal: "monday" and
 * "last monday" are the most recent Monday before today, "november third" the most recent
 * November 3rd that is not in the future. A day of the month alone ("the 27th") resolves as
 * Alexa documents AMAZON.DATE ("defaults to dates on or after the current date"): this month's
 * when it has not passed, else the next month's, so the skill's handling of a future date
 * (`rangeOfAlexaDate`) is what the simulator shows. Returns undefined when the text is not a date.
 */
export function resolveDateIn(words: DateWords, text: string, now: Date, timeZone = 'UTC'): string | undefined {
  let t = words.clean(text);
  if (t === '') return undefined;

  // ISO values pass through.
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return validDay(Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10))) === undefined ? undefined : t;
  if (/^\d{4}-w\d{2}(-we)?$/.test(t)) return t.toUpperCase();
  if (/^\d{4}-\d{2}$/.test(t) || /^\d{4}$/.test(t)) return t;

  const today = localDay(now, timeZone);
  const day = (offset: number) => formatDay(today + offset * DAY_MS);
  const phrase = (table: Readonly<Record<string, number>>) => (Object.hasOwn(table, t) ? table[t] : undefined);

  t = t.replace(words.lead, '');
  const night = phrase(words.days);
  if (night !== undefined) return day(night);
  t = t.replace(words.trail, '');
  const [days, weeks, weekends, months] = [words.days, words.weeks, words.weekends, words.months].map(phrase);
  if (days !== undefined) return day(days);
  if (weeks !== undefined) return isoWeek(today + weeks * 7 * DAY_MS);
  if (weekends !== undefined) return `${isoWeek(today + weekends * 7 * DAY_MS)}-WE`;
  if (months !== undefined) {
    const d = new Date(today);
    return formatDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)).slice(0, 7);
  }

  const back = words.ago(t);
  if (back !== undefined) return day(-back);

  const wd = words.weekday(t);
  if (wd) {
    const current = new Date(today).getUTCDay();
    if (wd.which === 'next') return day(((wd.day - current + 7) % 7) || 7);
    // this week's (Monday to Sunday)
    if (wd.which === 'this') return day(((wd.day + 6) % 7) - ((current + 6) % 7));
    return day(-(((current - wd.day + 7) % 7) || 7));
  }

  const md = words.monthDay(t);
  if (md) {
    const [month, dom, year] = md;
    if (year !== undefined) {
      const v = validDay(year, month, dom);
      return v === undefined ? undefined : formatDay(v);
    }
    const thisYear = new Date(today).getUTCFullYear();
    for (let y = thisYear; y >= thisYear - 8; y--) {
      const v = validDay(y, month, dom);
      if (v !== undefined && v <= today) return formatDay(v);
    }
  }

  const dom = words.dayOfMonth(t);
  if (dom !== undefined && dom >= 1 && dom <= 31) {
    const d = new Date(today);
    for (let k = 0; k <= 12; k++) {
      const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, 1));
      const v = validDay(first.getUTCFullYear(), first.getUTCMonth() + 1, dom);
      if (v !== undefined && v >= today) return formatDay(v);
    }
  }
  return undefined;
}

/** English dates. */
export const EN_DATES: DateWords = {
  clean,
  lead: /^(?:on|from|for) /,
  trail: / (?:night|evening|morning|afternoon)$/,
  days: { 'last night': -1, today: 0, tonight: 0, now: 0, this: 0, yesterday: -1, 'the day before yesterday': -2, 'day before yesterday': -2, tomorrow: 1 },
  weeks: { 'this week': 0, 'last week': -1, 'the past week': -1, 'past week': -1, 'the last week': -1, 'next week': 1 },
  weekends: { 'this weekend': 0, 'the weekend': 0, weekend: 0, 'last weekend': -1, 'the last weekend': -1, 'the past weekend': -1 },
  months: { 'this month': 0, 'last month': -1 },
  ago(t) {
    const m = /^(.+?) (days?|weeks?) ago$/.exec(t);
    if (!m) return undefined;
    const n = m[1] === 'a' ? 1 : parseSmallNumber(m[1]);
    return n === undefined ? undefined : n * (m[2].startsWith('week') ? 7 : 1);
  },
  weekday(t) {
    const wd = /^(?:(last|this past|past|this|next) )?([a-z]+)$/.exec(t);
    if (!wd || !WEEKDAYS.includes(wd[2])) return undefined;
    return { day: WEEKDAYS.indexOf(wd[2]), which: wd[1] === 'next' ? 'next' : wd[1] === 'this' ? 'this' : 'last' };
  },
  monthDay: parseMonthDay,
  dayOfMonth(t) {
    // An ordinal only ("27th", "the twenty seventh"): a cardinal alone is no date.
    const m = /^(?:the )?(.+(?:st|nd|rd|th))$/.exec(t);
    return m ? parseSmallNumber(m[1]) : undefined;
  },
};

/** An English date (see resolveDateIn). */
export function resolveDate(text: string, now: Date, timeZone = 'UTC'): string | undefined {
  return resolveDateIn(EN_DATES, text, now, timeZone);
}

/** Hours and minutes spoken as words or digits ("nine thirty", "9 30", "twenty one fifteen"). */
function parseClock(t: string): [number, number] | undefined {
  let m = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (m) return [Number(m[1]), Number(m[2])];
  m = /^(\d{3,4})$/.exec(t);
  if (m) return [Number(m[1].slice(0, -2)), Number(m[1].slice(-2))];
  const words = t.split(' ');
  for (let h = 1; h <= Math.min(2, words.length); h++) {
    const hour = parseSmallNumber(words.slice(0, h).join(' '));
    if (hour === undefined || hour > 24) continue;
    const rest = words.slice(h);
    if (rest.length === 0) return [hour, 0];
    if (rest.length === 1 && rest[0] === 'hundred') return [hour, 0];
    let minutes: number | undefined;
    if ((rest[0] === 'oh' || rest[0] === 'o') && rest.length === 2) {
      const u = parseSmallNumber(rest[1]);
      minutes = u !== undefined && u < 10 ? u : undefined;
    } else {
      minutes = parseSmallNumber(rest.join(' '));
    }
    if (minutes !== undefined && minutes < 60) return [hour, minutes];
  }
  return undefined;
}

/**
 * Resolves a spoken time to Alexa's AMAZON.TIME value "HH:MM" (24-hour). Without am/pm an
 * hour from 1 to 11 counts as pm, since the time is a bedtime. Undefined when not a time.
 */
export function resolveTime(text: string): string | undefined {
  let t = clean(text)
    .replace(/(\d)(am|pm)\b/g, '$1 $2')
    .replace(/\bo'?clock\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  t = t.replace(/^(?:at|for|around|about) /, '');
  if (t === '') return undefined;
  if (t === 'midnight') return '00:00';
  if (t === 'noon' || t === 'midday') return '12:00';

  let meridiem: 'am' | 'pm' | undefined;
  const am = /(?:^| )(?:am|a m|in the morning)$/;
  const pm = /(?:^| )(?:pm|p m|in the evening|at night|tonight|in the afternoon)$/;
  if (am.test(t)) {
    meridiem = 'am';
    t = t.replace(am, '').trim();
  } else if (pm.test(t)) {
    meridiem = 'pm';
    t = t.replace(pm, '').trim();
  }
  if (t === '') return undefined;

  let clock: [number, number] | undefined;
  const rel = /^(half|quarter|a quarter|.+?)(?: minutes)? (past|after|to|till|before) (.+)$/.exec(t);
  if (rel) {
    const hour = parseClock(rel[3]);
    const mins = rel[1] === 'half' ? 30 : rel[1].endsWith('quarter') ? 15 : parseSmallNumber(rel[1]);
    if (hour && hour[1] === 0 && mins !== undefined && mins < 60) {
      if (rel[2] === 'past' || rel[2] === 'after') clock = [hour[0], mins];
      else if (mins === 0) clock = [hour[0], 0];
      else clock = [hour[0] <= 1 ? hour[0] + 11 : hour[0] - 1, 60 - mins]; // "ten to one" -> 12:50
    }
  } else {
    clock = parseClock(t);
  }
  if (!clock) return undefined;
  let [h, m] = clock;
  if (h === 24 && m === 0) h = 0;
  if (h > 23 || m > 59) return undefined;
  if (meridiem === 'pm' && h >= 1 && h <= 11) h += 12;
  else if (meridiem === 'am' && h === 12) h = 0;
  else if (meridiem === undefined && h >= 1 && h <= 11) h += 12;
  return `${pad(h)}:${pad(m)}`;
}
