/**
 * Issue 12, defect 5: the journal read-back had no character cap. Three answers of 1,000 characters (now
 * MAX_ANSWER_CHARS, the first of each evening kept only in part)
 * full of `&`, `'` and `<` read back as more than 10,000 SSML characters, which Alexa rejects, and
 * every later read of that evening failed the same way. Every way of hearing the journal must stay
 * well within 8000 rendered characters.
 */
import { seededRandom } from '../../lambda/content/pick';
import { MAX_ANSWER_CHARS } from '../../lambda/handlers/reflection';
import { buildSkill } from '../../lambda/skill';
import { MemoryProgressStore } from '../../lambda/store/memory';
import { LocalAlexaApi } from '../../local/services';
import { readable } from '../../local/conversation';
import { recordingLogger, responseProblems, TIME_ZONE } from './support';
import { intentRequest } from '../../local/envelope';

const USER = 'amzn1.ask.account.JOURNALCHARS';
const NOW = Date.parse('2026-11-24T22:30:00-08:00');
/** "Well within" 8000: room left for whatever else a response says. */
const WELL_WITHIN = 7000;

/** The longest kept answer (MAX_ANSWER_CHARS), most of whose characters grow when escaped (& -> &amp;, ' -> &apos;, < -> &lt;). */
function nasty(seed: number): string {
  const bits = ["&'<&'<&'<", "<<&&''", "'&'&'<<", "&&''<<&"];
  let s = "Tom's & Jerry's <3 ";
  for (let i = 0; s.length < MAX_ANSWER_CHARS; i++) s += `${bits[(i + seed) % bits.length]} `;
  return s.slice(0, MAX_ANSWER_CHARS);
}

async function setUp() {
  const store = new MemoryProgressStore({ now: () => new Date(NOW) });
  await store.updateProfile(USER, { flags: { welcomed: true }, timeZone: TIME_ZONE });
  // Three evenings in a row, each with three nasty answers of the longest kept length.
  for (const [i, day] of ['2026-11-22', '2026-11-23', '2026-11-24'].entries()) {
    const key = { day, createdAt: `${day}T23:10:00.000Z` };
    for (const [j, q] of (['great', 'challenging', 'better'] as const).entries()) await store.saveAnswer(USER, key, q, nasty(i * 3 + j), j === 0);
  }
  const log = recordingLogger();
  const skill = buildSkill({ store, now: () => new Date(NOW), random: seededRandom(1), apiClient: new LocalAlexaApi(TIME_ZONE), log });
  return { skill, log };
}

function ctx(sessionId: string, newSession = true, attributes: Record<string, unknown> = {}) {
  return {
    userId: USER,
    deviceId: 'amzn1.ask.device.JOURNALCHARS',
    locale: 'en-US',
    applicationId: 'amzn1.ask.skill.local',
    sessionId,
    newSession,
    attributes,
    timestamp: new Date(NOW),
    api: true,
  };
}

const READS: [string, string, Record<string, { value: string }>][] = [
  ['today', 'JournalIntent', { date: { value: '2026-11-24' } }],
  ['yesterday', 'JournalIntent', { date: { value: '2026-11-23' } }],
  ['this week', 'JournalIntent', { date: { value: '2026-W48' } }],
  ['the month', 'JournalIntent', { date: { value: '2026-11' } }],
  ['read my journal', 'JournalIntent', {}],
  ['last time', 'JournalLastIntent', {}],
];

test.each(READS)('"%s" with three answers of the longest kept length full of & \' < stays well within 8000 characters', async (_, intent, slots) => {
  const { skill, log } = await setUp();
  const res = await skill.invoke(intentRequest(ctx(`s-${intent}`), intent, slots));
  const ssml = (res.response.outputSpeech as { ssml: string }).ssml;
  expect(ssml.length).toBeLessThanOrEqual(WELL_WITHIN);
  expect(ssml).toContain('Tom&apos;s &amp; Jerry&apos;s &lt;3'); // the answers are read, escaped
  expect(await responseProblems(res)).toEqual([]);
  expect(log.errors()).toEqual([]);
});

test('every later read of that evening ("go on", again and again) stays within too, and reaches the end', async () => {
  const { skill, log } = await setUp();
  let res = await skill.invoke(intentRequest(ctx('s-more'), 'JournalIntent', { date: { value: '2026-11-24' } }));
  let reads = 1;
  while (res.response.shouldEndSession === false && reads < 20) {
    const ssml = (res.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml.length).toBeLessThanOrEqual(WELL_WITHIN);
    res = await skill.invoke(intentRequest(ctx('s-more', false, res.sessionAttributes ?? {}), 'AMAZON.YesIntent', {}));
    reads += 1;
  }
  expect(res.response.shouldEndSession).not.toBe(false);
  expect((res.response.outputSpeech as { ssml: string }).ssml.length).toBeLessThanOrEqual(WELL_WITHIN);
  expect(reads).toBeGreaterThan(1);
  // read to the end of the evening: the last words of its last answer are heard
  const tail = nasty(2 * 3 + 2).trim().split(/\s+/).slice(-3).join(' ');
  expect(readable((res.response.outputSpeech as { ssml: string }).ssml).text).toContain(tail);
  expect(await responseProblems(res)).toEqual([]);
  expect(log.errors()).toEqual([]);
});
