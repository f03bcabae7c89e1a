import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { consoleLogger } from './conversation/turn';
import { prime } from './prime';
import { sqsQueue } from './background/jobs';
import { budgetFrom } from './ssml/speech';
import { buildSkill } from './skill';
import { createDocumentClient, ensureTable } from './store/client';
import { DynamoDbProgressStore } from './store/dynamo';

/**
 * The skill's wiring. Clients are created once, at module scope.
 * TABLE_NAME (required in AWS), QUEUE_URL (the work queue, infra/deletion.ts), SKILL_ID (refuse other skills), DYNAMODB_ENDPOINT (local only),
 * BUDGET_SECONDS (lowers the sound budget of one response), PRIME_ON_INIT=false (no priming: for
 * measuring the bare module load only).
 *
 * Priming (prime.ts) starts here, at load; the Lambda entry (main.mjs) waits for `ready` during init.
 * Where nothing waits for it (tests, local runs), the first request waits, only if it is still running.
 */
const tableName = process.env.TABLE_NAME ?? 'FaceMassage';
const endpoint = process.env.DYNAMODB_ENDPOINT;
const doc = createDocumentClient({ endpoint, region: process.env.AWS_REGION });
const store = new DynamoDbProgressStore({ doc, tableName });
const skillId = process.env.SKILL_ID || undefined;
const queue = process.env.QUEUE_URL ? sqsQueue(process.env.QUEUE_URL, process.env.AWS_REGION) : undefined;
const skill = buildSkill({ store, skillId, queue, budget: budgetFrom(process.env.BUDGET_SECONDS) });
let tableReady: Promise<void> | undefined;
/** A request for another skill (refused by the skill): in local mode it must not make the table. */
const forOtherSkill = (event: RequestEnvelope) => !!skillId && event?.context?.System?.application?.applicationId !== skillId;

let primed = process.env.PRIME_ON_INIT === 'false';
export const ready: Promise<void> = primed ? Promise.resolve() : prime({ doc, tableName, log: consoleLogger }).then(() => void (primed = true));

export const handler = async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
  if (!primed) await ready;
  // Local mode: a failed table check is tried again next time, and the skill answers meanwhile.
  if (endpoint) await (forOtherSkill(event) || (tableReady ??= ensureTable(doc, tableName).catch(() => void (tableReady = undefined))));
  return skill.invoke(event);
};
