import type { Exchange } from '../../local/conversation';
import type { Tool } from '../../lambda/routine/types';
import { dynamoTable } from '../helpers/dynalite';
import { COMMON, eachLocale, opens, whole, type Phrasebook, type SuiteLocale } from '../helpers/locales';
import { DEEP } from '../helpers/places';
import type { Harness } from '../helpers/skill';

/** Preferences said the way people say them, and a one-off routine offered once as the usual. */

const db = dynamoTable('PreferencesConversation');

const SAY: Phrasebook<'alwaysGuasha' | 'midRoller' | 'alwaysSlower' | 'normalSpeed' | 'resumeMassage' | 'quick' | 'help'> = {
  'en-US': {
    alwaysGuasha: 'ask my face massage to always use my gua sha',
    midRoller: 'with the roller',
    alwaysSlower: 'ask my face massage to always go slower',
    normalSpeed: 'ask my face massage normal speed',
    resumeMassage: 'ask my face massage to resume my massage',
    quick: 'start a quick massage',
    help: 'ask my face massage for help',
  },
  'de-DE': {
    alwaysGuasha: 'öffne meine Gesichtsmassage und nimm ab jetzt immer meinen Gua Sha',
    midRoller: 'mit dem Roller',
    alwaysSlower: 'sag meine Gesichtsmassage, sprich immer langsamer',
    normalSpeed: 'sag meine Gesichtsmassage, normales Tempo',
    resumeMassage: 'öffne meine Gesichtsmassage und setz meine Massage fort',
    quick: 'starte eine kurze Massage',
    help: 'öffne meine Gesichtsmassage und hilf mir',
  },
};

/** Ways to name a tool, and the tool each names. */
const TOOLS: Record<SuiteLocale, [string, Tool][]> = {
  'en-US': [
    ['ask my face massage use my jade roller', 'roller'],
    ['ask my face massage with the roller', 'roller'],
    ['ask my face massage use my hands', 'hands'],
    ['ask my face massage use the gua sha', 'guasha'],
  ],
  'de-DE': [
    ['öffne meine Gesichtsmassage und nimm meinen Jaderoller', 'roller'],
    ['sag meine Gesichtsmassage, ich benutze einen Gesichtsroller', 'roller'],
    ['öffne meine Gesichtsmassage und mit meinen Händen', 'hands'],
    ['sag meine Gesichtsmassage, ich massiere mit den Fingern', 'hands'],
    ['sag meine Gesichtsmassage, ich habe ein Gua Sha', 'guasha'],
  ],
};

/** The help's sentence about changing length, tool and pace, as each language says it. */
const CHANGE_PREFS: Record<SuiteLocale, string> = {
  'en-US': 'You can also change the length, the tool or the pace',
  'de-DE': 'Du kannst auch Länge, Tempo oder Hilfsmittel ändern',
};

eachLocale((sp) => {
  const say = SAY[sp.locale];
  const { launch, no, yes } = COMMON[sp.locale];
  let n = 0;
  const make = () => {
    const userId = `prefs-${sp.locale}-${++n}`;
    const h = sp.harness({ store: db.store, userId });
    return { h, prefs: async () => (await db.store.loadProfile(userId))!.prefs };
  };

  test.each(TOOLS[sp.locale])('"%s" sets the tool (%s)', async (line, tool) => {
    const { h, prefs } = make();
    if (tool === 'hands') await h.conv.say(say.alwaysGuasha);
    if (tool === 'hands') expect((await prefs()).tool).toBe('guasha');
    const ex = await h.again().say(line);
    expect(ex.sent).toBe('SetPreferenceIntent');
    expect(ex.text).toMatch(opens(sp.line('prefTool', { tool: sp.content.toolNames[tool] })));
    expect((await prefs()).tool).toBe(tool);
    sp.noLeak(ex.text);
  });

  test('"with the roller" mid-routine carries on with the roller', async () => {
    const { h } = make();
    await h.conv.say(launch);
    const ex = await h.conv.say(`@30s ${say.midRoller}`);
    expect(sp.strokes('roller').some((words) => ex.text.includes(words))).toBe(true);
    expect(sp.strokes('hands').some((words) => ex.text.includes(words))).toBe(false);
    expect(ex.ended).toBe(false);
  });

  test('"normal speed" after "always go slower" is the usual pace again', async () => {
    const { h, prefs } = make();
    await h.conv.say(say.alwaysSlower);
    expect((await prefs()).pace).toBe('slower');
    const ex = await h.again().say(say.normalSpeed);
    expect(ex.text).toMatch(opens(sp.line('prefPaceNormal')));
    expect((await prefs()).pace).toBe('normal');
  });

  test('"resume my massage" picks up where the user stopped', async () => {
    const { h } = make();
    await h.conv.say(launch);
    await h.conv.say(`@100s ${COMMON[sp.locale].stop}`);
    h.conv.wait(1800);
    const ex = await h.again().say(say.resumeMassage);
    expect(ex.sent).toBe('AMAZON.ResumeIntent');
    expect(ex.text).toMatch(opens(sp.line('ackResume')));
    for (const opening of ['welcomeFirst', 'greetingEvening', 'greetingBedtime', 'oil', 'oilShort'] as const) expect(ex.text).not.toMatch(sp.line(opening));
  });

  /** Answers "no" to what the close asks (the check-in, the reflection) until the usual is offered. */
  async function noUntilOffer(conv: Harness['conv']): Promise<Exchange> {
    let ex = conv.last!;
    for (let i = 0; i < 4 && !sp.line('usualOffer').test(ex.text) && !ex.ended; i++) ex = await conv.say(no);
    return ex;
  }

  test('after a one-off quick routine, making it the usual is offered once, at the end', async () => {
    const { h, prefs } = make();
    await h.conv.say(say.quick);
    const offer = await noUntilOffer(h.conv);
    expect(offer.text).toMatch(whole(sp.line('usualOffer', { length: sp.content.lengthNames.quick })));
    const ok = await h.conv.say(yes);
    expect(ok.text).toMatch(opens(sp.line('prefLength', { length: sp.content.lengthNames.quick })));
    expect(ok.ended).toBe(true);
    expect((await prefs()).length).toBe('quick');
  });

  test('declined once, the offer is not made again for that length; a deep one-off gets its own', async () => {
    const { h, prefs } = make();
    await h.conv.say(say.quick);
    await noUntilOffer(h.conv);
    const declined = await h.conv.say(no);
    expect(declined.ended).toBe(true);
    expect((await prefs()).length).toBe('standard');
    h.conv.wait(86400);
    const c = h.again();
    await c.say(say.quick);
    const end = await noUntilOffer(c);
    expect(end.text).not.toMatch(sp.line('usualOffer'));
    h.conv.wait(86400);
    const d = h.again();
    let ex = await d.say(DEEP[sp.locale]);
    for (let i = 0; i < 4 && sp.line('chapterBreak').test(ex.text) && !ex.ended; i++) ex = await d.say(yes);
    expect((await noUntilOffer(d)).text).toMatch(whole(sp.line('usualOffer', { length: sp.content.lengthNames.deep })));
  });

  test('the usual length is never offered as the usual', async () => {
    const { h } = make();
    await h.conv.say(launch);
    const end = await noUntilOffer(h.conv);
    expect(end.ended).toBe(true);
    expect(end.text).not.toMatch(sp.line('usualOffer'));
  });

  test('help says in one sentence that length, tool and pace can be changed', async () => {
    const { h } = make();
    await h.conv.say(launch);
    const help = await h.conv.say(`@20s ${COMMON[sp.locale].help}`);
    expect(help.text).toMatch(opens(sp.line('help')));
    expect(help.text).toContain(CHANGE_PREFS[sp.locale]);
    const idle = await make().h.conv.say(say.help);
    expect(idle.text).toMatch(whole(sp.line('helpIdle')));
    expect(idle.text).toContain(CHANGE_PREFS[sp.locale]);
  });
});
