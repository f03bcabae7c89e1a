import { formatDuration, parseArgs, parseLine, UsageError, type Model } from '../../local/simulator-input';

/** The simulator tells the truth: what it cannot understand gets a clear error, never silence. */

const task = { length: ['quick', 'standard', 'deep'], tool: ['hands', 'roller', 'guasha'] };
const locales = ['en-US', 'en-GB'];
const args = (...argv: string[]) => parseArgs(argv, { tz: 'UTC' }, task, locales);
const model: Model = { intents: { 'AMAZON.NextIntent': [], StartRoutineIntent: ['length', 'tool', 'focus'], MoreDetailIntent: [] } };

test('durations read as people read them, never "1 min 60 s"', () => {
  expect(formatDuration(119.6)).toBe('2 min 0 s');
  expect(formatDuration(59.6)).toBe('1 min 0 s');
  expect(formatDuration(44.2)).toBe('44 s');
  expect(formatDuration(221.4)).toBe('3 min 41 s');
  expect(formatDuration(2 * 3600)).toBe('2 h 0 min');
  expect(formatDuration(3599.6)).toBe('1 h 0 min');
  expect(formatDuration(36 * 3600)).toBe('1 d 12 h');
});

test('flags are checked: unknown ones, missing values, bad times, zones, locales and task values are refused', () => {
  expect(args('--memory', '--realtime', '--time', '22:30', '--tz', 'Europe/London', '--task', 'length=quick,tool=guasha')).toMatchObject({
    memory: true,
    realtime: true,
    time: '22:30',
    tz: 'Europe/London',
    task: { length: 'quick', tool: 'guasha' },
  });
  expect(() => args('--fast')).toThrow(new UsageError('unknown option "--fast" (the options are --memory, --realtime, --screen, --time HH:MM, --tz Zone/Name, --task key=value,..., --user ID, --locale en-US)'));
  expect(() => args('--time')).toThrow(/--time needs a value/);
  expect(() => args('--time', '25:00')).toThrow(/--time takes a local time like 22:30/);
  expect(() => args('--tz', 'Mars/Base')).toThrow(/--tz takes a time zone/);
  expect(() => args('--locale', 'xx-XX')).toThrow(/--locale is one of en-US, en-GB/);
  expect(() => args('--task', 'length=long')).toThrow(/--task length is one of quick, standard, deep, not "long"/);
  expect(() => args('--task', 'colour=red')).toThrow(/--task takes length and tool, not "colour"/);
});

test('typed lines: what a user says, @ offsets, intents and commands; anything else gets a clear error', () => {
  expect(parseLine('next', model)).toEqual({ kind: 'say', text: 'next', offset: undefined });
  expect(parseLine('@12s next', model)).toEqual({ kind: 'say', text: 'next', offset: 12 });
  expect(parseLine(':wait 8h', model)).toEqual({ kind: 'wait', seconds: 8 * 3600 });
  expect(parseLine(':quit', model)).toEqual({ kind: 'quit' });
  expect(parseLine('!StartRoutineIntent length=quick', model)).toEqual({ kind: 'intent', name: 'StartRoutineIntent', slots: { length: 'quick' }, offset: undefined });
  const error = (line: string, realtime = false) => {
    const l = parseLine(line, model, { realtime });
    return l.kind === 'error' ? l.message : `not an error: ${l.kind}`;
  };
  expect(error('@12 next')).toMatch(/write an offset as @12s/);
  expect(error('@soon next')).toMatch(/write an offset as @12s/);
  expect(error('@12s next', true)).toMatch(/with --realtime a line is placed when you type it/);
  expect(error(':wait a while')).toMatch(/:wait takes a time like 30s, 10m, 8h or 2d, not "a while"/);
  expect(error(':wait 0')).toMatch(/:wait takes a time/);
  expect(error(':stop')).toMatch(/unknown command :stop \(the commands are :wait, :silence, :launch, :help, :quit\)/);
  expect(error(':quit now')).toMatch(/:quit takes nothing after it/);
  expect(error('!AMAZON.NexIntent')).toMatch(/the model has no intent "AMAZON.NexIntent"/);
  expect(error('!Next')).toMatch(/did you mean AMAZON.NextIntent/);
  expect(error('!StartRoutineIntent colour=red')).toMatch(/StartRoutineIntent takes length=value tool=value focus=value, not "colour=red"/);
  expect(error('!MoreDetailIntent x=1')).toMatch(/takes no slots/);
});
