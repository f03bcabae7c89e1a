/**
 * The function's memory size, which also sets its share of a vCPU (a full one at 1,769 MB). Chosen by
 * measurement: `npm run bench` runs the first request after a cold start and whole evenings in a
 * CPU-quota model of 256, 512 and 1,024 MB and prints the cost per million evenings of each; the
 * figures and the reasoning are in BENCHMARKS.md.
 */
export const FUNCTION_MEMORY_MB = 512;
