import { MemoryProgressStore } from '../../lambda/store/memory';
import type { ProgressStore, Stats } from '../../lambda/store/types';
import { countCommands, dynamoTable } from '../helpers/dynalite';

/** Tension check-ins kept on the profile item, by practice day: set, removed, written with a completion, deleted with the user. */

const db = dynamoTable('store-tension-test');
const KNOWN: Stats = { completed: 0, minutes: 0, currentStreak: 0, bestStreak: 0 };
let seq = 0;
const user = (tag: string) => `amzn1.ask.account.tension-${tag}-${++seq}`;

describe.each([
  ['memory', () => new MemoryProgressStore()],
  ['dynalite', () => db.store],
] as [string, () => ProgressStore][])('%s store', (_name, make) => {
  test('check-ins are set and removed by day, each on its own, and load with the profile', async () => {
    const store = make();
    const u = user('set');
    await store.updateProfile(u, { tension: { '2026-11-23': ['jaw', 'neck'] } });
    await store.updateProfile(u, { tension: { '2026-11-24': ['nowhere'] }, prefs: { checkIn: 'never' } });
    let p = await store.loadProfile(u);
    expect(p?.tension).toEqual({ '2026-11-23': ['jaw', 'neck'], '2026-11-24': ['nowhere'] });
    expect(p?.prefs.checkIn).toBe('never');
    await store.updateProfile(u, { tension: { '2026-11-23': null, '2026-11-25': ['everywhere'] } });
    p = await store.loadProfile(u);
    expect(p?.tension).toEqual({ '2026-11-24': ['nowhere'], '2026-11-25': ['everywhere'] });
  });

  test('a check-in rides on the completion write, and goes with the user', async () => {
    const store = make();
    const u = user('completion');
    await store.recordCompletion(u, { day: '2026-11-24', minutes: 4, known: KNOWN, runId: 'r1', change: { tension: { '2026-11-24': ['temples'] } } });
    expect((await store.loadProfile(u))?.tension).toEqual({ '2026-11-24': ['temples'] });
    await store.deleteUser(u);
    expect(await store.loadProfile(u)).toBeUndefined();
  });

  test('a bad day is refused before anything is written', async () => {
    const store = make();
    const u = user('bad');
    await expect(store.updateProfile(u, { prefs: { length: 'quick' }, tension: { 'last night': ['jaw'] } })).rejects.toThrow(RangeError);
    const p = await store.loadProfile(u);
    expect(p?.tension).toBeUndefined();
    expect(p?.prefs.length ?? 'standard').toBe('standard');
  });
});

test('on DynamoDB, a check-in with pruning is one UpdateItem', async () => {
  const counter = countCommands(db.doc);
  const u = user('one-write');
  await db.store.updateProfile(u, { tension: { '2026-09-01': ['jaw'] } });
  counter.reset();
  await db.store.updateProfile(u, { tension: { '2026-11-24': ['jaw'], '2026-09-01': null } });
  expect(counter.writes()).toBe(1);
  expect((await db.store.loadProfile(u))?.tension).toEqual({ '2026-11-24': ['jaw'] });
});
