/**
 * The cold-start reference: a skill built the usual way, with ask-sdk's own DynamoDB persistence
 * adapter (AWS SDK v2), as most tutorials and samples do. It is never deployed; the benchmark bundles
 * it with the same esbuild options as our Lambda (to dist/bench/reference.js) and times its load.
 */
import { getRequestType, SkillBuilders, type RequestHandler } from 'ask-sdk-core';
import { DynamoDbPersistenceAdapter } from 'ask-sdk-dynamodb-persistence-adapter';

const LaunchHandler: RequestHandler = {
  canHandle: (hi) => getRequestType(hi.requestEnvelope) === 'LaunchRequest',
  handle: async (hi) => {
    const attributes = await hi.attributesManager.getPersistentAttributes();
    const visits = typeof attributes.visits === 'number' ? attributes.visits : 0;
    return hi.responseBuilder.speak(visits ? 'Welcome back.' : 'Welcome.').getResponse();
  },
};

export const handler = SkillBuilders.custom()
  .withPersistenceAdapter(new DynamoDbPersistenceAdapter({ tableName: 'x', createTable: false }))
  .addRequestHandlers(LaunchHandler)
  .lambda();
