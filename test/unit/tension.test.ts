import { practiceDay } from '../../lambda/progress/days';
import { normaliseProfile } from '../../lambda/store/normalise';
import { newProfile, type Profile } from '../../lambda/store/types';
import {
  checkInOf,
  chooseFocus,
  focusedBefore,
  readCheckIn,
  staleDays,
  suggestedFocus,
  tensionChart,
  tensionPattern,
  type CheckIn,
  type CheckIns,
} from '../../lambda/progress/tension';

/** The tension check-in: what an answer keeps, the patterns over 7 and 30 practice days, tomorrow's focus. */

const TODAY = '2026-11-24';

/** Check-ins given as days ago -> answer. */
function ago(entries: Record<number, CheckIn>, today = TODAY): CheckIns {
  const out: Record<string, CheckIn> = {};
  for (const [n, c] of Object.entries(entries)) {
    const d = new Date(Date.parse(`${today}T12:00:00Z`) - Number(n) * 86400000);
    out[d.toISOString().slice(0, 10)] = c;
  }
  return out;
}

describe('an answer', () => {
  test('keeps up to two distinct areas in the order said, never the finishing pass', () => {
    expect(checkInOf(['jaw'])).toEqual(['jaw']);
    expect(checkInOf(['jaw', 'neck'])).toEqual(['jaw', 'neck']);
    expect(checkInOf(['jaw', 'jaw'])).toEqual(['jaw']);
    expect(checkInOf(['finish', 'eyes'])).toEqual(['eyes']);
    expect(checkInOf(['jaw', 'neck', 'eyes'])).toEqual(['jaw', 'neck']);
  });
  test('an area beats a word said with it; a word alone is kept; nothing usable is nothing', () => {
    expect(checkInOf(['temples'], 'everywhere')).toEqual(['temples']);
    expect(checkInOf([undefined], 'nowhere')).toEqual(['nowhere']);
    expect(checkInOf([], 'unsure')).toEqual(['unsure']);
    expect(checkInOf(['elbow'], 'sometimes')).toBeUndefined();
  });
  test('a stored value is read only when it is a real answer', () => {
    expect(readCheckIn(['jaw', 'neck'])).toEqual(['jaw', 'neck']);
    expect(readCheckIn(['nowhere'])).toEqual(['nowhere']);
    for (const bad of [[], ['jaw', 'jaw'], ['jaw', 'neck', 'eyes'], ['nowhere', 'jaw'], ['finish'], 'jaw', null, [3]]) expect(readCheckIn(bad)).toBeUndefined();
  });
});

describe('windows of practice days', () => {
  test('the last seven evenings include tonight and six before; the eighth is out', () => {
    const p = tensionPattern(ago({ 0: ['jaw'], 6: ['jaw'], 7: ['jaw'] }), TODAY);
    expect(p.week.areas).toEqual([{ area: 'jaw', evenings: 2 }]);
    expect(p.month.areas).toEqual([{ area: 'jaw', evenings: 3 }]);
  });
  test('without an answer tonight (asked in the morning), the windows end last night', () => {
    const p = tensionPattern(ago({ 1: ['jaw'], 7: ['jaw'], 8: ['neck'] }), TODAY);
    expect(p.week.areas).toEqual([{ area: 'jaw', evenings: 2 }]);
    expect(tensionChart(ago({ 1: ['jaw'] }), TODAY).days[13]).toBe('2026-11-23');
  });
  test('the last thirty include the 29th day back, not the 30th', () => {
    const p = tensionPattern(ago({ 0: ['nowhere'], 29: ['neck'], 30: ['neck'], 45: ['neck'] }), TODAY);
    expect(p.month.areas).toEqual([{ area: 'neck', evenings: 1 }]);
    expect(p.total).toBe(4);
  });
  test('an answer given at 1 am belongs to the evening before (4 am turnover)', () => {
    const at1am = practiceDay(new Date('2026-11-25T09:00:00Z'), 'America/Los_Angeles'); // 1 am on the 25th
    expect(at1am).toBe('2026-11-24');
    const p = tensionPattern({ [at1am]: ['jaw'] }, practiceDay(new Date('2026-11-25T20:00:00Z'), 'America/Los_Angeles'));
    expect(p.week.areas).toEqual([{ area: 'jaw', evenings: 1 }]);
  });
  test('check-ins count by kind: unsure and skipped are not check-ins; nowhere is, but holds no tension', () => {
    const p = tensionPattern(ago({ 0: ['nowhere'], 1: ['unsure'], 2: ['skipped'], 3: ['everywhere'], 4: ['jaw', 'neck'] }), TODAY);
    expect(p.total).toBe(3);
    expect(p.week).toMatchObject({ checkIns: 3, tenseEvenings: 2, everywhere: 1 });
  });
});

describe('ranking', () => {
  test('most evenings first', () => {
    const p = tensionPattern(ago({ 0: ['neck'], 1: ['jaw'], 2: ['jaw', 'neck'], 3: ['jaw'] }), TODAY);
    expect(p.week.areas).toEqual([
      { area: 'jaw', evenings: 3 },
      { area: 'neck', evenings: 2 },
    ]);
  });
  test('a tie goes to the area named most recently, then to the routine order', () => {
    expect(tensionPattern(ago({ 0: ['neck'], 1: ['jaw'] }), TODAY).week.areas.map((a) => a.area)).toEqual(['neck', 'jaw']);
    expect(tensionPattern(ago({ 0: ['neck', 'forehead'] }), TODAY).week.areas.map((a) => a.area)).toEqual(['forehead', 'neck']);
  });
});

describe('easing', () => {
  test('fewer tense evenings than the seven before is easing', () => {
    const p = tensionPattern(ago({ 0: ['jaw'], 2: ['nowhere'], 7: ['jaw'], 8: ['jaw'], 10: ['everywhere'] }), TODAY);
    expect([p.week.tenseEvenings, p.weekBefore.tenseEvenings, p.trend]).toEqual([1, 3, 'easing']);
  });
  test('the same number is the same; more is more', () => {
    expect(tensionPattern(ago({ 0: ['jaw'], 8: ['neck'] }), TODAY).trend).toBe('same');
    expect(tensionPattern(ago({ 0: ['jaw'], 1: ['jaw'], 8: ['neck'] }), TODAY).trend).toBe('more');
  });
  test('no trend without a check-in in both weeks', () => {
    expect(tensionPattern(ago({ 0: ['jaw'], 1: ['jaw'] }), TODAY).trend).toBeUndefined();
    expect(tensionPattern(ago({ 8: ['jaw'], 9: ['jaw'] }), TODAY).trend).toBeUndefined();
    expect(tensionPattern(ago({ 0: ['jaw'], 9: ['unsure'] }), TODAY).trend).toBeUndefined();
  });
});

describe("tomorrow's focus", () => {
  test('the area named most over the last few evenings; last night is said', () => {
    expect(suggestedFocus(ago({ 1: ['jaw'], 2: ['neck'], 3: ['jaw'] }), TODAY)).toEqual({ area: 'jaw', evenings: 2, lastNight: true });
    expect(suggestedFocus(ago({ 2: ['neck'], 3: ['neck'], 1: ['nowhere'] }), TODAY)).toEqual({ area: 'neck', evenings: 2, lastNight: false });
  });
  test('on a tie, the most recent; older evenings, words and nothing give no focus', () => {
    expect(suggestedFocus(ago({ 1: ['temples'], 2: ['jaw'] }), TODAY)?.area).toBe('temples');
    expect(suggestedFocus(ago({ 4: ['jaw'], 10: ['jaw'] }), TODAY)).toBeUndefined();
    expect(suggestedFocus(ago({ 1: ['everywhere'], 2: ['nowhere'] }), TODAY)).toBeUndefined();
    expect(suggestedFocus({}, TODAY)).toBeUndefined();
  });
  test('the focus is not new when the check-ins gave the same one to the last routine, last night\'s or an earlier one tonight', () => {
    const day = (n: number) => Object.keys(ago({ [n]: ['jaw'] }))[0];
    const neckTwice = ago({ 1: ['neck'], 2: ['neck'] });
    expect(focusedBefore(neckTwice, 'neck', TODAY, day(1))).toBe(true); // last night's routine had the neck (named the night before)
    expect(focusedBefore(neckTwice, 'jaw', TODAY, day(1))).toBe(false);
    expect(focusedBefore(neckTwice, 'neck', TODAY, day(2))).toBe(false); // no routine last night: new again
    expect(focusedBefore(neckTwice, 'neck', TODAY, undefined)).toBe(false);
    // Last night's own answer came after its routine: that routine had no focus.
    expect(focusedBefore(ago({ 1: ['neck'] }), 'neck', TODAY, day(1))).toBe(false);
    // An earlier routine tonight, shaped by last night's answer.
    expect(focusedBefore(ago({ 1: ['neck'] }), 'neck', TODAY, TODAY)).toBe(true);
  });
});

describe('tonight\'s focus: recent check-ins versus a focus asked for', () => {
  const recent = ago({ 1: ['jaw'], 2: ['jaw'] });
  test('a focus asked for tonight wins, then the usual one', () => {
    expect(chooseFocus({ tonight: 'neck', usual: 'eyes' }, recent, TODAY)).toEqual({ area: 'neck', from: 'asked' });
    expect(chooseFocus({ usual: 'eyes' }, recent, TODAY)).toEqual({ area: 'eyes', from: 'asked' });
  });
  test('without one, the area from the last few evenings, and why', () => {
    expect(chooseFocus({}, recent, TODAY)).toEqual({ area: 'jaw', from: 'tension', evenings: 2, lastNight: true });
    expect(chooseFocus({}, {}, TODAY)).toBeUndefined();
  });
  test('not once the user turned the check-in off', () => {
    expect(chooseFocus({}, recent, TODAY, false)).toBeUndefined();
  });
});

describe('keeping and showing', () => {
  test('days beyond the last sixty are pruned', () => {
    expect(staleDays(ago({ 0: ['jaw'], 59: ['jaw'], 60: ['neck'], 200: ['eyes'] }), TODAY).sort()).toEqual(['2026-05-08', '2026-09-25']);
  });
  test('the chart: fourteen evenings, oldest first, a row per area named, everywhere on its own', () => {
    const c = tensionChart(ago({ 0: ['neck'], 3: ['everywhere'], 13: ['jaw'], 14: ['eyes'] }), TODAY);
    expect(c.days).toHaveLength(14);
    expect(c.days[13]).toBe(TODAY);
    expect(c.rows.map((r) => r.area)).toEqual(['jaw', 'neck']);
    expect(c.rows[0].marks.map(Number).join('')).toBe('10000000000000');
    expect(c.rows[1].marks.map(Number).join('')).toBe('00000000000001');
    expect(c.everywhere[10]).toBe(true);
  });
});

test('a stored profile keeps only real check-ins and a known check-in choice (a hand edit or an older version falls back)', () => {
  const stored = {
    ...newProfile('u', '2026-11-01T00:00:00Z'),
    prefs: { ...newProfile('u', '').prefs, checkIn: 'sometimes' },
    tension: { '2026-11-24': ['jaw'], yesterday: ['jaw'], '2026-11-23': ['elbow'], '2026-11-22': 'jaw', '2026-11-21': ['nowhere'] },
  } as unknown as Profile;
  const p = normaliseProfile(stored);
  expect(p.tension).toEqual({ '2026-11-24': ['jaw'], '2026-11-21': ['nowhere'] });
  expect(p.prefs.checkIn).toBeUndefined();
  expect(normaliseProfile({ ...stored, prefs: { ...stored.prefs, checkIn: 'never' } }).prefs.checkIn).toBe('never');
});
