/**
 * The floor of the cold start: ask-sdk-core and the DynamoDB clients alone, created the way the skill
 * creates them (a custom skill with one handler, a DynamoDBClient wrapped in a document client), with
 * none of the skill's own code. The benchmark bundles it with the Lambda's esbuild options (to
 * dist/bench/baseline.mjs) and compares our module load with its load: the ratio is what our own
 * code and our choices add.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { getRequestType, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (hi) => getRequestType(hi.requestEnvelope) === 'LaunchRequest',
    handle: async (hi) => {
      const userId = hi.requestEnvelope.context.System.user.userId;
      const out = await doc.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: `USER#${userId}`, sk: 'PROFILE' } }));
      return hi.responseBuilder.speak(out.Item ? 'Welcome back.' : 'Welcome.').getResponse();
    },
  })
  .create();

export const handler = (event: RequestEnvelope) => skill.invoke(event);
