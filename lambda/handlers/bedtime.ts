import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response, services } from 'ask-sdk-model';
import { addDays, formatDay, localParts } from '../progress/days';
import { isLength } from '../routine/types';
import { onIntent, slotValue } from '../conversation/intents';
import { Reply } from '../conversation/reply';
import { startFresh } from './routine';
import { startedByRoutine } from '../conversation/mode';
import { getTurn, type Turn } from '../conversation/turn';

/** Bedtime: starts from an Alexa Routine, the bedtime voice preference, and the nightly reminder. */

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
const DEFAULT_REMINDER_TIME = '21:30';
/** The custom task a routine runs (skill-package/tasks/StartMassage.1.json). */
export const START_TASK = 'StartMassage';

/** The next local occurrence of HH:MM, as the Reminders API wants it (no zone suffix). */
export function nextOccurrence(hhmm: string, now: Date, timeZone: string): string {
  const p = localParts(now, timeZone);
  const [h, m] = hhmm.split(':').map(Number);
  let day = formatDay(p.year, p.month, p.day);
  if (h * 60 + m <= p.hour * 60 + p.minute) day = addDays(day, 1);
  return `${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000`;
}

/** How a daily reminder's time is said: when it first comes ("nine thirty tonight") and how often ("night"). */
function sayReminder(turn: Turn, time: string): { at: string; every: string } {
  const p = localParts(turn.now, turn.timeZone ?? 'UTC');
  const first = nextOccurrence(time, turn.now, turn.timeZone ?? 'UTC').slice(0, 10) === formatDay(p.year, p.month, p.day) ? 'today' : 'tomorrow';
  return { at: turn.content.sayTime(time, first), every: turn.content.partOfDay(time) };
}

function validTime(v: string | undefined): string | undefined {
  const m = v && /^(\d{1,2}):(\d{2})$/.exec(v);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/**
 * A LaunchRequest from an Alexa Routine's custom task (its one input, the length): play at once, bedtime
 * voice, the saved tool. The response completes the task (Tasks.CompleteTask), so the Routine goes on
 * to its next action, and carries no screen directives (a task's response may not).
 */
export const TaskLaunchHandler: RequestHandler = {
  canHandle: (hi) => getRequestType(hi.requestEnvelope) === 'LaunchRequest' && String((hi.requestEnvelope.request as { task?: { name?: string } }).task?.name ?? '').endsWith(START_TASK),
  handle: async (hi): Promise<Response> => {
    const turn = getTurn(hi);
    const input = (hi.requestEnvelope.request as { task?: { input?: Record<string, unknown> } }).task?.input ?? {};
    startedByRoutine(turn);
    const reply = new Reply(turn);
    startFresh(turn, reply, { length: isLength(input.length) ? input.length : undefined });
    return reply.completeTask().build();
  },
};

export const BedtimeVoiceHandler = onIntent('BedtimeVoiceIntent', (turn, reply) => {
  const v = slotValue(turn.hi, 'mode');
  const mode = v === 'never' || v === 'auto' ? v : 'always';
  turn.change({ prefs: { bedtimeVoice: mode } });
  reply.say(mode === 'always' ? 'bedtimeAlways' : mode === 'never' ? 'bedtimeNever' : 'bedtimeAuto').say('goodnight').close();
});

export const SetReminderHandler = onIntent('SetReminderIntent', (turn, reply) => {
  const time = validTime(slotValue(turn.hi, 'time')) ?? DEFAULT_REMINDER_TIME;
  turn.state.pending = { kind: 'reminder', time };
  reply.ask('reminderConfirm', sayReminder(turn, time), 'reminderConfirmReprompt');
});

function statusOf(e: unknown): number | undefined {
  const s = (e as { statusCode?: number })?.statusCode;
  return typeof s === 'number' ? s : undefined;
}

function remindersClient(hi: HandlerInput): services.reminderManagement.ReminderManagementServiceClient | undefined {
  if (!hi.requestEnvelope.context?.System?.apiAccessToken) return undefined;
  try {
    return hi.serviceClientFactory?.getReminderManagementServiceClient();
  } catch {
    return undefined;
  }
}

/** Asks for the reminders permission: a card in the Alexa app, and the voice request where the device supports it. */
function askPermission(turn: Turn, reply: Reply, time: string): void {
  reply.say('reminderNeedsPermission').consentCard([REMINDERS_SCOPE]).close();
  reply.directive({
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '2', permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentLevel: 'ACCOUNT' }] },
    token: `reminder:${time}`,
  });
}

/** Creates the daily reminder (after the user said yes to its time). */
export async function createReminder(turn: Turn, reply: Reply, time: string): Promise<void> {
  const client = remindersClient(turn.hi);
  if (!client) return askPermission(turn, reply, time);
  const locale = turn.hi.requestEnvelope.request.locale ?? 'en-US';
  try {
    const res = await client.createReminder({
      requestTime: turn.now.toISOString().slice(0, 19),
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        scheduledTime: nextOccurrence(time, turn.now, turn.timeZone ?? 'UTC'),
        timeZoneId: turn.timeZone ?? 'UTC',
        recurrence: { freq: 'DAILY' },
      },
      alertInfo: { spokenInfo: { content: [{ locale, text: turn.line('reminderText') }] } },
      pushNotification: { status: 'ENABLED' },
    });
    const old = turn.profile.reminderToken;
    if (old && old !== res.alertToken) await client.deleteReminder(old).catch(() => undefined);
    turn.change({ reminderToken: res.alertToken ?? null });
    reply.say('reminderSet', sayReminder(turn, time)).close();
  } catch (e) {
    const status = statusOf(e);
    if (status === 401 || status === 403) return askPermission(turn, reply, time);
    turn.log.error('reminder_failed', { status });
    reply.say('reminderFailed').close();
  }
}

/** The answer to the voice permission request. */
export const PermissionResponseHandler: RequestHandler = {
  canHandle: (hi) => getRequestType(hi.requestEnvelope) === 'Connections.Response',
  handle: async (hi): Promise<Response> => {
    const turn = getTurn(hi);
    const req = hi.requestEnvelope.request as { token?: unknown; payload?: { status?: string } };
    const reply = new Reply(turn);
    const token = typeof req.token === 'string' ? req.token : '';
    const time = validTime(token.startsWith('reminder:') ? token.slice(9) : undefined);
    if (req.payload?.status === 'ACCEPTED' && time) await createReminder(turn, reply, time);
    else reply.say('reminderRefused').close();
    return reply.build();
  },
};

/**
 * Removes every reminder this skill set for the user (the one it knows of, and any the Reminders
 * API lists). 'app': one may be left that the skill may not remove (no permission); 'failed': the
 * API did not answer or refused, and one may be left.
 */
export async function removeReminders(turn: Turn): Promise<'none' | 'removed' | 'app' | 'failed'> {
  const known = turn.profile.reminderToken;
  const client = remindersClient(turn.hi);
  if (!client) return known ? 'app' : 'none';
  try {
    const listed = (await client.getReminders()).alerts ?? [];
    const tokens = new Set([...listed.map((a) => a.alertToken).filter((t): t is string => !!t), ...(known ? [known] : [])]);
    await Promise.all(
      [...tokens].map((t) =>
        client.deleteReminder(t).catch((e) => {
          if (statusOf(e) !== 404) throw e; // already gone
        }),
      ),
    );
    if (known) turn.change({ reminderToken: null });
    return tokens.size ? 'removed' : 'none';
  } catch (e) {
    const status = statusOf(e);
    if (status === 401 || status === 403) return known ? 'app' : 'none';
    turn.log.error('reminder_cancel_failed', { status, error: (e as Error).name });
    return known ? 'failed' : 'none';
  }
}

export const CancelReminderHandler = onIntent('CancelReminderIntent', async (turn, reply) => {
  const removed = await removeReminders(turn);
  const words = { removed: 'reminderCancelled', app: 'reminderRemoveInApp', failed: 'reminderCancelFailed', none: 'reminderNone' } as const;
  reply.say(words[removed]).close();
});
