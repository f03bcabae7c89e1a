/** The local matcher over the shipped interaction model, and date/time resolution. */
import { join } from 'node:path';
import { BUILTIN_PHRASES, LocalNlu, normalise } from '../../local/nlu';
import { resolveDate, resolveTime } from '../../local/dates';
import { samplesMissingTheirIntent, summary } from '../helpers/model';

const modelPath = join(__dirname, '..', '..', 'interaction-models', 'en-US.json');
// Thursday 14 November 2024, 20:00 UTC (12:00 in Los Angeles).
const NOW = new Date('2024-11-14T20:00:00Z');
const nlu = LocalNlu.fromFile(modelPath, { now: () => NOW });

describe('LocalNlu.match', () => {
  it('exposes the invocation name of the model', () => {
    expect(nlu.invocationName).toBe('my face massage');
  });

  it.each([
    ['start a quick massage with my gua sha', 'StartRoutineIntent length=quick tool=guasha'],
    ['Start a deep massage with the jade roller.', 'StartRoutineIntent length=deep tool=roller'],
    ["let's do a short one", 'StartRoutineIntent length=quick'],
    ['my jaw is tight tonight', 'StartRoutineIntent focus=jaw'],
    ['my neck and shoulders feel tense', 'StartRoutineIntent focus=neck'],
    ['My temples are tight.', 'StartRoutineIntent focus=temples'],
    ['my elbow is tight', 'AMAZON.FallbackIntent'],
    ['give my temples extra time', 'StartRoutineIntent focus=temples'],
    ['use my fingertips tonight', 'StartRoutineIntent tool=hands'],
    ['start my massage', 'StartRoutineIntent'],
    ['make long my default', 'SetPreferenceIntent length=deep'],
    ['i usually use a rose quartz roller', 'SetPreferenceIntent tool=roller'],
    ['always go more slowly', 'SetPreferenceIntent pace=slower'],
    ['always focus on my eyebrows', 'SetPreferenceIntent focus=brows'],
    ['set my pace to normal speed', 'SetPreferenceIntent pace=normal'],
    ['slow down', 'SlowerIntent'],
    ['Alexa, slower!', 'SlowerIntent'],
    ["you're going too fast", 'SlowerIntent'],
    ['speed it up', 'FasterIntent'],
    ['how am i doing', 'ProgressIntent'],
    ["what's my streak", 'ProgressIntent'],
    ['delete everything', 'DeleteDataIntent'],
    ['forget me', 'DeleteDataIntent'],
    ['i want to reflect on my day', 'StartReflectionIntent'],
    ['today was great because my sister called', 'ReflectionIntent great="my sister called"'],
    ['next time i could go to bed earlier', 'ReflectionIntent better="go to bed earlier"'],
    ['what did i say yesterday', 'JournalIntent date=2024-11-13'],
    ['what did i say last monday', 'JournalIntent date=2024-11-11'],
    ['what did i say on monday', 'JournalIntent date=2024-11-11'],
    ['what did i say last weekend', 'JournalIntent date=2024-W45-WE'],
    ['what did i say last week', 'JournalIntent date=2024-W45'],
    ['read my journal from november third', 'JournalIntent date=2024-11-03'],
    ['what did i say last time', 'JournalLastIntent'],
    ['read my journal', 'JournalIntent'],
    ['read my journal', 'JournalIntent'],
    ['what did i say at the party', 'JournalIntent date="at the party"'],
    ["delete yesterday's entry", 'DeleteEntryIntent date=2024-11-13'],
    ["delete today's entry", 'DeleteEntryIntent'],
    ['delete the entry from last friday', 'DeleteEntryIntent date=2024-11-08'],
    ['delete my journal', 'DeleteJournalIntent'],
    ['stop asking me to reflect', 'StopAskingReflectionIntent'],
    ['go straight to the questions', 'AlwaysReflectIntent'],
    ['remind me every night at nine thirty', 'SetReminderIntent time=21:30'],
    ['remind me at 9:30 p.m.', 'SetReminderIntent time=21:30'],
    ['set a nightly reminder for half past ten', 'SetReminderIntent time=22:30'],
    ['set a bedtime reminder', 'SetReminderIntent'],
    ['stop reminding me', 'CancelReminderIntent'],
    ['always use the bedtime voice', 'BedtimeVoiceIntent mode=always'],
    ['turn off the bedtime voice', 'BedtimeVoiceIntent mode=never'],
    ["don't use the bedtime voice", 'BedtimeVoiceIntent mode=never'],
    ['use the bedtime voice only at night', 'BedtimeVoiceIntent mode=auto'],
    ['use the bedtime voice', 'BedtimeVoiceIntent'],
    ['yes', 'AMAZON.YesIntent'],
    ['yes please', 'AMAZON.YesIntent'],
    ['no thanks', 'AMAZON.NoIntent'],
    ['hold on', 'AMAZON.PauseIntent'],
    ['continue', 'AMAZON.ResumeIntent'],
    ['keep going', 'AMAZON.ResumeIntent'],
    ['go on', 'AMAZON.ResumeIntent'],
    ['skip', 'AMAZON.NextIntent'],
    ['next', 'AMAZON.NextIntent'],
    ['go back', 'AMAZON.PreviousIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['from the top', 'AMAZON.StartOverIntent'],
    ['what can i say', 'AMAZON.HelpIntent'],
    ["that's enough", 'AMAZON.StopIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
    ['blah blah purple monkey', 'AMAZON.FallbackIntent'],
    ['start a massage with my toaster', 'AMAZON.FallbackIntent'],
    ['', 'AMAZON.FallbackIntent'],
    ['Alexa', 'AMAZON.FallbackIntent'],
  ])('%j -> %s', (line, expected) => {
    expect(summary(nlu.match(line))).toBe(expected);
  });

  it.each([
    ['open my face massage', 'launch'],
    ['Alexa, start my face massage.', 'launch'],
    ['launch my face massage', 'launch'],
    ['begin my face massage', 'launch'],
    ['my face massage', 'launch'],
    ['ask my face massage to go slower', 'SlowerIntent oneShot'],
    ['tell my face massage to slow down', 'SlowerIntent oneShot'],
    ['ask my face massage how am i doing', 'ProgressIntent oneShot'],
    ['ask my face massage what did i say yesterday', 'JournalIntent date=2024-11-13 oneShot'],
    ['open my face massage and start a quick massage', 'StartRoutineIntent length=quick oneShot'],
    ['start a deep massage with my face massage', 'StartRoutineIntent length=deep oneShot'],
    // A tool in one breath with the launch: tonight's tool (StartRoutineIntent), not the saved preference.
    ['Alexa, start my face massage with my gua sha', 'StartRoutineIntent tool=guasha oneShot'],
    ['start my face massage with my jade roller', 'StartRoutineIntent tool=roller oneShot'],
    ['start my face massage with my roller', 'StartRoutineIntent tool=roller oneShot'],
    ['start my face massage with my hands', 'StartRoutineIntent tool=hands oneShot'],
    ['open my face massage with the gua sha', 'StartRoutineIntent tool=guasha oneShot'],
    ['start my face massage using my jade roller', 'StartRoutineIntent tool=roller oneShot'],
    // ... and in the forms Alexa documents for every skill ("ask … to", "open … and")
    ['ask my face massage to start with my gua sha', 'StartRoutineIntent tool=guasha oneShot'],
    ['open my face massage and start with the jade roller', 'StartRoutineIntent tool=roller oneShot'],
    ['ask my face massage to juggle', 'launch rest=juggle'],
  ])('%j -> %s', (line, expected) => {
    expect(summary(nlu.match(line))).toBe(expected);
  });

  describe('while eliciting a reflection answer', () => {
    const ctx = { elicit: { intent: 'ReflectionIntent', slot: 'great' } };

    it('keeps the answer exactly as typed, only trimmed', () => {
      expect(nlu.match('  My sister called & we laughed <3  ', ctx)).toEqual({
        kind: 'intent',
        name: 'ReflectionIntent',
        slots: { great: { value: 'My sister called & we laughed <3' } },
      });
    });

    it('drops a leading wake word from the answer', () => {
      expect(nlu.match('Alexa, a long walk by the river.', ctx)).toEqual({
        kind: 'intent',
        name: 'ReflectionIntent',
        slots: { great: { value: 'a long walk by the river.' } },
      });
    });

    it.each([
      ['stop', 'AMAZON.StopIntent'],
      ['Stop.', 'AMAZON.StopIntent'],
      ['cancel', 'AMAZON.CancelIntent'],
      ['help', 'AMAZON.HelpIntent'],
      ['repeat the question', 'AMAZON.RepeatIntent'],
      ['skip', 'AMAZON.NextIntent'],
      ['next', 'AMAZON.NextIntent'],
      ['pause', 'AMAZON.PauseIntent'],
      ['slow down', 'SlowerIntent'],
      ['delete my journal', 'DeleteJournalIntent'],
      ['stop asking me to reflect', 'StopAskingReflectionIntent'],
    ])('%j leaves the answer for %s', (line, expected) => {
      expect(summary(nlu.match(line, ctx))).toBe(expected);
    });

    it.each(['yes', 'no', 'my neck feels tense', 'nothing really', 'go back', 'what did i say yesterday', 'work was busy'])(
      '%j is an answer',
      (line) => {
        expect(nlu.match(line, ctx)).toEqual({ kind: 'intent', name: 'ReflectionIntent', slots: { great: { value: line } } });
      },
    );

    it('fills the slot that is being elicited', () => {
      const r = nlu.match('Going to bed earlier', { elicit: { intent: 'ReflectionIntent', slot: 'better' } });
      expect(r).toEqual({ kind: 'intent', name: 'ReflectionIntent', slots: { better: { value: 'Going to bed earlier' } } });
    });
  });

  it('resolves dates in the given time zone', () => {
    // 03:00 UTC on the 15th is still the evening of the 14th in Los Angeles.
    const late = new Date('2024-11-15T03:00:00Z');
    const utc = LocalNlu.fromFile(modelPath, { now: () => late });
    const la = LocalNlu.fromFile(modelPath, { now: () => late, timeZone: 'America/Los_Angeles' });
    expect(summary(utc.match('what did i say yesterday'))).toBe('JournalIntent date=2024-11-14');
    expect(summary(la.match('what did i say yesterday'))).toBe('JournalIntent date=2024-11-13');
  });

  it('maps every sample of the model back to its own intent', () => {
    expect(samplesMissingTheirIntent(modelPath, nlu, { date: ['yesterday', '2024-11-13'], time: ['nine thirty', '21:30'], phrase: 'a walk in the park' })).toEqual([]);
  });

  it('maps every implicit built-in phrase to its intent', () => {
    for (const [name, phrases] of Object.entries(BUILTIN_PHRASES)) {
      for (const p of phrases) expect(`${p} -> ${summary(nlu.match(p))}`).toBe(`${p} -> ${name}`);
    }
  });

  it('refuses a file that is not an interaction model', () => {
    expect(() => new LocalNlu({ nope: true })).toThrow(/interaction model/);
  });
});

describe('normalise', () => {
  it.each([
    ['Alexa, Slow DOWN!', 'slow down'],
    ['  what’s   my streak? ', "what's my streak"],
    ['remind me at 9:30 p.m.', 'remind me at 9:30 pm'],
    ['on the thirty-first', 'on the thirty first'],
    ['2024-W45-WE', '2024-w45-we'],
    ["'quoted' words", 'quoted words'],
    ['alexander', 'alexander'],
  ])('%j -> %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('resolveDate', () => {
  // Thursday 14 November 2024 in UTC.
  it.each([
    ['today', '2024-11-14'],
    ['tonight', '2024-11-14'],
    ['yesterday', '2024-11-13'],
    ['last night', '2024-11-13'],
    ['yesterday evening', '2024-11-13'],
    ['the day before yesterday', '2024-11-12'],
    ['two days ago', '2024-11-12'],
    ['monday', '2024-11-11'],
    ['on monday', '2024-11-11'],
    ['last monday', '2024-11-11'],
    ['monday night', '2024-11-11'],
    ['thursday', '2024-11-07'],
    ['last thursday', '2024-11-07'],
    ['friday', '2024-11-08'],
    ['last week', '2024-W45'],
    ['this week', '2024-W46'],
    ['last weekend', '2024-W45-WE'],
    ['this weekend', '2024-W46-WE'],
    ['november third', '2024-11-03'],
    ['november 3', '2024-11-03'],
    ['november 3rd', '2024-11-03'],
    ['the third of november', '2024-11-03'],
    ['november twenty first', '2023-11-21'],
    ['december twenty fifth', '2023-12-25'],
    ['october thirty-first', '2024-10-31'],
    ['february thirtieth', undefined],
    ['march 1st 2023', '2023-03-01'],
    ['2024-11-03', '2024-11-03'],
    ['2024-W45', '2024-W45'],
    ['2024-W45-WE', '2024-W45-WE'],
    ['last month', '2024-10'],
    ['at the party', undefined],
    ['', undefined],
  ])('%j -> %s', (text, expected) => {
    expect(resolveDate(text, NOW, 'UTC')).toBe(expected);
  });

  it('uses the ISO week year at the turn of the year', () => {
    // Thursday 2 January 2025 is in 2025-W01; a week before is 2024-W52.
    const jan = new Date('2025-01-02T12:00:00Z');
    expect(resolveDate('this week', jan, 'UTC')).toBe('2025-W01');
    expect(resolveDate('last week', jan, 'UTC')).toBe('2024-W52');
    // Sunday 29 December 2024 is in 2024-W52; Monday 30 December 2024 already in 2025-W01.
    expect(resolveDate('this week', new Date('2024-12-29T12:00:00Z'), 'UTC')).toBe('2024-W52');
    expect(resolveDate('this week', new Date('2024-12-30T12:00:00Z'), 'UTC')).toBe('2025-W01');
  });

  it('counts days in the given time zone, and falls back to UTC for an unknown zone', () => {
    const late = new Date('2024-11-15T03:00:00Z');
    expect(resolveDate('today', late, 'America/Los_Angeles')).toBe('2024-11-14');
    expect(resolveDate('today', late, 'Asia/Tokyo')).toBe('2024-11-15');
    expect(resolveDate('today', late, 'Not/AZone')).toBe('2024-11-15');
  });
});

describe('resolveTime', () => {
  it.each([
    ['nine thirty', '21:30'],
    ['9:30', '21:30'],
    ['nine thirty pm', '21:30'],
    ['nine thirty p.m.', '21:30'],
    ['half past nine', '21:30'],
    ['quarter past ten', '22:15'],
    ['quarter to ten', '21:45'],
    ['ten', '22:00'],
    ["ten o'clock", '22:00'],
    ['ten pm', '22:00'],
    ['9pm', '21:00'],
    ['21:30', '21:30'],
    ['twenty one thirty', '21:30'],
    ['nine oh five', '21:05'],
    ['nine forty five', '21:45'],
    ['nine at night', '21:00'],
    ['seven am', '07:00'],
    ['seven in the morning', '07:00'],
    ['twelve am', '00:00'],
    ['midnight', '00:00'],
    ['twelve', '12:00'],
    ['0:30', '00:30'],
    ['soon', undefined],
    ['nine sixty', undefined],
    ['', undefined],
  ])('%j -> %s', (text, expected) => {
    expect(resolveTime(text)).toBe(expected);
  });
});
