/**
 * The first request after a cold start, for `npm run bench` (bench/bench.ts).
 *
 * A fresh plain `node` runs bench/lambda-host.mjs, a stand-in for Lambda's Node.js runtime: it imports
 * the bundle (init: the module load and, unless PRIME_ON_INIT=false, the priming it waits for), then
 * calls `handler` on events sent to it one at a time and reports each one's wall time and main-thread
 * CPU. The production code path: the function's NODE_OPTIONS (LAMBDA_NODE_OPTIONS), no DYNAMODB_ENDPOINT, credentials from the environment (so requests
 * are signed as in Lambda), the table reached through AWS_ENDPOINT_URL_DYNAMODB at a TLS stand-in for
 * DynamoDB on 127.0.0.1 (dynalite behind HTTPS with a throwaway certificate the child trusts through
 * NODE_EXTRA_CA_CERTS), so endpoint rules, signing, the https agent and the TLS handshake are all real.
 *
 * The CPU-quota model of Lambda: Lambda gives a function a share of a vCPU in proportion to its memory
 * (a full one at 1,769 MB) while it handles requests, and runs init at full speed. Here, init runs
 * unthrottled; once it is reported, the child is moved into a cgroup whose CPU quota is that share of
 * one of this machine's cores, and the requests run there.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:https';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { LAMBDA_NODE_OPTIONS } from '../infra/bundling';
import { ensureTable } from '../lambda/store/client';
import { DynamoDbProgressStore } from '../lambda/store/dynamo';

/** Memory at which Lambda gives a function one full vCPU. */
export const MB_PER_VCPU = 1769;
/** The quota's accounting period. Lambda does not publish its own; a short one spreads even a short turn over several periods. */
export const QUOTA_PERIOD_US = 20_000;

// --- the CPU quota ------------------------------------------------------------------------------

export interface CpuQuota {
  /** How the quota is applied, for the report. */
  how: string;
  /** Moves a process into a group limited to `share` of one core. Returns a function that removes the group once the process has exited. */
  limit(pid: number, share: number): () => void;
}

/** A writable cgroup with the CPU controller (v2 `cpu.max`, or v1 `cpu.cfs_quota_us`), or why there is none. */
export function cpuQuota(): CpuQuota | { unavailable: string } {
  const name = () => `face-massage-bench-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const v2 = ['/sys/fs/cgroup', '/sys/fs/cgroup/unified'].find((root) => {
    try {
      return readFileSync(join(root, 'cgroup.controllers'), 'utf8').split(/\s+/).includes('cpu');
    } catch {
      return false;
    }
  });
  const tryIt = (q: CpuQuota): CpuQuota | { unavailable: string } => {
    try {
      q.limit(process.pid, 1)(); // a group for this process at a full core, then removed
      return q;
    } catch (e) {
      return { unavailable: `${q.how}: ${(e as Error).message}` };
    }
  };
  if (v2) {
    return tryIt({
      how: `cgroup v2 cpu.max in ${v2}`,
      limit(pid, share) {
        const dir = join(v2, name());
        writeFileSync(join(v2, 'cgroup.subtree_control'), '+cpu');
        mkdirSync(dir);
        writeFileSync(join(dir, 'cpu.max'), `${Math.round(share * QUOTA_PERIOD_US)} ${QUOTA_PERIOD_US}`);
        if (pid !== process.pid) writeFileSync(join(dir, 'cgroup.procs'), String(pid));
        return () => rmdirSync(dir);
      },
    });
  }
  const v1 = '/sys/fs/cgroup/cpu';
  if (existsSync(join(v1, 'cpu.cfs_quota_us'))) {
    return tryIt({
      how: `cgroup v1 cpu.cfs_quota_us in ${v1}`,
      limit(pid, share) {
        const dir = join(v1, name());
        mkdirSync(dir);
        writeFileSync(join(dir, 'cpu.cfs_period_us'), String(QUOTA_PERIOD_US));
        writeFileSync(join(dir, 'cpu.cfs_quota_us'), String(Math.max(1000, Math.round(share * QUOTA_PERIOD_US))));
        if (pid !== process.pid) writeFileSync(join(dir, 'cgroup.procs'), String(pid));
        return () => rmdirSync(dir);
      },
    });
  }
  return { unavailable: 'no cgroup with the CPU controller is mounted here' };
}

// --- the TLS stand-in for DynamoDB ----------------------------------------------------------------

export interface TlsStandIn {
  endpoint: string;
  /** The certificate, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  doc: DynamoDBDocumentClient;
  close(): Promise<void>;
}

/** dynalite behind HTTPS on 127.0.0.1, with a fresh self-signed RSA certificate for 127.0.0.1 (openssl). */
export async function startTlsStandIn(): Promise<TlsStandIn> {
  const dir = mkdtempSync(join(tmpdir(), 'face-massage-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], {
    stdio: 'ignore',
  });
  const pem = { key: readFileSync(key), cert: readFileSync(cert) };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dynalite = require('dynalite') as (opts: Record<string, unknown>) => Server;
  const server = dynalite({ ssl: true, ...pem, ca: pem.cert, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    requestHandler: new NodeHttpHandler({ httpsAgent: new Agent({ ca: pem.cert, keepAlive: true }) }),
  });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true } });
  return {
    endpoint,
    caFile: cert,
    doc,
    close: async () => {
      client.destroy();
      (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// --- one cold process --------------------------------------------------------------------------

export interface Invocation {
  ms: number;
  cpu: number;
  request: string;
  /** Index of the evening in the process (0: the first, after the cold start). */
  evening: number;
}

export interface ColdProcess {
  init: { ms: number; cpu: number };
  /** Milliseconds of each priming step, from the skill's own `primed` log line. */
  primed?: Record<string, number>;
  invocations: Invocation[];
}

export interface ColdRunOptions {
  host: string;
  bundle: string;
  standIn: TlsStandIn;
  tableName: string;
  /** Evenings, each a list of requests, sent in order; the user id in them is replaced by `userId`. */
  evenings: RequestEnvelope[][];
  userId: string;
  prime: boolean;
  /** Share of one core while handling requests (undefined: unthrottled). */
  quota?: { cpu: CpuQuota; share: number };
}

/** One fresh process: init, then the evenings; returns what it measured. */
export function coldProcess(o: ColdRunOptions): Promise<ColdProcess> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: 'UTC',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIDBENCHEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'bench-secret',
    AWS_SESSION_TOKEN: 'bench-session-token',
    AWS_ENDPOINT_URL_DYNAMODB: o.standIn.endpoint,
    NODE_EXTRA_CA_CERTS: o.standIn.caFile,
    TABLE_NAME: o.tableName,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    NODE_OPTIONS: LAMBDA_NODE_OPTIONS,
    ...(o.prime ? {} : { PRIME_ON_INIT: 'false' }),
  };
  const requests = o.evenings.flatMap((e, evening) => e.map((r) => ({ evening, json: JSON.stringify(r).replaceAll(JSON.stringify(userOf(r)).slice(1, -1), o.userId), request: requestName(r) })));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [o.host, o.bundle], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let release: (() => void) | undefined;
    let stderr = '';
    let buffered = '';
    let init: ColdProcess['init'] | undefined;
    let primed: ColdProcess['primed'];
    const invocations: Invocation[] = [];
    const next = () => {
      const r = requests[invocations.length];
      if (r) child.stdin.write(`${r.json}\n`);
      else child.stdin.end();
    };
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (!line.startsWith('{')) continue; // the skill's own log lines
        const msg = JSON.parse(line) as { type?: string; event?: string; ms: number; cpu: number; response?: ResponseEnvelope; error?: string };
        if (msg.event === 'primed') {
          const { level: _level, event: _event, ...steps } = msg as unknown as Record<string, number>;
          primed = steps;
        } else if (msg.type === 'init') {
          init = { ms: msg.ms, cpu: msg.cpu };
          try {
            if (o.quota) release = o.quota.cpu.limit(child.pid!, o.quota.share);
          } catch (e) {
            child.kill();
            return reject(e);
          }
          next();
        } else if (msg.type === 'result') {
          const r = requests[invocations.length];
          if (msg.error || !msg.response?.response) {
            child.kill();
            return reject(new Error(`the bundle failed a ${r.request}: ${msg.error ?? 'no response'}\n${stderr.slice(0, 500)}`));
          }
          invocations.push({ ms: msg.ms, cpu: msg.cpu, request: r.request, evening: r.evening });
          next();
        }
      }
    });
    child.on('exit', (code) => {
      try {
        release?.();
      } catch {
        // the group is removed once empty; a leftover one is harmless
      }
      if (!init || invocations.length !== requests.length) return reject(new Error(`lambda host exited (${code}) after ${invocations.length} of ${requests.length} requests\n${stderr.slice(0, 1000)}`));
      resolve({ init, primed, invocations });
    });
  });
}

function userOf(r: RequestEnvelope): string {
  return r.context.System.user.userId;
}

export function requestName(r: RequestEnvelope): string {
  return r.request.type === 'IntentRequest' ? (r.request as { intent: { name: string } }).intent.name : r.request.type;
}

/** A returning user, as on any evening after the first: welcomed, in the bench's time zone. */
export async function seedReturningUser(standIn: TlsStandIn, tableName: string, userId: string, timeZone: string): Promise<void> {
  const store = new DynamoDbProgressStore({ doc: standIn.doc, tableName });
  await store.updateProfile(userId, { flags: { welcomed: true }, timeZone });
}

export async function createTable(standIn: TlsStandIn, tableName: string): Promise<void> {
  await ensureTable(standIn.doc, tableName);
}
