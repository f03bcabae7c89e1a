import { contentFor } from '../../lambda/content';

/**
 * Answers that need kindness rather than thanks (AnswerWords.heavy), and within them the ones that
 * need a person now (AnswerWords.unsafe), found in an answer as the reflection normalises it; and the
 * ordinary answers that share their words, which must stay ordinary.
 */

/** As handlers/reflection.ts reads an answer: lowercased, punctuation out, spaces collapsed. */
const said = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

const CASES: Record<'en-US' | 'de-DE', { heavy: string[]; unsafe: string[]; ordinary: string[] }> = {
  'en-US': {
    heavy: [
      'my mother died today',
      'My dad passed away last night.',
      "we went to my grandma's funeral",
      'I had a panic attack at work',
      'my boyfriend hit me',
      'I feel so hopeless',
      "I can't cope anymore",
      'our dog died this morning',
      'I lost my brother',
      'I was attacked on the way home',
      "I'm so alone",
    ],
    unsafe: ['I want to die', "I don't want to live anymore", 'sometimes I want to kill myself', "I've been thinking about hurting myself"],
    ordinary: [
      'my plant died',
      'my phone died',
      'my phone is dead',
      'the battery died on the way home',
      'I hurt my back',
      'traffic',
      'my son passed his exam',
      "I can't go on holiday this year",
      "I'm dead tired",
      'my dad is dead tired',
      'the office was empty',
      'I got grief from my boss',
      'my mother called',
      'I killed it at work',
      'I was numb from the cold',
      'I felt dizzy at work',
      'quiet',
      'my shoes hurt me',
      'I lost my keys',
    ],
  },
  'de-DE': {
    heavy: [
      'meine Mutter ist heute gestorben',
      'Mein Vater ist gestern Nacht ganz plötzlich gestorben.',
      'wir waren auf der Beerdigung von Oma',
      'ich hatte eine Panikattacke',
      'mein Freund hat mich geschlagen',
      'ich fühle mich so hoffnungslos',
      'ich kann nicht mehr',
      'unser Hund ist gestorben',
      'ich habe meinen Bruder verloren',
      'ich wurde angegriffen',
    ],
    unsafe: ['ich will nicht mehr leben', 'ich will sterben', 'manchmal möchte ich mir etwas antun'],
    ordinary: [
      'meine Pflanze ist gestorben',
      'mein Handy ist tot',
      'der Akku ist leer',
      'Stau',
      'Stau wegen Unfall',
      'ich habe mir den Rücken verletzt',
      'meine Mutter hat angerufen',
      'meine Frau sagt die Pflanze ist gestorben',
      'ich bin todmüde',
      'ich will da nicht mehr leben',
      'ich kann nicht mehr so viel essen',
      'ich habe meinen Schlüssel verloren',
      'Ruhe',
      'mir war bei der Arbeit schwindelig',
    ],
  },
};

describe.each(Object.keys(CASES) as ('en-US' | 'de-DE')[])('%s', (locale) => {
  const words = contentFor(locale).answers;
  const { heavy, unsafe, ordinary } = CASES[locale];

  test.each(heavy)('"%s" is heavy, and not unsafe', (text) => {
    expect(words.heavy.test(said(text))).toBe(true);
    expect(words.unsafe.test(said(text))).toBe(false);
  });
  test.each(unsafe)('"%s" is unsafe, and heavy', (text) => {
    expect(words.unsafe.test(said(text))).toBe(true);
    expect(words.heavy.test(said(text))).toBe(true);
  });
  test.each(ordinary)('"%s" is an ordinary answer', (text) => {
    expect(words.heavy.test(said(text))).toBe(false);
    expect(words.unsafe.test(said(text))).toBe(false);
  });
});
