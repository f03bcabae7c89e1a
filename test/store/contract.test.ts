import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, ensureTable } from '../../lambda/store/client';
import { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { MemoryProgressStore } from '../../lambda/store/memory';
import { DEFAULT_PREFS, type ProgressStore, type ResumePoint, type Stats } from '../../lambda/store/types';
import { countCommands, PATIENT_CLIENT, startDynalite } from '../helpers/dynalite';

const TABLE = 'store-contract-test';
const START = new Date('2026-11-24T21:00:00.000Z');
const ZERO: Stats = { completed: 0, minutes: 0, currentStreak: 0, bestStreak: 0 };

let seq = 0;
const newUser = (tag: string) => `amzn1.ask.account.${tag}-${++seq}`;

interface Clock {
  now: () => Date;
  set(d: Date): void;
}
function clock(): Clock {
  let t = START;
  return { now: () => t, set: (d) => (t = d) };
}

const RESUME: ResumePoint = {
  step: 3,
  options: { length: 'deep', tool: 'roller', pace: 'slower', focus: 'jaw', bedtime: true },
  at: '2026-11-24T21:05:00.000Z',
};

function describeContract(name: string, makeStore: (now: () => Date) => ProgressStore): void {
  describe(`ProgressStore contract: ${name}`, () => {
    let store: ProgressStore;
    let time: Clock;
    beforeEach(() => {
      time = clock();
      store = makeStore(time.now);
    });

    test('a missing profile is undefined', async () => {
      await expect(store.loadProfile(newUser('missing'))).resolves.toBeUndefined();
    });

    test('updateProfile creates the profile, then merges partial prefs and flags', async () => {
      const u = newUser('prefs');
      await store.updateProfile(u, { prefs: { length: 'quick' } });
      expect(await store.loadProfile(u)).toEqual({
        userId: u,
        createdAt: START.toISOString(),
        prefs: { ...DEFAULT_PREFS, length: 'quick' },
        stats: ZERO,
        flags: {},
      });

      time.set(new Date('2026-11-25T20:00:00.000Z'));
      await store.updateProfile(u, { prefs: { tool: 'guasha', focus: 'cheeks' }, flags: { welcomed: true }, timeZone: 'Europe/Paris' });
      await store.updateProfile(u, { flags: { reminderOffered: true } });
      const p = await store.loadProfile(u);
      expect(p).toEqual({
        userId: u,
        createdAt: START.toISOString(),
        prefs: { ...DEFAULT_PREFS, length: 'quick', tool: 'guasha', focus: 'cheeks' },
        stats: ZERO,
        flags: { welcomed: true, reminderOffered: true },
        timeZone: 'Europe/Paris',
      });
    });

    test('an empty change still creates the profile', async () => {
      const u = newUser('empty');
      await store.updateProfile(u, {});
      expect((await store.loadProfile(u))?.prefs).toEqual(DEFAULT_PREFS);
    });

    test('null removes resume and reminderToken; undefined leaves them', async () => {
      const u = newUser('resume');
      await store.updateProfile(u, { resume: RESUME, reminderToken: 'tok-1' });
      let p = await store.loadProfile(u);
      expect(p?.resume).toEqual(RESUME);
      expect(p?.reminderToken).toBe('tok-1');

      await store.updateProfile(u, { prefs: { pace: 'faster' } });
      p = await store.loadProfile(u);
      expect(p?.resume).toEqual(RESUME);

      await store.updateProfile(u, { resume: null, reminderToken: null });
      p = await store.loadProfile(u);
      expect(p).not.toHaveProperty('resume');
      expect(p).not.toHaveProperty('reminderToken');
      expect(p?.prefs.pace).toBe('faster');
    });

    test('stored state cannot be changed through arguments or results', async () => {
      const u = newUser('copy');
      const resume: ResumePoint = structuredClone(RESUME);
      await store.updateProfile(u, { resume });
      resume.step = 99;
      const p1 = await store.loadProfile(u);
      p1!.prefs.length = 'deep';
      p1!.resume!.options.tool = 'hands';
      p1!.stats.completed = 1000;
      const p2 = await store.loadProfile(u);
      expect(p2?.resume).toEqual(RESUME);
      expect(p2?.prefs).toEqual(DEFAULT_PREFS);
      expect(p2?.stats.completed).toBe(0);
    });

    test('recordCompletion moves the streak: first day, next day, same day, after a gap', async () => {
      const u = newUser('streak');
      await store.updateProfile(u, { resume: RESUME });

      const s1 = await store.recordCompletion(u, { day: '2026-11-20', minutes: 10, known: ZERO });
      expect(s1).toEqual({ completed: 1, minutes: 10, currentStreak: 1, bestStreak: 1, lastDay: '2026-11-20' });
      expect((await store.loadProfile(u))?.resume).toBeUndefined();

      const s2 = await store.recordCompletion(u, { day: '2026-11-21', minutes: 12, known: s1 });
      expect(s2).toEqual({ completed: 2, minutes: 22, currentStreak: 2, bestStreak: 2, lastDay: '2026-11-21' });

      const s3 = await store.recordCompletion(u, { day: '2026-11-21', minutes: 5, known: s2 });
      expect(s3).toEqual({ completed: 3, minutes: 27, currentStreak: 2, bestStreak: 2, lastDay: '2026-11-21' });

      const s4 = await store.recordCompletion(u, { day: '2026-11-25', minutes: 8, known: s3 });
      expect(s4).toEqual({ completed: 4, minutes: 35, currentStreak: 1, bestStreak: 2, lastDay: '2026-11-25' });

      expect((await store.loadProfile(u))?.stats).toEqual(s4);
    });

    test('a night of rest is kept and removed, and a completion after it keeps the streak going through it', async () => {
      const u = newUser('rest');
      const s1 = await store.recordCompletion(u, { day: '2026-11-20', minutes: 10, known: ZERO });
      await store.updateProfile(u, { rest: { day: '2026-11-21', unwell: true } });
      expect((await store.loadProfile(u))?.rest).toEqual({ day: '2026-11-21', unwell: true });
      const s2 = await store.recordCompletion(u, { day: '2026-11-22', minutes: 10, known: s1, rest: '2026-11-21' });
      expect(s2).toEqual({ completed: 2, minutes: 20, currentStreak: 3, bestStreak: 3, lastDay: '2026-11-22' });
      // A rest that is not the night after the last day bridges nothing.
      const s3 = await store.recordCompletion(u, { day: '2026-11-25', minutes: 10, known: s2, rest: '2026-11-21' });
      expect(s3).toMatchObject({ currentStreak: 1, bestStreak: 3 });
      await store.updateProfile(u, { rest: null });
      expect((await store.loadProfile(u))?.rest).toBeUndefined();
      await expect(store.updateProfile(u, { rest: { day: 'not a day' } })).rejects.toThrow();
    });

    test('recordCompletion creates a profile when none exists', async () => {
      const u = newUser('noprofile');
      await store.recordCompletion(u, { day: '2026-11-20', minutes: 10, known: ZERO });
      const p = await store.loadProfile(u);
      expect(p).toMatchObject({ userId: u, createdAt: START.toISOString(), prefs: DEFAULT_PREFS, flags: {} });
      expect(p?.stats).toEqual({ completed: 1, minutes: 10, currentStreak: 1, bestStreak: 1, lastDay: '2026-11-20' });
    });

    test('recordCompletion with stale known stats builds on what another device stored', async () => {
      const u = newUser('stale');
      const a1 = await store.recordCompletion(u, { day: '2026-11-20', minutes: 10, known: ZERO });
      await store.recordCompletion(u, { day: '2026-11-21', minutes: 10, known: a1 }); // the other device
      // This device still believes the last day is the 20th.
      const s = await store.recordCompletion(u, { day: '2026-11-22', minutes: 10, known: a1 });
      expect(s).toEqual({ completed: 3, minutes: 30, currentStreak: 3, bestStreak: 3, lastDay: '2026-11-22' });
      // A stale session on a day already counted only adds to the counters.
      const t = await store.recordCompletion(u, { day: '2026-11-22', minutes: 1, known: ZERO });
      expect(t).toEqual({ completed: 4, minutes: 31, currentStreak: 3, bestStreak: 3, lastDay: '2026-11-22' });
    });

    test('a run sent twice (a write that timed out but landed) counts once; another run counts', async () => {
      const u = newUser('run');
      const first = await store.recordCompletion(u, { day: '2026-11-20', minutes: 4, known: ZERO, runId: 'run-a' });
      const again = await store.recordCompletion(u, { day: '2026-11-20', minutes: 4, known: ZERO, runId: 'run-a' });
      expect(again).toEqual(first);
      expect(first).toEqual({ completed: 1, minutes: 4, currentStreak: 1, bestStreak: 1, lastDay: '2026-11-20' });
      const other = await store.recordCompletion(u, { day: '2026-11-20', minutes: 4, known: first, runId: 'run-b' });
      expect(other.completed).toBe(2);
      const next = await store.recordCompletion(u, { day: '2026-11-21', minutes: 4, known: other, runId: 'run-c' });
      expect(next).toMatchObject({ completed: 3, currentStreak: 2 });
      expect(await store.recordCompletion(u, { day: '2026-11-21', minutes: 4, known: other, runId: 'run-c' })).toEqual(next);
    });

    test('a run sent again after other runs landed in between still counts once (any interleaving of devices)', async () => {
      const u = newUser('interleaved');
      // Device A's write lands (its client timed out, so it keeps the run to send again); devices B and
      // C count their own runs; A sends its run again, then B does too. Three runs, counted three times.
      await store.recordCompletion(u, { day: '2026-11-20', minutes: 4, known: ZERO, runId: 'run-a' });
      await store.recordCompletion(u, { day: '2026-11-20', minutes: 4, known: ZERO, runId: 'run-b' });
      await store.recordCompletion(u, { day: '2026-11-20', minutes: 4, known: ZERO, runId: 'run-c' });
      await store.recordCompletion(u, { day: '2026-11-20', minutes: 4, known: ZERO, runId: 'run-a' });
      const last = await store.recordCompletion(u, { day: '2026-11-21', minutes: 4, known: ZERO, runId: 'run-b' });
      expect(last).toMatchObject({ completed: 3, minutes: 12 });
      expect((await store.loadProfile(u))?.stats).toMatchObject({ completed: 3, minutes: 12, lastDay: '2026-11-20' });
      // All interleavings of two runs each sent twice, concurrently: counted twice.
      const v = newUser('interleaved-concurrent');
      await Promise.all(['x', 'y', 'x', 'y', 'x'].map((r) => store.recordCompletion(v, { day: '2026-11-20', minutes: 5, known: ZERO, runId: `run-${r}` })));
      expect((await store.loadProfile(v))?.stats).toMatchObject({ completed: 2, minutes: 10 });
    });

    test('runs counted more than a week ago are forgotten by a later completion that saw them; recent ones are kept', async () => {
      const u = newUser('forget');
      await store.recordCompletion(u, { day: '2026-11-20', minutes: 4, known: ZERO, runId: 'run-old' });
      time.set(new Date('2026-11-26T21:00:00.000Z'));
      await store.recordCompletion(u, { day: '2026-11-26', minutes: 4, known: ZERO, runId: 'run-recent' });
      time.set(new Date('2026-12-02T21:00:00.000Z'));
      const seen = (await store.loadProfile(u))?.runs;
      expect(Object.keys(seen ?? {}).sort()).toEqual(['run-old', 'run-recent']);
      await store.recordCompletion(u, { day: '2026-12-02', minutes: 4, known: ZERO, runId: 'run-new', seenRuns: seen });
      expect(Object.keys((await store.loadProfile(u))?.runs ?? {}).sort()).toEqual(['run-new', 'run-recent']);
    });

    test('answers saved one by one on the same key come back as one reflection', async () => {
      const u = newUser('answers');
      const key = { day: '2026-11-24', createdAt: '2026-11-24T21:10:00.000Z' };
      await store.saveAnswer(u, key, 'great', 'slept well');
      await store.saveAnswer(u, key, 'challenging', 'long meeting');
      await store.saveAnswer(u, key, 'better', 'leave earlier');
      await store.saveAnswer(u, key, 'great', 'slept very well');
      expect(await store.listReflections(u)).toEqual([
        { ...key, answers: { great: 'slept very well', challenging: 'long meeting', better: 'leave earlier' } },
      ]);
    });

    test('an answer kept only in part comes back marked, until a whole one replaces it', async () => {
      const u = newUser('cut');
      const key = { day: '2026-11-24', createdAt: '2026-11-24T21:10:00.000Z' };
      await store.saveAnswer(u, key, 'great', 'the first part', true);
      await store.saveAnswer(u, key, 'challenging', 'long meeting');
      await store.saveAnswer(u, key, 'better', 'the start of it', true);
      expect(await store.listReflections(u)).toEqual([
        { ...key, answers: { great: 'the first part', challenging: 'long meeting', better: 'the start of it' }, cut: ['great', 'better'] },
      ]);
      await store.saveAnswer(u, key, 'great', 'said again, shorter');
      await store.saveAnswer(u, key, 'better', 'said again, shorter', false);
      expect(await store.listReflections(u)).toEqual([{ ...key, answers: { great: 'said again, shorter', challenging: 'long meeting', better: 'said again, shorter' } }]);
    });

    test('saveAnswer refuses an unknown question or a malformed day', async () => {
      const u = newUser('invalid');
      const key = { day: '2026-11-24', createdAt: '2026-11-24T21:10:00.000Z' };
      await expect(store.saveAnswer(u, key, 'bogus' as never, 'x')).rejects.toThrow();
      await expect(store.saveAnswer(u, { ...key, day: '24/11/2026' }, 'great', 'x')).rejects.toThrow();
      expect(await store.listReflections(u)).toEqual([]);
    });

    describe('listing and deleting reflections', () => {
      const keys = [
        { day: '2026-11-20', createdAt: '2026-11-20T21:00:00.000Z' },
        { day: '2026-11-21', createdAt: '2026-11-21T20:00:00.000Z' },
        { day: '2026-11-21', createdAt: '2026-11-22T01:30:00.000Z' }, // after midnight, same practice day
        { day: '2026-11-23', createdAt: '2026-11-23T21:00:00.000Z' },
        { day: '2026-11-25', createdAt: '2026-11-25T21:00:00.000Z' },
      ];
      const created = (rs: { createdAt: string }[]) => rs.map((r) => r.createdAt);
      const newestFirst = keys.map((k) => k.createdAt).reverse();

      async function seed(u: string): Promise<void> {
        for (const [i, key] of keys.entries()) await store.saveAnswer(u, key, 'great', `answer ${i}`);
      }

      test('order, range and limit', async () => {
        const u = newUser('list');
        await seed(u);
        expect(created(await store.listReflections(u))).toEqual(newestFirst);
        expect(created(await store.listReflections(u, { newestFirst: false }))).toEqual([...newestFirst].reverse());
        expect(created(await store.listReflections(u, { fromDay: '2026-11-21', toDay: '2026-11-23' }))).toEqual([
          '2026-11-23T21:00:00.000Z',
          '2026-11-22T01:30:00.000Z',
          '2026-11-21T20:00:00.000Z',
        ]);
        expect(created(await store.listReflections(u, { fromDay: '2026-11-21', toDay: '2026-11-21', newestFirst: false }))).toEqual([
          '2026-11-21T20:00:00.000Z',
          '2026-11-22T01:30:00.000Z',
        ]);
        expect(created(await store.listReflections(u, { fromDay: '2026-11-23' }))).toEqual(newestFirst.slice(0, 2));
        expect(created(await store.listReflections(u, { toDay: '2026-11-20' }))).toEqual([keys[0].createdAt]);
        expect(created(await store.listReflections(u, { limit: 2 }))).toEqual(newestFirst.slice(0, 2));
        expect(created(await store.listReflections(u, { limit: 2, newestFirst: false }))).toEqual([keys[0].createdAt, keys[1].createdAt]);
        expect(created(await store.listReflections(u, { limit: 50 }))).toEqual(newestFirst);
        expect(await store.listReflections(u, { fromDay: '2026-11-24', toDay: '2026-11-20' })).toEqual([]);
        expect(await store.listReflections(u, { fromDay: '2026-11-26' })).toEqual([]);
        expect(await store.listReflections(newUser('nobody'))).toEqual([]);
      });

      test('listing never returns the profile', async () => {
        const u = newUser('listprofile');
        await store.updateProfile(u, { timeZone: 'UTC' });
        await seed(u);
        expect(await store.listReflections(u)).toHaveLength(keys.length);
      });

      test('deleteReflections for one day leaves the others; with no range deletes all but the profile', async () => {
        const u = newUser('delday');
        await store.updateProfile(u, { timeZone: 'UTC' });
        await seed(u);
        await expect(store.deleteReflections(u, { fromDay: '2026-11-21', toDay: '2026-11-21' })).resolves.toBe(2);
        expect(created(await store.listReflections(u, { newestFirst: false }))).toEqual([
          keys[0].createdAt,
          keys[3].createdAt,
          keys[4].createdAt,
        ]);
        await expect(store.deleteReflections(u, { fromDay: '2026-11-22', toDay: '2026-11-21' })).resolves.toBe(0);
        await expect(store.deleteReflections(u)).resolves.toBe(3);
        expect(await store.listReflections(u)).toEqual([]);
        expect((await store.loadProfile(u))?.timeZone).toBe('UTC');
      });

      test('deleteUser removes everything of that user and nothing of another', async () => {
        const a = newUser('dela');
        const b = `${a}x`; // a key that a careless begins_with on the pk would also match
        for (const u of [a, b]) {
          await store.updateProfile(u, { prefs: { tool: 'roller' }, resume: RESUME });
          await store.recordCompletion(u, { day: '2026-11-24', minutes: 10, known: ZERO });
          await seed(u);
        }
        const bBefore = { profile: await store.loadProfile(b), reflections: await store.listReflections(b) };

        await expect(store.deleteUser(a)).resolves.toBe(1 + keys.length);
        expect(await store.loadProfile(a)).toBeUndefined();
        expect(await store.listReflections(a)).toEqual([]);
        await expect(store.deleteUser(a)).resolves.toBe(0);

        expect(await store.loadProfile(b)).toEqual(bBefore.profile);
        expect(await store.listReflections(b)).toEqual(bBefore.reflections);
        expect(bBefore.reflections).toHaveLength(keys.length);
      });
    });

    test('answers come back exactly: markup characters, emoji, 1,000 characters', async () => {
      const u = newUser('text');
      const key = { day: '2026-11-24', createdAt: '2026-11-24T21:10:00.000Z' };
      const markup = `Tom & Jerry <b>said</b> "hi" and 'bye' ]]> &amp;`;
      const emoji = 'calm 😌🧖‍♀️ — naïve café, 日本語 👍🏽';
      const long = Array.from({ length: 1000 }, (_, i) => 'abcdefghij😀'[i % 11]).join('');
      expect([...long]).toHaveLength(1000);
      await store.saveAnswer(u, key, 'great', markup);
      await store.saveAnswer(u, key, 'challenging', emoji);
      await store.saveAnswer(u, key, 'better', long);
      const [r] = await store.listReflections(u);
      expect(r.answers.great).toBe(markup);
      expect(r.answers.challenging).toBe(emoji);
      expect(r.answers.better).toBe(long);
    });
  });
}

describeContract('MemoryProgressStore', (now) => new MemoryProgressStore({ now }));

describe('DynamoDB', () => {
  let dynalite: { endpoint: string; close(): Promise<void> };
  let doc: DynamoDBDocumentClient;

  beforeAll(async () => {
    dynalite = await startDynalite();
    doc = createDocumentClient({ endpoint: dynalite.endpoint });
    await ensureTable(doc, TABLE);
  });
  afterAll(async () => {
    doc?.destroy();
    await dynalite?.close();
  });

  describeContract('DynamoDbProgressStore on dynalite', (now) => new DynamoDbProgressStore({ doc, tableName: TABLE, now }));

  describe('DynamoDbProgressStore only', () => {
    test('fifty concurrent completions for one user are all counted', async () => {
      const counted = createDocumentClient({ ...PATIENT_CLIENT, endpoint: dynalite.endpoint });
      try {
        const calls = countCommands(counted);
        const store = new DynamoDbProgressStore({ doc: counted, tableName: TABLE });
        const u = newUser('concurrent');
        const results = await Promise.all(
          Array.from({ length: 50 }, () => store.recordCompletion(u, { day: '2026-11-24', minutes: 7, known: ZERO })),
        );
        const stats = (await store.loadProfile(u))?.stats;
        expect(stats).toEqual({ completed: 50, minutes: 350, currentStreak: 1, bestStreak: 1, lastDay: '2026-11-24' });
        expect(new Set(results.map((r) => r.completed)).size).toBe(50);
        // The conflict path ran: the streak condition failed and fresh stats were read.
        expect(calls.counts.GetItemCommand).toBeGreaterThan(1);
      } finally {
        counted.destroy();
      }
    });

    test('a normal updateProfile, saveAnswer and recordCompletion are one write each', async () => {
      const counted = createDocumentClient({ ...PATIENT_CLIENT, endpoint: dynalite.endpoint });
      try {
        const calls = countCommands(counted);
        const store = new DynamoDbProgressStore({ doc: counted, tableName: TABLE });
        const u = newUser('writes');

        await store.updateProfile(u, { prefs: { length: 'deep', tool: 'roller' }, flags: { welcomed: true }, resume: RESUME });
        expect([calls.writes(), calls.reads()]).toEqual([1, 0]);

        calls.reset();
        await store.updateProfile(u, { prefs: { pace: 'slower' }, resume: null, timeZone: 'America/Denver' });
        expect([calls.writes(), calls.reads()]).toEqual([1, 0]);

        calls.reset();
        await store.saveAnswer(u, { day: '2026-11-24', createdAt: '2026-11-24T21:10:00.000Z' }, 'great', 'a walk');
        expect([calls.writes(), calls.reads()]).toEqual([1, 0]);

        calls.reset();
        const s1 = await store.recordCompletion(u, { day: '2026-11-24', minutes: 10, known: ZERO });
        expect([calls.writes(), calls.reads()]).toEqual([1, 0]);

        calls.reset();
        await store.recordCompletion(u, { day: '2026-11-25', minutes: 10, known: s1 });
        expect([calls.writes(), calls.reads()]).toEqual([1, 0]);
        expect(calls.counts).toEqual({ UpdateItemCommand: 1 });

        calls.reset();
        await store.loadProfile(u);
        expect([calls.writes(), calls.reads()]).toEqual([0, 1]);
      } finally {
        counted.destroy();
      }
    });

    test('a table that never answers makes loadProfile fail within 4 s', async () => {
      const sockets = new Set<Socket>();
      const server = createServer((socket) => {
        sockets.add(socket); // accept, read nothing, answer nothing
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const hanging = createDocumentClient({ endpoint: `http://127.0.0.1:${port}` });
      try {
        const store = new DynamoDbProgressStore({ doc: hanging, tableName: TABLE });
        const started = Date.now();
        const outcome = await store.loadProfile(newUser('hang')).then(
          () => 'resolved',
          (err: Error) => err.name,
        );
        const elapsed = Date.now() - started;
        expect(outcome).not.toBe('resolved');
        expect(elapsed).toBeLessThan(4000);
      } finally {
        hanging.destroy();
        for (const s of sockets) s.destroy();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });

    test('ensureTable creates a missing table and is a no-op the second time', async () => {
      const name = 'store-contract-ensure';
      const client = createDocumentClient({ endpoint: dynalite.endpoint });
      try {
        await expect(client.send(new DescribeTableCommand({ TableName: name }))).rejects.toMatchObject({
          name: 'ResourceNotFoundException',
        });
        const calls = countCommands(client);
        await ensureTable(client, name);
        expect(calls.counts.CreateTableCommand).toBe(1);
        const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
        expect(Table?.TableStatus).toBe('ACTIVE');
        expect(Table?.KeySchema).toEqual([
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ]);
        expect(Table?.BillingModeSummary?.BillingMode ?? 'PAY_PER_REQUEST').toBe('PAY_PER_REQUEST');

        calls.reset();
        await ensureTable(client, name);
        expect(calls.counts).toEqual({ DescribeTableCommand: 1 });
      } finally {
        client.destroy();
      }
    });
  });
});
