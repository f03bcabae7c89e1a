/**
 * npm start: talk to the skill by typing, through the shipped interaction model.
 *
 *   npm start                       embedded DynamoDB (dynalite) with its data in .data/
 *   npm start -- --memory           a throwaway in-memory run
 *   npm start -- --realtime         the clock runs for real: type over the speech, placed at the real time
 *   npm start -- --time 22:30       start the clock at 10:30 pm local time
 *   npm start -- --tz Europe/London the user's time zone (default: this machine's)
 *   npm start -- --task length=quick started by an Alexa Routine (the StartMassage task)
 *   npm start -- --screen           a device with a screen (shows when a screen document is sent)
 *   printf 'start my face massage\nnext\n' | npm start --silent
 *
 * Escapes: `!IntentName slot=value ...` sends an intent as is; `@12s next` speaks 12 seconds
 * into the last response; `:wait 8h` lets time pass; `:silence` leaves a question unanswered
 * (the session ends); `:launch`; `:help`; `:quit`.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSkill } from '../lambda/skill';
import { LocalWorkQueue } from './queue';
import { createDocumentClient, ensureTable } from '../lambda/store/client';
import { DynamoDbProgressStore } from '../lambda/store/dynamo';
import { MemoryProgressStore } from '../lambda/store/memory';
import type { ProgressStore } from '../lambda/store/types';
import { silentLogger } from '../lambda/conversation/turn';
import { Conversation, VirtualClock, type Exchange } from './conversation';
import { LocalNlu } from './nlu';
import { LocalAlexaApi } from './services';
import { formatDuration, parseArgs, parseLine, UsageError, type Args, type Model, type TaskInputs } from './simulator-input';

const ROOT = join(__dirname, '..');

/** The StartMassage task's inputs and their values, from the task definition the skill ships. */
function taskInputs(): TaskInputs {
  const task = JSON.parse(readFileSync(join(ROOT, 'skill-package', 'tasks', 'StartMassage.1.json'), 'utf8'));
  const props = task.components.schemas.Input.properties as Record<string, { enum: string[] }>;
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.enum]));
}

/** Each intent of a model with its slot names. */
function modelIntents(path: string): Model {
  const model = JSON.parse(readFileSync(path, 'utf8'));
  const intents = model.interactionModel.languageModel.intents as { name: string; slots?: { name: string }[] }[];
  return { intents: Object.fromEntries(intents.map((i) => [i.name, (i.slots ?? []).map((s) => s.name)])) };
}

/** Today at HH:MM in a time zone, as an instant. */
function localTimeToday(hhmm: string, tz: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  const now = new Date();
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(now).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  const offset = asUtc - Math.floor(now.getTime() / 60000) * 60000;
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, h, m) - offset;
}

/** --realtime: a clock that runs with the wall clock (from --time if given); :wait moves it on. */
class RealtimeClock {
  private skew: number;
  constructor(start = Date.now()) {
    this.skew = start - Date.now();
  }
  now = (): Date => new Date(Date.now() + this.skew);
  advance(seconds: number): void {
    this.skew += Math.round(seconds * 1000);
  }
  set(ms: number): void {
    this.skew += ms - this.now().getTime();
  }
}

/** The tension chart, drawn as text: a row per area, a mark per evening (oldest first). */
function screenChart(d: Exchange['directives'][number]): string[] {
  const chart = (d as { datasources?: { chart?: { title: string; rows: { label: string; cells: { on: boolean }[] }[]; days: { label: string }[] } } }).datasources?.chart;
  if (!chart) return [];
  const pad = (s: string) => s.padEnd(14);
  return [
    `       ${chart.title}`,
    ...chart.rows.map((r) => `       ${pad(r.label)}${r.cells.map((c) => (c.on ? '#' : '.')).join(' ')}`),
    `       ${pad('')}${chart.days.map((x) => x.label).join(' ')}`,
  ];
}

function describe(ex: Exchange): string {
  const lines: string[] = [];
  if (ex.text) lines.push(`Alexa: ${ex.text}`);
  if (ex.seconds > 20) {
    const share = Math.round((100 * ex.quiet) / ex.seconds);
    lines.push(`       (about ${formatDuration(ex.seconds)} of sound; ${share} % quiet work, longest silence ${formatDuration(ex.longestSilence)})`);
  }
  for (const d of ex.directives) {
    if (d.type === 'Dialog.ElicitSlot') continue;
    lines.push(`       [${d.type}]`);
    lines.push(...screenChart(d));
  }
  if (ex.ended) lines.push('       (session ends)');
  else lines.push('       (listening...)');
  return lines.join('\n');
}

async function main(): Promise<void> {
  let args: Args;
  try {
    const locales = readdirSync(join(ROOT, 'interaction-models')).map((f) => f.replace(/\.json$/, ''));
    args = parseArgs(process.argv.slice(2), { tz: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' }, taskInputs(), locales);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`npm start: ${e.message}`);
    process.exit(2);
  }
  const modelPath = join(ROOT, 'interaction-models', `${args.locale}.json`);
  const model = modelIntents(modelPath);
  let store: ProgressStore;
  let close = async (): Promise<void> => undefined;
  if (args.memory) {
    store = new MemoryProgressStore();
  } else {
    const dir = join(ROOT, '.data', 'dynalite');
    mkdirSync(dir, { recursive: true });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const dynalite = require('dynalite');
    const server = dynalite({ path: dir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${server.address().port}`;
    const doc = createDocumentClient({ endpoint });
    await ensureTable(doc, 'FaceMassage');
    store = new DynamoDbProgressStore({ doc, tableName: 'FaceMassage' });
    close = () => new Promise((r) => server.close(() => r()));
  }
  const start = args.time ? localTimeToday(args.time, args.tz) : Date.now();
  const clock = args.realtime ? new RealtimeClock(start) : new VirtualClock(start);
  const api = new LocalAlexaApi(args.tz);
  // The work queue's local stand-in: what a turn hands to the background is done right after it.
  const queue = new LocalWorkQueue();
  const skill = buildSkill({ store, now: clock.now, apiClient: api, log: silentLogger, queue });
  const nlu = LocalNlu.fromFile(modelPath, { now: clock.now, timeZone: args.tz });
  const convo = new Conversation({
    invoke: (env) => skill.invoke(env).finally(() => void queue.drain(store)),
    nlu,
    clock,
    realtime: args.realtime,
    modelPath,
    userId: args.user,
    locale: args.locale,
    api: true,
    screen: args.screen,
  });

  const interactive = process.stdin.isTTY;
  console.log(`Face Massage simulator (${args.memory ? 'in memory' : 'data in .data/'}; time zone ${args.tz}). Type what you would say; :help for more.`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  if (interactive) rl.setPrompt('You: ');
  if (args.task) {
    console.log(`(an Alexa Routine starts the skill: StartMassage ${JSON.stringify(args.task)})`);
    console.log(describe(await convo.launch({ name: 'amzn1.ask.skill.local.StartMassage', version: '1', input: args.task })));
  }
  if (interactive) rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) {
      if (interactive) rl.prompt();
      continue;
    }
    if (!interactive) console.log(`You: ${line}`);
    const cmd = parseLine(line, model, { realtime: args.realtime });
    if (cmd.kind === 'quit') break;
    try {
      let ex: Exchange | undefined;
      if (cmd.kind === 'error') console.log(`       (${cmd.message})`);
      else if (cmd.kind === 'help') console.log(HELP);
      else if (cmd.kind === 'wait') {
        convo.wait(cmd.seconds);
        console.log(`       (${formatDuration(cmd.seconds)} pass)`);
      } else if (cmd.kind === 'silence') ex = await convo.silence();
      else if (cmd.kind === 'launch') ex = await convo.launch();
      else if (cmd.kind === 'say' || cmd.kind === 'intent') {
        if (args.realtime && convo.last) {
          const into = (clock.now().getTime() - Date.parse(convo.last.request.request.timestamp)) / 1000;
          if (into < convo.last.seconds) console.log(`       (said ${formatDuration(into)} into the last response)`);
        }
        if (cmd.kind === 'intent') {
          const slots = Object.fromEntries(Object.entries(cmd.slots).map(([k, v]) => [k, { value: v.replace(/_/g, ' '), id: v }]));
          ex = await convo.intent(cmd.name, slots, cmd.offset);
        } else ex = await convo.say(cmd.offset === undefined ? cmd.text : `@${cmd.offset}s ${cmd.text}`);
      }
      if (ex) console.log(describe(ex));
    } catch (e) {
      console.log(`       (the simulator could not send that: ${(e as Error).message})`);
    }
    if (interactive) rl.prompt();
  }
  // Leaving ends the session as silence would: a routine that played out counts, and is not resumed next time.
  const ended = await convo.silence();
  if (ended && !interactive) console.log('       (session ends)');
  rl.close();
  await close();
}

const HELP = `Say anything a user would say: "start my face massage", "slower", "next", "tell me more", "pause", "what did I say yesterday".
  @12s next            say "next" 12 seconds into the last response (default: after it finished; not with --realtime)
  !AMAZON.NextIntent   send an intent as is; slots as name=value (underscores for spaces)
  :wait 8h             let time pass (s, m, h, d)
  :silence             leave the question unanswered; the session ends
  :launch              open the skill ("open my face massage")
  :quit                leave (the session ends as silence would)`;

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
