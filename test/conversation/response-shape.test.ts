import { contentFor } from '../../lambda/content';
import { seededRandom } from '../../lambda/content/pick';
import { buildSkill } from '../../lambda/skill';
import { MemoryProgressStore } from '../../lambda/store/memory';
import { Conversation, VirtualClock } from '../../local/conversation';
import { LocalNlu } from '../../local/nlu';
import { LocalAlexaApi } from '../../local/services';
import { assertValidResponse, modelOf } from '../helpers/skill';
import { COMMON, SPEAKERS } from '../helpers/locales';

/**
 * What every response looks like as a user hears it, whatever went wrong: Reply is the only way to a
 * response. (That every response waiting for an answer ends with its one question, and a closing one
 * asks none, is checked on every response of every test by the oracle, test/helpers/oracle.ts.)
 */

const LATE = { 'en-US': '2026-11-24T22:30:00-08:00', 'de-DE': '2026-11-24T22:30:00+01:00' } as const;

/** A conversation with a skill built from these deps (the harness's are the healthy ones). */
function talkTo(locale: string, at: string, deps: Partial<Parameters<typeof buildSkill>[0]>): Conversation {
  const clock = new VirtualClock(Date.parse(at));
  const timeZone = locale === 'de-DE' ? 'Europe/Berlin' : 'America/Los_Angeles';
  const skill = buildSkill({ store: new MemoryProgressStore(), now: clock.now, random: seededRandom(3), apiClient: new LocalAlexaApi(timeZone), log: { info: () => undefined, error: () => undefined }, ...deps });
  const invoke = async (env: Parameters<typeof skill.invoke>[0]) => {
    const res = await skill.invoke(env);
    await assertValidResponse(res);
    return res;
  };
  const model = modelOf(locale);
  return new Conversation({ invoke, nlu: LocalNlu.fromFile(model, { now: clock.now, timeZone, locale }), clock, modelPath: model, userId: 'amzn1.ask.account.SHAPE', api: true, locale });
}

describe.each(SPEAKERS.map((sp) => [sp.locale, sp] as const))('%s', (locale, sp) => {
  const apology = contentFor(locale).lines.error[0];

  test('when even the turn cannot be built, the apology is spoken in the request\'s language, as valid SSML, and the session closes', async () => {
    const broken = talkTo(locale, LATE[locale], {
      now: () => {
        throw new Error('clock unavailable');
      },
    });
    const ex = await broken.launch();
    expect(ex.text).toBe(apology);
    expect(ex.ended).toBe(true);
    sp.noLeak(ex.text);
  });

  test('after an error mid-session, the apology closes the session and echoes nothing that came in', async () => {
    let failing = false;
    const conv = talkTo(locale, LATE[locale], {
      random: () => {
        if (failing) throw new Error('no randomness');
        return 0.5;
      },
    });
    const first = await conv.say(COMMON[locale].launch);
    expect(first.response.sessionAttributes?.state).toBeDefined(); // the session keeps its state between turns
    failing = true;
    const ex = await conv.say(COMMON[locale].help);
    expect(ex.text).toBe(apology);
    expect(ex.ended).toBe(true);
    expect(ex.response.sessionAttributes ?? {}).toEqual({});
  });

  test('an error in a handler at bedtime: the apology in the request\'s language and the bedtime voice', async () => {
    const broken = talkTo(locale, LATE[locale], {
      random: () => {
        throw new Error('no randomness');
      },
    });
    const ex = await broken.launch();
    expect(ex.text).toBe(apology);
    expect(ex.ssml).toMatch(/<prosody rate="90%" volume="soft">/);
    expect(ex.ended).toBe(true);
  });

  test('a skill event, a session\'s end and an unknown request type get an empty, valid response', async () => {
    const h = sp.harness();
    const enabled = await h.conv.raw({ type: 'AlexaSkillEvent.SkillEnabled' }, { outOfSession: true });
    expect(enabled.response.response).toEqual({});
    await h.conv.say(COMMON[locale].launch);
    const ended = await h.conv.silence();
    expect(ended?.response.response).toEqual({});
    const unknown = await h.again().raw({ type: 'Display.ElementSelected', token: 'x' });
    expect(unknown.response.response).toEqual({});
  });
});
