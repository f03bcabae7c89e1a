import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, Token, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Alias, Architecture, Function as LambdaFunction, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { BackgroundWork } from './deletion';
import { FUNCTION_MEMORY_MB } from './memory';
import { LAMBDA_ENTRY, LAMBDA_NODE_MAJOR, LAMBDA_NODE_OPTIONS } from './bundling';
import { lambdaCode } from './code';
import { STAGES, type StageName } from './stages';

export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

/** Alexa has about 8 s for a reply; the function must give up before that. */
export const FUNCTION_TIMEOUT_SECONDS = 7;

/** Regions with the Alexa Skills Kit trigger for Lambda. */
export const ALEXA_LAMBDA_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-northeast-1'];

export const SKILL_ID_RE = /^amzn1\.ask\.skill\.[A-Za-z0-9-]+$/;

/**
 * The DynamoDB actions the skill's code sends (lambda/store/dynamo.ts: GetCommand, UpdateCommand,
 * QueryCommand, BatchWriteCommand), and nothing else. test/infra/stack.test.ts derives the set from
 * the store's code and checks it equals this list.
 */
export const SKILL_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem'];

/** log events the skill writes at level "error" (lambda/conversation/turn.ts consoleLogger, console.error). */
export const ERROR_LOG_PATTERN = '{ ($.level = "error") || ($.level = "ERROR") }';

export interface FaceMassageStackProps extends StackProps {
  /** Which stage this stack serves. Default dev. */
  readonly stage?: StageName;
  /**
   * The Alexa skill id (amzn1.ask.skill....) of this stage's skill. The function gets the Alexa Skills
   * Kit trigger for this skill only, and SKILL_ID refuses requests from any other skill. Required,
   * unless `firstDeploy` says on purpose that there is no skill yet.
   */
  readonly skillId?: string;
  /**
   * Deploy without a skill id on purpose: the function then has no trigger at all (never an open one).
   * Without this, a missing skill id fails the synth, so that a forgotten option can never remove the
   * trigger from a live function.
   */
  readonly firstDeploy?: boolean;
  /** An email address subscribed to the alarm topic. */
  readonly alarmEmail?: string;
  /** Lowers the per-response sound budget of the skill (seconds), via BUDGET_SECONDS. */
  readonly budgetSeconds?: number;
  /**
   * Instances kept initialised at all times (provisioned concurrency), off by default: Alexa then calls
   * a `live` alias that has them. Costs money at rest (docs/deploy.md); priming already makes a cold
   * start's first request nearly as fast as a warm one (BENCHMARKS.md).
   */
  readonly provisionedConcurrency?: number;
}

/** Why a synth without a skill id stops, and what to do. */
export function missingSkillIdMessage(stage: StageName): string {
  return (
    `Stage "${stage}" has no skill id (infra/stages.json, or -c skillId=...). Without it the function would have no ` +
    `Alexa trigger, and a live skill would stop answering. Run \`npm run deploy -- --stage ${stage}\`: it creates ` +
    `the skill on its first run and records the id in infra/stages.json (commit that file). If the skill exists ` +
    `already, put its id there (\`npx ask smapi list-skills-for-vendor\`). To synthesize without a skill on ` +
    `purpose, add -c firstDeploy=true.`
  );
}

/** `Runtime.NODEJS_<n>_X` for the Node.js major the bundle targets. */
export function lambdaRuntime(major = LAMBDA_NODE_MAJOR): Runtime {
  const runtime = (Runtime as unknown as Record<string, Runtime | undefined>)[`NODEJS_${major}_X`];
  if (!runtime) throw new Error(`aws-cdk-lib has no Runtime.NODEJS_${major}_X`);
  return runtime;
}

export class FaceMassageStack extends Stack {
  public readonly stage: StageName;
  public readonly table: dynamodb.Table;
  public readonly fn: LambdaFunction;
  public readonly alarmTopic: sns.Topic;
  public readonly alarms: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: FaceMassageStackProps = {}) {
    super(scope, id, props);
    const { skillId, firstDeploy, alarmEmail, budgetSeconds } = props;
    const stage = (this.stage = props.stage ?? 'dev');
    if (!STAGES.includes(stage)) throw new Error(`stage must be one of ${STAGES.join(', ')}, got "${stage}"`);
    if (skillId !== undefined && !SKILL_ID_RE.test(skillId)) {
      throw new Error(`skillId must look like amzn1.ask.skill.<id>, got "${skillId}"`);
    }
    if (skillId === undefined && !firstDeploy) throw new Error(missingSkillIdMessage(stage));
    if (budgetSeconds !== undefined && !(Number.isFinite(budgetSeconds) && budgetSeconds > 0)) {
      throw new Error(`budgetSeconds must be a positive number of seconds, got "${budgetSeconds}"`);
    }
    if (!Token.isUnresolved(this.region) && !ALEXA_LAMBDA_REGIONS.includes(this.region)) {
      throw new Error(
        `The Alexa Skills Kit trigger exists only in ${ALEXA_LAMBDA_REGIONS.join(', ')}; ${this.region} is not one of them ` +
          '(set "region" in infra/stages.json; docs/deploy.md says which region serves which Alexa endpoint).',
      );
    }

    // ---- Data: one table, keys pk/sk (docs/architecture.md, "The data"). Users' journals live here: never replaced or
    // dropped by a deploy, and not deleted with the stack. Each stage has its own.
    // No TTL: nothing is written to expire; a user's items live until they delete them or disable the
    // skill (the privacy policy says so), and the per-run markers are pruned by the store itself.
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // The AWS-owned/managed key: no KMS key to pay for or to lose (docs/deploy.md, "KMS").
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
    });

    // ---- Function: its own role (no managed policy), its own log group.
    const logGroup = new logs.LogGroup(this, 'FunctionLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      // Logs hold no spoken answers (docs/architecture.md, "The data"), only diagnostics: they go with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new iam.Role(this, 'FunctionRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Face Massage skill Lambda: write its own log group, read/write its own table.',
    });
    // Instead of the AWSLambdaBasicExecutionRole managed policy (logs on every log group of the
    // account, cdk-nag AwsSolutions-IAM4): write access to this function's log group only.
    logGroup.grantWrite(role);

    // No --enable-source-maps (it parses the map on every cold start): the map ships next to the
    // bundle and is read only when an error is logged (lambda/stack-frames.ts). LAMBDA_NODE_OPTIONS
    // exposes gc to priming.
    const environment: Record<string, string> = { TABLE_NAME: this.table.tableName, NODE_OPTIONS: LAMBDA_NODE_OPTIONS };
    if (skillId) environment.SKILL_ID = skillId;
    if (budgetSeconds !== undefined) environment.BUDGET_SECONDS = String(budgetSeconds);

    this.fn = new LambdaFunction(this, 'Function', {
      description: `Face Massage Alexa skill (${stage})`,
      code: lambdaCode(LAMBDA_ENTRY),
      handler: 'index.handler',
      runtime: lambdaRuntime(),
      architecture: Architecture.ARM_64,
      memorySize: FUNCTION_MEMORY_MB,
      timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS),
      role,
      logGroup,
      // Each log line is a JSON event whose level the error metric filter reads (ERROR_LOG_PATTERN).
      loggingFormat: LoggingFormat.JSON,
      environment,
    });
    // Exactly the item actions the code sends, on this table only (SKILL_TABLE_ACTIONS).
    this.table.grant(this.fn, ...SKILL_TABLE_ACTIONS);

    // What Alexa calls: the function, or with provisioned concurrency an alias that has it.
    const pc = props.provisionedConcurrency ?? 0;
    if (!Number.isInteger(pc) || pc < 0) throw new Error(`provisionedConcurrency must be a whole number of instances, got "${pc}"`);
    const endpoint = pc > 0 ? new Alias(this, 'Live', { aliasName: 'live', version: this.fn.currentVersion, provisionedConcurrentExecutions: pc }) : this.fn;

    // ---- Alexa trigger: only for our skill id, never an open permission.
    if (skillId) {
      endpoint.addPermission('AlexaSkillsKit', {
        principal: new iam.ServicePrincipal(ALEXA_PRINCIPAL),
        action: 'lambda:InvokeFunction',
        eventSourceToken: skillId,
      });
    } else {
      const message =
        'firstDeploy: the function has no Alexa trigger and Alexa cannot call it. `npm run deploy` creates the ' +
        'skill and adds the trigger for its id (docs/deploy.md).';
      Annotations.of(this).addWarningV2('face-massage:noSkillId', message);
      new CfnOutput(this, 'AlexaTriggerMissing', { value: message });
    }

    // ---- Alarms, to an SNS topic.
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: `Face Massage skill alarms (${stage})`,
      enforceSSL: true,
    });
    // Not KMS-encrypted: CloudWatch alarms cannot publish to a topic encrypted with the AWS-managed
    // aws/sns key, and a customer-managed key would cost more at rest than the rest of the stack for
    // messages that carry only alarm metadata, no user data. (cdk-nag's AwsSolutions pack has no
    // SNS encryption rule; SNS3, publish over TLS only, is met by enforceSSL.)
    if (alarmEmail) {
      this.alarmTopic.addSubscription(new EmailSubscription(alarmEmail));
    } else {
      Annotations.of(this).addWarningV2(
        'face-massage:noAlarmSubscriber',
        `No one is subscribed to the ${stage} alarms: set "alarmEmail" in infra/stages.json (or -c alarmEmail=...) to hear about failures.`,
      );
    }
    this.alarms = this.createAlarms(logGroup);

    // ---- The durable path for work a turn cannot finish: deletions the user is owed (SkillDisabled,
    // large deletions) and answers held while the table was down (infra/deletion.ts).
    new BackgroundWork(this, 'Work', { table: this.table, runtime: lambdaRuntime(), alarmAction: new SnsAction(this.alarmTopic) }).grantSend(this.fn);

    new CfnOutput(this, 'FunctionArn', {
      value: endpoint.functionArn,
      description: 'The skill endpoint and events endpoint (npm run deploy sets both)',
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });
  }

  private createAlarms(logGroup: logs.ILogGroup): cloudwatch.Alarm[] {
    const period = Duration.minutes(5);
    const action = new SnsAction(this.alarmTopic);
    const make = (
      id: string,
      metric: cloudwatch.IMetric,
      threshold: number,
      comparisonOperator: cloudwatch.ComparisonOperator,
      alarmDescription: string,
      [datapointsToAlarm, evaluationPeriods] = [1, 1],
    ): cloudwatch.Alarm => {
      const alarm = new cloudwatch.Alarm(this, id, {
        metric,
        threshold,
        comparisonOperator,
        evaluationPeriods,
        datapointsToAlarm,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription,
      });
      // An email when something goes wrong, none when it recovers (the alarm's history shows that).
      alarm.addAlarmAction(action);
      return alarm;
    };
    // What users hear: the skill's error handler turns a failure into speech, so the Lambda Errors
    // metric stays at 0; every such failure is logged at level "error", and this counts them.
    const errorLogs = new logs.MetricFilter(this, 'ErrorLogEvents', {
      logGroup,
      filterPattern: logs.FilterPattern.literal(ERROR_LOG_PATTERN),
      metricNamespace: `FaceMassage/${this.stage}`,
      metricName: 'ErrorLogEvents',
      metricValue: '1',
    });
    const GTE = cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
    return [
      make(
        'ErrorLogAlarm',
        errorLogs.metric({ period, statistic: cloudwatch.Stats.SUM }),
        1,
        GTE,
        'The skill logged an error in 5 minutes: someone heard "something went wrong" (see the error events in the log group).',
      ),
      make(
        'FunctionErrorsAlarm',
        this.fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
        1,
        GTE,
        'The skill Lambda failed or timed out at least once in 5 minutes (the user heard nothing).',
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
        `p99 duration above 5 s in 2 of the last 3 five-minute periods: close to the ${FUNCTION_TIMEOUT_SECONDS} s timeout and Alexa's 8 s limit.`,
        [2, 3],
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
}
