import type { HandlerInput } from 'ask-sdk-core';
import { BEDTIME_LINES, contentFor, type Catalogue, type Content, type LineKey } from '../content';
import { fill, pick, type Random } from '../content/pick';
import { hourOf, localParts, practiceDayOf, type LocalParts } from '../progress/days';
import type { Budget } from '../ssml/speech';
import { PLATFORM_BUDGET } from '../ssml/speech';
import { GuardedStore } from '../store/guarded';
import { newProfile, type Completion, type Profile, type ProfileChange, type ProgressStore } from '../store/types';
import { bedtimeWords, eveningNow } from './mode';
import type { SessionState } from './state';
import type { WorkQueue } from '../background/jobs';

/** What the skill is built with. Clients are created at the edges and passed in. */
export interface SkillDeps {
  store: ProgressStore;
  now?: () => Date;
  random?: Random;
  budget?: Budget;
  /** The durable queue for work a turn cannot finish (lambda/background/jobs.ts). */
  queue?: WorkQueue;
  /** When set, requests from any other skill are refused. */
  skillId?: string;
  log?: Logger;
  /** The locales and their content (default: the shipped catalogue). */
  catalogue?: Catalogue;
}

/** Structured logs: names and numbers only, never anything the user said. */
export interface Logger {
  info(event: string, fields?: Record<string, string | number | boolean | undefined>): void;
  error(event: string, fields?: Record<string, string | number | boolean | undefined>): void;
}

export const consoleLogger: Logger = {
  info: (event, fields) => console.log(JSON.stringify({ level: 'info', event, ...fields })),
  error: (event, fields) => console.error(JSON.stringify({ level: 'error', event, ...fields })),
};

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };

/** Everything one request needs, built once by the request interceptor. */
export class Turn {
  readonly now: Date;
  /** When this turn began to be handled (the real clock: what Alexa's 8 s are counted on), epoch ms. */
  readonly began = Date.now();
  /** When the user spoke (the request timestamp), epoch ms. */
  readonly spokeAt: number;
  readonly content: Content;
  readonly random: Random;
  readonly budget: Budget;
  readonly log: Logger;
  /** Profile changes of this turn, written once by the response interceptor. */
  changes: ProfileChange = {};
  /** A finished routine to count, written with `changes` in the same single write. */
  pendingCompletion?: Completion;

  constructor(
    readonly hi: HandlerInput,
    readonly deps: SkillDeps,
    readonly state: SessionState,
  ) {
    this.now = deps.now ? deps.now() : new Date();
    const ts = Date.parse((hi.requestEnvelope.request as { timestamp?: string }).timestamp ?? '');
    this.spokeAt = Number.isFinite(ts) ? ts : this.now.getTime();
    this.content = contentFor(hi.requestEnvelope.request.locale, deps.catalogue);
    this.random = deps.random ?? Math.random;
    this.budget = deps.budget ?? PLATFORM_BUDGET;
    this.log = deps.log ?? silentLogger;
    this.store = new GuardedStore(deps.store);
  }

  /** The store, guarded for this turn: after one failure, the rest of the turn doesn't wait on it again. */
  readonly store: ProgressStore;

  /** The Alexa user id; '' when the request has none (then nothing is stored or read for it). */
  get userId(): string {
    const id = this.hi.requestEnvelope.context?.System?.user?.userId;
    return typeof id === 'string' ? id : '';
  }

  get profile(): Profile {
    if (!this.state.profile) this.state.profile = newProfile(this.userId, this.now.toISOString());
    return this.state.profile;
  }

  get timeZone(): string | undefined {
    return this.profile.timeZone;
  }

  private localCache?: { timeZone: string | undefined; parts: LocalParts };

  /** The user's local wall clock now: worked out once per turn (again only if the time zone changes). */
  local(): LocalParts {
    const tz = this.timeZone;
    if (!this.localCache || this.localCache.timeZone !== tz) this.localCache = { timeZone: tz, parts: localParts(this.now, tz) };
    return this.localCache.parts;
  }

  /** Local hour with minutes as a fraction, e.g. 22.5 for 10:30 pm. */
  localHour(): number {
    return hourOf(this.local());
  }

  /** Today's practice day for this user (4 am turnover, their time zone). */
  today(): string {
    return practiceDayOf(this.local());
  }

  /**
   * One variant of a line, never the one said last time for the same key; in the bedtime mode in the
   * evening (`bedtimeWords`), its bedtime line if it has one. `{tonight}` is "tonight" in the evening
   * and "today" before it. `nth` chooses the variant instead (counted round the list), for a line that
   * must differ from one session to the next (an evening's number: evenings in a row say different ones).
   */
  line(asked: LineKey, vars?: Record<string, string | number | undefined>, nth?: number): string {
    const key = (bedtimeWords(this) && BEDTIME_LINES[asked]) || asked;
    const said = (this.state.said ??= {});
    const variants = this.content.lines[key];
    const text = nth === undefined ? pick(variants, this.random, [said[key]]) : variants[nth % variants.length];
    said[key] = text;
    const cal = this.content.calendar;
    const filled = fill(text, { tonight: eveningNow(this) ? cal.tonight : cal.today, ...vars });
    return this.content.contract?.(filled) ?? filled;
  }

  /** Records a profile change: applied to the cached profile now, written once at the end of the turn. */
  change(c: ProfileChange): void {
    const p = this.profile;
    if (c.prefs) {
      p.prefs = { ...p.prefs, ...c.prefs };
      this.changes.prefs = { ...this.changes.prefs, ...c.prefs };
    }
    if (c.flags) {
      p.flags = { ...p.flags, ...c.flags };
      this.changes.flags = { ...this.changes.flags, ...c.flags };
    }
    if (c.resume !== undefined) {
      if (c.resume === null) delete p.resume;
      else p.resume = c.resume;
      this.changes.resume = c.resume;
    }
    if (c.timeZone !== undefined) {
      p.timeZone = c.timeZone;
      this.changes.timeZone = c.timeZone;
    }
    if (c.familiar !== undefined) {
      p.familiar = c.familiar;
      this.changes.familiar = c.familiar;
    }
    if (c.rest !== undefined) {
      if (c.rest === null) delete p.rest;
      else p.rest = c.rest;
      this.changes.rest = c.rest;
    }
    if (c.reminderToken !== undefined) {
      if (c.reminderToken === null) delete p.reminderToken;
      else p.reminderToken = c.reminderToken;
      this.changes.reminderToken = c.reminderToken;
    }
    if (c.tension) {
      const kept = { ...p.tension };
      for (const [day, v] of Object.entries(c.tension)) {
        if (v === null) delete kept[day];
        else if (v) kept[day] = v;
      }
      p.tension = kept;
      this.changes.tension = { ...this.changes.tension, ...c.tension };
    }
  }
}

const TURN = '__turn';

export function setTurn(hi: HandlerInput, turn: Turn): void {
  hi.attributesManager.getRequestAttributes()[TURN] = turn;
}

export function getTurn(hi: HandlerInput): Turn {
  const t = hi.attributesManager.getRequestAttributes()[TURN] as Turn | undefined;
  if (!t) throw new Error('turn not initialised');
  return t;
}
