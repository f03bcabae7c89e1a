/**
 * A stand-in for Lambda's Node.js runtime, for the benchmark (bench/bench.ts): plain node, no tsx, no
 * test code. It imports the bundle given as argv[2] the way the runtime does (an ES module: the import
 * resolves once its top-level await, i.e. priming, is done: that is init), reports init, then takes
 * events one JSON line at a time on stdin, calls `handler` and reports, for each, its wall time and
 * the CPU time of the main thread (the thread that runs the handler), on stdout as JSON lines.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

/** CPU time of this process's main thread, ms. */
function threadCpuMs() {
  if (typeof process.threadCpuUsage === 'function') {
    const u = process.threadCpuUsage();
    return (u.user + u.system) / 1000;
  }
  // Linux, older Node: the scheduler's run time of the main thread, in nanoseconds.
  return Number(readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

const send = (msg) => process.stdout.write(`${JSON.stringify(msg)}\n`);

const t0 = performance.now();
const c0 = threadCpuMs();
const { handler } = await import(pathToFileURL(process.argv[2]).href);
send({ type: 'init', ms: performance.now() - t0, cpu: threadCpuMs() - c0 });

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const event = JSON.parse(line);
  const t = performance.now();
  const c = threadCpuMs();
  let response;
  let error;
  try {
    response = await handler(event);
  } catch (e) {
    error = String(e?.name ?? e);
  }
  send({ type: 'result', ms: performance.now() - t, cpu: threadCpuMs() - c, response, error });
}
