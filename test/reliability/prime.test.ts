import { createServer, Socket, type AddressInfo } from 'node:net';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Logger } from '../../lambda/conversation/turn';
import { prime } from '../../lambda/prime';
import { createDocumentClient } from '../../lambda/store/client';
import { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { localAnswersClient } from '../../lambda/store/warm-up';
import { zeroStats } from '../../lambda/store/normalise';
import { dynamoTable } from '../helpers/dynalite';

/**
 * Priming in init (lambda/prime.ts): it may never touch a user's data, never fail init and never hold
 * it up, and the Lambda module keeps working in local mode.
 */

const TABLE = 'Priming';
const db = dynamoTable(TABLE);

function recordingLog(): Logger & { events: { level: string; event: string; fields?: Record<string, unknown> }[] } {
  const events: { level: string; event: string; fields?: Record<string, unknown> }[] = [];
  return {
    events,
    info: (event, fields) => void events.push({ level: 'info', event, fields }),
    error: (event, fields) => void events.push({ level: 'error', event, fields }),
  };
}

async function allItems(): Promise<unknown[]> {
  const out = await db.doc.send(new ScanCommand({ TableName: TABLE, ConsistentRead: true }));
  return (out.Items ?? []).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** A server that accepts connections and never answers. */
async function hangingServer(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

test("priming touches no user's data: every command it sends is about the warm-up key, and the table is unchanged", async () => {
  const user = 'amzn1.ask.account.prime-test-user';
  await db.store.updateProfile(user, { prefs: { length: 'quick' }, timeZone: 'Europe/London' });
  await db.store.recordCompletion(user, { day: '2026-11-24', minutes: 4, known: zeroStats() });
  await db.store.saveAnswer(user, { day: '2026-11-24', createdAt: '2026-11-24T22:00:00.000Z' }, 'great', 'a long walk');
  const before = await allItems();

  const doc = createDocumentClient({ endpoint: db.endpoint });
  const sent: { command: string; input: string }[] = [];
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push({ command: String(context.commandName), input: JSON.stringify(args.input) });
      return next(args);
    },
    { step: 'initialize' },
  );
  const log = recordingLog();
  try {
    await prime({ doc, tableName: TABLE, log });
  } finally {
    doc.destroy();
  }

  expect(sent.length).toBeGreaterThan(0);
  for (const s of sent) {
    expect(s.input).toContain('WARM-UP');
    expect(s.input).not.toContain('USER#');
  }
  expect(await allItems()).toEqual(before);
  expect(await db.store.loadProfile(user)).toMatchObject({ prefs: { length: 'quick' }, timeZone: 'Europe/London', stats: { completed: 1 } });
  expect(log.events.filter((e) => e.level === 'error')).toEqual([]);
});

test('without a table, the handlers still run once, reading and writing a whole profile through the SDK, and nothing leaves the process', async () => {
  const connect = jest.spyOn(Socket.prototype, 'connect');
  const log = recordingLog();
  try {
    await prime({ tableName: TABLE, log });
    expect(connect).not.toHaveBeenCalled();
  } finally {
    connect.mockRestore();
  }
  expect(log.events.filter((e) => e.level === 'error')).toEqual([]);
  expect(log.events).toContainEqual({ level: 'info', event: 'primed', fields: expect.objectContaining({ handlers: expect.any(Number) }) });
});

describe('the last step, a minor garbage collection of what init left', () => {
  const exposed = globalThis as { gc?: unknown };
  afterEach(() => delete exposed.gc);

  test('runs once, after the handlers, when the runtime exposes gc (as the function\'s NODE_OPTIONS do)', async () => {
    const order: string[] = [];
    const gc = jest.fn(() => void order.push('gc'));
    exposed.gc = gc;
    const log = recordingLog();
    await prime({ tableName: TABLE, log: { ...log, info: (event, fields) => (order.push(event), log.info(event, fields)) } });
    expect(gc).toHaveBeenCalledTimes(1);
    expect(gc).toHaveBeenCalledWith({ type: 'minor' });
    expect(order).toEqual(['gc', 'primed']);
    expect(log.events).toContainEqual({ level: 'info', event: 'primed', fields: expect.objectContaining({ handlers: expect.any(Number), garbage: expect.any(Number) }) });
  });

  test('is skipped without gc, and a gc that throws fails neither init nor the other steps', async () => {
    const log = recordingLog();
    await prime({ tableName: TABLE, log });
    expect(log.events.find((e) => e.event === 'primed')?.fields).not.toHaveProperty('garbage');
    exposed.gc = () => {
      throw new TypeError('no');
    };
    const failing = recordingLog();
    await expect(prime({ tableName: TABLE, log: failing })).resolves.toBeUndefined();
    expect(failing.events).toContainEqual({ level: 'info', event: 'prime_failed', fields: { step: 'garbage', error: 'TypeError' } });
    expect(failing.events).toContainEqual({ level: 'info', event: 'primed', fields: expect.objectContaining({ handlers: expect.any(Number) }) });
  });
});

test("the profile priming reads back is a returning user's, as the store reads a stored item", async () => {
  const store = new DynamoDbProgressStore({ doc: localAnswersClient('us-east-1'), tableName: TABLE });
  const profile = await store.loadProfile('amzn1.ask.account.prime');
  expect(profile).toMatchObject({ flags: { welcomed: true }, prefs: { length: 'standard' }, stats: { completed: 2 }, timeZone: 'America/New_York' });
  expect(Object.keys(profile?.tension ?? {})).toHaveLength(1);
  expect(Object.keys(profile?.familiar ?? {}).length).toBeGreaterThan(0);
  expect(await store.listReflections('amzn1.ask.account.prime')).toHaveLength(1);
});

test('a table that accepts the connection and never answers cannot hold up init: priming gives up and logs it', async () => {
  const server = await hangingServer();
  const doc = createDocumentClient({ endpoint: server.endpoint });
  const log = recordingLog();
  try {
    await expect(prime({ doc, tableName: TABLE, log, timeoutMs: 300 })).resolves.toBeUndefined();
  } finally {
    doc.destroy();
    await server.close();
  }
  expect(log.events.map((e) => e.event)).toContain('prime_timeout');
});

test('a table that cannot be reached does not fail init: priming logs the step by name and resolves', async () => {
  const server = await hangingServer();
  const endpoint = server.endpoint;
  await server.close(); // nothing listens there any more: connections are refused
  const doc = createDocumentClient({ endpoint });
  const log = recordingLog();
  try {
    await expect(prime({ doc, tableName: TABLE, log })).resolves.toBeUndefined();
  } finally {
    doc.destroy();
  }
  // Logged, but not as an error: the first request opens the connection itself, as it would anyway.
  expect(log.events).toContainEqual({ level: 'info', event: 'prime_failed', fields: { step: 'connection', error: expect.any(String) } });
});

describe('the Lambda module in local mode (DYNAMODB_ENDPOINT)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('a launch sent the moment the module is loaded, while priming still runs, is answered and saved, on a table that did not exist', async () => {
    process.env.DYNAMODB_ENDPOINT = db.endpoint;
    process.env.TABLE_NAME = 'PrimingLocalMode';
    let lambda!: { handler: (e: RequestEnvelope) => Promise<ResponseEnvelope> };
    jest.isolateModules(() => {
      lambda = jest.requireActual('../../lambda/index');
    });
    const user = 'amzn1.ask.account.local-mode';
    const launch = {
      version: '1.0',
      session: { new: true, sessionId: 's', application: { applicationId: 'a' }, user: { userId: user }, attributes: {} },
      context: { System: { application: { applicationId: 'a' }, user: { userId: user }, device: { deviceId: 'd', supportedInterfaces: {} } } },
      request: { type: 'LaunchRequest', requestId: 'r', timestamp: '2026-11-24T20:00:00Z', locale: 'en-US' },
    } as unknown as RequestEnvelope;
    const res = await lambda.handler(launch);
    expect((res.response.outputSpeech as { ssml: string }).ssml).toMatch(/forehead/);
    const { DynamoDbProgressStore } = await import('../../lambda/store/dynamo');
    const store = new DynamoDbProgressStore({ doc: db.doc, tableName: 'PrimingLocalMode' });
    expect((await store.loadProfile(user))?.flags.welcomed).toBe(true);
  });
});
