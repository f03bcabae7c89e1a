/**
 * `npm run build`: bundles the Lambda (lambda/main.mjs) to dist/lambda/index.mjs, an ES module exporting
 * `handler`, with a source map next to it. Same esbuild options as the CDK stack (infra/bundling.ts),
 * so the bundle the benchmark measures is the bundle that is deployed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { build } from 'esbuild';
import { LAMBDA_ENTRY, LAMBDA_ESBUILD_OPTIONS, REPO_ROOT } from '../infra/bundling';

const OUT_DIR = path.join(REPO_ROOT, 'dist', 'lambda');
const OUT_FILE = path.join(OUT_DIR, 'index.mjs');

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  const started = Date.now();
  const result = await build({
    ...LAMBDA_ESBUILD_OPTIONS,
    entryPoints: [LAMBDA_ENTRY],
    outfile: OUT_FILE,
    absWorkingDir: REPO_ROOT,
    metafile: true,
    logLevel: 'warning',
  });
  const ms = Date.now() - started;

  const size = fs.statSync(OUT_FILE).size;
  const mapSize = fs.existsSync(`${OUT_FILE}.map`) ? fs.statSync(`${OUT_FILE}.map`).size : 0;
  console.log(`dist/lambda/index.mjs  ${kb(size)}  (map ${kb(mapSize)}, ${ms} ms)`);

  // The largest inputs, by bytes in the bundle: where the cold-start weight comes from.
  const byPackage = new Map<string, number>();
  for (const [file, info] of Object.entries(result.metafile.outputs[path.relative(REPO_ROOT, OUT_FILE)]?.inputs ?? {})) {
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
