import type { TensionWords } from './types';

/** How the tension check-in and its patterns are said in English. */
export const TENSION_EN: TensionWords = {
  numbers: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
  none: 'none',
  and: (first, second) => `${first} and ${second}`,
  list: (names) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '')),
  places: {},
  plural: ['brows', 'temples', 'cheeks', 'ears'],
  was: { one: 'was', other: 'were' },
  hasBeen: { one: 'has been', other: 'have been' },
  chartTitle: 'Where it felt tight, the last fourteen evenings',
  chartAllOver: 'All over',
};
