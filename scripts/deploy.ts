/**
 * `npm run deploy [-- --stage dev|live] [--profile ASK_PROFILE]`: the whole deployment of one stage,
 * from zero or again (docs/deploy.md).
 *
 *   1. builds the skill package (manifest, models, tasks, icons) and stops on anything certification
 *      would reject;
 *   2. first run only: creates the stage's skill from that package, without an endpoint, and records
 *      its id in infra/stages.json (commit it);
 *   3. deploys the stage's stack with `cdk deploy` (function, table, alarms, and the Alexa trigger for
 *      that skill id only: never an open permission), and checks the function's policy says so;
 *   4. imports the package again with the function as endpoint and events endpoint (skipped when
 *      nothing in it changed since the last deploy from this checkout);
 *   5. waits for the import and for each locale's interaction model build, and reports them;
 *   6. first run only: enables the skill for testing on the developer's devices.
 *
 * The Alexa side goes through the pinned ASK CLI (`ask smapi …`), so its sign-in (`npx ask configure`)
 * is the only one; the AWS side through `cdk deploy` and the AWS SDK (the usual credential chain).
 * Every remote call is behind DeployDeps, so test/deploy runs this against local stand-ins of those
 * endpoints.
 */
import { execFile, spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { GetPolicyCommand, LambdaClient, ResourceNotFoundException } from '@aws-sdk/client-lambda';
import { REPO_ROOT } from '../infra/bundling';
import { isStage, readStages, recordSkillId, stackName, STAGES, STAGES_FILE, type StageName } from '../infra/stages';
import { buildSkillPackage } from './skill-package';
import { zipFolder } from './zip';

export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

/** What `ask smapi <command> --full-response` prints. */
export interface SmapiResponse {
  statusCode: number;
  headers: Record<string, string>;
  // The body's shape depends on the command: read through the interfaces below.
  body: Record<string, unknown>;
}

interface SmapiMessage {
  message?: string;
}
/** get-import-status */
interface ImportStatus {
  status?: string;
  skill?: { skillId?: string; resources?: { name?: string; errors?: SmapiMessage[] }[] };
}
/** One locale of get-skill-status --resource interactionModel */
interface ModelStatus {
  lastUpdateRequest?: { status?: string; errors?: SmapiMessage[] };
}

export interface PolicyStatement {
  Effect?: string;
  Principal?: { Service?: string } | string;
  Action?: string | string[];
  Condition?: Record<string, Record<string, string>>;
}

export interface DeployDeps {
  /** One `ask smapi` command (its arguments after `smapi`). */
  ask(args: string[]): Promise<SmapiResponse>;
  /** PUT of the package to the upload URL SMAPI handed out. */
  upload(url: string, body: Buffer): Promise<void>;
  /** `cdk deploy` of the stage's stack; returns the function's ARN. */
  cdkDeploy(stage: StageName): Promise<{ functionArn: string }>;
  /** The function's resource policy statements (Lambda GetPolicy). */
  functionPolicy(functionArn: string): Promise<PolicyStatement[]>;
  sleep(ms: number): Promise<void>;
  log(line: string): void;
}

export interface DeployOptions {
  stage: StageName;
  /** infra/stages.json, or a copy (tests). */
  stagesFile?: string;
  /** Where the package and the last deploy's record go. Default dist/. */
  workDir?: string;
  /** Poll interval while waiting for Alexa. Default 5 s. */
  pollMs?: number;
  /** How long to wait for an import or a model build. Default 10 min. */
  timeoutMs?: number;
}

export interface DeployResult {
  skillId: string;
  functionArn: string;
  created: boolean;
  imported: boolean;
  builds: Record<string, string>;
}

/** A deploy step that failed, with what it was doing. */
export class DeployError extends Error {}

/** The trigger statements that let Alexa invoke the function, each scoped (or not) to a skill id. */
export function alexaStatements(statements: PolicyStatement[]): { scopedTo?: string }[] {
  return statements
    .filter((s) => {
      const principal = typeof s.Principal === 'string' ? s.Principal : s.Principal?.Service;
      return s.Effect !== 'Deny' && principal === ALEXA_PRINCIPAL;
    })
    .map((s) => ({ scopedTo: s.Condition?.StringEquals?.['lambda:EventSourceToken'] }));
}

function packageHash(dir: string): string {
  return createHash('sha256').update(zipFolder(dir)).digest('hex');
}

export async function deploy(options: DeployOptions, deps: DeployDeps): Promise<DeployResult> {
  const { stage } = options;
  const stagesFile = options.stagesFile ?? STAGES_FILE;
  const workDir = options.workDir ?? path.join(REPO_ROOT, 'dist');
  const pollMs = options.pollMs ?? 5000;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const packageDir = path.join(workDir, 'skill-package', stage);
  const recordFile = path.join(workDir, `deploy-${stage}.json`);
  const { log } = deps;

  const step = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof DeployError) throw err;
      throw new DeployError(`${what} failed: ${(err as Error).message}`);
    }
  };

  const waitFor = async <T>(what: string, poll: () => Promise<{ done: boolean; value: T }>): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { done, value } = await poll();
      if (done) return value;
      if (Date.now() >= deadline) throw new DeployError(`${what}: still in progress after ${Math.round(timeoutMs / 1000)} s`);
      await deps.sleep(pollMs);
    }
  };

  /** Uploads the package and imports it (a new skill without skillId); waits; returns the skill id. */
  const importPackage = async (skillId: string | undefined): Promise<string> => {
    const zip = zipFolder(packageDir);
    const upload = (await step('Getting an upload URL (ask smapi create-upload-url)', () => deps.ask(['create-upload-url']))).body as { uploadUrl: string };
    await step('Uploading the skill package', () => deps.upload(upload.uploadUrl, zip));
    const started = skillId
      ? await step('Importing the skill package (ask smapi import-skill-package)', () =>
          deps.ask(['import-skill-package', '--location', upload.uploadUrl, '--skill-id', skillId]),
        )
      : await step('Creating the skill (ask smapi create-skill-package)', () => deps.ask(['create-skill-package', '--location', upload.uploadUrl]));
    const location = started.headers.location ?? started.headers.Location ?? '';
    const importId = location.split('/').pop();
    if (!importId) throw new DeployError(`The import started without an import id (status ${started.statusCode})`);
    const status = await waitFor('The skill package import', async () => {
      const { body } = await step('Reading the import status (ask smapi get-import-status)', () => deps.ask(['get-import-status', '--import-id', importId]));
      return { done: body.status !== 'IN_PROGRESS', value: body as ImportStatus };
    });
    if (status.status !== 'SUCCEEDED') {
      const errors = (status.skill?.resources ?? []).flatMap((r) =>
        (r.errors ?? []).map((e) => `${r.name ?? 'package'}: ${e.message ?? JSON.stringify(e)}`),
      );
      throw new DeployError(`The skill package import ${status.status}:\n  - ${(errors.length ? errors : ['(no detail given)']).join('\n  - ')}`);
    }
    const id = status.skill?.skillId ?? skillId;
    if (!id) throw new DeployError('The import succeeded but named no skill id');
    return id;
  };

  log(`Deploying the ${stage} stage (stack ${stackName(stage)}).`);
  const stages = readStages(stagesFile);
  const settings = stages.stages[stage];
  const privacyPolicyUrl = stages.privacyPolicyUrl ?? undefined;

  // 1. The package, checked before anything remote happens.
  buildSkillPackage({ outDir: packageDir, privacyPolicyUrl });

  // 2. The skill, the first time: created without an endpoint (the function does not trust it yet).
  let skillId = settings.skillId ?? undefined;
  const created = !skillId;
  if (!skillId) {
    log('Creating the skill from the skill package (no endpoint yet) ...');
    skillId = await importPackage(undefined);
    recordSkillId(stage, skillId, stagesFile);
    log(`Created ${skillId}; recorded in ${path.relative(REPO_ROOT, stagesFile)}. Commit that file: every deploy and synth reads the id from it.`);
  }

  // 3. The stack, with the trigger for this skill only; then what the function's policy really says.
  log(`Deploying the stack with the trigger for ${skillId} (cdk deploy) ...`);
  const { functionArn } = await step(`cdk deploy ${stackName(stage)}`, () => deps.cdkDeploy(stage));
  const statements = alexaStatements(await step('Reading the function policy', () => deps.functionPolicy(functionArn)));
  const open = statements.filter((s) => s.scopedTo !== skillId);
  if (open.length > 0 || statements.length === 0) {
    throw new DeployError(
      statements.length === 0
        ? `${functionArn} has no Alexa trigger for ${skillId}; the endpoint was not changed.`
        : `${functionArn} lets Alexa invoke it for ${open.map((s) => s.scopedTo ?? 'ANY skill').join(', ')}: remove that permission; the endpoint was not changed.`,
    );
  }
  log(`The function trusts ${skillId} only.`);

  // 4. The package with the endpoint and events; imported when it changed.
  buildSkillPackage({ outDir: packageDir, privacyPolicyUrl, lambdaArn: functionArn });
  const hash = packageHash(packageDir);
  const last = fs.existsSync(recordFile) ? (JSON.parse(fs.readFileSync(recordFile, 'utf8')) as { skillId?: string; packageHash?: string }) : {};
  const imported = created || last.skillId !== skillId || last.packageHash !== hash;
  if (imported) {
    log('Updating the skill: manifest with endpoint and events, interaction models, tasks, icons ...');
    await importPackage(skillId);
    fs.mkdirSync(workDir, { recursive: true });
    fs.writeFileSync(recordFile, `${JSON.stringify({ skillId, packageHash: hash }, null, 2)}\n`);
  } else {
    log('The skill package has not changed since the last deploy: not imported again.');
  }

  // 5. Each locale's model build.
  const builds = await waitFor('The interaction model builds', async () => {
    const { body } = await step('Reading the skill status (ask smapi get-skill-status)', () =>
      deps.ask(['get-skill-status', '--skill-id', skillId!, '--resource', 'interactionModel']),
    );
    const locales = Object.entries((body.interactionModel ?? {}) as Record<string, ModelStatus>);
    const status = Object.fromEntries(locales.map(([l, s]) => [l, String(s.lastUpdateRequest?.status ?? 'UNKNOWN')]));
    return { done: locales.length > 0 && !Object.values(status).includes('IN_PROGRESS'), value: { status, locales } };
  });
  for (const [locale, s] of Object.entries(builds.status)) log(`  model ${locale}: ${s}`);
  const failed = builds.locales.filter(([, s]) => s.lastUpdateRequest?.status !== 'SUCCEEDED');
  if (failed.length > 0) {
    const detail = failed.map(([l, s]) => `${l}: ${s.lastUpdateRequest?.status}${(s.lastUpdateRequest?.errors ?? []).map((e) => ` ${e.message}`).join(';')}`);
    throw new DeployError(`The interaction model build failed:\n  - ${detail.join('\n  - ')}`);
  }

  // 6. Testing on the developer's own devices, the first time.
  if (created) {
    await step('Enabling the skill for testing (ask smapi set-skill-enablement)', () =>
      deps.ask(['set-skill-enablement', '--skill-id', skillId!, '--stage', 'development']),
    );
    log('Enabled for testing on the devices of your developer account.');
  }

  log(`Done: ${stage} skill ${skillId} -> ${functionArn}`);
  return { skillId, functionArn, created, imported, builds: builds.status };
}

// ---- The real edges --------------------------------------------------------------------------

/** Runs the pinned ASK CLI's `ask smapi` (env: the CLI's own variables, e.g. ASK_DEFAULT_PROFILE). */
export function askCli(options: { profile?: string; env?: NodeJS.ProcessEnv } = {}): DeployDeps['ask'] {
  const bin = require.resolve('ask-cli/dist/bin/ask.js');
  return (args) =>
    new Promise((resolve, reject) => {
      const argv = [bin, 'smapi', ...args, '--full-response', ...(options.profile ? ['--profile', options.profile] : [])];
      const env = { ...process.env, ...options.env, ASK_SHARE_USAGE: 'false', ASK_SKIP_NEW_VERSION_REMINDER: 'true' };
      execFile(process.execPath, argv, { env, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
        const text = stdout.trim();
        let parsed: SmapiResponse | undefined;
        try {
          parsed = JSON.parse(text.slice(text.indexOf('{'))) as SmapiResponse;
        } catch {
          parsed = undefined;
        }
        if (err || !parsed) {
          // The CLI prints "[Error]: {...}" with an errorMessage, or a line of text.
          const out = (stderr || stdout).trim();
          let message = out.split('\n').filter(Boolean).slice(-3).join(' ');
          try {
            const e = JSON.parse(out.slice(out.indexOf('{'))) as { errorMessage?: string; body?: unknown; message?: string };
            message = [e.errorMessage ?? e.message, e.body ? JSON.stringify(e.body) : undefined].filter(Boolean).join(' ');
          } catch {
            // not JSON: keep the text
          }
          reject(new Error(`ask smapi ${args[0]}: ${message || (err as Error)?.message}`));
          return;
        }
        if (parsed.statusCode >= 400) reject(new Error(`ask smapi ${args[0]}: ${parsed.statusCode} ${JSON.stringify(parsed.body)}`));
        else resolve({ ...parsed, headers: Object.fromEntries(Object.entries(parsed.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])) });
      });
    });
}

export async function putUpload(url: string, body: Buffer): Promise<void> {
  const res = await fetch(url, { method: 'PUT', body: new Uint8Array(body) });
  if (!res.ok) throw new Error(`upload: HTTP ${res.status}`);
}

/** Lambda GetPolicy (region from the ARN; AWS_ENDPOINT_URL_LAMBDA is honoured by the SDK). */
export function lambdaPolicy(config: { endpoint?: string; credentials?: { accessKeyId: string; secretAccessKey: string } } = {}) {
  return async (functionArn: string): Promise<PolicyStatement[]> => {
    const client = new LambdaClient({ region: functionArn.split(':')[3], ...config });
    try {
      const out = await client.send(new GetPolicyCommand({ FunctionName: functionArn }));
      return (JSON.parse(out.Policy ?? '{}') as { Statement?: PolicyStatement[] }).Statement ?? [];
    } catch (err) {
      if (err instanceof ResourceNotFoundException || (err as Error).name === 'ResourceNotFoundException') return [];
      throw err;
    } finally {
      client.destroy();
    }
  };
}

/** `npx cdk deploy` of one stage's stack, output shown as it goes; the outputs read from a file. */
export function cdkDeploy(workDir = path.join(REPO_ROOT, 'dist')): DeployDeps['cdkDeploy'] {
  return (stage) =>
    new Promise((resolve, reject) => {
      fs.mkdirSync(workDir, { recursive: true });
      const outputs = path.join(workDir, `cdk-outputs-${stage}.json`);
      const args = ['cdk', 'deploy', stackName(stage), '-c', `stage=${stage}`, '--require-approval', 'never', '--outputs-file', outputs];
      const child = spawn('npx', args, { cwd: REPO_ROOT, stdio: 'inherit' });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code !== 0) return reject(new Error(`exit code ${code} (the output above says why)`));
        const values = (JSON.parse(fs.readFileSync(outputs, 'utf8')) as Record<string, Record<string, string>>)[stackName(stage)];
        if (!values?.FunctionArn) return reject(new Error(`no FunctionArn output in ${outputs}`));
        resolve({ functionArn: values.FunctionArn });
      });
    });
}

function parseArgs(argv: string[]): { stage: StageName; profile?: string } {
  let stage: string = 'dev';
  let profile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--stage') stage = argv[++i] ?? '';
    else if (a === '--profile') profile = argv[++i];
    else throw new Error(`Unknown option ${a} (the options are --stage ${STAGES.join('|')} and --profile ASK_PROFILE)`);
  }
  if (!isStage(stage)) throw new Error(`--stage is one of ${STAGES.join(', ')}, not "${stage}"`);
  return { stage, profile };
}

async function main(): Promise<void> {
  const { stage, profile } = parseArgs(process.argv.slice(2));
  const result = await deploy(
    { stage },
    {
      ask: askCli({ profile }),
      upload: putUpload,
      cdkDeploy: cdkDeploy(),
      functionPolicy: lambdaPolicy(),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      log: (line) => console.log(line),
    },
  );
  console.log(
    stage === 'dev'
      ? '\nTry it: say "Alexa, open my face massage" to a device signed in to your developer account, or `npx ask dialog -s ' +
          `${result.skillId} -l en-US\`.`
      : `\nThe live stage's skill is ready for certification: npx ask smapi submit-skill-for-certification -s ${result.skillId}`,
  );
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`\nerror: ${(err as Error).message}`);
    process.exit(1);
  });
}
