import { contentFor, LOCALES } from '../../lambda/content';
import { AREAS, TOOLS } from '../../lambda/routine/types';

/** The words themselves: complete for every area and tool, short, and free of health claims. */

const content = contentFor('en-US');
const everyLine = [
  ...Object.values(content.lines).flat(),
  ...content.middleCues,
  ...content.lastCues,
  ...Object.values(content.areas).flatMap((a) => [...a.intro, a.purpose, a.name, ...a.cues, ...Object.values(a.instructions), ...Object.values(a.bedtimeInstructions)]),
];

test('every area has an intro, a purpose, an instruction per tool (and a shorter one for bedtime), cues and a hold', () => {
  for (const id of AREAS) {
    const a = content.areas[id];
    expect(a.intro.length).toBeGreaterThanOrEqual(3);
    expect(a.cues.length).toBeGreaterThanOrEqual(3);
    expect(a.holdSeconds).toBeGreaterThan(0);
    for (const tool of TOOLS) {
      expect(a.instructions[tool].split(' ').length).toBeLessThanOrEqual(25);
      expect(a.bedtimeInstructions[tool].split(' ').length).toBeLessThan(a.instructions[tool].split(' ').length);
    }
  }
});

test('every routine ends with the hands: the finish tells tool users to set the tool down', () => {
  expect(content.areas.finish.instructions.roller).toMatch(/set the roller down/i);
  expect(content.areas.finish.instructions.guasha).toMatch(/set the stone down/i);
});

test('no medical or cosmetic claims anywhere', () => {
  const claims = /\b(detox\w*|toxins?|cures?|heal\w*|collagen|elastin|anti-?aging|wrinkles?|lymphatic drainage|drain\w*|migraines?|headaches? relief|rejuvenat\w*|sculpt\w*|contour\w*|lifts?|firm\w*|treat(s|ment)?)\b/i;
  for (const line of everyLine) expect(line).not.toMatch(claims);
});

test('the safety note is said the first time: light pressure, stop if sore', () => {
  expect(content.lines.welcomeFirst.join(' ')).toMatch(/light/);
  expect(content.lines.welcomeFirst.join(' ')).toMatch(/stop if anything/);
});

test('cues are short, and a cue never repeats its own area\'s instruction word for word', () => {
  for (const cue of [...content.middleCues, ...content.lastCues]) expect(cue.split(' ').length).toBeLessThanOrEqual(6);
  for (const id of AREAS) {
    const a = content.areas[id];
    for (const cue of a.cues) {
      expect(cue.split(' ').length).toBeLessThanOrEqual(6);
      for (const tool of TOOLS) expect(a.instructions[tool].toLowerCase()).not.toContain(cue.toLowerCase().replace(/\.$/, ''));
    }
  }
});

test('placeholders in lines are only those the skill fills', () => {
  const known = new Set(['area', 'tool', 'count', 'length', 'pace', 'completed', 'massages', 'minutes', 'current', 'best', 'when', 'other', 'answer', 'time', 'areas', 'second', 'count2', 'was', 'hasBeen', 'evenings', 'now', 'before', 'minutesWord', 'currentDays', 'bestDays', 'at', 'every', 'tonight']);
  for (const line of Object.values(content.lines).flat()) for (const m of line.matchAll(/\{(\w+)\}/g)) expect(known).toContain(m[1]);
});

test('all five English locales are served the same content', () => {
  const english = LOCALES.filter((l) => l.startsWith('en-'));
  expect(english.sort()).toEqual(['en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US']);
  for (const l of english) expect(contentFor(l)).toBe(content);
});
