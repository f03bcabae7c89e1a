/**
 * The function's memory size, which also sets its share of a vCPU (a full one at 1,769 MB). Chosen by
 * measurement: `npm run bench` plays whole evenings, each starting with a cold start, in a CPU-quota
 * model of 256, 512 and 1,024 MB (BENCHMARKS.md), and recommends the cheapest evening among the sizes
 * fast enough for every turn: the first LaunchRequest at most 1.5 times a warm one, and the warm p99
 * under 100 ms in the model. With priming, 256 MB meets both (first launch 0.7-1.0 of a warm one,
 * warm turns about 20 ms p50 and 60 ms p99 in the model, against about 8 and 36 ms at 512 MB), and its
 * evening costs about 8-10 % less than 512 MB's and about 25-30 % less than 1,024 MB's. The tens of
 * milliseconds that 512 MB saves a turn are not heard: Alexa's own speech recognition and synthesis
 * take about a second around every turn. Init runs at full speed whatever the size but is billed at it.
 */
export const FUNCTION_MEMORY_MB = 256;
