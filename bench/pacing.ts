/**
 * The pacing figures of `npm run bench`: how much of each routine is quiet work, and how soon the
 * first instruction and the first pause come, measured on what the skill actually says.
 *
 * Every length x pace x bedtime x familiarity (first-time, returning) is played through the real
 * skill (in-memory store, the shipped model) for every tool and focus (none, or each area), part
 * after part for the deep routine, and the least share is reported against its target. The seconds
 * are the product's own speech estimate (the words at the language's rate, from its content, and the
 * voice's, plus every pause), the same the tests check; they are not wall-clock timings.
 */
import { join, resolve } from 'node:path';
import { contentFor, LOCALES } from '../lambda/content';
import { seededRandom } from '../lambda/content/pick';
import type { SessionState } from '../lambda/conversation/state';
import { silentLogger } from '../lambda/conversation/turn';
import { AREAS, LENGTHS, PACES, TOOLS, type AreaId, type Length, type Pace } from '../lambda/routine/types';
import { buildSkill } from '../lambda/skill';
import { MemoryProgressStore } from '../lambda/store/memory';
import { Conversation, secondsOf, VirtualClock, type Exchange } from '../local/conversation';
import { LocalNlu } from '../local/nlu';

const modelOf = (locale: string) => join(resolve(__dirname, '..'), 'interaction-models', `${locale}.json`);
const EVENING = Date.parse('2026-11-24T19:30:00-08:00');
const TIME_ZONE = 'America/Los_Angeles';

/** Least share of quiet work: [first-time, returning] (issue 10). Bedtime: at least as high as by day. */
export const QUIET_TARGETS: Record<Length, [number, number]> = { quick: [0.55, 0.65], standard: [0.6, 0.7], deep: [0.65, 0.75] };
/** Seconds from launch: the first instruction, and the start of the first pause of at least 5 s. */
export const FIRST_TARGETS = { returning: { instruction: 6, pause: 12 }, firstTime: { instruction: 20, pause: 20 } };

interface Played {
  responses: Exchange[];
  /** Seconds into the launch response at which the first area begins. */
  firstInstruction: number;
  /** Seconds into the launch response at which the first pause of at least 5 s begins. */
  firstPause: number;
}

export interface PacingRow {
  locale: string;
  length: Length;
  pace: Pace;
  bedtime: boolean;
  returning: boolean;
  /** Least share of quiet work over tools and focus areas. */
  share: number;
  /** Least longest silence of a routine. */
  longestSilence: number;
  /** Most areas heard, and fewest. */
  areas: [number, number];
  /** Most seconds to the first instruction, and to the first pause of 5 s. */
  firstInstruction: number;
  firstPause: number;
  target: number;
}

function stateOf(ex: Exchange): SessionState | undefined {
  return (ex.response.sessionAttributes as { state?: SessionState } | undefined)?.state;
}

/** When the first pause of at least `min` seconds begins, by the same estimate. */
function firstPauseAt(ex: Exchange, min: number): number {
  const at = [...ex.text.matchAll(/\[([\d.]+) s\]/g)].find((m) => Number(m[1]) >= min)?.index;
  return at === undefined ? Infinity : secondsOf(ex.text.slice(0, at), ex.voice);
}

/** One skill, store and clock for every run (each run is its own user, from the same evening). */
const store = new MemoryProgressStore();
const clock = new VirtualClock(EVENING);
const skill = buildSkill({ store, now: clock.now, random: seededRandom(1), log: silentLogger });

/** The shipped model of each locale, read once. */
const nlus = new Map<string, LocalNlu>();
function nluOf(locale: string): LocalNlu {
  let nlu = nlus.get(locale);
  if (!nlu) nlus.set(locale, (nlu = LocalNlu.fromFile(modelOf(locale), { now: clock.now, timeZone: TIME_ZONE, locale })));
  return nlu;
}

async function play(locale: string, o: { length: Length; pace: Pace; bedtime: boolean; returning: boolean; tool: (typeof TOOLS)[number]; focus?: AreaId; n: number }): Promise<Played> {
  clock.set(EVENING);
  const userId = `amzn1.ask.account.PACING-${locale}-${o.n}`;
  await store.updateProfile(userId, {
    prefs: { length: o.length, tool: o.tool, pace: o.pace, bedtimeVoice: o.bedtime ? 'always' : 'never', ...(o.focus && { focus: o.focus }) },
    timeZone: TIME_ZONE,
    ...(o.returning && { flags: { welcomed: true }, familiar: Object.fromEntries(AREAS.map((a) => [a, 2])) }),
  });
  const conv = new Conversation({ invoke: (env) => skill.invoke(env), nlu: nluOf(locale), clock, modelPath: modelOf(locale), userId, locale });
  const launch = await conv.launch();
  const responses = [launch];
  // the deep routine: "yes" at each part's question
  while (stateOf(responses[responses.length - 1])?.pending?.kind === 'next-chapter' && responses.length < 10) responses.push(await conv.intent('AMAZON.YesIntent'));
  const first = stateOf(launch)?.routine?.chapter.timeline[0]?.at ?? Infinity;
  return { responses, firstInstruction: first, firstPause: firstPauseAt(launch, 5) };
}

/** One locale of each language the skill speaks (every language is held to the same targets). */
export const PACING_LOCALES = LOCALES.filter((l, i) => LOCALES.findIndex((m) => contentFor(m).language === contentFor(l).language) === i);

/** Plays every combination; one row per locale x length x pace x bedtime x familiarity. */
export async function pacingRows(locales: readonly string[] = PACING_LOCALES): Promise<PacingRow[]> {
  const rows: PacingRow[] = [];
  let n = 0;
  for (const locale of locales) for (const length of LENGTHS) {
    for (const pace of PACES) {
      for (const bedtime of [false, true]) {
        for (const returning of [false, true]) {
          const row: PacingRow = { locale, length, pace, bedtime, returning, share: 1, longestSilence: Infinity, areas: [0, Infinity], firstInstruction: 0, firstPause: 0, target: QUIET_TARGETS[length][returning ? 1 : 0] };
          for (const tool of TOOLS) {
            for (const focus of [undefined, ...AREAS.filter((a) => a !== 'finish')]) {
              const p = await play(locale, { length, pace, bedtime, returning, tool, focus, n: n++ });
              const seconds = p.responses.reduce((t, r) => t + r.seconds, 0);
              const quiet = p.responses.reduce((t, r) => t + r.quiet, 0);
              const areas = p.responses.reduce((t, r) => t + (stateOf(r)?.routine?.chapter.timeline.length ?? 0), 0);
              row.share = Math.min(row.share, quiet / seconds);
              row.longestSilence = Math.min(row.longestSilence, Math.max(...p.responses.map((r) => r.longestSilence)));
              row.areas = [Math.max(row.areas[0], areas), Math.min(row.areas[1], areas)];
              row.firstInstruction = Math.max(row.firstInstruction, p.firstInstruction);
              row.firstPause = Math.max(row.firstPause, p.firstPause);
            }
          }
          rows.push(row);
        }
      }
    }
  }
  return rows;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const sec = (x: number) => `${x.toFixed(1)} s`;

/** The table as text and as markdown, and whether every target was met. */
export function pacingReport(rows: PacingRow[]): { text: string; markdown: string; missed: string[] } {
  const missed: string[] = [];
  const day = (r: PacingRow) => rows.find((d) => d.locale === r.locale && d.length === r.length && d.pace === r.pace && d.returning === r.returning && !d.bedtime)!;
  const cells = rows.map((r) => {
    const bedtimeOk = !r.bedtime || r.share >= day(r).share;
    const ok = r.share >= r.target && bedtimeOk;
    if (!ok) missed.push(`quiet work ${r.locale} ${r.length} ${r.pace} ${r.bedtime ? 'bedtime' : 'by day'} ${r.returning ? 'returning' : 'first-time'}: ${pct(r.share)}`);
    const user = r.returning ? 'returning' : 'first-time';
    const target = `≥ ${pct(r.target).replace('.0 ', ' ')}${r.bedtime ? ', ≥ by day' : ''}`;
    return [r.locale, r.length, r.pace, r.bedtime ? 'bedtime' : 'by day', user, pct(r.share), target, sec(r.longestSilence), `${r.areas[1]}–${r.areas[0]}`, ok ? 'ok' : 'MISSED'];
  });
  const head = ['Locale', 'Length', 'Pace', 'Voice', 'User', 'Quiet work (least)', 'Target', 'Longest silence (least)', 'Areas', ''];
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const text = [head, ...cells].map((c) => c.map((x, i) => x.padEnd(w[i])).join('  ').trimEnd()).join('\n');
  const markdown = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...cells.map((c) => `| ${c.join(' | ').replace(/ ok$/, ' ✅').replace(/MISSED$/, '❌ missed')} |`)].join('\n');

  // The first instruction and the first pause, at the launch of the standard routine (worst over paces, voices, tools, focus).
  const first: string[] = [];
  const firstMd: string[] = ['| Locale | User | First instruction (most) | Target | First pause of 5 s (most) | Target | |', '|---|---|---:|---|---:|---|---|'];
  for (const locale of new Set(rows.map((r) => r.locale))) for (const returning of [true, false]) {
    const rs = rows.filter((r) => r.locale === locale && r.returning === returning && r.length === 'standard');
    const instr = Math.max(...rs.map((r) => r.firstInstruction));
    const pause = Math.max(...rs.map((r) => r.firstPause));
    const t = returning ? FIRST_TARGETS.returning : FIRST_TARGETS.firstTime;
    const ok = instr <= t.instruction && pause <= t.pause;
    if (!ok) missed.push(`first instruction / pause, ${locale} ${returning ? 'returning' : 'first-time'}: ${sec(instr)} / ${sec(pause)}`);
    const user = returning ? 'returning (welcome heard, every area known)' : 'first-time (welcome and safety line)';
    first.push(`${locale} ${user}: first instruction at ${sec(instr)} (≤ ${t.instruction} s), first pause of 5 s at ${sec(pause)} (≤ ${t.pause} s)  ${ok ? 'ok' : 'MISSED'}`);
    firstMd.push(`| ${locale} | ${user} | ${sec(instr)} | ≤ ${t.instruction} s | ${sec(pause)} | ≤ ${t.pause} s | ${ok ? '✅' : '❌ missed'} |`);
  }
  return { text: `${text}\n\n${first.join('\n')}`, markdown: `${markdown}\n\n${firstMd.join('\n')}`, missed };
}

if (require.main === module) {
  // npx tsx bench/pacing.ts [locale...]
  const asked = process.argv.slice(2);
  void pacingRows(asked.length ? asked : undefined).then((rows) => {
    const { text, missed } = pacingReport(rows);
    console.log(text);
    if (missed.length) process.exitCode = 1;
  });
}
