/**
 * `npm run build`: bundles the Lambda (lambda/main.mjs) to dist/lambda/: index.mjs, an ES module exporting
 * `handler`, with a source map next to it, and the chunks it imports later (dist/lambda/chunks/). Same
 * esbuild options as the CDK stack (infra/bundling.ts), so the bundle the benchmark measures is the
 * bundle that is deployed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { build } from 'esbuild';
import { lambdaBuild, REPO_ROOT } from '../infra/bundling';

const OUT_DIR = path.join(REPO_ROOT, 'dist', 'lambda');
const OUT_FILE = path.join(OUT_DIR, 'index.mjs');

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  const started = Date.now();
  const result = await build({ ...lambdaBuild(OUT_DIR), metafile: true, logLevel: 'warning' });
  const ms = Date.now() - started;

  const size = fs.statSync(OUT_FILE).size;
  const mapSize = fs.existsSync(`${OUT_FILE}.map`) ? fs.statSync(`${OUT_FILE}.map`).size : 0;
  console.log(`dist/lambda/index.mjs  ${kb(size)}  (map ${kb(mapSize)}, ${ms} ms)`);

  // What a cold start loads: index.mjs and the chunks it imports statically (not those it imports later).
  const outputs = result.metafile.outputs;
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file) || !outputs[file]) return;
    loaded.add(file);
    for (const i of outputs[file].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(path.relative(REPO_ROOT, OUT_FILE));
  const later = Object.keys(outputs).filter((f) => f.endsWith('.mjs') && !loaded.has(f));
  const bytesOf = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + outputs[f].bytes, 0);
  console.log(`  loaded at a cold start ${kb(bytesOf(loaded))} (index.mjs and ${loaded.size - 1} chunks); imported later or never ${kb(bytesOf(later))}: ${later.map((f) => path.basename(f)).join(', ')}`);

  // The largest inputs of what a cold start loads, by bytes: where the cold-start weight comes from.
  const byPackage = new Map<string, number>();
  for (const [file, info] of [...loaded].flatMap((f) => Object.entries(outputs[f].inputs))) {
    const m = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = m ? m[1] : file.startsWith('lambda/') ? 'lambda/ (our code)' : file;
    byPackage.set(key, (byPackage.get(key) ?? 0) + info.bytesInOutput);
  }
  const top = [...byPackage.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
  for (const [name, bytes] of top) console.log(`  ${kb(bytes).padStart(9)}  ${name}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
