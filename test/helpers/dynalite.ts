import type { Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, ensureTable, type DocumentClientOptions } from '../../lambda/store/client';
import { DynamoDbProgressStore } from '../../lambda/store/dynamo';

/**
 * An in-process, in-memory dynalite on 127.0.0.1 and a free port. Tables are
 * created, deleted and updated at once (no simulated delay).
 */
export async function startDynalite(): Promise<{ endpoint: string; close(): Promise<void> }> {
  // dynalite ships no types; no `path` option means the in-memory store.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dynalite = require('dynalite') as (opts: Record<string, unknown>) => Server;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets of SDK clients would otherwise hold close() open.
        (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

const READS = new Set(['Get', 'GetItem', 'Query', 'Scan', 'BatchGet', 'BatchGetItem', 'TransactGet', 'TransactGetItems']);
const WRITES = new Set([
  'Put',
  'PutItem',
  'Update',
  'UpdateItem',
  'Delete',
  'DeleteItem',
  'BatchWrite',
  'BatchWriteItem',
  'TransactWrite',
  'TransactWriteItems',
]);

/**
 * Counts the commands a document client sends, by command name (as the SDK
 * names it in the middleware context: the low-level name, e.g.
 * `UpdateItemCommand`, also for a document-client `UpdateCommand`).
 */
export function countCommands(doc: DynamoDBDocumentClient): {
  counts: Record<string, number>;
  reads(): number;
  writes(): number;
  reset(): void;
} {
  const counts: Record<string, number> = {};
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? 'unknown');
      counts[name] = (counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize' },
  );
  const sum = (kinds: Set<string>) =>
    Object.entries(counts)
      .filter(([name]) => kinds.has(name.replace(/Command$/, '')))
      .reduce((total, [, n]) => total + n, 0);
  return {
    counts,
    reads: () => sum(READS),
    writes: () => sum(WRITES),
    reset: () => {
      for (const k of Object.keys(counts)) delete counts[k];
    },
  };
}

/**
 * Client bounds for tests that count under heavy concurrency, not time: on a loaded machine an
 * in-process dynalite answering fifty sessions at once can take longer than the production bound
 * of 1 s a call, and what those tests check (every run counted, every answer kept) is not about it.
 * The production bounds have their own tests (test/reliability/faults.test.ts).
 */
export const PATIENT_CLIENT: Omit<DocumentClientOptions, 'endpoint'> = { requestTimeoutMs: 15_000, connectionTimeoutMs: 5_000 };

/**
 * A dynalite server with one table and a DynamoDbProgressStore on it, for the tests of one file:
 * started before them, closed after. Read `store` and `doc` inside tests or hooks.
 */
export function dynamoTable(tableName: string, client: Omit<DocumentClientOptions, 'endpoint'> = {}): { readonly store: DynamoDbProgressStore; readonly doc: DynamoDBDocumentClient; readonly endpoint: string } {
  const ctx = {} as { store: DynamoDbProgressStore; doc: DynamoDBDocumentClient; endpoint: string; server: { close(): Promise<void> } };
  beforeAll(async () => {
    const server = await startDynalite();
    ctx.server = server;
    ctx.endpoint = server.endpoint;
    ctx.doc = createDocumentClient({ ...client, endpoint: server.endpoint });
    await ensureTable(ctx.doc, tableName);
    ctx.store = new DynamoDbProgressStore({ doc: ctx.doc, tableName });
  });
  afterAll(async () => {
    ctx.doc?.destroy();
    await ctx.server?.close();
  });
  return ctx;
}
