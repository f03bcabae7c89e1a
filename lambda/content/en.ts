import { AREA_CONTENT, LAST_CUES, MIDDLE_CUES } from './areas.en';
import { HEAVY_EN, UNSAFE_EN } from './care.en';
import { LINES } from './lines.en';
import { TENSION_EN } from './tension.en';
import type { Content } from './types';

/** English, shared by every English locale. */
export const EN: Content = {
  language: 'en',
  // The reference rate (about 150 words a minute, a calm voice); our English words have 1.28 syllables.
  speakingRate: {
    wordsPerSecond: 2.5,
    // Vowel groups, less a silent final e ("breathe", but not "temple") and a silent -ed ("pressed", not "rested").
    syllables: (word) => {
      let n = word.match(/[aeiouy]+/g)?.length ?? 0;
      if (n > 1 && /[^aeiouy]e$/.test(word) && !/[^aeiouy]le$/.test(word)) n--;
      if (n > 1 && /[^aeiouytd]ed$/.test(word)) n--;
      return Math.max(1, n);
    },
  },
  areas: AREA_CONTENT,
  middleCues: MIDDLE_CUES,
  lastCues: LAST_CUES,
  lines: LINES,
  toolNames: { hands: 'hands', roller: 'jade roller', guasha: 'gua sha' },
  lengthNames: { quick: 'quick', standard: 'standard', deep: 'deep' },
  paceNames: { slower: 'slower', normal: 'at the usual pace', faster: 'faster' },
  nouns: {
    massage: { one: 'massage', other: 'massages' },
    evening: { one: 'evening', other: 'evenings' },
    minute: { one: 'minute', other: 'minutes' },
    day: { one: 'day', other: 'days' },
  },
  calendar: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: '{weekday}, {month} {ordinal}',
    dateOtherYear: '{weekday}, {month} {ordinal}, {year}',
    ordinals: [
      'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
      'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
      'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth',
      'thirty-first',
    ],
    day: '{date}',
    today: 'today',
    tonight: 'tonight',
    yesterday: 'yesterday',
    week: 'the week of {date}',
    weekend: 'the weekend of {date}',
    month: '{month}',
    year: '{year}',
    lastTime: 'last time',
  },
  answers: {
    skip: /^(skip( (it|this|that|this one|that one|the question))?|pass|next( question| one| please)?|move on|i don'?t know|don'?t know|no idea|not sure|nothing|no|nope|none|i'?d rather not( say)?|rather not)$/,
    unclear: /^(yes|yeah|yep|yup|ok|okay|sure|um+|uh+|er+|hmm+|mm+)$/,
    repeat: /^(repeat( (it|that|the question))?|say (it|that) again|what( was the question)?|pardon|sorry|come again)$/,
    // Only clear commands: a bare noun ("quiet", "pause", "rest", "sleep", "enough") answers the question, and is kept.
    stop: /^(stop( it| please| now| the questions| asking)?|cancel|never ?mind|that's enough|quit|exit|i'?m done|i'?m finished|no more questions)$/,
    help: /^(help( me)?|what can i say|what do i say|what do i do|how does this work)$/,
    // Said now, in the present ("I feel dizzy", "I have a headache"); a bare "a headache" answers "what was hard today?".
    unwell: /^(i feel|i'm feeling|i am feeling|feeling|i'm|i am) ((a bit|a little|really|very|so|quite|kind of|all) )?(dizzy|faint|sick|nauseous|queasy|woozy|light ?headed|unwell|not well|shaky|like i might faint|like i'm going to (be sick|faint))( now| all of a sudden)?$|^(i have|i've got|i got) (a )?(bad |really bad )?(headache|migraine)( now)?$|^my head (hurts|is spinning)$|^(i think )?i'm going to (be sick|faint)$/,
    heavy: HEAVY_EN,
    unsafe: UNSAFE_EN,
    previousQuestion: /^((go )?back (to )?(the )?(last|previous) question|(the )?previous question( please)?|(the )?last question( again)?|(go )?back (one|a) question|the question before)$/,
    journal: /^(what did i (say|tell you|answer)( (yesterday|today|tonight|last night|last time|this week|last week|before))?|what have i said( (today|yesterday|before))?|(read|play) (me )?(back )?my (journal|answers|reflections?)|my journal)$/,
    previous: /^(go back|back|previous( one)?|go back one|last one|the last one again)$/,
    startOver: /^(start over|start again|restart|from the top|start from the beginning|begin again)$/,
    slower: /^(slower|slow down|go slower|(a )?(bit|little) slower|too fast|slower please|slow down please)$/,
    faster: /^(faster|speed up|go faster|(a )?(bit|little) faster|too slow|faster please|hurry up)$/,
  },
  sayTime(hhmm, day) {
    const [h, m] = hhmm.split(':').map(Number);
    if (h === 0 && m === 0) return 'midnight';
    if (h === 12 && m === 0) return day === 'today' ? 'noon today' : 'noon tomorrow';
    const clock = `${NUMBERS[h % 12 === 0 ? 12 : h % 12]}${m === 0 ? '' : m < 10 ? ` oh ${NUMBERS[m]}` : ` ${numberWords(m)}`}`;
    const part = partOfDay(h);
    if (part === 'night') return h < 4 ? `${clock} at night` : `${clock} ${day === 'today' ? 'tonight' : 'tomorrow night'}`;
    return `${clock} ${day === 'today' ? 'this' : 'tomorrow'} ${part}`;
  },
  partOfDay: (hhmm) => partOfDay(Number(hhmm.split(':')[0])),
  screen: {
    title: (name) => capitalise(name.replace(/^(your|the)\s+/i, '')),
    progress: '{step} of {total}',
  },
  tension: TENSION_EN,
};

/** One to nineteen in words (the tension check-in's numbers; 0 is never said in a time). */
const NUMBERS = TENSION_EN.numbers;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty'];

/** 1-59 in words: "forty-five". */
function numberWords(n: number): string {
  if (n < 20) return NUMBERS[n];
  return TENS[Math.floor(n / 10)] + (n % 10 ? `-${NUMBERS[n % 10]}` : '');
}

/** Morning from 4, afternoon from noon, evening from 5 pm, night from 9 pm until 4 am. */
function partOfDay(hour: number): string {
  if (hour >= 4 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 21) return 'evening';
  return 'night';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
