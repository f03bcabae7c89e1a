import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, contentFor, countNoun, LOCALES } from '../../lambda/content';

/** The one map from locale to content: explicit for every locale the skill ships a model for. */

const MODELS = readdirSync(join(__dirname, '..', '..', 'interaction-models'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

test('every locale with an interaction model has its content registered (not by fallback)', () => {
  expect(MODELS.length).toBeGreaterThan(0);
  const missing = MODELS.filter((l) => !Object.hasOwn(CATALOGUE, l));
  expect(missing).toEqual([]);
});

test('every registered locale has a model', () => {
  expect([...LOCALES].sort()).toEqual([...MODELS].sort());
});

test('an unknown locale is answered in a language the skill speaks', () => {
  expect(contentFor('en-NZ')).toBe(CATALOGUE['en-US']);
  expect(contentFor('xx-XX')).toBe(CATALOGUE['en-US']);
  expect(contentFor(undefined)).toBe(CATALOGUE['en-US']);
});

describe('English rules', () => {
  const en = contentFor('en-US');
  test('a time of day as it is said', () => {
    expect(en.sayTime('21:30', 'today')).toBe('nine thirty tonight');
    expect(en.sayTime('21:00', 'tomorrow')).toBe('nine tomorrow night');
    expect(en.sayTime('07:05', 'tomorrow')).toBe('seven oh five tomorrow morning');
    expect(en.sayTime('18:45', 'today')).toBe('six forty-five this evening');
    expect(en.sayTime('00:15', 'today')).toBe('twelve fifteen at night');
    expect(en.sayTime('12:00', 'today')).toBe('noon today');
    expect(en.sayTime('00:00', 'tomorrow')).toBe('midnight');
    expect(en.partOfDay('21:30')).toBe('night');
    expect(en.partOfDay('07:00')).toBe('morning');
  });
  test('counted words', () => {
    expect(countNoun(en, 'massage', 1)).toBe('massage');
    expect(countNoun(en, 'massage', 2)).toBe('massages');
    expect(countNoun(en, 'massage', 0)).toBe('massages');
  });
  test('a screen title from the spoken name of an area', () => {
    expect(en.screen.title('your jaw')).toBe('Jaw');
    expect(en.screen.title('the area around your eyes')).toBe('Area around your eyes');
  });
  test('the reflection steers by whole answers only', () => {
    expect(en.answers.skip.test('skip')).toBe(true);
    expect(en.answers.skip.test('skipping stones by the lake')).toBe(false);
    expect(en.answers.unclear.test('yeah')).toBe(true);
    expect(en.answers.repeat.test('say that again')).toBe(true);
  });
});
