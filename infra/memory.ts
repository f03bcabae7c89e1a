/**
 * The function's memory size, which also sets its share of a vCPU (a full one at 1,769 MB). Chosen by
 * measurement: `npm run bench` plays whole evenings, each starting with a cold start, in a CPU-quota
 * model of 256, 512 and 1,024 MB (BENCHMARKS.md). Init runs at full speed whatever the size but is
 * billed at the size, and with priming the first request is short at every size, so 256 MB is the
 * cheapest evening by a wide margin (about 35-55 % less than 512 MB) while every turn still answers
 * in well under a fifth of a second in the model.
 */
export const FUNCTION_MEMORY_MB = 256;
