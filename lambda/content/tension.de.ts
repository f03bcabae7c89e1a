import type { TensionWords } from './types';

/**
 * How the tension check-in and its patterns are said in German. The lines put every count and
 * area after "an" or "bei" ("an drei der letzten sieben Abende", "bei deinem Kiefer"), so the
 * numbers are in the dative ("an einem", "an keinem") and the verbs never agree with an area.
 */
export const TENSION_DE: TensionWords = {
  numbers: ['keinem', 'einem', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig'],
  and: (first, second) => `${first} und ${second}`,
  plural: [],
  was: { one: 'war', other: 'waren' },
  hasBeen: { one: 'war', other: 'waren' },
  // Zero said on its own follows "an" too: "in der Woche davor an keinem".
  none: 'keinem',
  chartTitle: 'Wo es sich fest anfühlte, die letzten vierzehn Abende',
  chartAllOver: 'Überall',
};
