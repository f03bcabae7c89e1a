import { AREA_CONTENT, LAST_CUES, MIDDLE_CUES } from './areas.de';
import { LINES } from './lines.de';
import { TENSION_DE } from './tension.de';
import type { Content } from './types';

/**
 * German (de-DE). The lines put places, tools and times where German grammar wants them:
 * areas and tools in the dative, {when} as an adverbial ("am Montag", "in der Woche vom 16. November").
 */
export const DE: Content = {
  language: 'de',
  areas: AREA_CONTENT,
  middleCues: MIDDLE_CUES,
  lastCues: LAST_CUES,
  lines: LINES,
  toolNames: { hands: 'deinen Händen', roller: 'deinem Roller', guasha: 'deinem Gua Sha' },
  lengthNames: { quick: 'kurze', standard: 'normale', deep: 'ausführliche' },
  paceNames: { slower: 'langsamer', normal: 'im gewohnten Tempo', faster: 'schneller' },
  // "eine Massage", never "1 Massage": Alexa reads a lone digit as "eins".
  // Evenings are counted after "an" or "von": "an einem Abend", "von drei Abenden".
  nouns: { massage: { one: 'eine Massage', other: '{count} Massagen' }, evening: { one: 'einem Abend', other: '{count} Abenden' } },
  tension: TENSION_DE,
  calendar: {
    weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    // A date always follows "am" or "vom", so its ordinal is in the dative: "am Montag, dem dreiundzwanzigsten November".
    date: '{weekday}, dem {ordinal} {month}',
    dateOtherYear: '{weekday}, dem {ordinal} {month} {year}',
    ordinals: [
      'ersten', 'zweiten', 'dritten', 'vierten', 'fünften', 'sechsten', 'siebten', 'achten', 'neunten', 'zehnten',
      'elften', 'zwölften', 'dreizehnten', 'vierzehnten', 'fünfzehnten', 'sechzehnten', 'siebzehnten', 'achtzehnten', 'neunzehnten', 'zwanzigsten',
      'einundzwanzigsten', 'zweiundzwanzigsten', 'dreiundzwanzigsten', 'vierundzwanzigsten', 'fünfundzwanzigsten', 'sechsundzwanzigsten',
      'siebenundzwanzigsten', 'achtundzwanzigsten', 'neunundzwanzigsten', 'dreißigsten', 'einunddreißigsten',
    ],
    day: 'am {date}',
    today: 'heute',
    yesterday: 'gestern',
    week: 'in der Woche vom {date}',
    weekend: 'am Wochenende vom {date}',
    month: 'im {month}',
    year: 'im Jahr {year}',
    lastTime: 'beim letzten Mal',
  },
  answers: {
    skip: /^(überspringen|überspring( das| die( frage)?)?|skip|weiter|nächste( frage)?|(ich )?weiß (es )?nicht|keine ahnung|(gar )?nichts|nein|nee|nö|keine|lieber nicht|(das )?(möchte|will) ich nicht sagen|(ich )?passe|kein kommentar)$/,
    unclear: /^(ja|jo|jap|jep|okay|ok|klar|sicher|äh+|ähm+|öhm+|hm+|mhm+|mm+)$/,
    repeat: /^(wiederholen|wiederhole( die frage| das)?|wiederhol( die frage| das)?|noch ?mal|noch einmal|sag (das|es) noch ?(mal|einmal)|was( war die frage)?|wie bitte|bitte was|entschuldigung|was hast du gesagt)$/,
    stop: /^(stopp?( bitte| jetzt)?|hör auf|aufhören|abbrechen|brich ab|vergiss es|schon gut|genug|das reicht|(ich bin )?fertig|ende|beenden|pause)$/,
    help: /^(hilfe|hilf mir|was kann ich sagen|was soll ich sagen|was soll ich tun|wie funktioniert das)$/,
    previous: /^(zurück|geh zurück|eins zurück|einen zurück|vorherige[rs]?|der vorherige|der letzte noch mal)$/,
    startOver: /^(von vorne?|noch ?mal von vorne?|fang (noch ?mal )?(von vorne? )?an|neu anfangen|neu starten|neustart|von anfang an)$/,
    slower: /^(langsamer( bitte)?|(etwas|ein bisschen|ein wenig) langsamer|bitte langsamer|mach (mal )?langsamer|zu schnell|nicht so schnell)$/,
    faster: /^(schneller( bitte)?|(etwas|ein bisschen|ein wenig) schneller|bitte schneller|mach (mal )?schneller|zu langsam|nicht so langsam)$/,
  },
  sayTime,
  screen: {
    title: (name) => capitalise(name.replace(/^(deiner|deinen|deinem|der|den|dem)\s+/i, '')),
    progress: '{step} von {total}',
  },
};

const HOURS = ['zwölf', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf'];

/**
 * A time as Germans say it. In the evening the quarters are said in words, as people say them
 * ("halb zehn", "Viertel nach neun", "neun Uhr"); any other time as Alexa reads "21:40 Uhr".
 */
export function sayTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  if (h === 0 && m === 0) return 'Mitternacht';
  if (h >= 17 && m % 15 === 0) {
    const hour = (n: number) => HOURS[n % 12];
    if (m === 0) return `${h % 12 === 1 ? 'ein' : hour(h)} Uhr`;
    if (m === 15) return `Viertel nach ${hour(h)}`;
    if (m === 30) return `halb ${hour(h + 1)}`;
    return `Viertel vor ${hour(h + 1)}`;
  }
  return `${h}:${String(m).padStart(2, '0')} Uhr`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
