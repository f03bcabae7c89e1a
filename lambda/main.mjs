/**
 * The Lambda entry, bundled to index.mjs (infra/bundling.ts). An ES module on purpose: Lambda waits
 * for an ES module's top-level await while the function initialises, at full CPU speed and before the
 * first request, so priming (lambda/prime.ts) is done by the time "start my face massage" arrives.
 * A CommonJS entry could only start it and leave it to finish during that first request.
 */
import { handler, ready } from './index';

await ready;

export { handler };
