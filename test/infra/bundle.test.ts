import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { App, Stack } from 'aws-cdk-lib';
import { Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { build } from 'esbuild';
import { LAMBDA_CHUNKS_DIR, LAMBDA_ENTRY, lambdaBuild, REPO_ROOT, staticImports } from '../../infra/bundling';
import { lambdaCode } from '../../infra/code';
import { dynamoTable } from '../helpers/dynalite';

/**
 * The bundle as Lambda runs it: built with the deployed options, loaded in a fresh node, credentials
 * from the environment only (as Lambda gives them), the table reached through the SDK's own
 * endpoint setting. A launch plays the routine and the profile lands in the table. The SQS client is a
 * chunk of its own that a cold start does not load, the deployed code asset ships it, and a job is
 * queued through it.
 */

const TABLE = 'BundledLambda';
const db = dynamoTable(TABLE);
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'face-massage-bundle-'));
  bundle = join(dir, 'index.mjs');
  await build({ ...lambdaBuild(dir), logLevel: 'silent' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `event` through the bundle's handler in a fresh node, as Lambda would; returns the response. */
async function handle(event: object): Promise<{ response: { outputSpeech: { ssml: string } } }> {
  const script = `import(${JSON.stringify(pathToFileURL(bundle).href)}).then((m) => m.handler(${JSON.stringify(event)})).then((r) => process.stdout.write(JSON.stringify(r)))`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], {
    env: {
      PATH: process.env.PATH,
      TABLE_NAME: TABLE,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'example',
      AWS_SESSION_TOKEN: 'example',
      AWS_ENDPOINT_URL_DYNAMODB: db.endpoint,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  // The skill's own log lines (one JSON object each, e.g. `primed`) come first; the response is the last line.
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

function launchOf(userId: string, locale: string, system: Record<string, unknown> = {}) {
  return {
    version: '1.0',
    session: { new: true, sessionId: 's', application: { applicationId: 'a' }, user: { userId }, attributes: {} },
    context: { System: { application: { applicationId: 'a' }, user: { userId }, device: { deviceId: 'd', supportedInterfaces: {} }, ...system } },
    request: { type: 'LaunchRequest', requestId: 'r', timestamp: '2026-11-24T20:00:00Z', locale },
  };
}

test.each([
  ['en-US', /forehead/],
  ['de-DE', /Stirn/],
])('the bundled handler answers a launch (%s) with credentials from the environment and writes the profile', async (locale, area) => {
  const userId = `bundle-user-${locale}`;
  const res = await handle(launchOf(userId, locale));
  expect(res.response.outputSpeech.ssml).toMatch(area);
  expect((await db.store.loadProfile(userId))?.flags.welcomed).toBe(true);
});

test("a first launch asks Alexa's settings API for the device's time zone through the service clients' own chunk, loaded then", async () => {
  const asked: string[] = [];
  const api = createHttpServer((req, res) => {
    asked.push(`${req.method} ${req.url} ${req.headers.authorization}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify('Europe/Berlin'));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  try {
    const apiEndpoint = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    const res = await handle(launchOf('bundle-user-zone', 'en-US', { apiEndpoint, apiAccessToken: 'token' }));
    expect(res.response.outputSpeech.ssml).toMatch(/forehead/);
  } finally {
    await new Promise<void>((resolve) => api.close(() => resolve()));
  }
  expect(asked).toEqual(['GET /v2/devices/d/settings/System.timeZone Bearer token']);
  expect((await db.store.loadProfile('bundle-user-zone'))?.timeZone).toBe('Europe/Berlin');
});

test('the bundle leaves out the credential chain Lambda never uses (SSO, shared files)', () => {
  const code = readFileSync(bundle, 'utf8');
  expect(code).not.toMatch(/SSOClient|fromSSO|sso-oidc/);
});

test('an error logged by the bundle says where it happened in the TypeScript source, without --enable-source-maps and without its message', async () => {
  const entry = join(dir, 'boom.ts');
  writeFileSync(
    entry,
    [
      `import { stackFrames } from ${JSON.stringify(join(REPO_ROOT, 'lambda', 'stack-frames'))};`,
      'function boom(): never {',
      "  throw new Error('something the user said');",
      '}',
      'try {',
      '  boom();',
      '} catch (e) {',
      '  process.stdout.write(stackFrames(e));',
      '}',
    ].join('\n'),
  );
  const out = join(dir, 'boom', 'index.mjs');
  await build({ ...lambdaBuild(dirname(out), entry), logLevel: 'silent' });
  expect(readFileSync(out, 'utf8')).not.toMatch(/function boom\(/); // minified: the name is gone from the code
  const { stdout } = await promisify(execFile)(process.execPath, [out], { env: { PATH: process.env.PATH } });
  const [first, second] = stdout.split(' < ');
  expect(first).toMatch(/^at boom\.ts:3:\d+$/);
  expect(second).toMatch(/^at boom\.ts:6:\d+$/);
  expect(stdout).not.toContain('something the user said');
});

/** The files a cold start loads with `file`: it and the chunks it imports statically, recursively. */
function loadedWith(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const chunk of staticImports(readFileSync(file, 'utf8'))) loadedWith(join(dirname(file), chunk), seen);
  return seen;
}

/** Every `.mjs` of the bundle, with its path inside it. */
function bundleFiles(root: string): string[] {
  return ['index.mjs', ...readdirSync(join(root, LAMBDA_CHUNKS_DIR)).filter((f) => f.endsWith('.mjs')).map((f) => join(LAMBDA_CHUNKS_DIR, f))];
}

test('every file a cold start loads is ASCII, the German answer patterns included (one non-ASCII byte makes V8 read the whole file as two-byte text)', () => {
  const loaded = [...loadedWith(bundle)];
  const nonAscii = loaded.flatMap((f) => {
    const code = readFileSync(f, 'latin1');
    const at = [...code].findIndex((c) => c.charCodeAt(0) > 0x7f);
    return at < 0 ? [] : [`${f}: ${code.slice(Math.max(0, at - 40), at + 20)}`];
  });
  expect(nonAscii).toEqual([]);
  expect(loaded.map((f) => readFileSync(f, 'utf8')).join('')).toContain('\\xFCberspringen'); // "überspringen", escaped
});

test.each([
  // index.mjs imports each with import(): the SQS client when a job must be queued, the Alexa service
  // clients when a service is first called.
  ['the SQS client', 'AmazonSQS'],
  ["ask-sdk-model's service clients", 'settings/System.timeZone'],
])('%s: a chunk of its own, which a cold start neither loads nor parses', (_what, marker) => {
  const loaded = loadedWith(bundle);
  const chunks = bundleFiles(dir).filter((f) => readFileSync(join(dir, f), 'utf8').includes(marker));
  expect(chunks).toHaveLength(1);
  expect(loaded.has(join(dir, chunks[0]))).toBe(false);
  for (const f of loaded) expect(readFileSync(f, 'utf8')).not.toContain(marker);
  expect(readFileSync(bundle, 'utf8')).toContain(`import("./${chunks[0]}")`);
});

test('the code asset the stack deploys holds index.mjs, its map and every chunk it imports, now or later', () => {
  const app = new App({ outdir: join(dir, 'cdk.out') });
  const stack = new Stack(app, 'Bundled');
  new LambdaFunction(stack, 'Fn', { runtime: Runtime.NODEJS_LATEST, handler: 'index.handler', code: lambdaCode(LAMBDA_ENTRY) });
  app.synth();
  const assets = readdirSync(join(dir, 'cdk.out')).filter((d) => d.startsWith('asset.') && existsSync(join(dir, 'cdk.out', d, 'index.mjs')));
  expect(assets).toHaveLength(1);
  const root = join(dir, 'cdk.out', assets[0]);
  expect(existsSync(join(root, 'index.mjs.map'))).toBe(true);
  const imported = bundleFiles(root).flatMap((f) => {
    const code = readFileSync(join(root, f), 'utf8');
    return [...staticImports(code), ...[...code.matchAll(/import\("(\.{1,2}\/[^"]+)"\)/g)].map((m) => m[1])].map((i) => join(dirname(join(root, f)), i));
  });
  expect(imported.some((f) => readFileSync(f, 'utf8').includes('AmazonSQS'))).toBe(true);
  for (const f of imported) expect(existsSync(f)).toBe(true);
});

/** An SQS endpoint on 127.0.0.1 that takes SendMessage (the JSON protocol) and keeps each message body. */
async function sqsStandIn(): Promise<{ endpoint: string; bodies: string[]; close(): Promise<void> }> {
  const bodies: string[] = [];
  const server = createHttpServer((req, res) => {
    let text = '';
    req.on('data', (d: Buffer) => (text += d.toString()));
    req.on('end', () => {
      const input = JSON.parse(text) as { MessageBody: string };
      bodies.push(input.MessageBody);
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ MessageId: `m${bodies.length}`, MD5OfMessageBody: createHash('md5').update(input.MessageBody).digest('hex') }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A port on 127.0.0.1 where nothing listens (connections are refused). */
async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test('with the table down, a SkillDisabled deletion is queued through the SQS chunk, and the invocation fails', async () => {
  const sqs = await sqsStandIn();
  try {
    const userId = 'amzn1.ask.account.bundle-disabled';
    const event = {
      version: '1.0',
      context: { System: { application: { applicationId: 'a' }, user: { userId }, device: { deviceId: 'd', supportedInterfaces: {} } } },
      request: { type: 'AlexaSkillEvent.SkillDisabled', requestId: 'r', timestamp: '2026-11-24T20:00:00Z', body: { userInformationPersistenceStatus: 'NOT_PERSISTED' } },
    };
    const script = `import(${JSON.stringify(pathToFileURL(bundle).href)}).then((m) => m.handler(${JSON.stringify(event)})).then(() => process.stdout.write('answered'), (e) => process.stdout.write('failed: ' + e.name))`;
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], {
      env: {
        PATH: process.env.PATH,
        TABLE_NAME: TABLE,
        QUEUE_URL: `${sqs.endpoint}/111111111111/work.fifo`,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'example',
        AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${await refusedPort()}`,
        AWS_ENDPOINT_URL_SQS: sqs.endpoint,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    });
    expect(stdout.trim().split('\n').pop()).toBe('failed: DeletionOwed');
    expect(sqs.bodies.map((b) => JSON.parse(b))).toEqual([expect.objectContaining({ kind: 'delete-user', userId })]);
  } finally {
    await sqs.close();
  }
});
