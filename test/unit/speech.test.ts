import { countWords, pause, render, say, type Voice } from '../../lambda/ssml/speech';

/** Any voice: the SSML does not depend on the language's rate. */
const voice: Voice = { wordsPerSecond: 2, ratePercent: 100 };

describe('render joins its parts as a listener hears them', () => {
  test('spoken parts are separated by one space, and a break needs none', () => {
    expect(render([say('Breathe in.'), say('Breathe out.'), pause(2), say('Now the jaw.')], voice).ssml).toBe(
      '<speak>Breathe in. Breathe out.<break time="2s"/>Now the jaw.</speak>',
    );
  });
  test('a pause of no length does not glue two sentences together', () => {
    expect(render([say('Rest.'), pause(0), say('Then the neck.')], voice).ssml).toBe('<speak>Rest. Then the neck.</speak>');
  });
  test('a long routine renders every part once, in order', () => {
    const segments = Array.from({ length: 2000 }, (_, i) => (i % 2 ? pause(1) : say(`Step ${i}.`)));
    const ssml = render(segments, voice).ssml;
    expect(ssml.match(/Step \d+\./g)).toHaveLength(1000);
    expect(ssml.indexOf('Step 1998.')).toBeGreaterThan(ssml.indexOf('Step 0.'));
  });
});

describe('word counts', () => {
  test('a text counts the same every time, whatever was counted in between (nothing is kept between counts)', () => {
    const text = '  Slide two fingers along the jaw  ';
    const first = countWords(text);
    for (let i = 0; i < 5000; i++) countWords(`answer number ${i}`);
    expect(first).toBe(6);
    expect(countWords(text)).toBe(6);
    expect(countWords('   ')).toBe(0);
  });
});
