import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/** What sends a request and returns its response: the network (NodeHttpHandler), or an in-process stand-in (store/warm-up.ts). */
export type RequestHandler = NonNullable<DynamoDBClientConfig['requestHandler']>;

export interface DocumentClientOptions {
  /** Local endpoint (dynalite). When set, dummy credentials are used. */
  endpoint?: string;
  region?: string;
  /** Whole request and response of one attempt. Default 1000 ms. */
  requestTimeoutMs?: number;
  /** TCP connect of one attempt. Default 500 ms. */
  connectionTimeoutMs?: number;
  /** Attempts in all, the first included. Default 2. */
  maxAttempts?: number;
  /**
   * Answers requests in this process instead of sending them (priming, store/warm-up.ts): the client is
   * otherwise made exactly like the table's, with throwaway credentials.
   */
  answerLocally?: RequestHandler;
}

export const DEFAULT_CONNECTION_TIMEOUT_MS = 500;
export const DEFAULT_REQUEST_TIMEOUT_MS = 1000;
export const DEFAULT_MAX_ATTEMPTS = 2;

/**
 * A document client whose every call gives up quickly: with the defaults, two
 * attempts of at most about 1 s each plus a short backoff, so even a table that
 * accepts connections and never answers fails within about 2.5 s, well inside
 * Alexa's 8 s. Creates nothing until called; nothing happens at import time.
 */
export function createDocumentClient(opts: DocumentClientOptions = {}): DynamoDBDocumentClient {
  const requestTimeout = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const connectionTimeout = opts.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS;
  const config: DynamoDBClientConfig = {
    maxAttempts: opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    requestHandler: opts.answerLocally ?? new NodeHttpHandler({
      connectionTimeout,
      requestTimeout,
      // In @smithy/node-http-handler 4.x a breached requestTimeout only logs a
      // warning unless this is set; the idle-socket timeout is a second guard.
      throwOnRequestTimeout: true,
      socketTimeout: requestTimeout,
    }),
  };
  if (opts.endpoint || opts.answerLocally) {
    if (opts.endpoint) config.endpoint = opts.endpoint;
    config.region = opts.region ?? 'us-east-1';
    config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  } else if (opts.region) {
    config.region = opts.region;
  }
  const client = new DynamoDBClient(config);
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
  // DynamoDBDocumentClient.destroy() is a no-op (the wrapped client is the
  // caller's); here the wrapped client is ours, so destroy() closes its sockets.
  doc.destroy = () => client.destroy();
  return doc;
}

export interface EnsureTableOptions {
  /** How long to wait for the table to become ACTIVE. Default 60 s. */
  timeoutMs?: number;
  /** Poll interval. Default 100 ms. */
  pollMs?: number;
}

async function tableStatus(doc: DynamoDBDocumentClient, tableName: string): Promise<string | undefined> {
  try {
    const out = await doc.send(new DescribeTableCommand({ TableName: tableName }));
    return out.Table?.TableStatus ?? 'ACTIVE';
  } catch (err) {
    if (err instanceof ResourceNotFoundException || (err as Error)?.name === 'ResourceNotFoundException') return undefined;
    throw err;
  }
}

/**
 * Makes sure the table (keys `pk` HASH and `sk` RANGE, both strings, on-demand)
 * exists and is ACTIVE. For local use: in AWS the table comes from the stack.
 */
export async function ensureTable(doc: DynamoDBDocumentClient, tableName: string, opts: EnsureTableOptions = {}): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const pollMs = opts.pollMs ?? 100;
  let status = await tableStatus(doc, tableName);
  if (status === 'ACTIVE') return;
  if (status === undefined) {
    try {
      await doc.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'sk', AttributeType: 'S' },
          ],
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
        }),
      );
    } catch (err) {
      // Someone else created it in the meantime: wait for it like for ours.
      if (!(err instanceof ResourceInUseException || (err as Error)?.name === 'ResourceInUseException')) throw err;
    }
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    status = await tableStatus(doc, tableName);
    if (status === 'ACTIVE') return;
    if (Date.now() >= deadline) {
      throw new Error(`Table ${tableName} is not ACTIVE after ${timeoutMs} ms (status ${status ?? 'missing'})`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

