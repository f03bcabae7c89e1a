import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { LAMBDA_ENTRY, LAMBDA_ESBUILD_OPTIONS, REPO_ROOT } from '../../infra/bundling';
import { dynamoTable } from '../helpers/dynalite';

/**
 * The bundle as Lambda runs it: built with the deployed options, loaded in a fresh node, credentials
 * from the environment only (as Lambda gives them), the table reached through the SDK's own
 * endpoint setting. A launch plays the routine and the profile lands in the table.
 */

const TABLE = 'BundledLambda';
const db = dynamoTable(TABLE);
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'face-massage-bundle-'));
  bundle = join(dir, 'index.mjs');
  await build({ ...LAMBDA_ESBUILD_OPTIONS, entryPoints: [LAMBDA_ENTRY], outfile: bundle, logLevel: 'silent' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the bundled handler answers a launch with credentials from the environment and writes the profile', async () => {
  const launch = {
    version: '1.0',
    session: { new: true, sessionId: 's', application: { applicationId: 'a' }, user: { userId: 'bundle-user' }, attributes: {} },
    context: { System: { application: { applicationId: 'a' }, user: { userId: 'bundle-user' }, device: { deviceId: 'd', supportedInterfaces: {} } } },
    request: { type: 'LaunchRequest', requestId: 'r', timestamp: '2026-11-24T20:00:00Z', locale: 'en-US' },
  };
  const script = `import(${JSON.stringify(pathToFileURL(bundle).href)}).then((m) => m.handler(${JSON.stringify(launch)})).then((r) => process.stdout.write(JSON.stringify(r)))`;
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
  const res = JSON.parse(stdout.trim().split('\n').pop()!);
  expect(res.response.outputSpeech.ssml).toMatch(/forehead/);
  expect((await db.store.loadProfile('bundle-user'))?.flags.welcomed).toBe(true);
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
  const out = join(dir, 'boom.mjs');
  await build({ ...LAMBDA_ESBUILD_OPTIONS, entryPoints: [entry], outfile: out, logLevel: 'silent' });
  expect(readFileSync(out, 'utf8')).not.toMatch(/function boom\(/); // minified: the name is gone from the code
  const { stdout } = await promisify(execFile)(process.execPath, [out], { env: { PATH: process.env.PATH } });
  const [first, second] = stdout.split(' < ');
  expect(first).toMatch(/^at boom\.ts:3:\d+$/);
  expect(second).toMatch(/^at boom\.ts:6:\d+$/);
  expect(stdout).not.toContain('something the user said');
});
