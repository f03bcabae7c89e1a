import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Architecture, Function as LambdaFunction, LoggingFormat, type Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import * as path from 'path';
import { REPO_ROOT } from './bundling';
import { lambdaCode } from './code';

/** The table actions the worker sends: the deletions (Query, BatchWriteItem) and held answers (UpdateItem). */
export const WORKER_TABLE_ACTIONS = ['dynamodb:Query', 'dynamodb:BatchWriteItem', 'dynamodb:UpdateItem'];

export interface BackgroundWorkProps {
  table: dynamodb.ITable;
  runtime: Runtime;
  alarmAction: cloudwatch.IAlarmAction;
}

/**
 * The durable path for work a turn cannot finish (lambda/background/jobs.ts): an SQS FIFO queue (one
 * message group per user), its dead-letter queue after ten tries, and the small consumer
 * (lambda/worker.ts). A job in the dead-letter queue, or a failing worker, raises an alarm.
 */
export class BackgroundWork extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetters: sqs.Queue;
  readonly worker: LambdaFunction;

  constructor(scope: Construct, id: string, props: BackgroundWorkProps) {
    super(scope, id);
    // Messages can hold held answers: encrypted at rest, TLS only, kept the longest SQS allows.
    const common = { fifo: true, encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) };
    this.deadLetters = new sqs.Queue(this, 'DeadLetters', common);
    this.queue = new sqs.Queue(this, 'Queue', { ...common, visibilityTimeout: Duration.seconds(90), deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: 10 } });

    const logGroup = new logs.LogGroup(this, 'WorkerLogs', { retention: logs.RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const role = new iam.Role(this, 'WorkerRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Face Massage work queue consumer: its own logs, its queue, the deletions and held answers on the table.',
    });
    logGroup.grantWrite(role);
    this.worker = new LambdaFunction(this, 'Worker', {
      description: 'Face Massage work queue consumer (deletions, held answers)',
      code: lambdaCode(path.join(REPO_ROOT, 'lambda', 'worker.ts')),
      handler: 'index.handler',
      runtime: props.runtime,
      architecture: Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(60),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: { TABLE_NAME: props.table.tableName },
    });
    props.table.grant(this.worker, ...WORKER_TABLE_ACTIONS);
    this.worker.addEventSource(new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true }));

    const period = Duration.minutes(5);
    for (const [alarmId, metric, description] of [
      ['DeadLettersAlarm', this.deadLetters.metricApproximateNumberOfMessagesVisible({ period, statistic: cloudwatch.Stats.MAXIMUM }), 'A job (a deletion the user asked for, or answers they were told are kept) failed ten times and waits in the dead-letter queue.'],
      ['WorkerErrorsAlarm', this.worker.metricErrors({ period, statistic: cloudwatch.Stats.SUM }), 'The work queue consumer failed.'],
    ] as const) {
      new cloudwatch.Alarm(this, alarmId, {
        metric,
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      }).addAlarmAction(props.alarmAction);
    }
  }

  /** Lets a function send jobs: QUEUE_URL, and sqs:SendMessage on this queue only. */
  grantSend(fn: LambdaFunction): void {
    this.queue.grantSendMessages(fn);
    fn.addEnvironment('QUEUE_URL', this.queue.queueUrl);
  }
}
