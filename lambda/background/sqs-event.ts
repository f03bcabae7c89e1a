/** The parts of Lambda's SQS event the worker reads (aws-lambda's types, without the dependency). */
export interface SQSEvent {
  Records: { messageId: string; body: string }[];
}
export interface SQSBatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}
