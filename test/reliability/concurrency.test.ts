/**
 * One user, fifty sessions at once (fifty devices, fifty Lambda instances, one table): every
 * finished routine is counted and every answer is kept. Against dynalite, through the real model.
 */
import type { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { VirtualClock } from '../../local/conversation';
import { dynamoTable, PATIENT_CLIENT } from '../helpers/dynalite';
import { closes, SPEAKERS } from '../helpers/locales';
import { recordingLogger, responseProblems, talk } from './support';

const TABLE = 'reliability-concurrency';
const SESSIONS = 50;
const EVENING = Date.parse('2026-11-24T21:30:00-08:00');

const db = dynamoTable(TABLE, PATIENT_CLIENT);
const CHECK_IN = closes(SPEAKERS[0].line('tensionAsk'));
let store: DynamoDbProgressStore;
beforeAll(() => {
  store = db.store;
});

test(`${SESSIONS} sessions of one user at once: completed is exactly ${SESSIONS}, and ${SESSIONS} reflections are stored`, async () => {
  const userId = 'amzn1.ask.account.CONCURRENT';
  const log = recordingLogger();
  // Each session has its own clock (its own device); they start a few milliseconds apart, as no two
  // real sessions begin in the same millisecond.
  const sessions = Array.from({ length: SESSIONS }, (_, i) => talk({ store, userId, log, clock: new VirtualClock(EVENING + i * 7) }));

  const answers = await Promise.all(
    sessions.map(async ({ conv }, i) => {
      const launch = await conv.say('start my face massage');
      // The tension check-in, asked only until tonight has an answer (another session may have given it).
      if (CHECK_IN.test(launch.text)) await conv.say('skip');
      const offer = await conv.say('yes'); // spoken after the chapter has played
      const kept = await conv.say(`my sister called number ${i}`);
      for (const ex of [launch, offer, kept]) expect(await responseProblems(ex.response)).toEqual([]);
      expect(offer.elicit).toEqual({ intent: 'ReflectionIntent', slot: 'great' });
      expect(kept.elicit?.slot).toBe('challenging');
      return `my sister called number ${i}`;
    }),
  );

  expect(log.errors()).toEqual([]);
  const profile = await store.loadProfile(userId);
  expect(profile?.stats.completed).toBe(SESSIONS);
  expect(profile?.stats.currentStreak).toBe(1);
  const reflections = await store.listReflections(userId);
  expect(reflections).toHaveLength(SESSIONS);
  expect(reflections.map((r) => r.answers.great).sort()).toEqual([...answers].sort());
}, 20_000);
