/**
 * German (de-DE) dates and times as AMAZON.DATE and AMAZON.TIME values, for the local simulator's
 * NLU: the German words of a date (`DE_DATES`) for the one resolver in dates.ts, with the same
 * values and rules as English (past-biased dates for a journal), and German times, where an hour
 * from 1 to 11 said without "morgens" is taken as the evening ("halb zehn" -> "21:30").
 * Pure: the clock is passed in.
 */
import { pad, resolveDateIn, type DateWords } from './dates';

const WEEKDAYS = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const MONTH_ALIASES: Record<string, number> = { jänner: 1, jan: 1, feb: 2, mär: 3, maerz: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12 };

const UNITS: Record<string, number> = {
  null: 0, eins: 1, ein: 1, eine: 1, einer: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = { zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50 };
/** Ordinal stems that are not the cardinal plus "te" (besides erste): dritte, siebte, achte. */
const ORDINAL_STEMS: Record<string, number> = { drit: 3, sieb: 7, ach: 8 };

/** Lowercase words; "23." and "23.11." lose their dots, "21.30" becomes "21:30". */
function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/(\d)\.(\d)/g, '$1:$2')
    .replace(/[^\p{L}\p{N}:\-\s]/gu, ' ')
    .replace(/(?<!\d):|:(?!\d)/g, ' ')
    .replace(/(?<!\d|w\d\d)-|-(?!\d|w\d|we\b)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A cardinal from 0 to 59 as one German word or digits: "einundzwanzig", "21". */
function cardinal(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  if (word in UNITS) return UNITS[word];
  if (word in TENS) return TENS[word];
  const compound = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|dreissig|vierzig|fünfzig)$/.exec(word);
  if (compound) return UNITS[compound[1]] + TENS[compound[2]];
  return undefined;
}

/** An ordinal day of a month: "dritten", "dreiundzwanzigster", "23". */
export function parseDayOfMonth(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  if (/^erste[rnms]?$/.test(word)) return 1;
  const m = /^(.+?)(s?te)[rnms]?$/.exec(word);
  if (!m) return undefined;
  const stem = m[1];
  if (m[2] === 'te' && stem in ORDINAL_STEMS) return ORDINAL_STEMS[stem];
  const n = cardinal(stem);
  if (n === undefined || n < 1) return undefined;
  // Below twenty the ending is "te" (zweite, neunzehnte); from twenty it is "ste" (zwanzigste).
  if ((n < 20 && m[2] !== 'te') || (n >= 20 && m[2] !== 'ste')) return undefined;
  return n;
}

function monthNumber(word: string): number | undefined {
  const i = MONTHS.indexOf(word);
  if (i >= 0) return i + 1;
  return MONTH_ALIASES[word];
}

/** "<day> <month> [year]", as [month, day, year?]. */
function parseDayMonth(t: string): [number, number, number | undefined] | undefined {
  const m = /^(?:der |den |dem )?(\S+) (\S+)(?: (\d{4}))?$/.exec(t);
  if (!m) return undefined;
  const month = monthNumber(m[2]);
  const day = parseDayOfMonth(m[1]);
  if (month === undefined || day === undefined) return undefined;
  return [month, day, m[3] ? Number(m[3]) : undefined];
}

/** German dates, for the one resolver (resolveDateIn in dates.ts). */
export const DE_DATES: DateWords = {
  clean,
  lead: /^(?:am|vom|von|für|an|seit|im) /,
  trail: / (?:abend|nacht|morgen|früh|nachmittag|vormittag|mittag)$/,
  days: { 'letzte nacht': -1, heute: 0, jetzt: 0, gestern: -1, vorgestern: -2, morgen: 1 },
  weeks: {
    'diese woche': 0, 'dieser woche': 0,
    'letzte woche': -1, 'letzter woche': -1, 'vergangene woche': -1, 'vergangener woche': -1, 'der letzten woche': -1, 'der vergangenen woche': -1,
    'nächste woche': 1,
  },
  weekends: {
    wochenende: 0, 'dieses wochenende': 0, 'diesem wochenende': 0, 'das wochenende': 0,
    'letztes wochenende': -1, 'letzten wochenende': -1, 'vergangenes wochenende': -1, 'vergangenen wochenende': -1,
  },
  months: { 'diesen monat': 0, 'dieser monat': 0, 'diesem monat': 0, 'letzten monat': -1, 'letzter monat': -1, 'letztem monat': -1, 'vergangenen monat': -1 },
  ago(t) {
    const m = /^vor (\S+) (tag|tagen|woche|wochen)$/.exec(t);
    if (!m) return undefined;
    const n = cardinal(m[1]);
    return n === undefined ? undefined : n * (m[2].startsWith('woche') ? 7 : 1);
  },
  weekday(t) {
    const wd = /^(?:(letzten|letzter|letztem|vergangenen|vergangener|diesen|dieser|diesem|nächsten|nächster) )?(\S+?)s?$/.exec(t);
    if (!wd || !WEEKDAYS.includes(wd[2])) return undefined;
    return { day: WEEKDAYS.indexOf(wd[2]), which: wd[1]?.startsWith('nächst') ? 'next' : wd[1]?.startsWith('dies') ? 'this' : 'last' };
  },
  monthDay: parseDayMonth,
  dayOfMonth(t) {
    // "am 27." (the dot is gone), "am siebenundzwanzigsten", "den siebenundzwanzigsten".
    const m = /^(?:der |den |dem )?(\S+)$/.exec(t);
    return m ? parseDayOfMonth(m[1]) : undefined;
  },
};

/**
 * A spoken German date (see resolveDateIn): "montag" and "letzten montag" are the most recent
 * Monday before today; "dritter november" the most recent November 3rd that is not in the future.
 */
export function resolveDateDe(text: string, now: Date, timeZone = 'UTC'): string | undefined {
  return resolveDateIn(DE_DATES, text, now, timeZone);
}

/** "neun", "21", "einundzwanzig" as an hour from 0 to 24. */
function hour(word: string): number | undefined {
  const n = cardinal(word === 'eins' ? 'ein' : word);
  return n !== undefined && n <= 24 ? n : undefined;
}

/** Hours and minutes: "21:30", "neun uhr dreißig", "21 uhr", "halb zehn", "viertel nach neun", "zehn vor halb zehn". */
function parseClock(t: string): [number, number] | undefined {
  let m = /^(\d{1,2}):(\d{2})(?: uhr)?$/.exec(t);
  if (m) return [Number(m[1]), Number(m[2])];
  m = /^(\S+) uhr(?: (\S+))?$/.exec(t);
  if (m) {
    const h = hour(m[1]);
    const min = m[2] === undefined ? 0 : cardinal(m[2]);
    return h !== undefined && min !== undefined && min < 60 ? [h, min] : undefined;
  }
  m = /^(?:(\S+) (vor|nach) )?halb (\S+)$/.exec(t);
  if (m) {
    const h = hour(m[3]);
    if (h === undefined || h === 0) return undefined;
    const shift = m[1] === undefined ? 0 : (cardinal(m[1]) ?? NaN) * (m[2] === 'vor' ? -1 : 1);
    if (!Number.isFinite(shift) || Math.abs(shift) >= 30) return undefined;
    return [h - 1, 30 + shift];
  }
  m = /^(dreiviertel|viertel) (\S+)$/.exec(t);
  if (m) {
    const h = hour(m[2]);
    if (h === undefined || h === 0) return undefined;
    return [h - 1, m[1] === 'viertel' ? 15 : 45];
  }
  m = /^(\S+) (vor|nach) (\S+)$/.exec(t);
  if (m) {
    const h = hour(m[3]);
    const min = m[1] === 'viertel' ? 15 : cardinal(m[1]);
    if (h === undefined || min === undefined || min >= 60 || min === 0) return undefined;
    return m[2] === 'nach' ? [h, min] : [h === 0 ? 23 : h - 1, 60 - min];
  }
  const h = hour(t);
  return h === undefined ? undefined : [h, 0];
}

/**
 * Resolves a spoken German time to "HH:MM" (24-hour). "morgens", "früh" and "vormittags" mean
 * the morning; "abends", "nachmittags" and "heute abend" the evening; without either, an hour
 * from 1 to 11 is taken as the evening, since the time is a bedtime.
 */
export function resolveTimeDe(text: string): string | undefined {
  let t = clean(text).replace(/^(?:heute abend |heute )?(?:so |etwa |ungefähr )?(?:um|für|gegen|ab) /, '');
  if (t === 'mitternacht') return '00:00';
  if (t === 'mittag' || t === 'mittags') return '12:00';
  let meridiem: 'am' | 'pm' | undefined;
  const am = / (?:morgens|früh|vormittags|in der früh|am morgen)$/;
  const pm = / (?:abends|nachmittags|am abend|heute abend)$/;
  const night = / nachts$/;
  if (am.test(t)) {
    meridiem = 'am';
    t = t.replace(am, '');
  } else if (pm.test(t)) {
    meridiem = 'pm';
    t = t.replace(pm, '');
  } else if (night.test(t)) {
    t = t.replace(night, '');
  }
  const clock = parseClock(t.trim());
  if (!clock) return undefined;
  let [h, m] = clock;
  if (h === 24 && m === 0) h = 0;
  if (h > 23 || m > 59 || m < 0) return undefined;
  if (meridiem !== 'am' && h >= 1 && h <= 11 && !(night.test(clean(text)) && h <= 4)) h += 12;
  return `${pad(h)}:${pad(m)}`;
}
