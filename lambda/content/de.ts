import { AREA_CONTENT, LAST_CUES, MIDDLE_CUES } from './areas.de';
import { HEAVY_DE, UNSAFE_DE } from './care.de';
import { LINES } from './lines.de';
import { TENSION_DE } from './tension.de';
import type { Content } from './types';

/**
 * German (de-DE). The lines put places, tools and times where German grammar wants them:
 * areas and tools in the dative, {when} as an adverbial ("am Montag", "in der Woche vom 16. November").
 */
const CONTRACTED = { bei: 'beim', von: 'vom', zu: 'zum' } as const;

export const DE: Content = {
  language: 'de',
  // Our German words have 1.58 syllables, English ones 1.28 (test/unit/rate.test.ts): at English's
  // syllables a second, 2.5 x 1.283 / 1.581 = 2.03 words a second.
  speakingRate: {
    wordsPerSecond: 2.03,
    // Vowel groups ("ei", "au", "eu", "ie" are one), and one more where a diphthong meets a vowel ("brau-en").
    syllables: (word) => Math.max(1, (word.match(/[aeiouyäöü]+/gu)?.length ?? 0) + (word.match(/(au|äu|eu|ei|ai)[aeiouäöü]/gu)?.length ?? 0)),
  },
  areas: AREA_CONTENT,
  middleCues: MIDDLE_CUES,
  lastCues: LAST_CUES,
  lines: LINES,
  toolNames: { hands: 'deinen Händen', roller: 'deinem Roller', guasha: 'deinem Gua Sha' },
  lengthNames: { quick: 'kurze', standard: 'normale', deep: 'ausführliche' },
  paceNames: { slower: 'langsamer', normal: 'im gewohnten Tempo', faster: 'schneller' },
  // "eine Massage", never "1 Massage": Alexa reads a lone digit as "eins".
  // Evenings are counted after "an" or "von": "an einem Abend", "von drei Abenden".
  nouns: {
    massage: { one: 'eine Massage', other: '{count} Massagen' },
    evening: { one: 'einem Abend', other: '{count} Abenden' },
    minute: { one: 'eine Minute', other: '{count} Minuten' },
    day: { one: 'ein Tag', other: '{count} Tage' },
  },
  tension: TENSION_DE,
  // A preposition before a filled "dem" contracts, as Germans always say it: "Pause beim Ausklang", "vom", "zum".
  contract: (line) => line.replace(/\b(bei|von|zu) dem\b/g, (_, p: keyof typeof CONTRACTED) => CONTRACTED[p]),
  calendar: {
    weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    // A date always follows "am" or "vom", so its ordinal is in the dative: "am Montag, dem dreiundzwanzigsten November".
    // The comma closes the apposition when the sentence goes on ("am Montag, dem ... November, erzählt"); `fill` drops it before a full stop.
    date: '{weekday}, dem {ordinal} {month},',
    dateOtherYear: '{weekday}, dem {ordinal} {month} {year},',
    ordinals: [
      'ersten', 'zweiten', 'dritten', 'vierten', 'fünften', 'sechsten', 'siebten', 'achten', 'neunten', 'zehnten',
      'elften', 'zwölften', 'dreizehnten', 'vierzehnten', 'fünfzehnten', 'sechzehnten', 'siebzehnten', 'achtzehnten', 'neunzehnten', 'zwanzigsten',
      'einundzwanzigsten', 'zweiundzwanzigsten', 'dreiundzwanzigsten', 'vierundzwanzigsten', 'fünfundzwanzigsten', 'sechsundzwanzigsten',
      'siebenundzwanzigsten', 'achtundzwanzigsten', 'neunundzwanzigsten', 'dreißigsten', 'einunddreißigsten',
    ],
    day: 'am {date}',
    today: 'heute',
    tonight: 'heute Abend',
    yesterday: 'gestern',
    week: 'in der Woche vom {date}',
    weekend: 'am Wochenende vom {date}',
    month: 'im {month}',
    year: 'im Jahr {year}',
    lastTime: 'beim letzten Mal',
  },
  answers: {
    skip: /^(überspringen|überspring( das| die( frage)?)?|skip|weiter|nächste( frage)?|(ich )?weiß (es )?nicht|keine ahnung|(gar )?nichts|nein|nee|nö|keine|lieber nicht|(das )?(möchte|will) ich nicht sagen|(ich )?passe|kein kommentar)$/u,
    unclear: /^(ja|jo|jap|jep|okay|ok|klar|sicher|äh+|ähm+|öhm+|hm+|mhm+|mm+)$/u,
    repeat: /^(wiederholen|wiederhole( die frage| das)?|wiederhol( die frage| das)?|noch ?mal|noch einmal|sag (das|es) noch ?(mal|einmal)|was( war die frage)?|wie bitte|bitte was|entschuldigung|was hast du gesagt)$/,
    // Only clear commands: a bare noun ("Ruhe", "Pause", "Schlaf", "genug") answers the question, and is kept.
    stop: /^(stopp?( bitte| jetzt)?|hör auf|hör bitte auf|aufhören|abbrechen|brich ab|vergiss es|schon gut|das reicht|ich bin fertig|beenden|keine fragen mehr)$/u,
    // Said now ("mir ist schwindelig", "ich habe Kopfschmerzen"); a bare "Kopfschmerzen" answers "was war heute schwer?".
    unwell: /^(mir ist|mir wird|ich fühle mich|mir geht es) ((etwas|ein bisschen|ganz|so|sehr|total|plötzlich|gerade|jetzt) )?(schwindelig|schwindlig|übel|schlecht|flau|schwach|benommen|zittrig|komisch|nicht gut|nicht so gut)( jetzt| gerade)?$|^ich habe (jetzt |gerade )?(starke )?(kopfschmerzen|kopfweh|migräne)$|^mir dreht sich (alles|der kopf)$|^mir wird schwarz vor (den )?augen$/u,
    help: /^(hilfe|hilf mir|was kann ich sagen|was soll ich sagen|was soll ich tun|wie funktioniert das)$/,
    heavy: HEAVY_DE,
    unsafe: UNSAFE_DE,
    previousQuestion: /^((geh )?zurück zur (letzten|vorherigen) frage|(die )?vorherige frage( bitte)?|(die )?letzte frage( noch ?mal)?|(geh )?eine frage zurück|die frage davor)$/u,
    journal: /^(was (habe|hab) ich (heute |gestern |heute abend |letztes mal |diese woche |letzte woche |vorhin )?gesagt|was habe ich (heute |gestern )?geantwortet|lies (mir )?(mein tagebuch|meine antworten) vor|spiel (mir )?(mein tagebuch|meine antworten) vor|mein tagebuch)$/,
    previous: /^(zurück|geh zurück|eins zurück|einen zurück|vorherige[rs]?|der vorherige|der letzte noch mal)$/u,
    startOver: /^(von vorne?|noch ?mal von vorne?|fang (noch ?mal )?(von vorne? )?an|neu anfangen|neu starten|neustart|von anfang an)$/,
    slower: /^(langsamer( bitte)?|(etwas|ein bisschen|ein wenig) langsamer|bitte langsamer|mach (mal )?langsamer|zu schnell|nicht so schnell)$/,
    faster: /^(schneller( bitte)?|(etwas|ein bisschen|ein wenig) schneller|bitte schneller|mach (mal )?schneller|zu langsam|nicht so langsam)$/,
  },
  sayTime,
  partOfDay: (hhmm) => EVERY[partOfDay(Number(hhmm.split(':')[0]))],
  screen: {
    title: (name) => capitalise(name.replace(/^(deiner|deinen|deinem|der|den|dem|im|in der|in den|an den|rund um die)\s+/i, '')),
    progress: '{step} von {total}',
  },
};

const HOURS = ['zwölf', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf'];

type Part = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';
/** Morgen from 4, Mittag at 12, Nachmittag from 1 pm, Abend from 5 pm until midnight, Nacht until 4 am. */
function partOfDay(h: number): Part {
  if (h >= 4 && h < 12) return 'morning';
  if (h === 12) return 'noon';
  if (h > 12 && h < 17) return 'afternoon';
  if (h >= 17) return 'evening';
  return 'night';
}
const WHEN: Record<Part, Record<'today' | 'tomorrow', string>> = {
  morning: { today: 'heute Morgen', tomorrow: 'morgen früh' },
  noon: { today: 'heute Mittag', tomorrow: 'morgen Mittag' },
  afternoon: { today: 'heute Nachmittag', tomorrow: 'morgen Nachmittag' },
  evening: { today: 'heute Abend', tomorrow: 'morgen Abend' },
  night: { today: 'heute Nacht', tomorrow: 'morgen Nacht' },
};
/** How a reminder repeats: "und danach jeden Abend". */
const EVERY: Record<Part, string> = { morning: 'jeden Morgen', noon: 'jeden Mittag', afternoon: 'jeden Nachmittag', evening: 'jeden Abend', night: 'jede Nacht' };

/**
 * A time as Germans say it, on the day it first comes: "heute Abend um halb zehn", "morgen früh um
 * Viertel nach sieben". The quarters in words, as people say them; any other minute as Alexa reads
 * "21:40 Uhr".
 */
export function sayTime(hhmm: string, day: 'today' | 'tomorrow'): string {
  const [h, m] = hhmm.split(':').map(Number);
  const when = WHEN[partOfDay(h)][day];
  if (h === 0 && m === 0) return `${day === 'today' ? 'heute' : 'morgen'} um Mitternacht`;
  const hour = (n: number) => HOURS[n % 12];
  let clock: string;
  if (m === 0) clock = `${h % 12 === 1 ? 'ein' : hour(h)} Uhr`;
  else if (m === 15) clock = `Viertel nach ${hour(h)}`;
  else if (m === 30) clock = `halb ${hour(h + 1)}`;
  else if (m === 45) clock = `Viertel vor ${hour(h + 1)}`;
  else clock = `${h}:${String(m).padStart(2, '0')} Uhr`;
  return `${when} um ${clock}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
