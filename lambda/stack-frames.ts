import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Where an error happened, readable in the logs, without `--enable-source-maps`.
 *
 * The bundle is minified, so its own stack frames say `index.mjs:1:48213`. Node's
 * `--enable-source-maps` would translate them, but it reads and parses the source map of every module
 * at load, on every cold start, for errors that almost never happen. Instead the map (shipped next to
 * the bundle, `index.mjs.map`) is read here, the first time an error is logged, and each frame is
 * translated to the TypeScript source, e.g. `at lambda/routine/plan.ts:63:21` (the minified function
 * name says nothing, so a mapped frame goes without it).
 * Frames of files without a map (tests, `npm start`) are left as they are.
 *
 * Only the frames: never the error's message, which could one day carry something the user said.
 */
export function stackFrames(error: unknown, max = 8): string {
  const stack = (error as { stack?: unknown } | undefined)?.stack;
  if (typeof stack !== 'string') return '';
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, max)
    .map((line) => mapFrame(line.trim()))
    .join(' < ');
}

/** Source maps by the file they belong to; null when the file has none. */
const maps = new Map<string, SourceMap | null>();

function mapOf(file: string): SourceMap | null {
  let map = maps.get(file);
  if (map === undefined) {
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(file, map);
  }
  return map;
}

/** `at name (file:line:column)` or `at file:line:column`; mapped to `at source:line:column` when the file has a map. */
function mapFrame(frame: string): string {
  const m = /^at (?:(.*?) \()?((?:file:\/\/)?[^()\s]+?):(\d+):(\d+)\)?$/.exec(frame);
  if (!m) return frame;
  const [, , location, line, column] = m;
  let file = location;
  try {
    if (file.startsWith('file://')) file = fileURLToPath(file);
  } catch {
    return frame;
  }
  const map = mapOf(file);
  const entry = map?.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined;
  if (!entry?.originalSource || entry.originalLine === undefined) return frame;
  // esbuild writes sources relative to the map (`../../lambda/…`): the repository path is enough.
  const source = entry.originalSource.replace(/^(?:file:\/\/)?(?:\.\.\/|\.\/)*/, '');
  return `at ${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
}
