/**
 * The durable path's infrastructure (infra/deletion.ts), synthesised in a stack of its own: an SQS FIFO
 * queue with a dead-letter queue after ten tries, encrypted and TLS only; its consumer with partial batch
 * failures and only the table actions it sends; alarms on the dead letters and the consumer's errors; and
 * a sender that gets QUEUE_URL and sqs:SendMessage on that queue only. cdk-nag's AwsSolutions rules pass.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Code, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BackgroundWork, WORKER_TABLE_ACTIONS } from '../../infra/deletion';
import { lambdaRuntime } from '../../infra/stack';

let app: App;
let stack: Stack;
let t: Template;
beforeAll(() => {
  app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'face-massage-work-')) });
  stack = new Stack(app, 'Work', { env: { account: '111111111111', region: 'us-east-1' } });
  const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING } });
  const topic = new sns.Topic(stack, 'Alarms', { enforceSSL: true });
  const work = new BackgroundWork(stack, 'Work', { table, runtime: lambdaRuntime(), alarmAction: new SnsAction(topic) });
  const sender = new LambdaFunction(stack, 'Sender', { runtime: lambdaRuntime(), handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({})') });
  work.grantSend(sender as never);
  t = Template.fromStack(stack);
}, 120_000);

const resources = (type: string) => Object.entries(t.findResources(type));

test('a FIFO queue, encrypted, with a FIFO dead-letter queue after ten tries', () => {
  const queues = resources('AWS::SQS::Queue').map(([, q]) => q.Properties);
  expect(queues).toHaveLength(2);
  for (const q of queues) expect(q).toMatchObject({ FifoQueue: true, SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
  const main = queues.find((q) => q.RedrivePolicy);
  expect(main.RedrivePolicy.maxReceiveCount).toBe(10);
});

test('the consumer reads the queue with partial batch failures and may only do its jobs on the table', () => {
  const [[, mapping]] = resources('AWS::Lambda::EventSourceMapping');
  expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
  const dynamo = resources('AWS::IAM::Policy').flatMap(([, p]) => p.Properties.PolicyDocument.Statement).flatMap((s: { Action: string | string[] }) => [s.Action].flat()).filter((a: string) => a.startsWith('dynamodb:'));
  expect([...new Set(dynamo)].sort()).toEqual([...WORKER_TABLE_ACTIONS].sort());
});

test('the sender gets QUEUE_URL and may only send to the queue', () => {
  const sender = resources('AWS::Lambda::Function').find(([id]) => id.startsWith('Sender'))![1];
  expect(sender.Properties.Environment.Variables.QUEUE_URL).toBeDefined();
  const sqsActions = resources('AWS::IAM::Policy')
    .filter(([id]) => id.startsWith('SenderServiceRole'))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement)
    .flatMap((s: { Action: string | string[] }) => [s.Action].flat());
  expect(sqsActions).toContain('sqs:SendMessage');
  expect(sqsActions.filter((a: string) => a.startsWith('sqs:') && !/^sqs:(SendMessage|GetQueueAttributes|GetQueueUrl)$/.test(a))).toEqual([]);
});

test('alarms on a job in the dead-letter queue and on the consumer failing, to the alarm topic', () => {
  const alarms = resources('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
  expect(alarms.map((a) => a.MetricName).sort()).toEqual(['ApproximateNumberOfMessagesVisible', 'Errors']);
  for (const a of alarms) expect(a.AlarmActions).toHaveLength(1);
});

test('cdk-nag AwsSolutions: no violations in the work path', () => {
  const report = new AwsSolutionsChecks(app).validateScope(stack);
  const ours = report.violations.filter((v) => v.violatingResources.some((r) => (r.constructPath ?? '').includes('/Work/')));
  expect(ours.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(',')}`)).toEqual([]);
});
