/**
 * Copies the en-US interaction model to the other English locales, which share it
 * (en-GB, en-CA, en-AU and en-IN use the en-US content; docs/architecture.md, "Adding a language").
 *
 *   npx tsx scripts/sync-models.ts          write the copies
 *   npx tsx scripts/sync-models.ts --check  exit 1 if a copy differs (for CI)
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_LOCALE = 'en-US';
const SHARED_LOCALES = ['en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

const dir = join(__dirname, '..', 'interaction-models');

function main(): void {
  const check = process.argv.includes('--check');
  const source = JSON.parse(readFileSync(join(dir, `${SOURCE_LOCALE}.json`), 'utf8')) as unknown;
  const text = `${JSON.stringify(source, null, 2)}\n`;
  let stale = 0;
  for (const locale of SHARED_LOCALES) {
    const file = join(dir, `${locale}.json`);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      console.error(`${locale}.json differs from ${SOURCE_LOCALE}.json`);
      stale++;
    } else {
      writeFileSync(file, text);
      console.log(`wrote interaction-models/${locale}.json`);
    }
  }
  if (stale > 0) process.exit(1);
}

main();
