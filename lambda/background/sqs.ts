import { createHash, randomUUID } from 'node:crypto';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Job, WorkQueue } from './jobs';

/**
 * The work queue in AWS: an SQS FIFO queue (infra/deletion.ts), one message group per user, so one
 * user's jobs are done in the order they were sent (answers saved before a later deletion runs).
 * Sending is bounded like the table's calls: at most about 2 s, inside Alexa's time.
 */
export class SqsWorkQueue implements WorkQueue {
  private readonly client: SQSClient;

  constructor(private readonly queueUrl: string, region?: string) {
    this.client = new SQSClient({
      region,
      maxAttempts: 2,
      requestHandler: new NodeHttpHandler({ connectionTimeout: 500, requestTimeout: 1000, throwOnRequestTimeout: true }),
    });
  }

  async send(job: Job): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify(job),
        MessageGroupId: createHash('sha256').update(job.userId).digest('hex').slice(0, 64),
        MessageDeduplicationId: randomUUID(),
      }),
    );
  }
}
