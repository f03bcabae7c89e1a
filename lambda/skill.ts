import { DefaultApiClient, SkillBuilders, type HandlerInput, type RequestInterceptor, type ResponseInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope, Response, ResponseEnvelope, services } from 'ask-sdk-model';
import { isValidTimeZone } from './progress/days';
import { BoundedApiClient, TIME_ZONE_TIMEOUT_MS, withTimeout } from './conversation/alexa-api';
import { retryUnsaved } from './conversation/pending-writes';
import { countCompletion, countHeardFromEarlierSession, reachedLastStep } from './conversation/counting';
import * as bedtime from './handlers/bedtime';
import * as general from './handlers/general';
import * as journal from './handlers/journal';
import * as reflection from './handlers/reflection';
import * as routine from './handlers/routine';
import * as safety from './handlers/safety';
import * as tension from './handlers/tension';
import type { SessionState } from './conversation/state';
import { consoleLogger, getTurn, setTurn, Turn, type SkillDeps } from './conversation/turn';
import { normaliseProfile } from './store/normalise';
import type { ProfileChange } from './store/types';
import { stateForSession, stateFromSession } from './conversation/session-state';
import { holdIfCutOff } from './conversation/position';

export type { SkillDeps } from './conversation/turn';

function mergeChanges(a: ProfileChange | undefined, b: ProfileChange): ProfileChange {
  if (!a) return b;
  return { ...a, ...b, prefs: { ...a.prefs, ...b.prefs }, flags: { ...a.flags, ...b.flags }, tension: { ...a.tension, ...b.tension } };
}

function hasChanges(c: ProfileChange): boolean {
  return Object.values(c).some((v) => v !== undefined && !(typeof v === 'object' && v !== null && Object.keys(v).length === 0));
}

/** Loads the profile once per session, retries what failed to save, and looks up the time zone. */
function loadTurn(deps: SkillDeps): RequestInterceptor {
  return {
    async process(hi: HandlerInput): Promise<void> {
      const inSession = !!hi.requestEnvelope.session;
      const state: SessionState = inSession ? stateFromSession(hi.attributesManager.getSessionAttributes()?.state) : {};
      const turn = new Turn(hi, deps, state);
      setTurn(hi, turn);
      if (!turn.userId || getRequestTypeSafe(hi).startsWith('AlexaSkillEvent.')) return;
      if (!state.profile && !state.profileUnavailable) {
        try {
          const p = await turn.store.loadProfile(turn.userId);
          if (p) state.profile = normaliseProfile(p);
        } catch (e) {
          turn.log.error('profile_not_loaded', { error: (e as Error).name });
          state.profileUnavailable = true;
        }
      }
      await retryUnsaved(turn);
      await lookUpTimeZone(turn);
      // The one place a routine heard to its last step is counted, whatever the user says next (once).
      if (reachedLastStep(turn)) countCompletion(turn);
      else if (inSession && hi.requestEnvelope.session?.new) countHeardFromEarlierSession(turn);
    },
  };
}

function getRequestTypeSafe(hi: HandlerInput): string {
  return String(hi.requestEnvelope?.request?.type ?? '');
}

async function lookUpTimeZone(turn: Turn): Promise<void> {
  const s = turn.state;
  if (turn.profile.timeZone || s.timeZoneTried) return;
  s.timeZoneTried = true;
  const deviceId = turn.hi.requestEnvelope.context?.System?.device?.deviceId;
  const factory = turn.hi.serviceClientFactory;
  if (!deviceId || !factory || !turn.hi.requestEnvelope.context?.System?.apiAccessToken) return;
  try {
    const tz = await withTimeout(factory.getUpsServiceClient().getSystemTimeZone(deviceId), TIME_ZONE_TIMEOUT_MS);
    if (isValidTimeZone(tz)) turn.change({ timeZone: tz });
  } catch (e) {
    turn.log.info('time_zone_unavailable', { error: (e as Error).name });
  }
}

/** Writes the turn's profile changes once, and keeps the session state for the next turn. */
function saveTurn(): ResponseInterceptor {
  return {
    async process(hi: HandlerInput, response?: Response): Promise<void> {
      // What came in is never echoed back (it could be anything, of any size): the session keeps only
      // what is set below.
      if (hi.requestEnvelope.session) hi.attributesManager.setSessionAttributes({});
      let turn: Turn;
      try {
        turn = getTurn(hi);
      } catch {
        return;
      }
      const s = turn.state;
      if (!turn.userId) return; // nothing stored for a request without a user, nothing kept in its session
      if (response?.outputSpeech && !s.forgotten) holdIfCutOff(turn);
      const completion = turn.pendingCompletion;
      if (!s.forgotten && completion) {
        // One write: the finished routine and the turn's other changes together.
        try {
          turn.profile.stats = await turn.store.recordCompletion(turn.userId, { ...completion, change: turn.changes });
        } catch (e) {
          turn.log.error('completion_not_saved', { error: (e as Error).name });
          s.unsavedCompletion = completion;
          if (hasChanges(turn.changes)) s.unsavedProfile = mergeChanges(s.unsavedProfile, turn.changes);
        }
      } else if (!s.forgotten && hasChanges(turn.changes)) {
        try {
          await turn.store.updateProfile(turn.userId, turn.changes);
        } catch (e) {
          turn.log.error('profile_not_saved', { error: (e as Error).name });
          s.unsavedProfile = mergeChanges(s.unsavedProfile, turn.changes);
        }
      }
      if (hi.requestEnvelope.session && response && response.shouldEndSession === false) {
        hi.attributesManager.setSessionAttributes({ state: stateForSession(s) });
      }
    },
  };
}

/**
 * Alexa always sends `context.System`; an envelope without it can't say which skill it is for. With a
 * skill id it is refused like another skill's request (before anything runs); without one (locally)
 * it is answered as a request without a user.
 */
function withContext(envelope: RequestEnvelope, skillId: string | undefined): RequestEnvelope {
  const system = (envelope as { context?: { System?: unknown } } | undefined)?.context?.System;
  if (system && typeof system === 'object') return envelope;
  if (skillId) throw new Error('CustomSkill ID verification failed! (no context.System)');
  return { ...envelope, context: { System: { application: { applicationId: '' }, apiEndpoint: '' } } } as unknown as RequestEnvelope;
}

/** The skill, with its dependencies passed in. No client is created here. */
export function buildSkill(deps: SkillDeps & { apiClient?: services.ApiClient }) {
  const log = deps.log ?? consoleLogger;
  const fullDeps = { ...deps, log };
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      general.NoUserHandler,
      // The tension check-in owns its answers while it is asked.
      tension.CheckInFocusHandler,
      tension.CheckInSkipHandler,
      tension.CheckInUnclearHandler,
      tension.CheckInHelpHandler,
      tension.TensionAnswerHandler,
      tension.TensionOffHandler,
      tension.TensionOnHandler,
      tension.TensionPatternsHandler,
      // The reflection owns the built-ins while its questions are asked.
      reflection.ReflectionStopHandler,
      reflection.ReflectionPauseHandler,
      reflection.ReflectionSkipHandler,
      reflection.ReflectionRepeatHandler,
      reflection.ReflectionHelpHandler,
      reflection.ReflectionControlHandler,
      reflection.ReflectionResumeHandler,
      reflection.ReflectionUnclearHandler,
      reflection.ReflectionAnswerHandler,
      reflection.StartReflectionHandler,
      reflection.StopAskingHandler,
      reflection.AlwaysReflectHandler,
      bedtime.TaskLaunchHandler,
      bedtime.PermissionResponseHandler,
      bedtime.BedtimeVoiceHandler,
      bedtime.SetReminderHandler,
      bedtime.CancelReminderHandler,
      safety.DiscomfortHandler,
      journal.JournalMoreHandler,
      general.PendingControlHandler,
      routine.LaunchHandler,
      routine.StartRoutineHandler,
      routine.NextHandler,
      routine.PreviousHandler,
      routine.RepeatHandler,
      routine.StartOverHandler,
      routine.ResumeHandler,
      routine.SlowerHandler,
      routine.FasterHandler,
      routine.MoreDetailHandler,
      routine.PauseHandler,
      routine.StopHandler,
      journal.JournalHandler,
      journal.JournalLastHandler,
      journal.DeleteJournalHandler,
      journal.DeleteEntryHandler,
      general.YesHandler,
      general.NoHandler,
      general.HelpHandler,
      general.FallbackHandler,
      general.ProgressHandler,
      general.SetPreferenceHandler,
      general.DeleteDataHandler,
      general.SessionEndedHandler,
      general.SkillEventHandler,
      general.UnknownRequestHandler,
    )
    .addRequestInterceptors(loadTurn(fullDeps))
    .addResponseInterceptors(saveTurn())
    .addErrorHandlers(general.errorHandler(log, deps.catalogue))
    .withApiClient(new BoundedApiClient(deps.apiClient ?? new DefaultApiClient()));
  if (deps.skillId) builder.withSkillId(deps.skillId);
  const skill = builder.create();
  return {
    invoke: async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => skill.invoke(withContext(envelope, deps.skillId)),
  };
}
