import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ESBUILD_TARGET, LAMBDA_ESBUILD_OPTIONS, LAMBDA_NODE_MAJOR, REPO_ROOT } from '../../infra/bundling';
import { FaceMassageStack, FUNCTION_TIMEOUT_SECONDS, nodejsBundling, type FaceMassageStackProps } from '../../infra/stack';
import {
  buildSkillPackage,
  checkExamplePhrases,
  fillManifest,
  manifestLocales,
  readManifestTemplate,
} from '../../scripts/skill-package';

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'];
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

function synth(props: FaceMassageStackProps = {}): Synth {
  const app = new App({
    outdir: fs.mkdtempSync(path.join(outRoot, 'cdk.out-')),
    context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] },
  });
  const stack = new FaceMassageStack(app, 'FaceMassageTest', props);
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

type Resource = { Type: string; Properties: Record<string, any>; DependsOn?: string[]; DeletionPolicy?: string; UpdateReplacePolicy?: string };

function resources(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type)) as [string, Resource][];
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
let bare: Synth; // first deploy: nothing given
let withSkill: Synth; // skill id and alarm email
let managedFirst: Synth; // CfnSkill, before the skill id is known
let managedSecond: Synth; // CfnSkill, second deploy with the skill id
let vendorOnly: Synth;

beforeAll(() => {
  bare = synth();
  withSkill = synth({ skillId: SKILL_ID, alarmEmail: 'me@example.com', budgetSeconds: 200 });
  managedFirst = synth({ vendorId: 'M1VENDOR', lwaSecretName: 'face-massage/lwa', privacyPolicyUrl: 'https://example.com/privacy' });
  managedSecond = synth({
    vendorId: 'M1VENDOR',
    lwaSecretName: 'face-massage/lwa',
    privacyPolicyUrl: 'https://example.com/privacy',
    skillId: SKILL_ID,
  });
  vendorOnly = synth({ vendorId: 'M1VENDOR' });
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
  test('pk/sk strings, on demand, PITR, deletion protection, AWS-managed SSE, TTL, retained', () => {
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
    expect(p.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
  });
});

describe('function', () => {
  test('newest Node.js runtime, matching the esbuild target; arm64; 256 MB; timeout under 8 s', () => {
    const [, fn] = only(bare.template, 'AWS::Lambda::Function');
    const p = fn.Properties;
    expect(p.Runtime).toBe(`nodejs${LAMBDA_NODE_MAJOR}.x`);
    expect(p.Runtime).toBe('nodejs24.x');
    expect(ESBUILD_TARGET).toBe(`node${LAMBDA_NODE_MAJOR}`);
    expect(p.Architectures).toEqual(['arm64']);
    expect(p.MemorySize).toBe(256);
    expect(p.Timeout).toBe(FUNCTION_TIMEOUT_SECONDS);
    expect(p.Timeout).toBeLessThan(8);
    expect(p.Handler).toBe('index.handler');
  });

  test('environment: TABLE_NAME, source maps; no SKILL_ID without a skill id', () => {
    const [tableId] = only(bare.template, 'AWS::DynamoDB::Table');
    const [, fn] = only(bare.template, 'AWS::Lambda::Function');
    const env = fn.Properties.Environment.Variables;
    expect(env.TABLE_NAME).toEqual({ Ref: tableId });
    expect(env.NODE_OPTIONS).toBe('--enable-source-maps');
    expect(env.SKILL_ID).toBeUndefined();
    expect(env.BUDGET_SECONDS).toBeUndefined();
    expect(env.DYNAMODB_ENDPOINT).toBeUndefined();
  });

  test('environment: SKILL_ID and BUDGET_SECONDS when given', () => {
    const [tableId] = only(withSkill.template, 'AWS::DynamoDB::Table');
    const [, fn] = only(withSkill.template, 'AWS::Lambda::Function');
    const env = fn.Properties.Environment.Variables;
    expect(env.TABLE_NAME).toEqual({ Ref: tableId });
    expect(env.SKILL_ID).toBe(SKILL_ID);
    expect(env.BUDGET_SECONDS).toBe('200');
  });

  test('bundling: local esbuild, CJS, minified, source map, ESM-first main fields, SDK bundled', () => {
    const b = nodejsBundling();
    expect(b.forceDockerBundling).toBe(false);
    expect(b.format).toBe('cjs');
    expect(b.target).toBe(ESBUILD_TARGET);
    expect(b.minify).toBe(true);
    expect(b.sourceMap).toBe(true);
    expect(b.mainFields).toEqual(['module', 'main']);
    expect(b.externalModules).toEqual([]);
    expect(b.bundleAwsSDK).toBe(true);
    // Lambda's credentials come from the environment, in the deployed bundle and in `npm run build`
    expect(b.esbuildArgs?.['--alias:@aws-sdk/credential-provider-node']).toMatch(/lambda\/store\/lambda-credentials\.ts$/);
    expect(LAMBDA_ESBUILD_OPTIONS.alias['@aws-sdk/credential-provider-node']).toMatch(/lambda\/store\/lambda-credentials\.ts$/);
    // The same options drive `npm run build`.
    expect(LAMBDA_ESBUILD_OPTIONS).toMatchObject({
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: ESBUILD_TARGET,
      minify: true,
      sourcemap: true,
      mainFields: ['module', 'main'],
      external: [],
    });
  });

  test('explicit log group with a retention, used by the function', () => {
    const [logId, log] = only(bare.template, 'AWS::Logs::LogGroup');
    expect(log.Properties.RetentionInDays).toBe(30);
    const [, fn] = only(bare.template, 'AWS::Lambda::Function');
    expect(fn.Properties.LoggingConfig).toEqual({ LogGroup: { Ref: logId } });
  });
});

describe('IAM', () => {
  test('the function role has no managed policy and may only write its logs and use its table', () => {
    const [tableId] = only(bare.template, 'AWS::DynamoDB::Table');
    const [logId] = only(bare.template, 'AWS::Logs::LogGroup');
    const [, fn] = only(bare.template, 'AWS::Lambda::Function');
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
    const statements = policies[0][1].Properties.PolicyDocument.Statement as any[];
    let sawDynamo = false;
    for (const s of statements) {
      expect(s.Effect).toBe('Allow');
      const actions = asArray<string>(s.Action);
      const res = asArray<unknown>(s.Resource);
      expect(res).not.toContain('*');
      if (actions.some((a) => a.startsWith('dynamodb:'))) {
        sawDynamo = true;
        expect(actions.every((a) => a.startsWith('dynamodb:'))).toBe(true);
        expect(actions).not.toContain('dynamodb:*');
        expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:DeleteItem']));
        expect(actions.some((a) => /^dynamodb:(Create|Delete|Update)Table|TimeToLive/.test(a))).toBe(false);
        expect(res).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
      } else {
        expect(actions.sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
        expect(res).toEqual([{ 'Fn::GetAtt': [logId, 'Arn'] }]);
      }
    }
    expect(sawDynamo).toBe(true);
  });

  test('no IAM statement anywhere grants dynamodb on "*"', () => {
    for (const s of [bare, withSkill, managedSecond]) {
      for (const [, p] of resources(s.template, 'AWS::IAM::Policy')) {
        for (const st of p.Properties.PolicyDocument.Statement as any[]) {
          const actions = asArray<string>(st.Action);
          if (actions.some((a) => a.startsWith('dynamodb:'))) expect(asArray(st.Resource)).not.toContain('*');
        }
      }
    }
  });
});

describe('Alexa trigger', () => {
  test('with a skill id: one permission, for alexa-appkit.amazon.com, with the skill id as event source token', () => {
    const [fnId] = only(withSkill.template, 'AWS::Lambda::Function');
    const [, perm] = only(withSkill.template, 'AWS::Lambda::Permission');
    expect(perm.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
      Principal: ALEXA,
      EventSourceToken: SKILL_ID,
    });
    expect(withSkill.template.toJSON().Outputs.AlexaTriggerMissing).toBeUndefined();
  });

  test('without a skill id: no permission at all, and a warning and an output saying to redeploy', () => {
    expect(resources(bare.template, 'AWS::Lambda::Permission')).toHaveLength(0);
    expect(resources(managedFirst.template, 'AWS::Lambda::Permission')).toHaveLength(0);
    bare.template.hasOutput('AlexaTriggerMissing', { Value: Match.stringLikeRegexp('-c skillId=') });
    warnings(bare.stack).hasWarning('*', Match.stringLikeRegexp('No skillId.*-c skillId='));
  });

  test('no permission is ever open (every Lambda permission has an event source token)', () => {
    for (const s of [bare, withSkill, managedFirst, managedSecond, vendorOnly]) {
      for (const [, p] of resources(s.template, 'AWS::Lambda::Permission')) {
        expect(p.Properties.Principal).toBe(ALEXA);
        expect(p.Properties.EventSourceToken).toBe(SKILL_ID);
      }
    }
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

  test('errors >= 1 in 5 min, throttles >= 1, p99 duration > 5 s, table throttles; all to the topic', () => {
    const t = bare.template;
    const [fnId] = only(t, 'AWS::Lambda::Function');
    const [topicId] = only(t, 'AWS::SNS::Topic');
    const fnDim = [{ Name: 'FunctionName', Value: { Ref: fnId } }];

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
    });
    expect(duration.Properties.Threshold).toBeLessThan(FUNCTION_TIMEOUT_SECONDS * 1000);

    const tableAlarm = resources(t, 'AWS::CloudWatch::Alarm')
      .map(([, a]) => a)
      .find((a) => JSON.stringify(a.Properties.Metrics ?? []).includes('ThrottleEvents'))!;
    expect(tableAlarm).toBeDefined();
    const names = (tableAlarm.Properties.Metrics as any[]).map((m) => m.MetricStat?.Metric?.MetricName).filter(Boolean);
    expect(names.sort()).toEqual(['ReadThrottleEvents', 'WriteThrottleEvents']);
    expect(tableAlarm.Properties.Threshold).toBe(1);

    const alarms = resources(t, 'AWS::CloudWatch::Alarm');
    expect(alarms).toHaveLength(4);
    for (const [, a] of alarms) {
      expect(a.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(a.Properties.TreatMissingData).toBe('notBreaching');
    }
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
    const [fnId] = only(bare.template, 'AWS::Lambda::Function');
    const [tableId] = only(bare.template, 'AWS::DynamoDB::Table');
    bare.template.hasOutput('FunctionArn', { Value: { 'Fn::GetAtt': [fnId, 'Arn'] } });
    bare.template.hasOutput('TableName', { Value: { Ref: tableId } });
  });
});

describe('CfnSkill', () => {
  test('only when both vendorId and lwaSecretName are given', () => {
    expect(resources(bare.template, 'Alexa::ASK::Skill')).toHaveLength(0);
    expect(resources(withSkill.template, 'Alexa::ASK::Skill')).toHaveLength(0);
    expect(resources(vendorOnly.template, 'Alexa::ASK::Skill')).toHaveLength(0);
    warnings(vendorOnly.stack).hasWarning('*', Match.stringLikeRegexp('Both vendorId and lwaSecretName'));
    expect(resources(managedFirst.template, 'Alexa::ASK::Skill')).toHaveLength(1);
    expect(resources(managedSecond.template, 'Alexa::ASK::Skill')).toHaveLength(1);
  });

  test('LWA credentials are Secrets Manager dynamic references; the package role reads one object', () => {
    const t = managedFirst.template;
    const [, skill] = only(t, 'Alexa::ASK::Skill');
    expect(skill.Properties.VendorId).toBe('M1VENDOR');
    expect(skill.Properties.AuthenticationConfiguration).toEqual({
      ClientId: '{{resolve:secretsmanager:face-massage/lwa:SecretString:clientId::}}',
      ClientSecret: '{{resolve:secretsmanager:face-massage/lwa:SecretString:clientSecret::}}',
      RefreshToken: '{{resolve:secretsmanager:face-massage/lwa:SecretString:refreshToken::}}',
    });
    const pkg = skill.Properties.SkillPackage;
    expect(pkg.S3Key).toMatch(/\.zip$/);
    const roleId = pkg.S3BucketRole['Fn::GetAtt'][0] as string;
    const role = t.toJSON().Resources[roleId] as Resource;
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: ALEXA }, Action: 'sts:AssumeRole' }),
    ]);
    const [, policy] = resources(t, 'AWS::IAM::Policy').find(([, p]) =>
      JSON.stringify(p.Properties.Roles).includes(roleId),
    )!;
    const statements = policy.Properties.PolicyDocument.Statement as any[];
    expect(statements).toHaveLength(1);
    expect(statements[0].Action).toBe('s3:GetObject');
    expect(JSON.stringify(statements[0].Resource)).toContain(`/${pkg.S3Key}`);
    expect(JSON.stringify(statements[0].Resource)).not.toContain('*');
  });

  test('first deploy: no endpoint override (the Lambda does not trust the skill yet); skill id output', () => {
    const [, skill] = only(managedFirst.template, 'Alexa::ASK::Skill');
    expect(skill.Properties.SkillPackage.Overrides).toBeUndefined();
    managedFirst.template.hasOutput('SkillId', { Value: { Ref: Match.anyValue() } });
  });

  test('second deploy: endpoint and events point at the function, after the trigger exists', () => {
    const t = managedSecond.template;
    const [fnId] = only(t, 'AWS::Lambda::Function');
    const [permId] = only(t, 'AWS::Lambda::Permission');
    const [, skill] = only(t, 'Alexa::ASK::Skill');
    const manifest = skill.Properties.SkillPackage.Overrides.Manifest;
    const arn = { 'Fn::GetAtt': [fnId, 'Arn'] };
    expect(manifest.apis.custom.endpoint).toEqual({ uri: arn });
    expect(manifest.apis.custom.interfaces).toEqual([expect.objectContaining({ type: 'ALEXA_PRESENTATION_APL' })]);
    expect(manifest.events.endpoint).toEqual({ uri: arn });
    expect(manifest.events.subscriptions).toEqual(expect.arrayContaining([{ eventName: 'SKILL_DISABLED' }]));
    expect(skill.DependsOn).toEqual(expect.arrayContaining([permId]));
  });
});

describe('cdk-nag AwsSolutions', () => {
  test.each([
    ['first deploy', () => bare],
    ['with skill id and alarm email', () => withSkill],
    ['managed skill, first deploy', () => managedFirst],
    ['managed skill, second deploy', () => managedSecond],
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
  const manifest = skillJson.manifest as any;

  test('five English locales, named Face Massage, with the medical disclaimer closing the description', () => {
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual([...LOCALES].sort());
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

  test('privacy: personal info, no purchases/ads/children, export compliant, URL placeholder per locale', () => {
    const p = manifest.privacyAndCompliance;
    expect(p).toMatchObject({
      usesPersonalInfo: true,
      allowsPurchases: false,
      isChildDirected: false,
      containsAds: false,
      isExportCompliant: true,
    });
    for (const locale of LOCALES) expect(p.locales[locale].privacyPolicyUrl).toBe('{{PRIVACY_POLICY_URL}}');
  });

  test('endpoint and events on the Lambda ARN placeholder; SKILL_DISABLED subscribed; reminders only', () => {
    expect(manifest.apis.custom.endpoint.uri).toBe('{{LAMBDA_ARN}}');
    expect(manifest.apis.custom.interfaces.map((i: any) => i.type)).toContain('ALEXA_PRESENTATION_APL');
    expect(manifest.events.endpoint.uri).toBe('{{LAMBDA_ARN}}');
    const events = manifest.events.subscriptions.map((s: any) => s.eventName);
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

  test('from the repository: every locale gets its interaction model; placeholders filled', () => {
    const out = path.join(tmp, 'pkg');
    const result = buildSkillPackage({ outDir: out, lambdaArn: ARN, privacyPolicyUrl: 'https://example.com/privacy' });
    const skill = JSON.parse(fs.readFileSync(path.join(out, 'skill.json'), 'utf8'));
    expect(JSON.stringify(skill)).not.toContain('{{');
    expect(skill.manifest.apis.custom.endpoint.uri).toBe(ARN);
    expect(skill.manifest.events.endpoint.uri).toBe(ARN);
    expect(skill.manifest.privacyAndCompliance.locales['en-GB'].privacyPolicyUrl).toBe('https://example.com/privacy');
    expect(manifestLocales(result.skillJson).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      const file = path.join(out, 'interactionModels', 'custom', `${locale}.json`);
      expect(fs.existsSync(file)).toBe(true);
      const model = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(model.interactionModel.languageModel.invocationName).toBe('my face massage');
    }
  });

  test('a locale without its own model shares its language\'s (en-US) model', () => {
    const models = path.join(tmp, 'models');
    fs.mkdirSync(models);
    const model = { interactionModel: { languageModel: { invocationName: 'my face massage', intents: [] } } };
    fs.writeFileSync(path.join(models, 'en-US.json'), JSON.stringify(model));
    const out = path.join(tmp, 'pkg');
    const result = buildSkillPackage({ outDir: out, lambdaArn: ARN, modelsDir: models });
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
    const result = buildSkillPackage({ outDir: out });
    const skill = JSON.parse(fs.readFileSync(path.join(out, 'skill.json'), 'utf8'));
    expect(skill.manifest.apis.custom.endpoint).toBeUndefined();
    expect(skill.manifest.apis.custom.interfaces).toBeDefined();
    expect(skill.manifest.events).toBeUndefined();
    expect(skill.manifest.privacyAndCompliance.locales).toBeUndefined();
    expect(skill.manifest.privacyAndCompliance.usesPersonalInfo).toBe(true);
    expect(JSON.stringify(skill)).not.toContain('{{');
    expect(result.warnings.join('\n')).toMatch(/no Lambda ARN/);
    expect(result.warnings.join('\n')).toMatch(/no privacy policy URL/);
  });

  test('a rebuild replaces the previous package', () => {
    const out = path.join(tmp, 'pkg');
    fs.mkdirSync(path.join(out, 'interactionModels', 'custom'), { recursive: true });
    fs.writeFileSync(path.join(out, 'interactionModels', 'custom', 'de-DE.json'), '{}');
    fs.writeFileSync(path.join(out, 'keep.txt'), 'not ours');
    buildSkillPackage({ outDir: out, lambdaArn: ARN });
    expect(fs.existsSync(path.join(out, 'interactionModels', 'custom', 'de-DE.json'))).toBe(false);
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
