import { execFile } from 'node:child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'node:util';
import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ESBUILD_TARGET, ESM_REQUIRE_BANNER, LAMBDA_ESBUILD_OPTIONS, LAMBDA_NODE_MAJOR, REPO_ROOT } from '../../infra/bundling';
import {
  ERROR_LOG_PATTERN,
  FaceMassageStack,
  FUNCTION_TIMEOUT_SECONDS,
  missingSkillIdMessage,
  SKILL_TABLE_ACTIONS,
  type FaceMassageStackProps,
} from '../../infra/stack';
import { FUNCTION_MEMORY_MB } from '../../infra/memory';
import { readStages } from '../../infra/stages';
import { consoleLogger } from '../../lambda/conversation/turn';
import {
  buildSkillPackage,
  checkExamplePhrases,
  fillManifest,
  manifestLocales,
  readManifestTemplate,
} from '../../scripts/skill-package';

/** CloudFormation templates and the skill manifest are untyped JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const LIVE_SKILL_ID = 'amzn1.ask.skill.99999999-8888-7777-6666-555555555555';
const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'];
/** Every locale the manifest publishes in: the English ones and German. */
const ALL_LOCALES = [...LOCALES, 'de-DE'];
const DISCLAIMER =
  'This skill does not provide medical advice and is not a substitute for professional medical advice, diagnosis or treatment.';
const ALEXA = 'alexa-appkit.amazon.com';

// The feature flags of cdk.json, so the tests see what `cdk synth` deploys; bundling skipped.
const cdkJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as {
  app: string;
  context: Record<string, unknown>;
};

interface Synth {
  app: App;
  stack: FaceMassageStack;
  template: Template;
}

// Cloud assemblies go to one temporary folder, removed after the tests.
const outRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'face-massage-infra-test-'));
afterAll(() => fs.rmSync(outRoot, { recursive: true, force: true }));

// CDK prints the annotations of a synth on console.error. The expected ones (the missing skill id)
// are asserted with Annotations below; here they are collected, so that an unexpected error shows.
const synthMessages: string[] = [];

function synth(props: FaceMassageStackProps): Synth {
  const app = new App({
    outdir: fs.mkdtempSync(path.join(outRoot, 'cdk.out-')),
    context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] },
  });
  const stack = new FaceMassageStack(app, 'FaceMassageTest', { env: { region: 'us-east-1' }, ...props });
  return { app, stack, template: quietly(() => Template.fromStack(stack)) };
}

function quietly<T>(fn: () => T): T {
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    synthMessages.push(args.map(String).join(' '));
  });
  try {
    return fn();
  } finally {
    spy.mockRestore();
  }
}

function warnings(stack: FaceMassageStack): Annotations {
  return quietly(() => Annotations.fromStack(stack));
}

type Resource = { Type: string; Properties: Record<string, Json>; DependsOn?: string[]; DeletionPolicy?: string; UpdateReplacePolicy?: string };

function resources(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type)) as [string, Resource][];
}

/** The skill's own function (the stack also has the work queue's consumer, infra/deletion.ts). */
function skillFunction(template: Template): [string, Resource] {
  const found = resources(template, 'AWS::Lambda::Function').filter(([id]) => id.startsWith('Function'));
  expect(found).toHaveLength(1);
  return found[0];
}

/** The skill function's log group (the work queue's consumer has its own). */
function skillLogGroup(template: Template): [string, Resource] {
  const found = resources(template, 'AWS::Logs::LogGroup').filter(([id]) => id.startsWith('FunctionLogs'));
  expect(found).toHaveLength(1);
  return found[0];
}

function only(template: Template, type: string): [string, Resource] {
  const found = resources(template, type);
  expect(found).toHaveLength(1);
  return found[0];
}

function asArray<T>(v: T | T[]): T[] {
  return Array.isArray(v) ? v : [v];
}

// One synth per configuration, shared by the tests.
let bare: Synth; // an explicit first deploy: no skill id
let withSkill: Synth; // dev: skill id and alarm email
let live: Synth; // live: its own skill id, no one subscribed

beforeAll(() => {
  bare = synth({ firstDeploy: true });
  withSkill = synth({ skillId: SKILL_ID, alarmEmail: 'me@example.com', budgetSeconds: 200 });
  live = synth({ stage: 'live', skillId: LIVE_SKILL_ID });
});

describe('synth', () => {
  test('prints warnings only (no errors, no validation failures)', () => {
    const text = synthMessages.join('\n');
    expect(text).not.toMatch(/\bERROR\b/);
    expect(text).not.toMatch(/Validation failed|Synthesis finished with errors/i);
  });
});

describe('cdk.json', () => {
  test('runs the app with tsx and sets the feature flags', () => {
    expect(cdkJson.app).toBe('npx tsx infra/app.ts');
    expect(Object.keys(cdkJson.context).filter((k) => k.startsWith('@aws-cdk')).length).toBeGreaterThan(50);
  });
});

describe('table', () => {
  test('pk/sk strings, on demand, PITR, deletion protection, AWS-managed SSE, no TTL (nothing writes one), retained', () => {
    const [, table] = only(bare.template, 'AWS::DynamoDB::Table');
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    const p = table.Properties;
    expect(p.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(p.AttributeDefinitions).toEqual(
      expect.arrayContaining([
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ]),
    );
    expect(p.AttributeDefinitions).toHaveLength(2);
    expect(p.GlobalSecondaryIndexes).toBeUndefined();
    expect(p.BillingMode).toBe('PAY_PER_REQUEST');
    expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(p.DeletionProtectionEnabled).toBe(true);
    // SSEEnabled without a customer key = the AWS-managed key (aws/dynamodb).
    expect(p.SSESpecification).toEqual({ SSEEnabled: true });
    expect(p.TimeToLiveSpecification).toBeUndefined();
  });
});

describe('function', () => {
  test('newest Node.js runtime, matching the esbuild target; arm64; the memory size the benchmark chose; timeout under 8 s', () => {
    const [, fn] = skillFunction(bare.template);
    const p = fn.Properties;
    expect(p.Runtime).toBe(`nodejs${LAMBDA_NODE_MAJOR}.x`);
    expect(p.Runtime).toBe('nodejs24.x');
    expect(ESBUILD_TARGET).toBe(`node${LAMBDA_NODE_MAJOR}`);
    expect(p.Architectures).toEqual(['arm64']);
    expect(p.MemorySize).toBe(FUNCTION_MEMORY_MB);
    expect(p.Timeout).toBe(FUNCTION_TIMEOUT_SECONDS);
    expect(p.Timeout).toBeLessThan(8);
    expect(p.Handler).toBe('index.handler');
  });

  test('environment: TABLE_NAME; NODE_OPTIONS expose gc to priming, without --enable-source-maps (maps are applied when an error is logged); no SKILL_ID without a skill id', () => {
    const [tableId] = only(bare.template, 'AWS::DynamoDB::Table');
    const [, fn] = skillFunction(bare.template);
    const env = fn.Properties.Environment.Variables;
    expect(env.TABLE_NAME).toEqual({ Ref: tableId });
    expect(env.NODE_OPTIONS.split(' ')).toContain('--expose-gc');
    expect(env.NODE_OPTIONS).not.toContain('source-maps');
    expect(env.SKILL_ID).toBeUndefined();
    expect(env.BUDGET_SECONDS).toBeUndefined();
    expect(env.DYNAMODB_ENDPOINT).toBeUndefined();
  });

  test('environment: SKILL_ID and BUDGET_SECONDS when given', () => {
    const [tableId] = only(withSkill.template, 'AWS::DynamoDB::Table');
    const [, fn] = skillFunction(withSkill.template);
    const env = fn.Properties.Environment.Variables;
    expect(env.TABLE_NAME).toEqual({ Ref: tableId });
    expect(env.SKILL_ID).toBe(SKILL_ID);
    expect(env.BUDGET_SECONDS).toBe('200');
  });

  test('bundling: local esbuild, an ES module (so init waits for priming), minified, source map, ESM-first main fields, SDK bundled, lazy code in chunks', () => {
    // The same options drive the stack's code asset (infra/code.ts) and `npm run build`.
    expect(LAMBDA_ESBUILD_OPTIONS).toMatchObject({
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: ESBUILD_TARGET,
      minify: true,
      sourcemap: true,
      mainFields: ['module', 'main'],
      external: [],
      splitting: true,
    });
    // The CommonJS packages inside the ES module get a `require` for Node's built-ins.
    expect(LAMBDA_ESBUILD_OPTIONS.banner.js).toBe(ESM_REQUIRE_BANNER);
    // Lambda's credentials come from the environment, in the deployed bundle and in `npm run build`.
    expect(LAMBDA_ESBUILD_OPTIONS.alias['@aws-sdk/credential-provider-node']).toMatch(/lambda\/store\/lambda-credentials\.ts$/);
  });

  test('explicit log group with a retention, used by the function', () => {
    const [logId, log] = skillLogGroup(bare.template);
    expect(log.Properties.RetentionInDays).toBe(30);
    const [, fn] = skillFunction(bare.template);
    expect(fn.Properties.LoggingConfig).toEqual({ LogGroup: { Ref: logId }, LogFormat: 'JSON' });
  });
});

/** Every `new XCommand(` of the DynamoDB SDK packages in lambda/, as IAM actions. */
function dynamoActionsTheCodeSends(): string[] {
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
  // The document client's commands, by the item action each one is (the low-level client's are named after theirs).
  const documentCommands: Record<string, string> = {
    Get: 'GetItem', Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem',
    BatchGet: 'BatchGetItem', BatchWrite: 'BatchWriteItem', Query: 'Query', Scan: 'Scan',
  };
  // ensureTable (lambda/store/client.ts) creates the table on a local endpoint (dynalite) only.
  const localOnly = ['CreateTableCommand', 'DescribeTableCommand'];
  const index = fs.readFileSync(path.join(REPO_ROOT, 'lambda', 'index.ts'), 'utf8');
  expect(index).toMatch(/if \(endpoint\) await [^;]*ensureTable\(/);

  const actions = new Set<string>();
  for (const file of files(path.join(REPO_ROOT, 'lambda'))) {
    const text = fs.readFileSync(file, 'utf8');
    const imported = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/(lib-dynamodb|client-dynamodb)'/g)].flatMap((m) =>
      m[1].split(',').map((n) => [n.replace(/\btype\b/, '').trim(), m[2]] as const),
    );
    for (const [name, pkgName] of imported) {
      if (!name.endsWith('Command') || !new RegExp(`new ${name}\\(`).test(text)) continue;
      if (localOnly.includes(name)) {
        expect(path.relative(REPO_ROOT, file)).toBe(path.join('lambda', 'store', 'client.ts'));
        continue;
      }
      const base = name.replace(/Command$/, '');
      const action = pkgName === 'lib-dynamodb' ? documentCommands[base] : base;
      if (!action) throw new Error(`${file}: ${name} has no IAM action in this test's table; add it (and to SKILL_TABLE_ACTIONS)`);
      actions.add(`dynamodb:${action}`);
    }
  }
  return [...actions].sort();
}

describe('IAM', () => {
  test('the function role has no managed policy and may only write its logs, use its table and send to its work queue', () => {
    const [tableId] = only(bare.template, 'AWS::DynamoDB::Table');
    const [logId] = skillLogGroup(bare.template);
    const [, fn] = skillFunction(bare.template);
    const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
    const role = bare.template.toJSON().Resources[roleId] as Resource;
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.Policies).toBeUndefined();
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    ]);

    const policies = resources(bare.template, 'AWS::IAM::Policy').filter(([, p]) =>
      (p.Properties.Roles as unknown[]).some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleId })),
    );
    expect(policies).toHaveLength(1);
    const statements = policies[0][1].Properties.PolicyDocument.Statement as Json[];
    let sawDynamo = false;
    for (const s of statements) {
      expect(s.Effect).toBe('Allow');
      const actions = asArray<string>(s.Action);
      const res = asArray<unknown>(s.Resource);
      expect(res).not.toContain('*');
      if (actions.some((a) => a.startsWith('dynamodb:'))) {
        sawDynamo = true;
        expect(actions.every((a) => a.startsWith('dynamodb:'))).toBe(true);
        // Exactly the actions the store's code sends: no more (least privilege), no fewer (a call
        // the role may not make fails only in AWS, where no test runs).
        expect([...actions].sort()).toEqual([...SKILL_TABLE_ACTIONS].sort());
        expect([...actions].sort()).toEqual(dynamoActionsTheCodeSends());
        expect(res).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
      } else if (actions.some((a) => a.startsWith('sqs:'))) {
        // Sending jobs to the work queue (infra/deletion.ts), that queue only.
        const [queueId] = resources(bare.template, 'AWS::SQS::Queue').find(([id]) => id.startsWith('WorkQueue'))!;
        expect(actions.every((a) => a.startsWith('sqs:Send') || a === 'sqs:GetQueueAttributes' || a === 'sqs:GetQueueUrl')).toBe(true);
        expect(res).toEqual([{ 'Fn::GetAtt': [queueId, 'Arn'] }]);
      } else {
        expect(actions.sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
        expect(res).toEqual([{ 'Fn::GetAtt': [logId, 'Arn'] }]);
      }
    }
    expect(sawDynamo).toBe(true);
  });

  test('no IAM statement anywhere grants dynamodb on "*"', () => {
    for (const s of [bare, withSkill, live]) {
      for (const [, p] of resources(s.template, 'AWS::IAM::Policy')) {
        for (const st of p.Properties.PolicyDocument.Statement as Json[]) {
          const actions = asArray<string>(st.Action);
          if (actions.some((a) => a.startsWith('dynamodb:'))) expect(asArray(st.Resource)).not.toContain('*');
        }
      }
    }
  });
});

describe('Alexa trigger', () => {
  test('with a skill id: one permission, for alexa-appkit.amazon.com, with the skill id as event source token', () => {
    const [fnId] = skillFunction(withSkill.template);
    const [, perm] = only(withSkill.template, 'AWS::Lambda::Permission');
    expect(perm.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
      Principal: ALEXA,
      EventSourceToken: SKILL_ID,
    });
    expect(withSkill.template.toJSON().Outputs.AlexaTriggerMissing).toBeUndefined();
  });

  test('an explicit first deploy: no permission at all, and a warning and an output saying so', () => {
    expect(resources(bare.template, 'AWS::Lambda::Permission')).toHaveLength(0);
    bare.template.hasOutput('AlexaTriggerMissing', { Value: Match.stringLikeRegexp('no Alexa trigger') });
    warnings(bare.stack).hasWarning('*', Match.stringLikeRegexp('firstDeploy: the function has no Alexa trigger'));
  });

  test('without a skill id, and not an explicit first deploy, the synth fails and says what to do', () => {
    for (const stage of ['dev', 'live'] as const) {
      expect(() => synth({ stage })).toThrow(missingSkillIdMessage(stage));
      expect(missingSkillIdMessage(stage)).toContain(`npm run deploy -- --stage ${stage}`);
      expect(missingSkillIdMessage(stage)).toContain('infra/stages.json');
    }
    expect(() => synth({ alarmEmail: 'me@example.com' })).toThrow(/no skill id/);
  });

  test('each stage has its own trigger, for its own skill', () => {
    const [, devPerm] = only(withSkill.template, 'AWS::Lambda::Permission');
    const [, livePerm] = only(live.template, 'AWS::Lambda::Permission');
    expect(devPerm.Properties.EventSourceToken).toBe(SKILL_ID);
    expect(livePerm.Properties.EventSourceToken).toBe(LIVE_SKILL_ID);
    const [, liveFn] = skillFunction(live.template);
    expect(liveFn.Properties.Environment.Variables.SKILL_ID).toBe(LIVE_SKILL_ID);
    expect(liveFn.Properties.Description).toMatch(/\(live\)/);
  });

  test('no permission is ever open (every Lambda permission has the skill id as event source token)', () => {
    for (const [s, id] of [[bare, undefined], [withSkill, SKILL_ID], [live, LIVE_SKILL_ID]] as const) {
      for (const [, p] of resources(s.template, 'AWS::Lambda::Permission')) {
        expect(p.Properties.Principal).toBe(ALEXA);
        expect(p.Properties.EventSourceToken).toBe(id);
      }
    }
  });

  test('the region is pinned to one with the Alexa trigger: the committed stages and a synth elsewhere', () => {
    const stages = readStages();
    for (const stage of ['dev', 'live'] as const) {
      expect(['us-east-1', 'us-west-2', 'eu-west-1', 'ap-northeast-1']).toContain(stages.stages[stage].region);
    }
    expect(() => synth({ skillId: SKILL_ID, env: { region: 'eu-central-1' } })).toThrow(/Alexa Skills Kit trigger exists only in/);
    expect(() => synth({ skillId: SKILL_ID, env: { region: 'eu-west-1' } })).not.toThrow();
  });

  test('a malformed skill id is refused at synth time', () => {
    expect(() => synth({ skillId: 'my-skill' })).toThrow(/amzn1\.ask\.skill/);
  });
});

describe('alarms', () => {
  const alarmBy = (t: Template, metricName: string): Resource | undefined =>
    resources(t, 'AWS::CloudWatch::Alarm')
      .map(([, a]) => a)
      .find((a) => a.Properties.MetricName === metricName);

  test('error log events, errors, throttles, p99 duration (2 of 3), table throttles; alarm to the topic, no email on recovery', () => {
    const t = bare.template;
    const [fnId] = skillFunction(t);
    const [topicId] = only(t, 'AWS::SNS::Topic');
    const fnDim = [{ Name: 'FunctionName', Value: { Ref: fnId } }];

    const errorLogs = alarmBy(t, 'ErrorLogEvents')!;
    expect(errorLogs.Properties).toMatchObject({
      Namespace: 'FaceMassage/dev',
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
    });
    const errors = alarmBy(t, 'Errors')!;
    expect(errors.Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      Dimensions: fnDim,
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
    });
    const throttles = alarmBy(t, 'Throttles')!;
    expect(throttles.Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      Dimensions: fnDim,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    const duration = alarmBy(t, 'Duration')!;
    expect(duration.Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      Dimensions: fnDim,
      ExtendedStatistic: 'p99',
      Threshold: 5000,
      ComparisonOperator: 'GreaterThanThreshold',
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
    });
    expect(duration.Properties.Threshold).toBeLessThan(FUNCTION_TIMEOUT_SECONDS * 1000);

    const tableAlarm = resources(t, 'AWS::CloudWatch::Alarm')
      .map(([, a]) => a)
      .find((a) => JSON.stringify(a.Properties.Metrics ?? []).includes('ThrottleEvents'))!;
    expect(tableAlarm).toBeDefined();
    const names = (tableAlarm.Properties.Metrics as Json[]).map((m) => m.MetricStat?.Metric?.MetricName).filter(Boolean);
    expect(names.sort()).toEqual(['ReadThrottleEvents', 'WriteThrottleEvents']);
    expect(tableAlarm.Properties.Threshold).toBe(1);

    const alarms = resources(t, 'AWS::CloudWatch::Alarm');
    // Five on the skill, two on the work queue (its dead letters, its consumer's errors).
    expect(alarms.filter(([id]) => !id.startsWith('Work'))).toHaveLength(5);
    expect(alarms).toHaveLength(7);
    for (const [, a] of alarms) {
      expect(a.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(a.Properties.OKActions).toBeUndefined();
      expect(a.Properties.TreatMissingData).toBe('notBreaching');
    }
  });

  test('the error metric counts the function\'s log events at level "error" (JSON log lines)', () => {
    const t = bare.template;
    const [logId] = skillLogGroup(t);
    const [, filter] = only(t, 'AWS::Logs::MetricFilter');
    expect(filter.Properties).toEqual({
      LogGroupName: { Ref: logId },
      FilterPattern: ERROR_LOG_PATTERN,
      MetricTransformations: [{ MetricNamespace: 'FaceMassage/dev', MetricName: 'ErrorLogEvents', MetricValue: '1' }],
    });
    expect(ERROR_LOG_PATTERN).toContain('$.level = "error"');
    const [, fn] = skillFunction(t);
    expect(fn.Properties.LoggingConfig).toMatchObject({ LogFormat: 'JSON' });
    // What the skill writes for a failure is a line that pattern reads.
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    try {
      consoleLogger.error('handler_failed', { error: 'TypeError' });
    } finally {
      spy.mockRestore();
    }
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'error', event: 'handler_failed' });
    expect(only(live.template, 'AWS::Logs::MetricFilter')[1].Properties.MetricTransformations[0].MetricNamespace).toBe('FaceMassage/live');
  });

  test('a synth with no one subscribed to the alarms warns', () => {
    warnings(bare.stack).hasWarning('*', Match.stringLikeRegexp('No one is subscribed to the dev alarms'));
    warnings(live.stack).hasWarning('*', Match.stringLikeRegexp('No one is subscribed to the live alarms'));
    warnings(withSkill.stack).hasNoWarning('*', Match.stringLikeRegexp('No one is subscribed'));
  });

  test('the topic only accepts TLS publishers; email subscription only when given', () => {
    const [topicId] = only(bare.template, 'AWS::SNS::Topic');
    bare.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    expect(resources(bare.template, 'AWS::SNS::Subscription')).toHaveLength(0);
    withSkill.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'me@example.com' });
  });
});

describe('outputs', () => {
  test('function ARN and table name', () => {
    const [fnId] = skillFunction(bare.template);
    const [tableId] = only(bare.template, 'AWS::DynamoDB::Table');
    bare.template.hasOutput('FunctionArn', { Value: { 'Fn::GetAtt': [fnId, 'Arn'] } });
    bare.template.hasOutput('TableName', { Value: { Ref: tableId } });
  });
});

describe('the skill is not in the stack', () => {
  test('no Alexa::ASK::Skill, no secret: npm run deploy creates and updates the skill, so no stack change can delete it', () => {
    for (const t of [bare.template, withSkill.template, live.template]) {
      expect(resources(t, 'Alexa::ASK::Skill')).toHaveLength(0);
      expect(JSON.stringify(t.toJSON())).not.toContain('secretsmanager');
    }
  });
});

describe('cdk-nag AwsSolutions', () => {
  test.each([
    ['explicit first deploy', () => bare],
    ['dev with skill id and alarm email', () => withSkill],
    ['live', () => live],
  ])('%s: no violations', (_name, get) => {
    const { app, stack } = get();
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(',')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  test('the checks are live (a default Lambda role would be flagged)', () => {
    // Guards against a silently broken plugin: the same pack flags AWSLambdaBasicExecutionRole.
    const app = new App();
    const stack = new Stack(app, 'Probe');
    new lambda.Function(stack, 'F', {
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({})'),
    });
    const names = new AwsSolutionsChecks(app).validateScope(stack).violations.map((v) => v.ruleName);
    expect(names.some((n) => n.startsWith('AwsSolutions-IAM4'))).toBe(true);
  });
});

describe('skill-package/skill.json', () => {
  const skillJson = readManifestTemplate();
  const manifest = skillJson.manifest as Json;

  test('five English locales, named Face Massage, with the medical disclaimer closing the description', () => {
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual([...ALL_LOCALES].sort());
    for (const locale of LOCALES) {
      const l = manifest.publishingInformation.locales[locale];
      expect(l.name).toBe('Face Massage');
      expect(l.summary.length).toBeLessThanOrEqual(160);
      expect(l.description.length).toBeLessThanOrEqual(4000);
      expect(l.description.trim().endsWith(DISCLAIMER)).toBe(true);
      expect(l.examplePhrases.slice(0, 3)).toEqual([
        'Alexa, start my face massage',
        'Alexa, ask my face massage to go slower',
        'Alexa, ask my face massage what I said yesterday',
      ]);
      expect(l.keywords.length).toBeGreaterThan(0);
      // No medical claims in the store text.
      expect(l.description).not.toMatch(/\b(detox|cure|heal|collagen|anti-aging|anti-ageing)\b/i);
    }
    expect(manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
  });

  test('German: named Gesichtsmassage, German example phrases that the German model understands, the disclaimer last', () => {
    const l = manifest.publishingInformation.locales['de-DE'];
    expect(l.name).toBe('Gesichtsmassage');
    expect(l.summary.length).toBeLessThanOrEqual(160);
    expect(l.description.length).toBeLessThanOrEqual(4000);
    expect(l.description.trim().endsWith('Dieser Skill gibt keinen medizinischen Rat und ersetzt keine ärztliche Beratung, Diagnose oder Behandlung.')).toBe(true);
    expect(l.examplePhrases[0]).toBe('Alexa, starte meine Gesichtsmassage');
    expect(l.smallIconUri).toBe(manifest.publishingInformation.locales['en-US'].smallIconUri);
    expect(manifest.publishingInformation.distributionCountries).toEqual(expect.arrayContaining(['DE', 'AT']));
    const model = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'interaction-models', 'de-DE.json'), 'utf8'));
    expect(checkExamplePhrases(skillJson, { 'de-DE': model })).toEqual([]);
  });

  test('privacy: personal info, no purchases/ads/children, export compliant, URL placeholder per locale', () => {
    const p = manifest.privacyAndCompliance;
    expect(p).toMatchObject({
      usesPersonalInfo: true,
      allowsPurchases: false,
      isChildDirected: false,
      containsAds: false,
      isExportCompliant: true,
    });
    for (const locale of ALL_LOCALES) expect(p.locales[locale].privacyPolicyUrl).toBe('{{PRIVACY_POLICY_URL}}');
  });

  test('endpoint and events on the Lambda ARN placeholder; SKILL_DISABLED subscribed; reminders only', () => {
    expect(manifest.apis.custom.endpoint.uri).toBe('{{LAMBDA_ARN}}');
    expect(manifest.apis.custom.interfaces.map((i: Json) => i.type)).toContain('ALEXA_PRESENTATION_APL');
    expect(manifest.events.endpoint.uri).toBe('{{LAMBDA_ARN}}');
    const events = manifest.events.subscriptions.map((s: Json) => s.eventName);
    expect(events).toContain('SKILL_DISABLED');
    expect(events).toContain('SKILL_ENABLED');
    expect(manifest.permissions).toEqual([{ name: 'alexa::alerts:reminders:skill:readwrite' }]);
  });

  test('the invocation name in the example phrases is the interaction models\' invocation name', () => {
    for (const locale of LOCALES) {
      const file = path.join(REPO_ROOT, 'interaction-models', `${locale}.json`);
      if (!fs.existsSync(file)) continue;
      const model = JSON.parse(fs.readFileSync(file, 'utf8'));
      const name = model.interactionModel.languageModel.invocationName as string;
      for (const phrase of manifest.publishingInformation.locales[locale].examplePhrases as string[]) {
        expect(phrase.toLowerCase()).toContain(name);
      }
    }
  });
});

describe('buildSkillPackage', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skill-package-test-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:FaceMassage-Function76856677-AbCdEf';
  const PRIVACY = 'https://example.com/privacy';

  test('from the repository: every locale gets its interaction model; placeholders filled', () => {
    const out = path.join(tmp, 'pkg');
    const result = buildSkillPackage({ outDir: out, lambdaArn: ARN, privacyPolicyUrl: 'https://example.com/privacy' });
    const skill = JSON.parse(fs.readFileSync(path.join(out, 'skill.json'), 'utf8'));
    expect(JSON.stringify(skill)).not.toContain('{{');
    expect(skill.manifest.apis.custom.endpoint.uri).toBe(ARN);
    expect(skill.manifest.events.endpoint.uri).toBe(ARN);
    expect(skill.manifest.privacyAndCompliance.locales['en-GB'].privacyPolicyUrl).toBe('https://example.com/privacy');
    expect(manifestLocales(result.skillJson).sort()).toEqual([...ALL_LOCALES].sort());
    for (const locale of ALL_LOCALES) {
      const file = path.join(out, 'interactionModels', 'custom', `${locale}.json`);
      expect(fs.existsSync(file)).toBe(true);
      const model = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(model.interactionModel.languageModel.invocationName).toBe(locale === 'de-DE' ? 'meine gesichtsmassage' : 'my face massage');
    }
  });

  test('a locale without its own model shares its language\'s (en-US) model', () => {
    const models = path.join(tmp, 'models');
    fs.mkdirSync(models);
    const model = { interactionModel: { languageModel: { invocationName: 'my face massage', intents: [] } } };
    fs.writeFileSync(path.join(models, 'en-US.json'), JSON.stringify(model));
    fs.writeFileSync(path.join(models, 'de-DE.json'), JSON.stringify(model));
    const out = path.join(tmp, 'pkg');
    const result = buildSkillPackage({ outDir: out, lambdaArn: ARN, modelsDir: models, allowUncertifiable: true });
    for (const locale of LOCALES) {
      expect(fs.existsSync(path.join(out, 'interactionModels', 'custom', `${locale}.json`))).toBe(true);
      expect(result.models[locale]).toBe(path.join(models, 'en-US.json'));
    }
    expect(result.warnings.join('\n')).toMatch(/en-GB: no en-GB\.json, using en-US\.json/);
  });

  test('no model for a language is an error', () => {
    const models = path.join(tmp, 'models');
    fs.mkdirSync(models);
    expect(() => buildSkillPackage({ outDir: path.join(tmp, 'pkg'), modelsDir: models })).toThrow(/No interaction model for en-/);
  });

  test('without an ARN: no endpoint and no events (the package to create the skill with)', () => {
    const out = path.join(tmp, 'pkg');
    const result = buildSkillPackage({ outDir: out, privacyPolicyUrl: PRIVACY });
    const skill = JSON.parse(fs.readFileSync(path.join(out, 'skill.json'), 'utf8'));
    expect(skill.manifest.apis.custom.endpoint).toBeUndefined();
    expect(skill.manifest.apis.custom.interfaces).toBeDefined();
    expect(skill.manifest.events).toBeUndefined();
    expect(skill.manifest.privacyAndCompliance.usesPersonalInfo).toBe(true);
    expect(JSON.stringify(skill)).not.toContain('{{');
    expect(result.warnings.join('\n')).toMatch(/no Lambda ARN/);
  });

  test('tasks and icons travel in the package', () => {
    const out = path.join(tmp, 'pkg');
    buildSkillPackage({ outDir: out, lambdaArn: ARN, privacyPolicyUrl: PRIVACY });
    expect(fs.readdirSync(path.join(out, 'tasks'))).toEqual(['StartMassage.1.json']);
    expect(fs.readdirSync(path.join(out, 'assets', 'images')).sort()).toEqual(['large-icon.png', 'small-icon.png']);
  });

  test('fails, listing each problem, on what certification would reject', () => {
    const out = path.join(tmp, 'pkg');
    expect(() => buildSkillPackage({ outDir: out, lambdaArn: ARN })).toThrow(/would not pass certification:[\s\S]*en-US: no https privacy policy URL/);
    // A manifest without the disclaimer, with a health claim, without icons.
    const template = readManifestTemplate() as Json;
    const l = template.manifest.publishingInformation.locales['en-GB'];
    l.description = 'A facial massage that will detox your skin.';
    delete l.largeIconUri;
    l.smallIconUri = 'file://assets/images/large-icon.png';
    const manifestDir = path.join(tmp, 'src');
    fs.mkdirSync(manifestDir);
    fs.writeFileSync(path.join(manifestDir, 'skill.json'), JSON.stringify(template));
    fs.cpSync(path.join(REPO_ROOT, 'skill-package', 'assets'), path.join(manifestDir, 'assets'), { recursive: true });
    fs.cpSync(path.join(REPO_ROOT, 'skill-package', 'tasks'), path.join(manifestDir, 'tasks'), { recursive: true });
    let message = '';
    try {
      buildSkillPackage({ outDir: out, lambdaArn: ARN, privacyPolicyUrl: PRIVACY, manifestPath: path.join(manifestDir, 'skill.json') });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('en-GB: the description has no medical disclaimer');
    expect(message).toContain('en-GB: the description makes a health claim ("detox")');
    expect(message).toContain('en-GB: no largeIconUri');
    expect(message).toContain('en-GB: smallIconUri file://assets/images/large-icon.png is not a 108 x 108 PNG (512 x 512)');
    expect(message).not.toContain('en-US');
  });

  test('the command line writes the package and nothing beside it (no unused ask-resources.json)', async () => {
    const out = path.join(tmp, 'pkg');
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const args = ['scripts/skill-package.ts', '--out', out, '--lambda-arn', ARN, '--privacy-policy-url', PRIVACY];
    await promisify(execFile)(tsx, args, { cwd: REPO_ROOT });
    expect(fs.readdirSync(tmp)).toEqual(['pkg']);
    expect(fs.existsSync(path.join(out, 'skill.json'))).toBe(true);
  }, 60_000);

  test('a rebuild replaces the previous package', () => {
    const out = path.join(tmp, 'pkg');
    fs.mkdirSync(path.join(out, 'interactionModels', 'custom'), { recursive: true });
    fs.writeFileSync(path.join(out, 'interactionModels', 'custom', 'fr-FR.json'), '{}');
    fs.writeFileSync(path.join(out, 'keep.txt'), 'not ours');
    buildSkillPackage({ outDir: out, lambdaArn: ARN, privacyPolicyUrl: PRIVACY });
    expect(fs.existsSync(path.join(out, 'interactionModels', 'custom', 'fr-FR.json'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'keep.txt'))).toBe(true);
  });

  test('example phrases are checked against the sample utterances, as certification does', () => {
    const skillJson = readManifestTemplate();
    const model = (samples: Record<string, string[]>) => ({
      interactionModel: {
        languageModel: {
          invocationName: 'my face massage',
          intents: Object.entries(samples).map(([name, s]) => ({ name, samples: s })),
        },
      },
    });
    const complete = model({ SlowerIntent: ['go slower'], JournalIntent: ['what i said {date}'] });
    expect(checkExamplePhrases(skillJson, Object.fromEntries(LOCALES.map((l) => [l, complete])))).toEqual([]);
    const missing = model({ SlowerIntent: ['go slower'], JournalIntent: ['what did i say {date}'] });
    const problems = checkExamplePhrases(skillJson, { 'en-US': missing });
    expect(problems).toEqual([expect.stringMatching(/^en-US: example phrase "Alexa, ask my face massage what I said yesterday"/)]);
  });

  test('bad values are refused', () => {
    const template = readManifestTemplate();
    expect(() => fillManifest(template, { lambdaArn: 'my-function' })).toThrow(/Lambda function ARN/);
    expect(() => fillManifest(template, { lambdaArn: ARN, privacyPolicyUrl: 'http://example.com/p' })).toThrow(/https/);
  });
});

describe('provisioned concurrency (optional, off by default)', () => {
  test('off by default: Alexa calls the function itself, and nothing is kept warm', () => {
    for (const s of [bare, withSkill, live]) expect(resources(s.template, 'AWS::Lambda::Alias')).toHaveLength(0);
  });

  test('on: a live alias with the instances asked for, and the trigger and the endpoint output are the alias', () => {
    const pc = synth({ skillId: SKILL_ID, provisionedConcurrency: 2 });
    const [aliasId, alias] = only(pc.template, 'AWS::Lambda::Alias');
    expect(alias.Properties.Name).toBe('live');
    expect(alias.Properties.ProvisionedConcurrencyConfig).toEqual({ ProvisionedConcurrentExecutions: 2 });
    const [, perm] = only(pc.template, 'AWS::Lambda::Permission');
    expect(perm.Properties.FunctionName).toEqual({ Ref: aliasId });
    expect(perm.Properties.EventSourceToken).toBe(SKILL_ID);
    expect(pc.template.toJSON().Outputs.FunctionArn.Value).toEqual({ Ref: aliasId });
  });

  test('a count that is not a whole number of instances is refused', () => {
    expect(() => synth({ skillId: SKILL_ID, provisionedConcurrency: 1.5 })).toThrow(/provisionedConcurrency/);
    expect(() => synth({ skillId: SKILL_ID, provisionedConcurrency: Number('two') })).toThrow(/provisionedConcurrency/);
  });
});
