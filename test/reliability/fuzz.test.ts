/**
 * Whatever arrives, the skill answers: random request envelopes (request types, intents of the model
 * and unknown ones, slots of every shape, dialog states, session attributes from sane to garbage,
 * missing user, timestamp or locale) never make `invoke` reject, and every answer is valid SSML
 * within the platform budget, with a reprompt whenever the session stays open.
 */
import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import { seededRandom } from '../../lambda/content/pick';
import { MAX_ANSWER_CHARS } from '../../lambda/handlers/reflection';
import { buildSkill } from '../../lambda/skill';
import { MemoryProgressStore } from '../../lambda/store/memory';
import type { SessionState } from '../../lambda/conversation/state';
import type { QuestionId } from '../../lambda/store/types';
import { LocalAlexaApi } from '../../local/services';
import { model, recordingLogger, responseProblems, TIME_ZONE, type LogEntry } from './support';

// FUZZ_SEED and FUZZ_RUNS run it locally with another seed or more runs (the default stays small).
const SEED = Number(process.env.FUZZ_SEED) || 20261124;
const NUM_RUNS = Number(process.env.FUZZ_RUNS) || 300;
const T0 = Date.parse('2026-11-24T22:00:00-08:00');

const lm = model().interactionModel.languageModel;
const MODEL_INTENTS = lm.intents.map((i) => i.name);
const SLOTS_OF = new Map(lm.intents.map((i) => [i.name, (i.slots ?? []).map((s) => s.name)]));
const ALL_SLOT_NAMES = [...new Set([...SLOTS_OF.values()].flat())];
const KNOWN_IDS = (lm.types ?? []).flatMap((t) => t.values.map((v) => v.id ?? v.name.value));

// --- values ----------------------------------------------------------------

const LONG = [
  'a'.repeat(5000),
  'my sister called '.repeat(300).slice(0, 5000),
  '<&>"\''.repeat(1000),
  '😴'.repeat(2500),
  ']]></speak><speak>'.repeat(280).slice(0, 5000),
];

const text = fc.oneof(
  fc.constantFrom('', '   ', 'skip', 'repeat', 'no', 'yes', 'my sister called', 'jaw', 'deep', 'roller', '<break time="60s"/>', '&amp;', 'Ünïcödé ✓ 日本語'),
  fc.constantFrom(...KNOWN_IDS),
  fc.constantFrom('2026-11-23', '2026-11-24', '2026-W47', '2026-W47-WE', '2026-11', '2026', '201X', 'PRESENT_REF', 'XXXX-XX-XX', '9999-99-99', 'T22:00', '21:30'),
  // AMAZON.DATE values that name no real day (issue 12, item 6).
  fc.constantFrom('2026-00-01', '2026-13-01', '2026-02-30', '2026-04-31', '2026-00', '2026-13', '2026-W60'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...LONG),
);

const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([]), fc.constant({ value: 'x' }));

/** Numbers a corrupted or hand-made state could hold. */
const weirdNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_SAFE_INTEGER, -1, 0, 0.5, 1e15),
  fc.integer({ min: -3, max: 40 }),
  fc.double(),
);

const day = fc.oneof(fc.constantFrom('2026-11-24', '2026-11-23', '2026-11-17', '2025-12-31'), fc.constantFrom('', '2026-13-45', 'yesterday', 'x'), wrongType);

const resolutions = fc.oneof(
  fc.record({
    resolutionsPerAuthority: fc.array(
      fc.record({
        authority: fc.constant('amzn1.er-authority.echo-sdk.x'),
        status: fc.record({ code: fc.constantFrom('ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT', 'garbage') }),
        values: fc.oneof(fc.constant([]), fc.array(fc.record({ value: fc.record({ name: text, id: fc.oneof(fc.constantFrom(...KNOWN_IDS), text, wrongType) }) }), { maxLength: 2 })),
      }),
      { maxLength: 2 },
    ),
  }),
  fc.constant({}),
  fc.constant({ resolutionsPerAuthority: [] }),
  // Not an array, or an authority of the wrong shape (issue 12, item 11).
  fc.record({ resolutionsPerAuthority: fc.oneof(fc.constant({ status: { code: 'ER_SUCCESS_MATCH' } }), fc.jsonValue()) }),
  fc.record({ resolutionsPerAuthority: fc.constant([{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 42 } }] }, null, 'x']) }),
);

/** A slot as Alexa sends it (`plausible`: string values only), or of the wrong types too. */
function slot(name: string, plausible: boolean) {
  const shapes = [
    fc.record({ name: fc.constant(name), confirmationStatus: fc.constant('NONE') }),
    fc.record({ name: fc.constant(name), confirmationStatus: fc.constant('NONE'), value: text }),
    fc.record({ name: fc.constant(name), value: text, resolutions }),
    fc.record({ name: fc.constant(name), value: text, slotValue: fc.record({ type: fc.constant('Simple'), value: text }) }),
  ];
  return plausible ? fc.oneof(...shapes) : fc.oneof(...shapes, fc.record({ name: fc.constant(name), value: wrongType }));
}

function slotsFor(intentName: string, plausible: boolean) {
  const names = SLOTS_OF.get(intentName) ?? [];
  const known = fc.record(Object.fromEntries(names.map((n) => [n, slot(n, plausible)])), { requiredKeys: [] });
  const stray = fc.dictionary(fc.constantFrom(...ALL_SLOT_NAMES, 'bogus', ''), slot('stray', plausible), { maxKeys: 3 });
  return fc.oneof({ weight: 6, arbitrary: known }, { weight: 2, arbitrary: stray }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) });
}

const intentName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...MODEL_INTENTS) },
  { weight: 1, arbitrary: fc.constantFrom('UnknownIntent', 'AMAZON.ScrollDownIntent', 'AMAZON.SendToSkillIntent', '', 'ReflectionIntent ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const dialogState = fc.constantFrom(undefined, 'STARTED', 'IN_PROGRESS', 'COMPLETED', 'garbage');

const intentRequest = (plausible: boolean) =>
  intentName.chain((name) =>
    fc.record(
      {
        type: fc.constant('IntentRequest'),
        intent: fc.record({ name: fc.constant(name), confirmationStatus: fc.constantFrom('NONE', 'CONFIRMED', 'DENIED'), slots: slotsFor(name, plausible) }, { requiredKeys: ['name'] }),
        dialogState,
      },
      { requiredKeys: ['type', 'intent'] },
    ),
  );

const request = (plausible: boolean) => fc.oneof(
  { weight: 3, arbitrary: fc.constant({ type: 'LaunchRequest' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('LaunchRequest'),
      task: fc.record(
        {
          name: fc.constantFrom('amzn1.ask.skill.fuzz.StartMassage', 'StartMassage', 'AMAZON.StartRoutine', 'bogus'),
          version: fc.constant('1'),
          input: fc.oneof(fc.record({ length: fc.oneof(fc.constantFrom('quick', 'deep'), text), tool: fc.oneof(fc.constantFrom('roller', 'guasha'), text) }, { requiredKeys: [] }), fc.jsonValue()),
        },
        { requiredKeys: ['name'] },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        type: fc.constant('Connections.Response'),
        name: fc.constantFrom('AskFor', 'Buy'),
        token: plausible ? fc.oneof(fc.constantFrom('reminder:21:30', 'reminder:7:05', 'reminder:25:99', 'reminder:', 'other'), text) : fc.oneof(text, wrongType),
        payload: fc.oneof(fc.record({ status: fc.constantFrom('ACCEPTED', 'DENIED', 'NOT_ANSWERED') }), fc.jsonValue()),
        status: fc.record({ code: fc.constantFrom('200', '400'), message: fc.constant('OK') }),
      },
      { requiredKeys: ['type'] },
    ),
  },
  { weight: 12, arbitrary: intentRequest(plausible) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        type: fc.constant('SessionEndedRequest'),
        reason: fc.constantFrom('USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS', 'ERROR', 'garbage'),
        error: fc.record({ type: fc.constantFrom('INVALID_RESPONSE', 'INTERNAL_SERVICE_ERROR'), message: fc.string() }),
      },
      { requiredKeys: ['type'] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        type: fc.constantFrom(
          'AlexaSkillEvent.SkillEnabled',
          'AlexaSkillEvent.SkillDisabled',
          'AlexaSkillEvent.SkillPermissionAccepted',
          'AlexaSkillEvent.SkillPermissionChanged',
          'AlexaSkillEvent.SkillAccountLinked',
          'AlexaSkillEvent.ProactiveSubscriptionChanged',
        ),
        body: fc.oneof(fc.record({ userInformationPersistenceStatus: fc.constantFrom('PERSISTED', 'NOT_PERSISTED', 'garbage') }), fc.jsonValue()),
        eventCreationTime: fc.constant('2026-11-24T22:00:00Z'),
      },
      { requiredKeys: ['type'] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('Display.ElementSelected'), token: plausible ? text : fc.oneof(text, wrongType) }, { requiredKeys: ['type'] }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.oneof(
        fc.constantFrom('Alexa.Presentation.APL.UserEvent', 'CanFulfillIntentRequest', 'Connections.Response', 'Messaging.MessageReceived', 'Reminders.ReminderCreated', 'PlaybackController.PlayCommandIssued', 'Foo', ''),
        fc.string({ maxLength: 20 }),
      ),
    }),
  },
);

// --- session state -------------------------------------------------------------

const options = fc.oneof(
  fc.record(
    {
      length: fc.oneof(fc.constantFrom('quick', 'standard', 'deep'), text, wrongType),
      tool: fc.oneof(fc.constantFrom('hands', 'roller', 'guasha'), text, wrongType),
      pace: fc.oneof(fc.constantFrom('slower', 'normal', 'faster'), text, wrongType),
      focus: fc.oneof(fc.constantFrom('forehead', 'jaw', 'neck', 'finish'), text),
      bedtime: fc.oneof(fc.boolean(), wrongType),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);

const timeline = fc.oneof(
  fc.constant([]),
  fc.array(fc.record({ step: fc.nat(12), at: fc.nat(300) }), { maxLength: 12 }),
  fc.array(fc.record({ step: weirdNumber, at: weirdNumber }, { requiredKeys: [] }), { maxLength: 5 }),
);

const chapter = fc.record(
  {
    from: weirdNumber,
    to: weirdNumber,
    last: fc.oneof(fc.boolean(), wrongType),
    timeline,
    seconds: weirdNumber,
    startedAt: fc.oneof(fc.constantFrom(T0 - 30_000, T0 - 300_000, T0 + 60_000), weirdNumber),
  },
  { requiredKeys: [] },
);

const routine = fc.record(
  {
    options,
    chapter: fc.oneof({ weight: 5, arbitrary: chapter }, { weight: 1, arbitrary: fc.jsonValue() }),
    lastCue: fc.oneof(text, wrongType),
    pausedAt: weirdNumber,
    completion: fc.record({ day, minutes: weirdNumber, counted: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: ['options', 'chapter'] },
);

const pending = fc.oneof(
  fc.constantFrom({ kind: 'next-chapter' }, { kind: 'reflect' }, { kind: 'start' }, { kind: 'delete-all' }, { kind: 'delete-journal' }),
  fc.record({ kind: fc.constant('continue'), step: weirdNumber }),
  fc.record({ kind: fc.constant('delete-entry'), fromDay: day, toDay: day, label: text }),
  fc.record({ kind: fc.constant('reminder'), time: text }),
  fc.jsonValue(),
);

const reflection = fc.record(
  {
    key: fc.record({ day, createdAt: fc.oneof(fc.constant('2026-11-25T06:00:00.000Z'), text, wrongType) }),
    index: weirdNumber,
    tries: weirdNumber,
    answered: fc.oneof(fc.array(fc.constantFrom('great', 'challenging', 'better', 'bogus')), wrongType),
  },
  { requiredKeys: [] },
);

const profile = fc.oneof(
  fc.record({
    userId: fc.constant('amzn1.ask.account.FUZZ'),
    createdAt: fc.constant('2026-11-01T00:00:00.000Z'),
    prefs: fc.record(
      {
        length: fc.constantFrom('quick', 'standard', 'deep'),
        tool: fc.constantFrom('hands', 'roller', 'guasha'),
        pace: fc.constantFrom('slower', 'normal', 'faster'),
        reflect: fc.constantFrom('ask', 'always', 'never'),
        bedtimeVoice: fc.constantFrom('auto', 'always', 'never'),
        focus: fc.constantFrom('jaw', 'neck'),
      },
      { requiredKeys: ['length', 'tool', 'pace', 'reflect', 'bedtimeVoice'] },
    ),
    stats: fc.record({ completed: weirdNumber, minutes: weirdNumber, currentStreak: weirdNumber, bestStreak: weirdNumber, lastDay: day }, { requiredKeys: [] }),
    flags: fc.record({ welcomed: fc.boolean(), reminderOffered: fc.boolean() }, { requiredKeys: [] }),
    timeZone: fc.constantFrom(TIME_ZONE, 'Europe/London', 'Mars/Olympus', ''),
    resume: fc.record({ step: weirdNumber, options, at: fc.oneof(fc.constant('2026-11-25T05:00:00.000Z'), text) }),
  }, { requiredKeys: ['userId', 'createdAt', 'prefs', 'stats', 'flags'] }),
  fc.jsonValue(),
);

const state = fc.record(
  {
    profile,
    profileUnavailable: fc.boolean(),
    forgotten: fc.boolean(),
    timeZoneTried: fc.boolean(),
    routine,
    pending,
    reflection,
    unsavedAnswers: fc.oneof(fc.array(fc.record({ key: fc.record({ day, createdAt: text }), question: fc.constantFrom('great', 'better', 'bogus'), answer: fc.oneof(text, wrongType) }), { maxLength: 3 }), wrongType),
    unsavedProfile: fc.oneof(fc.record({ prefs: fc.record({ length: fc.constantFrom('quick', 'huge') }), flags: fc.record({ welcomed: fc.boolean() }) }), fc.jsonValue()),
    unsavedCompletion: fc.record({ day, minutes: weirdNumber }),
    bedtime: fc.boolean(),
    said: fc.oneof(fc.dictionary(fc.string({ maxLength: 12 }), text, { maxKeys: 3 }), wrongType, fc.constant(Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`k${i}`, 'x'.repeat(500)])))),
  },
  { requiredKeys: [] },
);

const attributes = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant({}) },
  { weight: 8, arbitrary: fc.record({ state }) },
  { weight: 2, arbitrary: fc.record({ state: fc.jsonValue() }) },
  { weight: 1, arbitrary: fc.jsonValue() },
);

const USER = 'amzn1.ask.account.FUZZ';

// --- what the table holds before the request (always well-formed: written by the skill) -----------------

const validOptions = fc.record(
  {
    length: fc.constantFrom('quick', 'standard', 'deep'),
    tool: fc.constantFrom('hands', 'roller', 'guasha'),
    pace: fc.constantFrom('slower', 'normal', 'faster'),
    focus: fc.constantFrom('forehead', 'jaw', 'neck', 'cheeks'),
    bedtime: fc.boolean(),
  },
  { requiredKeys: ['length', 'tool', 'pace', 'bedtime'] },
);

const answerText = fc.oneof(
  fc.constantFrom('my sister called', "I didn't sleep & I'm tired", 'a walk in the "rain"'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  fc.constantFrom('word '.repeat(200).trim(), 'x'.repeat(1000)),
);

const stored = fc.record({
  exists: fc.boolean(),
  prefs: fc.record(
    {
      length: fc.constantFrom('quick', 'standard', 'deep'),
      tool: fc.constantFrom('hands', 'roller', 'guasha'),
      pace: fc.constantFrom('slower', 'normal', 'faster'),
      focus: fc.constantFrom('forehead', 'jaw', 'neck', 'cheeks'),
      reflect: fc.constantFrom('ask', 'always', 'never'),
      bedtimeVoice: fc.constantFrom('auto', 'always', 'never'),
    },
    { requiredKeys: [] },
  ),
  welcomed: fc.boolean(),
  reminderOffered: fc.boolean(),
  timeZone: fc.constantFrom(TIME_ZONE, 'Europe/London', undefined),
  resume: fc.option(fc.record({ step: fc.nat(11), options: validOptions, minutesAgo: fc.constantFrom(1, 30, 600, 2000) }), { nil: undefined }),
  completions: fc.array(fc.constantFrom('2026-11-20', '2026-11-22', '2026-11-23'), { maxLength: 3 }),
  reflections: fc.array(
    fc.record({
      day: fc.constantFrom('2026-11-17', '2026-11-22', '2026-11-23', '2026-11-24'),
      answers: fc.dictionary(fc.constantFrom<QuestionId>('great', 'challenging', 'better'), answerText, { minKeys: 1, maxKeys: 3 }),
    }),
    { maxLength: 4 },
  ),
});

type Stored = typeof stored extends fc.Arbitrary<infer T> ? T : never;

/** Local times of the evening and the morning, Los Angeles. */
const nowArb = fc.constantFrom('2026-11-24T22:00:00-08:00', '2026-11-24T18:30:00-08:00', '2026-11-25T00:30:00-08:00', '2026-11-25T07:15:00-08:00').map(Date.parse);

async function seedStore(store: MemoryProgressStore, s: Stored, now: number): Promise<void> {
  if (!s.exists) return;
  await store.updateProfile(USER, {
    prefs: s.prefs,
    flags: { welcomed: s.welcomed, reminderOffered: s.reminderOffered },
    ...(s.timeZone ? { timeZone: s.timeZone } : {}),
  });
  for (const day of s.completions) await store.recordCompletion(USER, { day, minutes: 4, known: (await store.loadProfile(USER))!.stats });
  if (s.resume) await store.updateProfile(USER, { resume: { step: s.resume.step, options: s.resume.options, at: new Date(now - s.resume.minutesAgo * 60_000).toISOString() } });
  let i = 0;
  for (const r of s.reflections) {
    const key = { day: r.day, createdAt: `${r.day}T06:00:0${i++}.000Z` };
    for (const [q, a] of Object.entries(r.answers)) await store.saveAnswer(USER, key, q as QuestionId, a);
  }
}

function envelopeArb(sessionAttributes: fc.Arbitrary<unknown>, plausible = false) {
  return fc.record(
    {
      request: request(plausible),
      now: nowArb,
      timestamp: fc.oneof(
        // Seconds from now, as a real request's time; the other arms are sent as they are (wrong types too).
        { weight: 6, arbitrary: fc.constantFrom(0, 20, 240, -5).map((seconds) => ({ seconds })) },
        { weight: 1, arbitrary: fc.constant('missing' as const) },
        { weight: 1, arbitrary: fc.oneof(fc.constantFrom('', 'garbage', '2026-99-99T99:99:99Z', '0000-00-00'), wrongType) },
      ),
      locale: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('en-US', 'en-GB', 'en-IN') },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.oneof(fc.constantFrom('de-DE', 'xx', ''), wrongType) },
      ),
      withUser: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      // Without context, or with an empty one (issue 12, item 11).
      context: fc.constantFrom('full', 'full', 'full', 'full', 'full', 'full', 'none', 'empty'),
      api: fc.boolean(),
      session: fc.oneof(
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 6, arbitrary: fc.record({ new: fc.boolean(), attributes: sessionAttributes }) },
      ),
      stored,
    },
    { requiredKeys: ['request', 'now', 'timestamp', 'withUser', 'context', 'api', 'session', 'stored'] },
  ).map((e) => {
    const req: Record<string, unknown> = { ...e.request, requestId: 'amzn1.echo-api.request.fuzz' };
    if (typeof e.timestamp === 'object' && e.timestamp !== null && 'seconds' in e.timestamp) req.timestamp = new Date(e.now + e.timestamp.seconds * 1000).toISOString();
    else if (e.timestamp !== 'missing') req.timestamp = e.timestamp;
    if ('locale' in e && e.locale !== undefined) req.locale = e.locale;
    const user = { userId: USER };
    const system: Record<string, unknown> = {
      application: { applicationId: 'amzn1.ask.skill.fuzz' },
      device: { deviceId: 'amzn1.ask.device.FUZZ', supportedInterfaces: {} },
    };
    if (e.withUser) system.user = user;
    if (e.api) Object.assign(system, { apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 'fuzz-token' });
    const env: Record<string, unknown> = { version: '1.0', context: { System: system }, request: req };
    if (e.context === 'none') delete env.context;
    if (e.context === 'empty') env.context = {};
    if (e.session) {
      const session: Record<string, unknown> = { new: e.session.new, sessionId: 'amzn1.echo-api.session.fuzz', application: { applicationId: 'amzn1.ask.skill.fuzz' } };
      if (e.withUser) session.user = user;
      if (e.session.attributes !== undefined) session.attributes = e.session.attributes;
      env.session = session;
    }
    return { envelope: env as unknown as RequestEnvelope, now: e.now, stored: e.stored };
  });
}

interface Outcome {
  problems: string[];
  /** What the skill logged while answering. */
  log: LogEntry[];
}

/** One request against a fresh store seeded with what the table held, at the given time. */
async function answer(c: { envelope: RequestEnvelope; now: number; stored: Stored }): Promise<Outcome> {
  const store = new MemoryProgressStore({ now: () => new Date(c.now) });
  await seedStore(store, c.stored, c.now);
  const log = recordingLogger();
  const skill = buildSkill({ store, now: () => new Date(c.now), random: seededRandom(1), apiClient: new LocalAlexaApi(TIME_ZONE), log });
  let res;
  try {
    res = await skill.invoke(c.envelope);
  } catch (e) {
    return { problems: [`invoke rejected: ${(e as Error).stack}`], log: log.entries };
  }
  // A reply that broke its shape is kept whole for the user (the question last) but logged: a problem here.
  const misshapen = log.entries.filter((e) => e.event === 'reply_misshapen').map((e) => `reply misshapen: ${e.fields?.problem}`);
  // measured in the language the skill answers in, found from the request's locale as the skill finds it
  return { problems: [...(await responseProblems(res, undefined, undefined, c.envelope?.request?.locale)), ...misshapen], log: log.entries };
}

function unhandled(log: LogEntry[]): string[] {
  return log.filter((e) => e.event === 'unhandled_error').map((e) => `${e.fields?.requestType}: ${e.fields?.error}: ${e.fields?.message}`);
}

describe('fuzz: any request envelope gets a valid answer', () => {
  test(`${NUM_RUNS} random envelopes (seed ${SEED}): invoke resolves; speech is valid SSML within budget; an open session has a reprompt`, async () => {
    const crashes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(envelopeArb(fc.option(attributes, { nil: undefined })), async (c) => {
        const { problems, log } = await answer(c);
        for (const k of unhandled(log)) crashes.set(k, (crashes.get(k) ?? 0) + 1);
        if (problems.length) throw new Error(problems.join('\n'));
      }),
      { seed: SEED, numRuns: NUM_RUNS, endOnFailure: true },
    );
    // Session state is checked on the way in (lambda/handlers/session-state.ts): even garbage never
    // reaches the error handler. FUZZ_REPORT=1 lists what it caught.
    if (process.env.FUZZ_REPORT) console.log([...crashes.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}\t${k}`).join('\n'));
    expect([...crashes.keys()]).toEqual([]);
  });

  test(`${NUM_RUNS} plausible envelopes (seed ${SEED + 1}): string slot values, no stale session state; never the error handler`, async () => {
    // What Alexa itself could send (any slot text, missing user, locale or timestamp, every request type),
    // against any well-formed stored profile: answered by a handler, not by the apology.
    await fc.assert(
      fc.asyncProperty(envelopeArb(fc.constantFrom(undefined, null, {}), true), async (c) => {
        const { problems, log } = await answer(c);
        problems.push(...unhandled(log).map((u) => `error handler: ${u}`));
        if (problems.length) throw new Error(problems.join('\n'));
      }),
      { seed: SEED + 1, numRuns: NUM_RUNS, endOnFailure: true },
    );
  });
});

/**
 * Cases the fuzzer found, kept as regression tests. The first: a new user's first evening at bedtime
 * ends with the longest closing there is (closing, first-evening streak line, reminder offer, reflection
 * offer, at the 90% bedtime rate). When the room kept for it after the last step was a fixed 15 s, the
 * response came to 240.3-241.9 s for 129 of 300 cue seeds of "my jaw is tight tonight" (and 8 of 300 of
 * a plain launch). Every seed here must stay within the budget.
 */
describe('found by the fuzzer', () => {
  const CUE_SEEDS = 60;

  function firstEveningRequest(intent?: { name: string; slots: Record<string, { name: string; value: string; confirmationStatus: 'NONE' }> }): RequestEnvelope {
    const base = { type: intent ? 'IntentRequest' : 'LaunchRequest', requestId: 'r', timestamp: '2026-11-25T06:00:00.000Z', locale: 'en-US' };
    return {
      version: '1.0',
      context: { System: { application: { applicationId: 'amzn1.ask.skill.fuzz' }, user: { userId: USER }, device: { deviceId: 'd', supportedInterfaces: {} } } },
      session: { new: true, sessionId: 's', application: { applicationId: 'amzn1.ask.skill.fuzz' }, user: { userId: USER }, attributes: {} },
      request: intent ? { ...base, intent: { ...intent, confirmationStatus: 'NONE' } } : base,
    } as unknown as RequestEnvelope;
  }

  test.each([
    ['"start my face massage"', firstEveningRequest()],
    ['"my jaw is tight tonight"', firstEveningRequest({ name: 'StartRoutineIntent', slots: { focus: { name: 'focus', value: 'jaw', confirmationStatus: 'NONE' } } })],
  ])(`a new user's first evening at bedtime, %s, stays within the 240 s budget for ${CUE_SEEDS} cue seeds`, async (_line, envelope) => {
    const over: string[] = [];
    for (let seed = 1; seed <= CUE_SEEDS; seed++) {
      const now = Date.parse('2026-11-24T22:00:00-08:00');
      const store = new MemoryProgressStore({ now: () => new Date(now) });
      await store.updateProfile(USER, { timeZone: TIME_ZONE });
      const log = recordingLogger();
      const skill = buildSkill({ store, now: () => new Date(now), random: seededRandom(seed), apiClient: new LocalAlexaApi(TIME_ZONE), log });
      const res = await skill.invoke(envelope);
      const problems = [...(await responseProblems(res)), ...log.entries.filter((e) => e.event === 'speech_over_budget').map((e) => String(e.fields?.problems))];
      if (problems.length) over.push(`seed ${seed}: ${problems.join('; ')}`);
    }
    expect(over).toEqual([]);
  });

  /**
   * Found by the fuzzer, now fixed (normaliseProfile in lambda/store/normalise.ts, on load).
   *
   * What the table holds was written by the skill, but maybe by an earlier version: a resume point or a
   * preference outside today's values (a renamed pace or length, a resume written before `pace` existed).
   * Neither DynamoDbProgressStore.loadProfile nor optionsFor/position (lambda/conversation/position.ts)
   * checks them: an unknown pace gives `<prosody rate="NaN%">` (voiceFor in lambda/routine/plan.ts:
   * PACE_RATE[pace] is undefined), which Alexa rejects, and nothing is logged; an unknown length or tool
   * throws (AREAS_BY_LENGTH[length] is not iterable) and every launch gets the apology, for good (prefs)
   * or until the end of the next practice day (resume point).
   */
  test('a stored preference or resume point outside today\'s values still gets a valid routine', async () => {
    const now = Date.parse('2026-11-24T22:00:00-08:00');
    const cases: { label: string; prefs?: Record<string, string>; resume?: Record<string, string> }[] = [
      { label: 'resume point without pace', resume: { length: 'quick', tool: 'hands' } },
      { label: 'stored pace "slow"', prefs: { pace: 'slow' } },
      { label: 'stored length "medium"', prefs: { length: 'medium' } },
      { label: 'stored tool "stone"', prefs: { tool: 'stone' } },
    ];
    const failures: string[] = [];
    for (const c of cases) {
      const store = new MemoryProgressStore({ now: () => new Date(now) });
      await store.updateProfile(USER, {
        flags: { welcomed: true },
        timeZone: TIME_ZONE,
        ...(c.prefs ? { prefs: c.prefs as never } : {}),
        ...(c.resume ? { resume: { step: 1, options: c.resume as never, at: new Date(now - 10 * 60_000).toISOString() } } : {}),
      });
      const log = recordingLogger();
      const skill = buildSkill({ store, now: () => new Date(now), random: seededRandom(1), apiClient: new LocalAlexaApi(TIME_ZONE), log });
      const res = await skill.invoke(firstEveningRequest());
      const problems = [...(await responseProblems(res)), ...unhandled(log.entries).map((u) => `error handler: ${u}`)];
      if (problems.length) failures.push(`${c.label}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  /**
   * Found while checking the journal, now fixed. Answers are kept up to MAX_ANSWER_CHARS (then 1000, now 3500) each;
   * three answers of about 250 short words once came to 305 s. lambda/handlers/journal.ts now reads by
   * an allowance of words (READ_WORDS), not characters, and mentions what it leaves out.
   */
  test('the journal reads back three answers of the longest kept length within the budget', async () => {
    const now = Date.parse('2026-11-24T22:30:00-08:00');
    const store = new MemoryProgressStore({ now: () => new Date(now) });
    await store.updateProfile(USER, { flags: { welcomed: true }, timeZone: TIME_ZONE });
    const answer = "I'm ".repeat(MAX_ANSWER_CHARS / 4).slice(0, MAX_ANSWER_CHARS).trim();
    const key = { day: '2026-11-24', createdAt: '2026-11-25T06:10:00.000Z' };
    for (const q of ['great', 'challenging', 'better'] as const) await store.saveAnswer(USER, key, q, answer);
    const log = recordingLogger();
    const skill = buildSkill({ store, now: () => new Date(now), random: seededRandom(1), apiClient: new LocalAlexaApi(TIME_ZONE), log });
    const res = await skill.invoke(
      firstEveningRequest({ name: 'JournalIntent', slots: { date: { name: 'date', value: '2026-11-24', confirmationStatus: 'NONE' } } }),
    );
    expect(log.entries.filter((e) => e.event === 'speech_over_budget')).toEqual([]);
    expect(await responseProblems(res)).toEqual([]);
  });

  /**
   * Found by the fuzzer once its own timestamps stopped throwing (seed 11): a forged unsaved profile
   * (`prefs.length: 'huge'`) reached the profile unchecked and the launch ended in a RangeError and the
   * apology. Every value read from session state is now checked against what the skill writes.
   */
  test('a launch carrying forged session state (unknown enum values, wrong types, huge numbers) still starts the routine', async () => {
    const store = new MemoryProgressStore({ now: () => new Date('2026-11-25T06:00:00.000Z') });
    await store.updateProfile(USER, { flags: { welcomed: true }, timeZone: TIME_ZONE });
    const log = recordingLogger();
    const skill = buildSkill({ store, now: () => new Date('2026-11-25T06:00:00.000Z'), random: seededRandom(1), apiClient: new LocalAlexaApi(TIME_ZONE), log });
    const forgedProfile = {
      prefs: { length: 'huge', tool: 42, pace: 'warp', focus: 'toes', reflect: {}, bedtimeVoice: 1e308, checkIn: 'sometimes' },
      flags: { welcomed: 'yes' },
      resume: { step: 1e308, at: 'never', options: { length: 'huge', tool: 'spoon', pace: 'normal' } },
      timeZone: 'Mars/Olympus',
      familiar: { jaw: 1e308, toes: 3 },
      tension: { tomorrow: [99, 'x'] },
      reminderToken: 7,
    };
    const envelope = firstEveningRequest();
    envelope.session!.attributes = {
      state: {
        unsavedProfile: forgedProfile,
        unsavedCompletion: { day: '2026-11-23', minutes: 4, known: { completed: 1e308 }, runId: 'r', seenRuns: { r: 'x' }, change: forgedProfile },
        pending: { kind: 'make-usual', length: 'huge' },
        offerUsual: 'huge',
        said: { 'routine.open': 5 },
        leftReflection: { key: { day: '2026-99-99', createdAt: 'x' }, answered: [] },
      },
    };
    const res = await skill.invoke(envelope);
    expect(log.entries.filter((e) => e.event === 'unhandled_error')).toEqual([]);
    expect(await responseProblems(res)).toEqual([]);
    const state = (res.sessionAttributes as { state: SessionState }).state;
    expect(state.routine?.options).toMatchObject({ length: 'standard', tool: 'hands', pace: 'normal' });
    expect(state.pending?.kind).not.toBe('make-usual');
    expect(state.offerUsual).toBeUndefined();
    const kept = (await store.loadProfile(USER))!;
    expect(kept.prefs).toMatchObject({ length: 'standard', tool: 'hands', pace: 'normal' });
    expect(kept.timeZone).toBe(TIME_ZONE);
  });

  /**
   * Found while following a fuzzer case (seed 777, 5,000 runs: the error handler's apology echoed
   * 200 KB of session state that came in, in a 204 KB response; Alexa takes 24 KB. Reply.apology now
   * keeps nothing, test/conversation/response-shape.test.ts): session state with a key the skill never
   * writes was kept and written back after any turn too. Only the keys the skill writes are read now
   * (lambda/conversation/session-state.ts).
   */
  test('session state the skill never wrote is not echoed back, whatever its size', async () => {
    const skill = buildSkill({ store: new MemoryProgressStore(), now: () => new Date('2026-11-25T06:00:00.000Z'), random: seededRandom(1), apiClient: new LocalAlexaApi(TIME_ZONE), log: recordingLogger() });
    const envelope = firstEveningRequest({ name: 'AMAZON.HelpIntent', slots: {} });
    envelope.session!.new = false;
    envelope.session!.attributes = { state: { junk: 'z'.repeat(200_000), pending: { kind: 'start' } } };
    const res = await skill.invoke(envelope);
    expect(await responseProblems(res)).toEqual([]);
    expect(JSON.stringify(res.sessionAttributes ?? {})).not.toContain('zzz');
  });
});

