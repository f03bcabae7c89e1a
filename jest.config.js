/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  // As in the bundle (infra/bundling.ts, ALEXA_SERVICES_ALIAS): ask-sdk-core gets our stand-in, which
  // loads the Alexa service clients when first called.
  moduleNameMapper: { '^ask-sdk-model$': '<rootDir>/lambda/conversation/alexa-services.ts' },
  testTimeout: 30000,
};
