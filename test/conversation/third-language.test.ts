import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGUE, contentFor, type Content } from '../../lambda/content';
import { harness, MODEL } from '../helpers/skill';

/**
 * A third language is content and a model, nothing else: this test registers a stub language,
 * defined here alone (its content and its model), and the skill answers in it through the same
 * handlers. The stub's words are the English ones marked «…», so every line heard can be told apart.
 */

const LOCALE = 'fr-FR';
const mark = (s: string) => `«${s}»`;
const english = contentFor('en-US');

function mapRecord<K extends string, V, W>(r: Record<K, V>, f: (v: V, k: K) => W): Record<K, W> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v as V, k as K)])) as Record<K, W>;
}

const STUB: Content = {
  ...english,
  language: 'fr',
  lines: mapRecord(english.lines, (v) => v.map(mark)),
  areas: mapRecord(english.areas, (a, id) => ({ ...a, intro: a.intro.map(mark), cues: a.cues.map(mark), name: `la zone ${id}` })),
  middleCues: english.middleCues.map(mark),
  lastCues: english.lastCues.map(mark),
  sayTime: (hhmm) => `${hhmm.replace(':', ' h ')}`,
};

function stubModel(): string {
  const model = JSON.parse(readFileSync(MODEL, 'utf8'));
  model.interactionModel.languageModel.invocationName = 'mon massage du visage';
  const path = join(mkdtempSync(join(tmpdir(), 'third-language-')), `${LOCALE}.json`);
  writeFileSync(path, JSON.stringify(model));
  return path;
}

const catalogue = { ...CATALOGUE, [LOCALE]: STUB };

test('the skill answers in a language registered only in the catalogue, through its own model', async () => {
  const h = harness({ locale: LOCALE, model: stubModel(), catalogue });
  const launch = await h.conv.say('open mon massage du visage');
  expect(launch.text).toContain(mark(english.lines.welcomeFirst[0]));
  // every line of the routine's words comes from the stub: areas are named the stub's way
  expect(launch.text).toMatch(/«[^»]+»/);
  expect(launch.text).not.toContain('your forehead');

  const reminder = await h.conv.say('remind me at nine thirty');
  expect(reminder.text).toContain('21 h 30');
  expect(reminder.text).toMatch(/^«.*»$/);
});

test('the same request in English is answered in English', async () => {
  const h = harness({ catalogue });
  const launch = await h.conv.say('open my face massage');
  expect(launch.text).toContain(english.lines.welcomeFirst[0]);
  expect(launch.text).not.toContain('«');
});
