import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import STEP from '../../lambda/apl/step.json';
import TENSION from '../../lambda/apl/tension.json';

/** The APL document and the Routine task file are data the platform reads: check their shape. */

const ROOT = join(__dirname, '..', '..');

test('the step screen is an APL document: a pager over the part\'s steps, whose bindings all exist in the data the skill sends', () => {
  expect(STEP.type).toBe('APL');
  expect(STEP.version).toMatch(/^\d{4}\.\d+$/);
  expect(STEP.mainTemplate.parameters).toEqual(['payload']);
  const pager = STEP.mainTemplate.items[0];
  expect(pager).toMatchObject({ type: 'Pager', id: 'steps', data: '${payload.chapter.steps}' });
  const refs = [...JSON.stringify(pager.items).matchAll(/\$\{data\.(\w+)\}/g)].map((m) => m[1]);
  expect(new Set(refs)).toEqual(new Set(['title', 'instruction', 'progress', 'percent']));
});

test('the tension chart is an APL document: a title, a row per area with a cell per evening, and the evenings\' initials', () => {
  expect(TENSION.type).toBe('APL');
  expect(TENSION.version).toBe(STEP.version);
  expect(TENSION.mainTemplate.parameters).toEqual(['payload']);
  const root = TENSION.mainTemplate.items[0];
  const [title, rows, days] = root.items as { type: string; text?: string; data?: string; items?: { items?: { data?: string; items?: unknown[] }[] }[] }[];
  expect(title).toMatchObject({ type: 'Text', text: '${payload.chart.title}' });
  expect(rows).toMatchObject({ type: 'Container', data: '${payload.chart.rows}' });
  expect(rows.items![0].items![1]).toMatchObject({ data: '${data.cells}' });
  expect(JSON.stringify(rows.items![0].items![1].items)).toContain("${data.on ? ");
  expect(days).toMatchObject({ type: 'Container', data: '${payload.chart.days}' });
});

test('the StartMassage task is declared in the manifest and offers length and tool', () => {
  const task = JSON.parse(readFileSync(join(ROOT, 'skill-package', 'tasks', 'StartMassage.1.json'), 'utf8'));
  expect(task.openapi).toMatch(/^3\./);
  expect(task.info['x-amzn-display-details']['en-US'].title).toBeTruthy();
  expect(Object.keys(task.paths)).toEqual(['/StartMassage']);
  expect(task.components.schemas.Input.properties.length.enum).toEqual(['quick', 'standard', 'deep']);
  expect(task.components.schemas.Input.properties.tool.enum).toEqual(['hands', 'roller', 'guasha']);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'skill-package', 'skill.json'), 'utf8'));
  expect(manifest.manifest.apis.custom.tasks).toEqual([{ name: 'StartMassage', version: '1' }]);
  expect(manifest.manifest.permissions).toContainEqual({ name: 'alexa::alerts:reminders:skill:readwrite' });
});
