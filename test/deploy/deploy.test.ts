import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { REPO_ROOT } from '../../infra/bundling';
import { FaceMassageStack } from '../../infra/stack';
import { readStages, stackName, type StageName } from '../../infra/stages';
import { askCli, deploy, DeployError, lambdaPolicy, putUpload, type DeployDeps, type PolicyStatement } from '../../scripts/deploy';
import { REFRESH_TOKEN, startStandIn, VENDOR_ID, type StandIn } from './stand-in';

/**
 * `npm run deploy` against local stand-ins of Login with Amazon, the Skill Management API and
 * Lambda, at their HTTP edge, through the real ASK CLI and the real AWS SDK. CloudFormation is the
 * one part played here in-process: `cdk deploy` is replaced by a synth of the real stack (from the
 * same infra/stages.json) whose Lambda permissions the stand-in then holds, as the deployed stack would.
 */

const cdkJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
const ARN = (stage: StageName) => `arn:aws:lambda:us-east-1:123456789012:function:${stackName(stage)}-Function`;

let standIn: StandIn;
let dir: string;
let stagesFile: string;
let slept: number[];
const lines: string[] = [];

/** What CloudFormation would leave in place: the synthesized stack's Lambda permissions. */
function cloudFormation(stage: StageName): { functionArn: string } {
  const skillId = readStages(stagesFile).stages[stage].skillId ?? undefined;
  const app = new App({ outdir: fs.mkdtempSync(path.join(dir, 'cdk.out-')), context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const stack = new FaceMassageStack(app, stackName(stage), { env: { region: 'us-east-1' }, stage, skillId });
    const permissions = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Permission')) as { Properties: Record<string, string> }[];
    standIn.setPolicy(
      permissions.map((p) => ({
        Effect: 'Allow',
        Principal: { Service: p.Properties.Principal },
        Action: p.Properties.Action,
        ...(p.Properties.EventSourceToken ? { Condition: { StringEquals: { 'lambda:EventSourceToken': p.Properties.EventSourceToken } } } : {}),
      })),
      `cdk deploy ${stackName(stage)}`,
    );
  } finally {
    spy.mockRestore();
  }
  return { functionArn: ARN(stage) };
}

function deps(overrides: Partial<DeployDeps> = {}): DeployDeps {
  return {
    ask: askCli({
      env: {
        HOME: dir,
        ASK_SMAPI_SERVER_BASE_URL: standIn.url,
        ASK_LWA_TOKEN_HOST: standIn.url,
        ASK_REFRESH_TOKEN: REFRESH_TOKEN,
        ASK_ACCESS_TOKEN: '',
        ASK_VENDOR_ID: VENDOR_ID,
        // The CLI takes its profile from the environment only when AWS keys are there too.
        AWS_ACCESS_KEY_ID: 'AKIDSTANDIN',
        AWS_SECRET_ACCESS_KEY: 'stand-in',
      },
    }),
    upload: putUpload,
    cdkDeploy: async (stage) => cloudFormation(stage),
    functionPolicy: lambdaPolicy({ endpoint: standIn.url, credentials: { accessKeyId: 'AKIDSTANDIN', secretAccessKey: 'stand-in' } }),
    sleep: async (ms) => void slept.push(ms),
    log: (line) => void lines.push(line),
    ...overrides,
  };
}

const run = (stage: StageName, overrides?: Partial<DeployDeps>) =>
  deploy({ stage, stagesFile, workDir: path.join(dir, 'dist'), pollMs: 1000, timeoutMs: 60_000 }, deps(overrides));

/** The events since `from`, without the policy suffix, for order checks. */
const names = (from = 0) => standIn.events.slice(from).map((e) => e.replace(/ \[.*\]$/, ''));

beforeAll(async () => {
  standIn = await startStandIn();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'face-massage-deploy-'));
  stagesFile = path.join(dir, 'stages.json');
  const stages = readStages();
  stages.privacyPolicyUrl = 'https://example.com/face-massage/privacy';
  for (const s of Object.values(stages.stages)) s.skillId = null;
  fs.writeFileSync(stagesFile, JSON.stringify(stages, null, 2));
});
afterAll(async () => {
  await standIn.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  slept = [];
  lines.length = 0;
});

describe('npm run deploy, dev stage', () => {
  let skillId: string;

  test('from zero: creates the skill without an endpoint, records its id, deploys the scoped trigger, then sets the endpoint; waits and reports each build', async () => {
    const result = await run('dev');
    skillId = result.skillId;
    standIn.inProgressPolls = 0; // the later runs need not show the waits again
    expect(result).toMatchObject({ created: true, imported: true, functionArn: ARN('dev') });
    expect(readStages(stagesFile).stages.dev.skillId).toBe(skillId);
    expect(readStages(stagesFile).stages.live.skillId).toBeNull();

    // The order, and the function's policy at each step.
    const events = standIn.events;
    const at = (name: string) => names().findIndex((e) => e.startsWith(name));
    expect(at('SMAPI create-skill-package')).toBeGreaterThan(at('SMAPI create-upload-url'));
    expect(events[at('SMAPI create-skill-package')]).toMatch(/\[no trigger\]$/);
    expect(at('cdk deploy FaceMassage-dev')).toBeGreaterThan(at('SMAPI create-skill-package'));
    expect(events[at('cdk deploy FaceMassage-dev')]).toMatch(new RegExp(`\\[alexa:${skillId}\\]$`));
    expect(at('Lambda GetPolicy')).toBeGreaterThan(at('cdk deploy'));
    expect(at(`SMAPI import-skill-package ${skillId}`)).toBeGreaterThan(at('Lambda GetPolicy'));
    expect(names().lastIndexOf('SMAPI set-skill-enablement ' + skillId)).toBe(names().length - 1);
    expect(standIn.openPermissionSeen).toBe(false);

    // The waits: imports and builds were polled until they finished, one interval apart.
    expect(names().filter((e) => e === 'SMAPI get-import-status: IN_PROGRESS')).toHaveLength(2);
    expect(names().filter((e) => e === 'SMAPI get-import-status: SUCCEEDED')).toHaveLength(2);
    expect(names().some((e) => /^SMAPI get-skill-status: .*IN_PROGRESS/.test(e))).toBe(true);
    expect(slept).toEqual(expect.arrayContaining([1000]));
    const locales = Object.keys(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'skill-package', 'skill.json'), 'utf8')).manifest.publishingInformation.locales);
    expect(Object.keys(result.builds).sort()).toEqual([...locales].sort());
    for (const locale of locales) expect(lines).toContain(`  model ${locale}: SUCCEEDED`);

    // What the skill now holds: the endpoint and events on the function, the task, the icons, every model.
    const files = standIn.skills.get(skillId)!.files;
    const manifest = JSON.parse(files.get('skill.json')!.toString('utf8')).manifest;
    expect(manifest.apis.custom.endpoint.uri).toBe(ARN('dev'));
    expect(manifest.events.endpoint.uri).toBe(ARN('dev'));
    expect(files.has('tasks/StartMassage.1.json')).toBe(true);
    expect(files.has('assets/images/small-icon.png') && files.has('assets/images/large-icon.png')).toBe(true);
    for (const locale of locales) expect(files.has(`interactionModels/custom/${locale}.json`)).toBe(true);
  }, 180_000);

  test('again, nothing changed: the stack is deployed (cdk skips what is the same), the skill is left alone, the builds are reported', async () => {
    const from = standIn.events.length;
    const result = await run('dev');
    expect(result).toMatchObject({ skillId, created: false, imported: false });
    expect(names(from)).toEqual([
      'cdk deploy FaceMassage-dev',
      'Lambda GetPolicy',
      'LWA token refreshed',
      `SMAPI get-skill-status: ${Object.keys(result.builds).map((l) => `${l} SUCCEEDED`).join(', ')}`,
    ]);
    expect(lines).toContain('The skill package has not changed since the last deploy: not imported again.');
    expect(standIn.openPermissionSeen).toBe(false);
  }, 180_000);

  test('a model that fails to build stops the deploy and says which locale and why', async () => {
    const stages = readStages(stagesFile);
    stages.privacyPolicyUrl = 'https://example.com/face-massage/privacy-v2'; // the package changed
    fs.writeFileSync(stagesFile, JSON.stringify(stages, null, 2));
    standIn.faults.buildFails = 'en-GB';
    const from = standIn.events.length;
    await expect(run('dev')).rejects.toThrow(/The interaction model build failed:\n {2}- en-GB: FAILED Sample utterance/);
    standIn.faults.buildFails = undefined;
    expect(names(from)).toContain(`SMAPI import-skill-package ${skillId}`);
  }, 180_000);

  test('a failed import stops the deploy with Alexa\'s reason', async () => {
    standIn.faults.importError = 'Invalid icon: smallIconUri could not be read';
    fs.rmSync(path.join(dir, 'dist', 'deploy-dev.json'), { force: true }); // as on another checkout
    await expect(run('dev')).rejects.toThrow(new DeployError('The skill package import FAILED:\n  - Manifest: Invalid icon: smallIconUri could not be read'));
    standIn.faults.importError = undefined;
  }, 180_000);

  test('a function that lets Alexa in for any skill is refused before the endpoint points at it', async () => {
    const from = standIn.events.length;
    const open: PolicyStatement = { Effect: 'Allow', Principal: { Service: 'alexa-appkit.amazon.com' }, Action: 'lambda:InvokeFunction' };
    const err = await run('dev', {
      cdkDeploy: async (stage) => {
        const out = cloudFormation(stage);
        standIn.setPolicy([...standIn.policy, open], 'someone added a permission by hand');
        return out;
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeployError);
    expect((err as Error).message).toMatch(/lets Alexa invoke it for ANY skill: remove that permission; the endpoint was not changed/);
    expect(names(from).filter((e) => e.startsWith('SMAPI import'))).toEqual([]);
    standIn.setPolicy(standIn.policy.filter((s) => s !== open), 'removed again');
  }, 180_000);
});

describe('npm run deploy -- --stage live', () => {
  test('promotes to its own skill and its own stack; dev is not touched', async () => {
    const devSkill = readStages(stagesFile).stages.dev.skillId;
    const from = standIn.events.length;
    const result = await run('live');
    expect(result.created).toBe(true);
    expect(result.skillId).not.toBe(devSkill);
    expect(result.functionArn).toBe(ARN('live'));
    expect(readStages(stagesFile).stages.live.skillId).toBe(result.skillId);
    expect(names(from)).toContain('cdk deploy FaceMassage-live');
    expect(names(from)).not.toContain(`SMAPI import-skill-package ${devSkill}`);
  }, 180_000);
});

test('synth of a stage without its skill id fails, so a stack cannot be deployed without its trigger', () => {
  const stages = readStages(stagesFile);
  stages.stages.dev.skillId = null;
  fs.writeFileSync(stagesFile, JSON.stringify(stages, null, 2));
  expect(() => cloudFormation('dev')).toThrow(/Stage "dev" has no skill id/);
});
