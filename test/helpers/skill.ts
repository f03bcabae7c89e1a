import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Catalogue } from '../../lambda/content';
import { buildSkill } from '../../lambda/skill';
import { assertValidResponse } from './oracle';
import { seededRandom } from '../../lambda/content/pick';
import type { Logger } from '../../lambda/conversation/turn';
import { PLATFORM_BUDGET } from '../../lambda/ssml/speech';
import { MemoryProgressStore } from '../../lambda/store/memory';
import type { ProgressStore } from '../../lambda/store/types';
import { Conversation, VirtualClock, type Exchange } from '../../local/conversation';
import { LocalNlu } from '../../local/nlu';
import { LocalAlexaApi } from '../../local/services';

/** The shipped interaction model of a locale. */
export const modelOf = (locale: string): string => join(__dirname, '..', '..', 'interaction-models', `${locale}.json`);
export const MODEL = modelOf('en-US');

export { assertValidResponse } from './oracle';

export interface Harness {
  conv: Conversation;
  store: ProgressStore;
  clock: VirtualClock;
  api: LocalAlexaApi;
  /** Says each line in turn; returns the last exchange. */
  script(...lines: string[]): Promise<Exchange>;
  /** A second conversation (another session, same user, same store and clock). */
  again(): Conversation;
}

export interface HarnessOptions {
  store?: ProgressStore;
  /** Local start time, e.g. '2026-11-24T21:30:00-08:00'. */
  at?: string;
  timeZone?: string;
  userId?: string;
  seed?: number;
  screen?: boolean;
  budgetSeconds?: number;
  /** The device's locale: its model, its matcher and the skill's language (default en-US). */
  locale?: string;
  /** A model file to type lines through (default: the locale's shipped one). */
  model?: string;
  /** Locales and content (default: the shipped catalogue). */
  catalogue?: Catalogue;
}

export function harness(o: HarnessOptions = {}): Harness {
  const store = o.store ?? new MemoryProgressStore();
  const clock = new VirtualClock(Date.parse(o.at ?? '2026-11-24T21:30:00-08:00'));
  const api = new LocalAlexaApi(o.timeZone ?? 'America/Los_Angeles');
  // Silent, but for a reply that broke its shape: Reply keeps the question last for the user and logs
  // it, and the test fails.
  const locale = o.locale ?? 'en-US';
  const misshapen: string[] = [];
  const log: Logger = { info: () => undefined, error: (event, fields) => void (event === 'reply_misshapen' && misshapen.push(String(fields?.problem))) };
  const skill = buildSkill({
    store,
    now: clock.now,
    random: seededRandom(o.seed ?? 7),
    log,
    apiClient: api,
    budget: o.budgetSeconds ? { ...PLATFORM_BUDGET, maxSeconds: o.budgetSeconds } : undefined,
    catalogue: o.catalogue,
  });
  const invoke = async (env: RequestEnvelope): Promise<ResponseEnvelope> => {
    const res = await skill.invoke(env);
    if (misshapen.length) throw new Error(`reply misshapen: ${misshapen.splice(0).join(', ')}`);
    await assertValidResponse(res, undefined, o.catalogue, locale);
    return res;
  };
  const model = o.model ?? modelOf(locale);
  const nlu = LocalNlu.fromFile(model, { now: clock.now, timeZone: o.timeZone ?? 'America/Los_Angeles', locale });
  const make = () => new Conversation({ invoke, nlu, clock, modelPath: model, userId: o.userId ?? 'amzn1.ask.account.TEST', api: true, screen: o.screen, locale, catalogue: o.catalogue });
  const conv = make();
  return {
    conv,
    store,
    clock,
    api,
    async script(...lines: string[]) {
      let last: Exchange | undefined;
      for (const l of lines) last = await conv.say(l);
      return last!;
    },
    again: make,
  };
}
