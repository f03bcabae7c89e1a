import { sayDate, sayDay, sayRange } from '../../lambda/content/calendar';
import { contentFor } from '../../lambda/content';
import { takePart } from '../../lambda/handlers/journal';
import { escapeText } from '../../lambda/ssml/speech';

/** How the journal is cut for length and how its days are said. */

const cal = contentFor('en-US').calendar;

describe('one date style', () => {
  test('a day in full, today and yesterday by those words, another year with its year', () => {
    expect(sayDate(cal, '2026-11-23', '2026-11-25')).toBe('Monday, November twenty-third');
    expect(sayDay(cal, '2026-11-23', '2026-11-25')).toBe('Monday, November twenty-third');
    expect(sayDay(cal, '2026-11-24', '2026-11-25')).toBe('yesterday');
    expect(sayDay(cal, '2026-11-25', '2026-11-25')).toBe('today');
    expect(sayDay(cal, '2025-12-31', '2026-01-05')).toBe('Wednesday, December thirty-first, 2025');
    expect(sayDay(cal, '2026-11-01', '2026-11-25')).toBe('Sunday, November first');
    expect(sayRange(cal, { fromDay: '2026-11-16', toDay: '2026-11-22', kind: 'week' }, '2026-11-25')).toBe('the week of Monday, November sixteenth');
  });
});

describe('an answer cut for length', () => {
  const text = 'We walked to the lake. The water was cold. Then we had soup & bread at home.';

  test('all of it when it fits', () => {
    expect(takePart(text, 100, 1000)).toEqual({ text, next: text.length });
  });

  test('at the end of a sentence when one keeps at least half', () => {
    const part = takePart(text, 12, 1000);
    expect(part.text).toBe('We walked to the lake. The water was cold.');
    expect(text.slice(part.next)).toBe('Then we had soup & bread at home.');
  });

  test('else at a word, and the rest begins at the next word', () => {
    const part = takePart(text, 3, 1000);
    expect(part.text).toBe('We walked to');
    expect(text.slice(part.next)).toMatch(/^the lake\./);
  });

  test('within rendered characters: escaping counts', () => {
    const amps = Array.from({ length: 50 }, () => "&'<").join(' ');
    const part = takePart(amps, 1000, 100);
    expect(escapeText(part.text).length).toBeLessThanOrEqual(100);
    expect(part.text.length).toBeGreaterThan(0);
    expect(amps.slice(0, part.next).trim()).toBe(part.text);
  });

  test('a single word longer than the allowance is cut inside the word, never left empty', () => {
    const word = '&'.repeat(300);
    const part = takePart(word, 100, 50);
    expect(part.text.length).toBeGreaterThan(0);
    expect(escapeText(part.text).length).toBeLessThanOrEqual(50);
    expect(part.next).toBe(part.text.length);
  });
});
