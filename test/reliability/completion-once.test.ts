/**
 * A finished routine counts exactly once, whatever the retries and the devices in between. Through a
 * fault proxy in front of dynalite: the completion write lands while the client times out, so the
 * session keeps it and sends it again on the next turn; meanwhile another device counts its own run.
 */
import { createDocumentClient } from '../../lambda/store/client';
import { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { VirtualClock } from '../../local/conversation';
import { dynamoTable } from '../helpers/dynalite';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { recordingLogger, responseProblems, talk } from './support';

const TABLE = 'reliability-completion-once';
const db = dynamoTable(TABLE);
let proxy: FaultProxy;
beforeAll(async () => {
  proxy = await startFaultProxy(db.endpoint);
});
afterAll(() => proxy.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a completion that landed while the client timed out, sent again after another device counted, counts once', async () => {
  const userId = 'amzn1.ask.account.ONCE';
  // This device reaches the table through the proxy, with a short client bound.
  const doc = createDocumentClient({ endpoint: proxy.endpoint, requestTimeoutMs: 300, maxAttempts: 1 });
  try {
    const log = recordingLogger();
    const evening = Date.parse('2026-11-24T21:30:00-08:00');
    const a = talk({ store: new DynamoDbProgressStore({ doc, tableName: TABLE }), userId, log, clock: new VirtualClock(evening) });
    const b = talk({ store: db.store, userId, clock: new VirtualClock(evening + 60_000) });

    expect((await a.conv.say('start my face massage')).text).toMatch(/forehead/i);
    // "yes" after the routine played counts it: the write reaches the table, the answer comes too late.
    proxy.delayMs = 400;
    const offer = await a.conv.say('yes');
    expect(await responseProblems(offer.response)).toEqual([]);
    expect(log.errors('completion_not_saved')).toHaveLength(1);
    await sleep(1200); // the delayed write lands
    proxy.delayMs = 0;
    expect((await db.store.loadProfile(userId))?.stats.completed).toBe(1);

    // Another device finishes its own routine in between.
    await b.conv.say('start my face massage');
    await b.conv.say('no'); // no reflection tonight: the run counts
    expect((await db.store.loadProfile(userId))?.stats.completed).toBe(2);

    // The first device's next turn sends its held completion again.
    const next = await a.conv.say('my sister called');
    expect(await responseProblems(next.response)).toEqual([]);
    const stats = (await db.store.loadProfile(userId))?.stats;
    expect(stats?.completed).toBe(2);
  } finally {
    doc.destroy();
  }
}, 20_000);
