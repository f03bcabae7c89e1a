/**
 * Credentials in the deployed Lambda: the execution role's keys, which Lambda always puts in the
 * environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN).
 *
 * The bundle aliases `@aws-sdk/credential-provider-node` (the SDK's default chain: environment,
 * shared files, SSO, web identity, process, instance metadata) to this module (infra/bundling.ts).
 * On Lambda the chain would stop at the environment anyway; leaving the rest out makes the bundle
 * 130 KB smaller and its cold load about 8 ms shorter (measured, see BENCHMARKS.md). Local runs (tsx,
 * tests) are not bundled and keep the full chain.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
