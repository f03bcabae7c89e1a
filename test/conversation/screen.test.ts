import TENSION_DOCUMENT from '../../lambda/apl/tension.json';
import { fill } from '../../lambda/content/pick';
import { AREAS } from '../../lambda/routine/types';
import type { Exchange } from '../../local/conversation';
import { dynamoTable } from '../helpers/dynalite';
import { COMMON, eachLocale, opens, type Phrasebook, type SuiteLocale } from '../helpers/locales';
import { introsAt, secondsBefore } from '../helpers/places';
import type { Harness } from '../helpers/skill';

/** Echo Show: the steps of the routine, a page each, turned in time with the speech; the tension chart. */

const db = dynamoTable('ScreenConversation');

const SAY: Phrasebook<'jaw' | 'everywhere' | 'jawNeck' | 'patterns'> = {
  'en-US': { jaw: 'my jaw', everywhere: 'everywhere', jawNeck: 'my jaw and my neck', patterns: 'ask my face massage where do i hold tension' },
  'de-DE': { jaw: 'mein Kiefer', everywhere: 'überall', jawNeck: 'mein Kiefer und mein Nacken', patterns: 'frag meine Gesichtsmassage, wo ich meistens verspannt bin' },
};

type StepsScreen = { token: string; document: { type: string }; datasources: { chapter: { steps: { title: string; instruction: string; progress: string }[] } } };
type PageTurns = { token: string; commands: { commands: { type: string; value: number; delay: number }[] }[] };
type Chart = { document: typeof TENSION_DOCUMENT; datasources: { chart: { title: string; rows: { label: string; cells: { on: boolean }[] }[]; days: { label: string }[] } } };

const find = <T>(ex: Exchange, type: string) => ex.directives.find((d) => d.type === type) as T | undefined;

/** The screen's words as each language writes them: every area's title, "1 of …", the chart's rows and day letters. */
const WORDS: Record<SuiteLocale, { titles: string[]; progress: string; rows: string[]; days: string[] }> = {
  'en-US': {
    titles: ['Forehead', 'Brows', 'Temples', 'Area around your eyes', 'Cheeks', 'Jaw', 'Ears', 'Neck', 'Finishing touch'],
    progress: '1 of',
    rows: ['Jaw', 'Neck', 'All over'],
    days: ['S', 'M', 'T'],
  },
  'de-DE': {
    titles: ['Stirn', 'Augenbrauen', 'Schläfen', 'Augen', 'Wangen', 'Kiefer', 'Ohren', 'Hals', 'Ausklang'],
    progress: '1 von',
    rows: ['Kiefer', 'Nacken', 'Überall'],
    days: ['S', 'M', 'D'],
  },
};

eachLocale((sp) => {
  const say = SAY[sp.locale];
  const words = WORDS[sp.locale];
  const { launch, pause, no } = COMMON[sp.locale];
  const EARLY = sp.at('19:30');
  let n = 0;
  const make = (o: { screen?: boolean; at?: string } = {}) => sp.harness({ store: db.store, userId: `screen-${sp.locale}-${++n}`, at: EARLY, screen: true, ...o });

  test('a device with a screen shows each step, turning the pages in time with the speech; one without gets no screen', async () => {
    const withScreen = await make().conv.say(launch);
    const apl = find<StepsScreen>(withScreen, 'Alexa.Presentation.APL.RenderDocument');
    expect(apl?.document.type).toBe('APL');
    const steps = apl!.datasources.chapter.steps;
    // one page per area of tonight's routine (the standard one covers a turn of the areas each evening)
    const count = steps.length;
    expect(count).toBeGreaterThanOrEqual(5);
    expect(steps.map((s) => s.progress)).toEqual(Array.from({ length: count }, (_, i) => fill(sp.content.screen.progress, { step: i + 1, total: count })));
    expect(steps[0]).toMatchObject({ title: words.titles[0], progress: `${words.progress} ${count}` });
    expect(steps[count - 1].title).toBe(words.titles[8]); // the finish
    for (const s of steps) {
      expect(words.titles).toContain(s.title);
      expect(sp.strokes('hands')).toContain(s.instruction);
      sp.noLeak(s.title, s.instruction);
    }
    const turns = find<PageTurns>(withScreen, 'Alexa.Presentation.APL.ExecuteCommands');
    expect(turns?.token).toBe(apl!.token);
    const pages = turns!.commands[0].commands;
    expect(pages.map((c) => c.value)).toEqual(Array.from({ length: count - 1 }, (_, i) => i + 1));
    // each page turns when its area is spoken, by the skill's own speech estimate
    const heard = introsAt(withScreen.text, sp.content);
    expect(heard.map((x) => x.area)).toEqual(steps.map((s) => AREAS[words.titles.indexOf(s.title)]));
    pages.forEach((page, i) => expect(Math.abs(page.delay / 1000 - secondsBefore(withScreen, heard[i + 1].at))).toBeLessThan(0.5));
    expect(pages[count - 2].delay / 1000).toBeLessThan(withScreen.seconds);
    const without = await make({ screen: false }).conv.say(launch);
    expect(without.directives.some((d) => d.type.startsWith('Alexa.Presentation'))).toBe(false);
  });

  test('a pause holds the screen on the page of the area being heard', async () => {
    const h = make();
    const routine = await h.conv.say(launch);
    const delays = find<PageTurns>(routine, 'Alexa.Presentation.APL.ExecuteCommands')!.commands[0].commands.map((c) => c.delay / 1000);
    const paused = await h.conv.say(`@${Math.round(delays[0] + 5)}s ${pause}`);
    expect(paused.directives).toContainEqual({ type: 'Alexa.Presentation.APL.ExecuteCommands', token: find<StepsScreen>(routine, 'Alexa.Presentation.APL.RenderDocument')!.token, commands: [{ type: 'SetPage', componentId: 'steps', position: 'absolute', value: 1 }] });
    const second = find<StepsScreen>(routine, 'Alexa.Presentation.APL.RenderDocument')!.datasources.chapter.steps[1].title;
    const area = AREAS[words.titles.indexOf(second)]; // the titles are in the areas' order
    expect(paused.text).toMatch(opens(sp.line('paused', { area: sp.area(area) })));
  });

  /** One evening: the routine, the check-in answered, no reflection; the next evening a day later. */
  async function evening(h: Harness, answer: string): Promise<void> {
    const c = h.again();
    await c.say(launch);
    await c.say(answer);
    if (c.isOpen) await c.say(no);
    h.conv.wait(24 * 3600);
  }

  test('asked where tension sits, a screen shows the last fourteen evenings as a chart by area, every binding filled', async () => {
    const h = make({ at: sp.at('21:00', '2026-11-01') });
    for (const a of [say.jaw, say.everywhere, say.jawNeck]) await evening(h, a);
    const ex = await h.again().say(say.patterns);
    expect(ex.sent).toBe('TensionPatternsIntent');
    const render = find<Chart>(ex, 'Alexa.Presentation.APL.RenderDocument');
    expect(render?.document).toEqual(TENSION_DOCUMENT);
    const chart = render!.datasources.chart;
    expect(chart.title).toBe(sp.content.tension.chartTitle);
    expect(chart.days).toHaveLength(14);
    // Nov 1 to 3, 2026: Sunday to Tuesday, by their initials
    expect(chart.days.slice(-3).map((d) => d.label)).toEqual(words.days);
    expect(chart.rows.map((r) => [r.label, r.cells.map((c) => Number(c.on)).join('')])).toEqual([
      [words.rows[0], '00000000000101'],
      [words.rows[1], '00000000000001'],
      [words.rows[2], '00000000000010'],
    ]);
    // every binding of the document names data the skill sends
    const json = JSON.stringify(TENSION_DOCUMENT);
    const payload = [...json.matchAll(/\$\{payload\.chart\.(\w+)\}/g)].map((m) => m[1]);
    expect(new Set(payload)).toEqual(new Set(Object.keys(chart)));
    const data = new Set([...json.matchAll(/\$\{data\.(\w+)/g)].map((m) => m[1]));
    const sent = new Set([...Object.keys(chart.rows[0]), ...Object.keys(chart.rows[0].cells[0]), ...Object.keys(chart.days[0])]);
    expect(data).toEqual(sent);
    const none = make({ screen: false, at: sp.at('21:00', '2026-11-01') });
    for (const a of [say.jaw, say.jaw, say.jaw]) await evening(none, a);
    const noScreen = await none.again().say(say.patterns);
    expect(noScreen.directives.some((d) => d.type === 'Alexa.Presentation.APL.RenderDocument')).toBe(false);
  });
});
