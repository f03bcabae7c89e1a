/**
 * npm start: talk to the skill by typing, through the shipped interaction model.
 *
 *   npm start                       embedded DynamoDB (dynalite) with its data in .data/
 *   npm start -- --memory           a throwaway in-memory run
 *   npm start -- --realtime         wait the pauses out
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
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSkill } from '../lambda/skill';
import { createDocumentClient, ensureTable } from '../lambda/store/client';
import { DynamoDbProgressStore } from '../lambda/store/dynamo';
import { MemoryProgressStore } from '../lambda/store/memory';
import type { ProgressStore } from '../lambda/store/types';
import { silentLogger } from '../lambda/handlers/turn';
import { Conversation, VirtualClock, type Exchange } from './conversation';
import { LocalNlu } from './nlu';
import { LocalAlexaApi } from './services';

const ROOT = join(__dirname, '..');

interface Args {
  memory: boolean;
  realtime: boolean;
  time?: string;
  tz: string;
  user: string;
  locale: string;
  screen: boolean;
  /** Start as an Alexa Routine would: the StartMassage task, with inputs like length=quick,tool=guasha. */
  task?: Record<string, string>;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    memory: false,
    realtime: false,
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    user: 'amzn1.ask.account.LOCAL',
    locale: 'en-US',
    screen: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--memory') a.memory = true;
    else if (k === '--realtime') a.realtime = true;
    else if (k === '--screen') a.screen = true;
    else if (k === '--time') a.time = argv[++i];
    else if (k === '--tz') a.tz = argv[++i];
    else if (k === '--user') a.user = argv[++i];
    else if (k === '--locale') a.locale = argv[++i];
    else if (k === '--task') {
      const v = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : '';
      a.task = Object.fromEntries(v.split(',').filter(Boolean).map((p) => p.split('=') as [string, string]));
    }
  }
  return a;
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

function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$/.exec(s.trim());
  if (!m) return 0;
  return Number(m[1]) * ({ s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2] ?? 's'];
}

function describe(ex: Exchange): string {
  const lines: string[] = [];
  if (ex.text) lines.push(`Alexa: ${ex.text}`);
  if (ex.seconds > 20) lines.push(`       (about ${Math.floor(ex.seconds / 60)} min ${Math.round(ex.seconds % 60)} s of sound)`);
  for (const d of ex.directives) {
    if (d.type === 'Dialog.ElicitSlot') continue;
    lines.push(`       [${d.type}]`);
  }
  if (ex.ended) lines.push('       (session ends)');
  else lines.push('       (listening...)');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
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
  const clock = args.realtime ? undefined : new VirtualClock(args.time ? localTimeToday(args.time, args.tz) : Date.now());
  const realClock = { now: () => new Date() };
  const api = new LocalAlexaApi(args.tz);
  const skill = buildSkill({ store, now: (clock ?? realClock).now, apiClient: api, log: silentLogger });
  const nlu = LocalNlu.fromFile(join(ROOT, 'interaction-models', `${args.locale}.json`), { now: (clock ?? realClock).now, timeZone: args.tz });
  const convo = new Conversation({
    invoke: (env) => skill.invoke(env),
    nlu,
    clock: clock ?? realClock,
    modelPath: join(ROOT, 'interaction-models', `${args.locale}.json`),
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
    try {
      let ex: Exchange | undefined;
      if (line === ':quit' || line === ':q') break;
      else if (line === ':help') console.log(HELP);
      else if (line.startsWith(':wait')) {
        const s = parseDuration(line.slice(5));
        convo.wait(s);
        console.log(`       (${s} seconds pass)`);
      } else if (line === ':silence') ex = await convo.silence();
      else if (line === ':launch') ex = await convo.launch();
      else if (line.startsWith('!')) {
        const [name, ...pairs] = line.slice(1).trim().split(/\s+/);
        const slots = Object.fromEntries(pairs.map((p) => p.split('=')).map(([k, v]) => [k, { value: v?.replace(/_/g, ' '), id: v }]));
        ex = await convo.intent(name, slots);
      } else ex = await convo.say(line);
      if (ex) {
        console.log(describe(ex));
        if (args.realtime && ex.seconds > 0) await new Promise((r) => setTimeout(r, ex!.seconds * 1000));
      }
    } catch (e) {
      console.log(`       (the simulator could not send that: ${(e as Error).message})`);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  await close();
}

const HELP = `Say anything a user would say: "start my face massage", "slower", "next", "pause", "what did I say yesterday".
  @12s next            say "next" 12 seconds into the last response (default: after it finished)
  !AMAZON.NextIntent   send an intent as is; slots as name=value (underscores for spaces)
  :wait 8h             let time pass (s, m, h, d)
  :silence             leave the question unanswered; the session ends
  :launch  :quit`;

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
