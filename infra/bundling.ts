/**
 * The one place that says how the Lambda is bundled. Used by the CDK stack (its code asset, bundled by
 * esbuild on this machine at synth time, infra/stack.ts `lambdaCode`), by `scripts/build.ts` (`npm run
 * build`, for the benchmark and a manual upload) and by the tests that run the bundle, so the bundle
 * measured locally is the bundle that is deployed.
 *
 * This module imports nothing at run time (only esbuild's types), so `npm run build` does not load
 * aws-cdk-lib.
 */
import * as path from 'path';
import type { BuildOptions } from 'esbuild';

/** Repository root. */
export const REPO_ROOT = path.resolve(__dirname, '..');

/** The Lambda entry: an ES module exporting `handler`, which waits for priming during init (lambda/main.mjs). */
export const LAMBDA_ENTRY = path.join(REPO_ROOT, 'lambda', 'main.mjs');

/**
 * The bundle is an ES module (index.mjs) so that Lambda waits for its top-level await during init.
 * The CommonJS packages inside it (ask-sdk-core among them) still `require` Node's built-in modules:
 * this gives them a `require`.
 */
export const ESM_REQUIRE_BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/**
 * Node.js major version of the Lambda runtime. The stack picks `Runtime.NODEJS_<n>_X` and esbuild
 * targets `node<n>`: change both here, together (a test checks they agree).
 * 24 is the newest runtime aws-cdk-lib 2.276 knows (cdk-nag AwsSolutions-L1 wants the newest).
 */
export const LAMBDA_NODE_MAJOR = 24;

/**
 * The function's NODE_OPTIONS (infra/stack.ts; the benchmark's cold processes run with them too).
 * `--expose-gc` lets priming end with a minor garbage collection of init's garbage (lambda/prime.ts),
 * so that the first request does not pay for it. Not `--enable-source-maps`: the map is read only when
 * an error is logged (lambda/stack-frames.ts).
 */
export const LAMBDA_NODE_OPTIONS = '--expose-gc';

/** esbuild target matching the runtime. */
export const ESBUILD_TARGET = `node${LAMBDA_NODE_MAJOR}`;

/** The SDK's default credential chain, and what the bundle uses in its place (lambda/store/lambda-credentials.ts). */
export const CREDENTIALS_ALIAS = {
  '@aws-sdk/credential-provider-node': path.join(REPO_ROOT, 'lambda', 'store', 'lambda-credentials.ts'),
};

/**
 * ask-sdk-model as ask-sdk-core gets it: our stand-in (lambda/conversation/alexa-services.ts), which
 * loads the real package, every Alexa service client, only when a service is first called. Not given to
 * the benchmark's floor and reference (bench/bench.ts), which are ask-sdk as it comes.
 */
export const ALEXA_SERVICES_ALIAS = {
  'ask-sdk-model': path.join(REPO_ROOT, 'lambda', 'conversation', 'alexa-services.ts'),
};

/** Where the chunks the bundle imports later go, inside the function's code (next to index.mjs). */
export const LAMBDA_CHUNKS_DIR = 'chunks';

/**
 * The esbuild options shared by the stack and `npm run build`.
 *
 * Why the AWS SDK is bundled (nothing is external), against the usual advice to use the copy in the
 * Lambda runtime: the cold start is part of the product (the first "start my face massage" of the
 * evening usually meets a cold Lambda). Measured with esbuild 0.28 on the same handler: with `mainFields: ['module', 'main']` esbuild takes the
 * SDK's ES-module builds, which tree-shake to a 429 KB bundle that loads in about 36 ms over bare
 * node, against 629 KB / 59 ms with the default fields; the runtime's own SDK copy (CommonJS, not
 * tree-shaken) costs about the same as the bigger bundle. With the credential alias below, this
 * skill's bundle loads in about the time of ask-sdk-core and the DynamoDB client alone (BENCHMARKS.md).
 * Bundling also pins the SDK version we tested, rather than whatever the runtime ships that week.
 */
export const LAMBDA_ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Code loaded only by a dynamic import() (the SQS client, lambda/background/jobs.ts: only when a job
  // must be queued) goes to a chunk of its own, so the cold start neither parses nor evaluates it.
  // The chunks sit next to index.mjs and are deployed with it (lambdaBuild, below).
  splitting: true,
  chunkNames: `${LAMBDA_CHUNKS_DIR}/[name]-[hash]`,
  outExtension: { '.js': '.mjs' },
  banner: { js: ESM_REQUIRE_BANNER },
  target: ESBUILD_TARGET,
  minify: true,
  sourcemap: true,
  // The map keeps file:line for stack traces; it is read only when an error is logged
  // (lambda/stack-frames.ts), and the sources themselves are not needed in it (a smaller asset).
  sourcesContent: false,
  // The files a cold start loads stay ASCII. esbuild escapes non-ASCII characters in strings, but not in
  // regular expression literals, and one "ü" in a German answer pattern made V8 decode and scan the whole
  // index.mjs as two-byte text: about 1 ms more of module load (an A/B against the same bundle escaped,
  // docs/deploy.md). A pattern with a non-ASCII character carries the `u` flag (ESLint says so), and
  // marking that flag unsupported has esbuild write such a pattern as `new RegExp("\xFC…", "u")`: the
  // same pattern, in ASCII. test/infra/bundle.test.ts checks every file a cold start loads.
  supported: { 'regexp-sticky-and-unicode-flags': false },
  mainFields: ['module', 'main'],
  // Bundle everything, the AWS SDK included (see above).
  external: [] as string[],
  keepNames: false,
  legalComments: 'none',
  // Lambda's credentials are in the environment: the rest of the default chain is left out. The Alexa
  // service clients are loaded when first called.
  alias: { ...CREDENTIALS_ALIAS, ...ALEXA_SERVICES_ALIAS },
} satisfies BuildOptions;

/**
 * Everything to bundle `entry` as a Lambda's code into `outdir`: `index.mjs` (the handler file), its
 * source map, and the chunks it imports later (`chunks/`, each with its map). The whole folder is the
 * function's code.
 */
export function lambdaBuild(outdir: string, entry: string = LAMBDA_ENTRY) {
  return { ...LAMBDA_ESBUILD_OPTIONS, entryPoints: { index: entry }, outdir, absWorkingDir: REPO_ROOT } satisfies BuildOptions;
}

/**
 * The files an output of lambdaBuild imports statically (`import{a}from"./chunks/x.mjs"`,
 * `import"./x.mjs"`), relative to it: what a cold start loads along with it. A dynamic `import("…")`
 * (a chunk loaded later) is not among them.
 */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.mjs)"/g)].map((m) => m[1]);
}
