import { Readable } from 'node:stream';
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { createDocumentClient, type RequestHandler } from './client';

/**
 * Warms the table's client while the Lambda initialises (lambda/prime.ts), so that the first request
 * of the evening does not pay for the SDK's first pass or for the TLS handshake.
 *
 * The key used here is outside the users' key space: every user item has `pk` = `USER#<userId>`
 * (store/dynamo.ts), and this one is `pk` = `WARM-UP`. Nothing is ever written: the request path is
 * primed with commands that are aborted before they leave the process, and the connection is opened
 * with two eventually consistent GetItems of that key (half a read unit each; no item, so nothing
 * comes back).
 */
export const WARM_UP_KEY = { pk: 'WARM-UP', sk: 'WARM-UP' } as const;

/**
 * The SDK's request path without I/O: each kind of command the store sends (read, update, query) goes
 * through marshalling, serialisation, endpoint rules, retry set-up and signing, then meets a signal
 * that is already aborted, so the HTTP handler refuses it before opening anything. Never rejects.
 */
export async function primeRequestPath(doc: DynamoDBDocumentClient, tableName: string): Promise<void> {
  const aborted = new AbortController();
  aborted.abort();
  const options = { abortSignal: aborted.signal };
  const refused = () => undefined;
  const update = new UpdateCommand({
    TableName: tableName,
    Key: WARM_UP_KEY,
    UpdateExpression: 'SET #a = :a ADD #n :n',
    ConditionExpression: 'attribute_not_exists(#a) OR #a <> :a',
    ExpressionAttributeNames: { '#a': 'updatedAt', '#n': 'completed' },
    ExpressionAttributeValues: { ':a': 'warm-up', ':n': 1 },
    ReturnValues: 'ALL_NEW',
  });
  const query = new QueryCommand({
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
    ExpressionAttributeValues: { ':pk': WARM_UP_KEY.pk, ':sk': WARM_UP_KEY.sk },
    Limit: 1,
  });
  await doc.send(new GetCommand({ TableName: tableName, Key: WARM_UP_KEY, ConsistentRead: true }), options).catch(refused);
  await doc.send(update, options).catch(refused);
  await doc.send(query, options).catch(refused);
}

/**
 * Opens the connection to the table (DNS, TCP, TLS; the keep-alive socket then serves the first
 * request) with a read of the warm-up key, then reads it once more over that kept-alive socket, the
 * path every later request takes. A response of any kind means the connection is open, so an error
 * answered by DynamoDB (a missing table in local mode, say) counts as done; only a failure to get any
 * answer rejects.
 */
export async function openConnection(doc: DynamoDBDocumentClient, tableName: string): Promise<void> {
  for (let read = 0; read < 2; read++) {
    try {
      await doc.send(new GetCommand({ TableName: tableName, Key: WARM_UP_KEY, ProjectionExpression: 'pk' }));
    } catch (err) {
      const answered = typeof (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 'number';
      if (!answered) throw err;
    }
  }
}

/**
 * A profile item as the store keeps it (store/dynamo.ts, "Item layout") for a returning user: welcomed,
 * preferences, stats, a time zone, a check-in, familiar areas. What the in-process table below answers
 * to a read, so that priming reads a whole item back the way the first request of the evening does.
 */
export const PRIME_PROFILE_ITEM = {
  ...WARM_UP_KEY,
  userId: 'prime',
  createdAt: '2026-01-01T20:00:00.000Z',
  updatedAt: '2026-01-02T20:00:00.000Z',
  timeZone: 'America/New_York',
  completed: 2,
  minutes: 9,
  currentStreak: 2,
  bestStreak: 2,
  lastDay: '2026-01-02',
  pref_length: 'standard',
  pref_tool: 'hands',
  flag_welcomed: true,
  'tension_2026-01-02': ['jaw', 'neck'],
  familiar: { forehead: 2, jaw: 2, neck: 2, finish: 2 },
};

/** A reflection item, as a Query of the journal returns it. */
const PRIME_REFLECTION_ITEM = { ...WARM_UP_KEY, day: '2026-01-02', createdAt: '2026-01-02T20:10:00.000Z', answer_great: 'prime' };

/**
 * A DynamoDB that answers in this process and never opens a connection: a read returns the item above,
 * a query the reflection, an update nothing (or the item, when the update asks for it), a batch nothing
 * unprocessed. Used only for priming (lambda/prime.ts), through a client made like the table's
 * (createDocumentClient), so the SDK's serialisers, signing, its response parsing and our store's
 * reading of an item all run once before the first request; nothing reaches the table.
 */
export const LOCAL_ANSWERS: RequestHandler = {
  handle: async (request: { headers: Record<string, string>; body?: unknown }) => {
    const target = String(request.headers['x-amz-target'] ?? '').split('.').pop();
    const body = request.body;
    const input = JSON.parse(typeof body === 'string' ? body : body instanceof Uint8Array ? new TextDecoder().decode(body) : '{}') as { ReturnValues?: string };
    const item = marshall(PRIME_PROFILE_ITEM);
    const answer =
      target === 'GetItem'
        ? { Item: item }
        : target === 'Query'
          ? { Items: [marshall(PRIME_REFLECTION_ITEM)], Count: 1, ScannedCount: 1 }
          : target === 'UpdateItem' && input.ReturnValues && input.ReturnValues !== 'NONE'
            ? { Attributes: item }
            : target === 'BatchWriteItem'
              ? { UnprocessedItems: {} }
              : {};
    const bytes = Buffer.from(JSON.stringify(answer));
    return {
      response: {
        statusCode: 200,
        reason: 'OK',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'content-length': String(bytes.length), 'x-amzn-requestid': 'prime' },
        body: Readable.from([bytes]),
      },
    };
  },
  updateHttpClientConfig: () => undefined,
  httpHandlerConfigs: () => ({}),
};

/** A document client made like the table's whose requests are answered in this process (LOCAL_ANSWERS). */
export function localAnswersClient(region?: string): DynamoDBDocumentClient {
  return createDocumentClient({ region, answerLocally: LOCAL_ANSWERS });
}
