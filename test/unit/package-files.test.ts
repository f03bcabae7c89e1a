import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drawIcon, ICON_SIZES, ICONS_DIR, iconFile, pngSize } from '../../scripts/icons';
import { taskProblems } from '../../scripts/skill-package';
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

describe('the StartMassage task, against the Routines rules (scripts/skill-package.ts taskProblems)', () => {
  const TASKS = join(ROOT, 'skill-package', 'tasks');
  const manifest = () => JSON.parse(readFileSync(join(ROOT, 'skill-package', 'skill.json'), 'utf8'));
  const task = () => JSON.parse(readFileSync(join(TASKS, 'StartMassage.1.json'), 'utf8'));
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tasks-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const problemsWith = (t: unknown, name = 'StartMassage.1.json') => {
    writeFileSync(join(dir, name), JSON.stringify(t));
    return taskProblems(manifest(), dir);
  };

  test('the shipped task passes: declared in the manifest, one input (the length), display details for every locale', () => {
    expect(taskProblems(manifest(), TASKS)).toEqual([]);
    expect(manifest().manifest.apis.custom.tasks).toEqual([{ name: 'StartMassage', version: '1' }]);
    const props = task().components.schemas.Input.properties;
    expect(Object.keys(props)).toEqual(['length']);
    expect(props.length.enum).toEqual(['quick', 'standard', 'deep']);
    const locales = Object.keys(manifest().manifest.publishingInformation.locales);
    expect(Object.keys(props.length['x-amzn-display-details']).sort()).toEqual([...locales].sort());
    expect(manifest().manifest.permissions).toContainEqual({ name: 'alexa::alerts:reminders:skill:readwrite' });
  });

  test('a second input, a missing display detail, a private scope, a GET, an outside reference: each is named', () => {
    const two = task();
    two.components.schemas.Input.properties.tool = { type: 'string', enum: ['hands'] };
    expect(problemsWith(two)).toEqual(expect.arrayContaining([expect.stringMatching(/2 inputs \(length, tool\); Routines take at most one/), expect.stringMatching(/input tool has no display details for en-US/)]));
    const noGb = task();
    delete noGb.info['x-amzn-display-details']['en-GB'];
    delete noGb.components.schemas.Input.properties.length['x-amzn-display-details']['en-IN'];
    expect(problemsWith(noGb)).toEqual([
      'tasks/StartMassage.1.json: no display details (title, description) for en-GB',
      'tasks/StartMassage.1.json: input length has no display details for en-IN',
    ]);
    const other = task();
    other.info['x-amzn-alexa-access-scope'] = 'private';
    other.paths['/StartMassage'].get = { responses: {} };
    other.paths['/StartMassage'].post.requestBody.content['application/json'].schema.$ref = 'https://example.com/schema.json';
    expect(problemsWith(other)).toEqual([
      'tasks/StartMassage.1.json: x-amzn-alexa-access-scope is not "public"',
      'tasks/StartMassage.1.json: POST is the only method allowed (found post, get)',
      'tasks/StartMassage.1.json: only references inside the file are allowed (https://example.com/schema.json)',
    ]);
  });

  test('a task file the manifest does not name, or a named task without its file, is a problem', () => {
    expect(problemsWith(task(), 'StartMassage.2.json')).toEqual([
      'task StartMassage version 1: no tasks/StartMassage.1.json',
      'tasks/StartMassage.2.json: not in the manifest\'s apis.custom.tasks',
      'tasks/StartMassage.2.json: info.version is not 2',
    ]);
  });
});

test('the icons are PNGs of 108 and 512 px, as scripts/icons.ts draws them', () => {
  for (const [kind, size] of Object.entries(ICON_SIZES) as [keyof typeof ICON_SIZES, number][]) {
    const bytes = readFileSync(join(ICONS_DIR, iconFile(kind)));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
    expect(pngSize(drawIcon(size))).toEqual({ width: size, height: size });
  }
  expect(pngSize(Buffer.from('not a png'))).toBeUndefined();
});
