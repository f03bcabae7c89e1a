import type { Tool } from '../../lambda/routine/types';
import { COMMON, eachLocale, type Phrasebook } from '../helpers/locales';

/**
 * "Start my face massage with my gua sha" in one breath: through the model (a one-shot whose request
 * is the tool, a StartRoutineIntent sample), the routine uses that tool tonight, and the saved tool
 * stays as it was.
 */

const SAY: Phrasebook<Tool | 'roller2' | 'midRoller'> = {
  'en-US': {
    guasha: 'start my face massage with my gua sha',
    roller: 'start my face massage with my jade roller',
    roller2: 'start my face massage with my roller',
    hands: 'start my face massage with my hands',
    midRoller: 'my roller',
  },
  'de-DE': {
    guasha: 'starte meine Gesichtsmassage mit meinem Gua Sha',
    roller: 'starte meine Gesichtsmassage mit meinem Jaderoller',
    roller2: 'starte meine Gesichtsmassage mit dem Roller',
    hands: 'starte meine Gesichtsmassage mit meinen Händen',
    midRoller: 'meinem roller',
  },
};

const TOOL_OF: Record<Tool | 'roller2', Tool> = { guasha: 'guasha', roller: 'roller', roller2: 'roller', hands: 'hands' };

eachLocale((sp) => {
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };
  const uses = (text: string, tool: Tool) => sp.strokes(tool).some((s) => text.includes(s));

  test.each(['guasha', 'roller', 'roller2', 'hands'] as const)('%s in one breath with the launch: the routine uses it tonight', async (phrase) => {
    const tool = TOOL_OF[phrase];
    const userId = `launch-tool-${sp.locale}-${phrase}`;
    const h = sp.harness({ userId });
    if (tool === 'hands') await h.store.updateProfile(userId, { prefs: { tool: 'roller' } }); // the usual tool is another
    const ex = await h.conv.say(say[phrase]);
    expect(ex.text).not.toMatch(sp.line('fallbackIdle'));
    expect(uses(ex.text, tool)).toBe(true);
    for (const other of (['hands', 'roller', 'guasha'] as const).filter((t) => t !== tool)) expect(uses(ex.text, other)).toBe(false);
    sp.noLeak(ex.text);
    // Tonight only: the saved tool is unchanged, and the next evening uses it.
    expect((await h.store.loadProfile(userId))?.prefs.tool).toBe(tool === 'hands' ? 'roller' : 'hands');
  });

  test('said mid-routine, a tool carries on with it from where the user is (no start from the top)', async () => {
    const h = sp.harness();
    const first = await h.conv.say(say.launch);
    expect(uses(first.text, 'hands')).toBe(true);
    const ex = await h.conv.say(`@60s ${say.midRoller}`);
    expect(ex.text).toMatch(new RegExp(`^${sp.line('toolNote', { tool: sp.content.toolNames.roller }).source}`));
    expect(ex.text).not.toMatch(sp.line('welcomeFirst'));
    expect(uses(ex.text, 'roller')).toBe(true);
    expect(ex.text).not.toContain(sp.content.areas.forehead.instructions.roller); // the forehead (first, done) is not heard again
  });
});
