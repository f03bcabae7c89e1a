import type { SQSBatchResponse, SQSEvent } from './background/sqs-event';
import { parseJob, runJob } from './background/jobs';
import { createDocumentClient } from './store/client';
import { DynamoDbProgressStore } from './store/dynamo';

/**
 * The consumer of the work queue (lambda/background/jobs.ts): does each job; a job that fails is
 * reported back, so SQS offers it again after its visibility timeout and, after a few tries, keeps it
 * in the dead-letter queue (alarmed). Logs the job's kind only, never a user id or an answer.
 */
const doc = createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT, region: process.env.AWS_REGION, requestTimeoutMs: 5000, maxAttempts: 4 });
const store = new DynamoDbProgressStore({ doc, tableName: process.env.TABLE_NAME ?? 'FaceMassage' });

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of event.Records ?? []) {
    // A FIFO queue: once a job failed, the ones after it in the batch wait for it (one user's order).
    if (batchItemFailures.length) {
      batchItemFailures.push({ itemIdentifier: record.messageId });
      continue;
    }
    const job = parseJob(record.body);
    if (!job) {
      console.error(JSON.stringify({ level: 'error', event: 'job_unreadable' }));
      continue; // never readable: retrying it cannot help
    }
    try {
      await runJob(store, job);
      console.log(JSON.stringify({ level: 'info', event: 'job_done', kind: job.kind }));
    } catch (e) {
      console.error(JSON.stringify({ level: 'error', event: 'job_failed', kind: job.kind, error: (e as Error).name }));
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
