import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Warms the table's client while the Lambda initialises (lambda/prime.ts), so that the first request
 * of the evening does not pay for the SDK's first pass or for the TLS handshake.
 *
 * The key used here is outside the users' key space: every user item has `pk` = `USER#<userId>`
 * (store/dynamo.ts), and this one is `pk` = `WARM-UP`. Nothing is ever written: the request path is
 * primed with commands that are aborted before they leave the process, and the connection is opened
 * with one eventually consistent GetItem of that key (half a read unit; no item, so nothing comes back).
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
 * request) with a read of the warm-up key. A response of any kind means the connection is open, so an
 * error answered by DynamoDB (a missing table in local mode, say) counts as done; only a failure to
 * get any answer rejects.
 */
export async function openConnection(doc: DynamoDBDocumentClient, tableName: string): Promise<void> {
  try {
    await doc.send(new GetCommand({ TableName: tableName, Key: WARM_UP_KEY, ProjectionExpression: 'pk' }));
  } catch (err) {
    const answered = typeof (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 'number';
    if (!answered) throw err;
  }
}
