import { practiceDay } from '../../lambda/progress/days';
import { rangeOfAlexaDate } from '../../lambda/progress/dates';
import { advanceStreak, streakOn } from '../../lambda/progress/streak';

describe('practice days', () => {
  test('a day turns over at 4 am local time', () => {
    // Los Angeles, 11:30 pm and 12:30 am count for the same evening
    expect(practiceDay(new Date('2026-11-25T07:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-24');
    expect(practiceDay(new Date('2026-11-25T08:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-24');
    expect(practiceDay(new Date('2026-11-25T11:59:00Z'), 'America/Los_Angeles')).toBe('2026-11-24'); // 3:59 am
    expect(practiceDay(new Date('2026-11-25T12:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-25'); // 4:00 am
  });
  test('the same instant is a different day in another zone', () => {
    const t = new Date('2026-11-24T23:00:00Z');
    expect(practiceDay(t, 'Asia/Tokyo')).toBe('2026-11-25');
    expect(practiceDay(t, 'America/New_York')).toBe('2026-11-24');
    expect(practiceDay(t, 'Not/AZone')).toBe('2026-11-24');
  });
});

describe('streaks', () => {
  const base = { completed: 3, minutes: 12, currentStreak: 3, bestStreak: 5, lastDay: '2026-11-23' };
  test('the next day adds one, the same day changes nothing, a gap starts again', () => {
    expect(advanceStreak(base, '2026-11-24')).toEqual({ currentStreak: 4, bestStreak: 5, lastDay: '2026-11-24' });
    expect(advanceStreak(base, '2026-11-23')).toEqual({ currentStreak: 3, bestStreak: 5, lastDay: '2026-11-23' });
    expect(advanceStreak(base, '2026-11-26')).toEqual({ currentStreak: 1, bestStreak: 5, lastDay: '2026-11-26' });
    expect(advanceStreak({ ...base, currentStreak: 5 }, '2026-11-24').bestStreak).toBe(6);
  });
  test('a streak lapses when a day is missed', () => {
    expect(streakOn(base, '2026-11-24').current).toBe(3);
    expect(streakOn(base, '2026-11-25').current).toBe(0);
  });
  test('a night of rest the day after the last counts in the current streak and, when it passes it, in the best', () => {
    const atBest = { ...base, currentStreak: 5, bestStreak: 5 };
    expect(streakOn(atBest, '2026-11-25', '2026-11-24')).toEqual({ current: 6, best: 6 });
    expect(streakOn(base, '2026-11-25', '2026-11-24')).toEqual({ current: 4, best: 5 });
    expect(streakOn(atBest, '2026-11-26', '2026-11-25')).toEqual({ current: 0, best: 5 });
  });
});

describe('journal dates', () => {
  const today = '2026-11-24'; // a Tuesday
  test('days, weeks, weekends, months', () => {
    expect(rangeOfAlexaDate('2026-11-23', today)).toEqual({ fromDay: '2026-11-23', toDay: '2026-11-23', kind: 'day' });
    expect(rangeOfAlexaDate('2026-W47', today)).toEqual({ fromDay: '2026-11-16', toDay: '2026-11-22', kind: 'week' });
    expect(rangeOfAlexaDate('2026-W47-WE', today)).toEqual({ fromDay: '2026-11-21', toDay: '2026-11-22', kind: 'weekend' });
    expect(rangeOfAlexaDate('2026-11', today)).toEqual({ fromDay: '2026-11-01', toDay: '2026-11-30', kind: 'month' });
  });
  test('a weekday Alexa resolved into the coming week means the past one', () => {
    expect(rangeOfAlexaDate('2026-11-30', today)?.fromDay).toBe('2026-11-23');
  });
  test('the first day of the month to come with that number ("the 27th") means the last one before today', () => {
    expect(rangeOfAlexaDate('2026-12-23', today)?.fromDay).toBe('2026-11-23'); // "the 23rd", said on the 24th
    expect(rangeOfAlexaDate('2026-12-05', today)?.fromDay).toBe('2026-11-05');
    expect(rangeOfAlexaDate('2026-12-31', today)?.fromDay).toBe('2026-10-31'); // November has no 31st
    expect(rangeOfAlexaDate('2027-03-31', '2027-02-01')?.fromDay).toBe('2027-01-31');
    // within a week it is taken for a weekday, the likelier words, with the day of the month as the other reading
    expect(rangeOfAlexaDate('2026-11-27', today)).toEqual({ fromDay: '2026-11-20', toDay: '2026-11-20', kind: 'day', or: '2026-10-27' });
    expect(rangeOfAlexaDate('2026-12-01', '2026-11-30')?.or).toBe('2026-11-01');
    expect(rangeOfAlexaDate('2026-12-31', '2026-12-30')?.or).toBe('2026-10-31'); // November has no 31st
  });
  test('a month and a day Alexa resolved into the year to come means the last one before today', () => {
    expect(rangeOfAlexaDate('2027-11-20', today)?.fromDay).toBe('2026-11-20'); // "November 20th"
    expect(rangeOfAlexaDate('2027-01-15', today)?.fromDay).toBe('2026-01-15'); // not the next 15th: "January 15th"
    expect(rangeOfAlexaDate('2028-02-29', '2027-03-05')?.fromDay).toBe('2027-02-28'); // February 29 becomes the 28th
  });
  test('before 4 am, the calendar\'s today is the evening before', () => {
    expect(rangeOfAlexaDate('2026-11-25', '2026-11-24', '2026-11-25')?.fromDay).toBe('2026-11-24');
    expect(rangeOfAlexaDate('2026-11-24', '2026-11-24', '2026-11-25')?.fromDay).toBe('2026-11-23'); // "yesterday"
    expect(rangeOfAlexaDate('2026-11-20', '2026-11-24', '2026-11-25')?.fromDay).toBe('2026-11-20');
  });
  test('nonsense is no date', () => {
    expect(rangeOfAlexaDate('XXXX-XX', today)).toBeUndefined();
    // Dates that name no real day are told apart from no date at all.
    for (const v of ['2026-00-01', '2026-13-01', '2026-02-30', '2026-04-31', '2026-00', '2026-13', '2026-W00', '2026-W54']) expect(rangeOfAlexaDate(v, today)).toBeNull();
    // Years ahead: the last February 29 before today (never a day still to come).
    expect(rangeOfAlexaDate('2032-02-29', '2029-01-10')?.fromDay).toBe('2028-02-29');
    expect(rangeOfAlexaDate('', today)).toBeUndefined();
  });
});
