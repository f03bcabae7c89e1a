import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { budgetFrom } from './ssml/speech';
import { buildSkill } from './skill';
import { createDocumentClient, ensureTable } from './store/client';
import { DynamoDbProgressStore } from './store/dynamo';

/**
 * Lambda entry. Clients are created once, at module scope, with no I/O at load.
 * TABLE_NAME (required in AWS), SKILL_ID (refuse other skills), DYNAMODB_ENDPOINT (local only),
 * BUDGET_SECONDS (lowers the sound budget of one response).
 */
const tableName = process.env.TABLE_NAME ?? 'FaceMassage';
const endpoint = process.env.DYNAMODB_ENDPOINT;
const doc = createDocumentClient({ endpoint, region: process.env.AWS_REGION });
const store = new DynamoDbProgressStore({ doc, tableName });
const skill = buildSkill({ store, skillId: process.env.SKILL_ID || undefined, budget: budgetFrom(process.env.BUDGET_SECONDS) });
let tableReady: Promise<void> | undefined;

export const handler = async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
  if (endpoint) await (tableReady ??= ensureTable(doc, tableName));
  return skill.invoke(event);
};
