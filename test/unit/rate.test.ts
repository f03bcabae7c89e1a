import { CATALOGUE, contentFor, type Content } from '../../lambda/content';

/**
 * Each language's speaking rate, as the speech estimate uses it, is measured on its own words:
 * English is the reference (2.5 words a second), and another language speaks as many syllables a
 * second, so its words a second follow from how many syllables its words have in our content
 * (counted with the language's own rule, `speakingRate.syllables`).
 */

/** Every word the skill can say in a language: its lines, and each area's words and cues. */
function everyWord(c: Content): string[] {
  const texts = [
    ...Object.values(c.lines).flat(),
    ...c.middleCues,
    ...c.lastCues,
    ...Object.values(c.areas).flatMap((a) => [a.name, ...a.intro, a.purpose, ...Object.values(a.instructions), ...Object.values(a.bedtimeInstructions), ...Object.values(a.short), ...a.cues]),
  ];
  return texts
    .flatMap((t) => t.replace(/\{\w+\}/g, ' ').toLowerCase().split(/\s+/))
    .map((w) => w.replace(/[^\p{L}'-]/gu, ''))
    .filter((w) => /\p{L}/u.test(w));
}

function syllablesPerWord(c: Content): number {
  const words = everyWord(c);
  return words.reduce((t, w) => t + c.speakingRate.syllables(w), 0) / words.length;
}

const en = contentFor('en-US');
const languages = [...new Set(Object.values(CATALOGUE))];

test('English is the reference: 2.5 words a second, words of about a syllable and a quarter', () => {
  expect(en.speakingRate.wordsPerSecond).toBe(2.5);
  expect(syllablesPerWord(en)).toBeGreaterThan(1.2);
  expect(syllablesPerWord(en)).toBeLessThan(1.4);
});

test.each(languages.map((c) => [c.language, c]))("%s is given the words a second its syllables make at English's syllable rate (within 2 %%)", (_, c) => {
  const measured = (en.speakingRate.wordsPerSecond * syllablesPerWord(en)) / syllablesPerWord(c);
  expect(Math.abs(c.speakingRate.wordsPerSecond - measured) / measured).toBeLessThan(0.02);
});

test('German words are longer, so German is said in fewer words a second', () => {
  const de = contentFor('de-DE');
  expect(syllablesPerWord(de)).toBeGreaterThan(syllablesPerWord(en) * 1.15);
  expect(de.speakingRate.wordsPerSecond).toBeLessThan(en.speakingRate.wordsPerSecond * 0.87);
});

test('the syllable rules count words of our content as people say them', () => {
  const count = (c: Content, words: string) => words.split(' ').map((w) => c.speakingRate.syllables(w));
  expect(count(en, 'massage breathe gently temples pressed rested jaw slowly')).toEqual([2, 1, 2, 2, 1, 2, 1, 2]);
  expect(count(contentFor('de-DE'), 'schläfen augenbrauen gesichtsmassage sanft streich kiefer ohrläppchen')).toEqual([2, 4, 5, 1, 1, 2, 3]);
});
