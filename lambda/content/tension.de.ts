import type { TensionWords } from './types';

/**
 * How the tension check-in and its patterns are said in German. The lines put every count after
 * "an" ("an drei der letzten sieben Abende"), so the numbers are in the dative ("an einem", "an
 * keinem"); an area is said where the tension sits, with its own preposition ("Spannung im Kiefer",
 * "rund um die Augen"), so the verbs never agree with an area. The neck is the Nacken here: that is
 * where Germans feel it, though the massage strokes the sides of the Hals.
 */
export const TENSION_DE: TensionWords = {
  numbers: ['keinem', 'einem', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig'],
  and: (first, second) => `${first} und ${second}`,
  list: (names) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}` : (names[0] ?? '')),
  places: {
    forehead: 'in der Stirn',
    brows: 'an den Augenbrauen',
    temples: 'an den Schläfen',
    eyes: 'rund um die Augen',
    cheeks: 'in den Wangen',
    jaw: 'im Kiefer',
    ears: 'an den Ohren',
    neck: 'im Nacken',
  },
  plural: [],
  was: { one: 'war', other: 'waren' },
  hasBeen: { one: 'war', other: 'waren' },
  // Zero said on its own follows "an" too: "in der Woche davor an keinem".
  none: 'keinem',
  chartTitle: 'Wo es sich fest anfühlte, die letzten vierzehn Abende',
  chartAllOver: 'Überall',
};
