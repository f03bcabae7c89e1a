import * as os from 'os';
import * as path from 'path';
import {
  Annotations,
  CfnOutput,
  Duration,
  RemovalPolicy,
  SecretValue,
  Stack,
  Stage,
  Token,
  type StackProps,
} from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { buildSkillPackage, fillManifest, readManifestTemplate } from '../scripts/skill-package';
import { LAMBDA_ENTRY, LAMBDA_ESBUILD_OPTIONS, LAMBDA_NODE_MAJOR, REPO_ROOT } from './bundling';

export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

/** Alexa has about 8 s for a reply; the function must give up before that. */
export const FUNCTION_TIMEOUT_SECONDS = 7;

/** Regions with the Alexa Skills Kit trigger for Lambda. */
const ALEXA_LAMBDA_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-northeast-1'];

const SKILL_ID_RE = /^amzn1\.ask\.skill\.[A-Za-z0-9-]+$/;

export interface FaceMassageStackProps extends StackProps {
  /**
   * The Alexa skill id (amzn1.ask.skill....). With it, the function gets the Alexa Skills Kit trigger
   * for this skill only, and SKILL_ID refuses requests from any other skill. Without it (the very
   * first deploy, before the skill exists) the function has no trigger at all.
   */
  readonly skillId?: string;
  /** The skill's privacy policy URL (https), filled into the skill manifest. */
  readonly privacyPolicyUrl?: string;
  /** Amazon developer vendor id. With `lwaSecretName`, the stack also manages the skill (CfnSkill). */
  readonly vendorId?: string;
  /**
   * Name of a Secrets Manager secret holding the Login with Amazon credentials, as JSON with the
   * fields clientId, clientSecret and refreshToken. With `vendorId`, the stack manages the skill.
   */
  readonly lwaSecretName?: string;
  /** An email address subscribed to the alarm topic. */
  readonly alarmEmail?: string;
  /** Lowers the per-response sound budget of the skill (seconds), via BUDGET_SECONDS. */
  readonly budgetSeconds?: number;
}

/** NodejsFunction's bundling options, from the esbuild options shared with `npm run build`. */
export function nodejsBundling(): BundlingOptions {
  const o = LAMBDA_ESBUILD_OPTIONS;
  return {
    // Local esbuild (node_modules/.bin/esbuild): no Docker, works offline.
    forceDockerBundling: false,
    format: OutputFormat.CJS,
    target: o.target,
    minify: o.minify,
    sourceMap: o.sourcemap,
    sourcesContent: o.sourcesContent,
    mainFields: o.mainFields,
    keepNames: o.keepNames,
    // The AWS SDK is bundled, not taken from the runtime: see infra/bundling.ts for the measurements.
    bundleAwsSDK: true,
    externalModules: o.external,
    esbuildArgs: {
      '--legal-comments': o.legalComments,
      ...Object.fromEntries(Object.entries(o.alias).map(([from, to]) => [`--alias:${from}`, to])),
    },
  };
}

/** `Runtime.NODEJS_<n>_X` for the Node.js major the bundle targets. */
export function lambdaRuntime(major = LAMBDA_NODE_MAJOR): Runtime {
  const runtime = (Runtime as unknown as Record<string, Runtime | undefined>)[`NODEJS_${major}_X`];
  if (!runtime) throw new Error(`aws-cdk-lib has no Runtime.NODEJS_${major}_X`);
  return runtime;
}

export class FaceMassageStack extends Stack {
  public readonly table: dynamodb.Table;
  public readonly fn: NodejsFunction;
  public readonly alarmTopic: sns.Topic;
  public readonly alarms: cloudwatch.Alarm[];
  public readonly skill?: CfnSkill;

  constructor(scope: Construct, id: string, props: FaceMassageStackProps = {}) {
    super(scope, id, props);
    const { skillId, privacyPolicyUrl, vendorId, lwaSecretName, alarmEmail, budgetSeconds } = props;
    if (skillId !== undefined && !SKILL_ID_RE.test(skillId)) {
      throw new Error(`skillId must look like amzn1.ask.skill.<id>, got "${skillId}"`);
    }
    if (budgetSeconds !== undefined && !(Number.isFinite(budgetSeconds) && budgetSeconds > 0)) {
      throw new Error(`budgetSeconds must be a positive number of seconds, got "${budgetSeconds}"`);
    }
    if ((vendorId === undefined) !== (lwaSecretName === undefined)) {
      Annotations.of(this).addWarningV2(
        'face-massage:skillNotManaged',
        'Both vendorId and lwaSecretName are needed for the stack to manage the skill (CfnSkill); with only one, no skill is created.',
      );
    }
    if (!Token.isUnresolved(this.region) && !ALEXA_LAMBDA_REGIONS.includes(this.region)) {
      Annotations.of(this).addWarningV2(
        'face-massage:region',
        `The Alexa Skills Kit trigger is offered in ${ALEXA_LAMBDA_REGIONS.join(', ')}; ${this.region} is not one of them.`,
      );
    }

    // ---- Data: one table, keys pk/sk (DESIGN.md §5). Users' journals live here: never replaced or
    // dropped by a deploy, and not deleted with the stack.
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: 'expiresAt',
    });

    // ---- Function: its own role (no managed policy), its own log group.
    const logGroup = new logs.LogGroup(this, 'FunctionLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      // Logs hold no spoken answers (DESIGN.md §5), only diagnostics: they go with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new iam.Role(this, 'FunctionRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Face Massage skill Lambda: write its own log group, read/write its own table.',
    });
    // Instead of the AWSLambdaBasicExecutionRole managed policy (logs on every log group of the
    // account, cdk-nag AwsSolutions-IAM4): write access to this function's log group only.
    logGroup.grantWrite(role);

    const environment: Record<string, string> = {
      TABLE_NAME: this.table.tableName,
      // Stack traces in TypeScript terms. Measured cost: about 8 ms more module load on a cold start
      // (the ~490 KB bundle with its map, sources left out of the map), Node 20, local.
      NODE_OPTIONS: '--enable-source-maps',
    };
    if (skillId) environment.SKILL_ID = skillId;
    if (budgetSeconds !== undefined) environment.BUDGET_SECONDS = String(budgetSeconds);

    this.fn = new NodejsFunction(this, 'Function', {
      description: 'Face Massage Alexa skill',
      entry: LAMBDA_ENTRY,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: lambdaRuntime(),
      architecture: Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS),
      role,
      logGroup,
      environment,
      bundling: nodejsBundling(),
    });
    // Read/write on the table's items, nothing else (no table management, no other table).
    this.table.grantReadWriteData(this.fn);

    // ---- Alexa trigger: only for our skill id, never an open permission.
    if (skillId) {
      this.fn.addPermission('AlexaSkillsKit', {
        principal: new iam.ServicePrincipal(ALEXA_PRINCIPAL),
        action: 'lambda:InvokeFunction',
        eventSourceToken: skillId,
      });
    } else {
      const message =
        'No skillId: the function has no Alexa trigger and Alexa cannot call it yet. Create the skill, ' +
        'then redeploy with -c skillId=amzn1.ask.skill.... (see docs/deploy.md).';
      Annotations.of(this).addWarningV2('face-massage:noSkillId', message);
      new CfnOutput(this, 'AlexaTriggerMissing', { value: message });
    }

    // ---- Alarms, to an SNS topic.
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: 'Face Massage skill alarms',
      enforceSSL: true,
    });
    // Not KMS-encrypted: CloudWatch alarms cannot publish to a topic encrypted with the AWS-managed
    // aws/sns key, and a customer-managed key would cost more at rest than the rest of the stack for
    // messages that carry only alarm metadata, no user data. (cdk-nag's AwsSolutions pack has no
    // SNS encryption rule; SNS3, publish over TLS only, is met by enforceSSL.)
    if (alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(alarmEmail));
    this.alarms = this.createAlarms();

    // ---- The skill itself, when the stack has the developer account's credentials.
    if (vendorId && lwaSecretName) {
      this.skill = this.createSkill(vendorId, lwaSecretName, skillId, privacyPolicyUrl);
    }

    new CfnOutput(this, 'FunctionArn', {
      value: this.fn.functionArn,
      description: 'The skill endpoint (Default region) in the Alexa developer console or skill.json',
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });
  }

  private createAlarms(): cloudwatch.Alarm[] {
    const period = Duration.minutes(5);
    const action = new SnsAction(this.alarmTopic);
    const make = (
      id: string,
      metric: cloudwatch.IMetric,
      threshold: number,
      comparisonOperator: cloudwatch.ComparisonOperator,
      alarmDescription: string,
    ): cloudwatch.Alarm => {
      const alarm = new cloudwatch.Alarm(this, id, {
        metric,
        threshold,
        comparisonOperator,
        evaluationPeriods: 1,
        datapointsToAlarm: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      return alarm;
    };
    const GTE = cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
    return [
      make(
        'FunctionErrorsAlarm',
        this.fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
        1,
        GTE,
        'The skill Lambda failed at least once in 5 minutes (the user heard an error or nothing).',
      ),
      make(
        'FunctionThrottlesAlarm',
        this.fn.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }),
        1,
        GTE,
        'The skill Lambda was throttled (account concurrency): Alexa got no answer.',
      ),
      make(
        'FunctionDurationAlarm',
        this.fn.metricDuration({ period, statistic: cloudwatch.Stats.p(99) }),
        5000,
        cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        `p99 duration above 5 s: close to the ${FUNCTION_TIMEOUT_SECONDS} s timeout and Alexa's 8 s limit.`,
      ),
      make(
        'TableThrottlesAlarm',
        new cloudwatch.MathExpression({
          expression: 'reads + writes',
          label: 'Throttled read and write events',
          period,
          usingMetrics: {
            reads: this.table.metric('ReadThrottleEvents', { period, statistic: cloudwatch.Stats.SUM }),
            writes: this.table.metric('WriteThrottleEvents', { period, statistic: cloudwatch.Stats.SUM }),
          },
        }),
        1,
        GTE,
        'DynamoDB throttled the skill table (progress or a journal answer may not have been saved).',
      ),
    ];
  }

  /**
   * The skill, deployed by CloudFormation from a skill package asset (DESIGN.md §8, as in
   * aws-samples/cdk-alexa-skill). Alexa refuses an endpoint whose Lambda has no trigger for the
   * skill, and the trigger needs the skill id, which only exists once the skill does. So:
   *  - first deploy (no skillId): the skill is created without an endpoint or events;
   *  - second deploy (-c skillId=<the SkillId output>): the trigger is added first, then the skill
   *    is updated with the function as its endpoint and events endpoint.
   */
  private createSkill(
    vendorId: string,
    lwaSecretName: string,
    skillId: string | undefined,
    privacyPolicyUrl: string | undefined,
  ): CfnSkill {
    // Assemble the package at synth time into the cloud assembly directory (cdk.out, or the test's
    // temporary directory); the asset zips it. No Lambda ARN in the file: it is only known at deploy
    // time, so it goes in through the overrides below.
    const packageDir = path.join(Stage.of(this)?.outdir ?? os.tmpdir(), '.skill-package', this.node.addr);
    const built = buildSkillPackage({ outDir: packageDir, privacyPolicyUrl });
    for (const w of built.warnings) {
      if (!w.startsWith('no Lambda ARN')) Annotations.of(this).addWarningV2('face-massage:skillPackage', w);
    }
    const asset = new Asset(this, 'SkillPackageAsset', { path: packageDir });

    const packageRole = new iam.Role(this, 'SkillPackageRole', {
      assumedBy: new iam.ServicePrincipal(ALEXA_PRINCIPAL),
      description: 'Lets Alexa read the Face Massage skill package asset, that one object only.',
    });
    packageRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [asset.bucket.arnForObjects(asset.s3ObjectKey)],
      }),
    );

    const lwa = (jsonField: 'clientId' | 'clientSecret' | 'refreshToken'): string =>
      // A CloudFormation dynamic reference: the secret never appears in the template.
      SecretValue.secretsManager(lwaSecretName, { jsonField }).unsafeUnwrap();

    let overrides: CfnSkill.OverridesProperty | undefined;
    if (skillId) {
      const manifest = fillManifest(readManifestTemplate(), {
        lambdaArn: this.fn.functionArn,
        privacyPolicyUrl,
      }).skillJson.manifest as Record<string, unknown>;
      // Whole `apis` and `events` objects, so the result is the same whether Alexa merges the
      // overrides deeply or replaces top-level keys.
      overrides = { manifest: { apis: manifest.apis, events: manifest.events } };
    }

    const skill = new CfnSkill(this, 'Skill', {
      vendorId,
      authenticationConfiguration: {
        clientId: lwa('clientId'),
        clientSecret: lwa('clientSecret'),
        refreshToken: lwa('refreshToken'),
      },
      skillPackage: {
        s3Bucket: asset.s3BucketName,
        s3Key: asset.s3ObjectKey,
        s3BucketRole: packageRole.roleArn,
        overrides,
      },
    });
    skill.node.addDependency(packageRole);
    if (skillId) {
      // The trigger must exist before Alexa validates the new endpoint.
      skill.node.addDependency(this.fn.node.findChild('AlexaSkillsKit'));
    }

    new CfnOutput(this, 'SkillId', {
      value: skill.ref,
      description: skillId
        ? 'The skill id (should equal the skillId context)'
        : 'The new skill id: redeploy with -c skillId=<this> to connect the skill to the function',
    });
    return skill;
  }
}

