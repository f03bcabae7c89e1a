import type { Exchange } from '../../local/conversation';
import { COMMON, eachLocale, type Phrasebook } from '../helpers/locales';

/**
 * Bedtime decided once: the routine is a bedtime one exactly when the turn's mode is (the voice of
 * the words around it), and the screen shows what the voice says (the plan's one choice of
 * instruction, `fullInstruction`), never a choice of its own.
 */

const SAY: Phrasebook<'more' | 'quick'> = {
  'en-US': { more: 'tell me more', quick: 'start a quick massage' },
  'de-DE': { more: 'erzähl mir mehr', quick: 'starte eine kurze massage' },
};

type Page = { title: string; instruction: string };
const pagesOf = (ex: Exchange): Page[] =>
  (ex.directives.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as { datasources: { chapter: { steps: Page[] } } } | undefined)?.datasources.chapter.steps ?? [];

eachLocale((sp) => {
  const areaOf = (page: Page) => Object.values(sp.content.areas).find((a) => sp.content.screen.title(a.name) === page.title)!;

  test('at bedtime each page shows the instruction the voice says, the shorter bedtime one', async () => {
    const ex = await sp.harness({ screen: true }).conv.say(COMMON[sp.locale].launch); // 21:30: bedtime
    expect(ex.ssml).toMatch(/volume="soft"/);
    const pages = pagesOf(ex);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const area = areaOf(page);
      expect(page.instruction).toBe(area.bedtimeInstructions.hands);
      expect(ex.text).toContain(page.instruction);
    }
  });

  test('after "tell me more" at bedtime, the page shows the whole instruction the voice now says', async () => {
    const h = sp.harness({ screen: true });
    await h.conv.say(COMMON[sp.locale].launch);
    const more = await h.conv.say(`@4s ${SAY[sp.locale].more}`);
    const [page] = pagesOf(more);
    const area = areaOf(page);
    expect(area.instructions.hands).not.toBe(area.bedtimeInstructions.hands);
    expect(page.instruction).toBe(area.instructions.hands);
    expect(more.text).toContain(page.instruction);
  });

  test('a routine begun afresh in a bedtime session after the day turned (4 am) is a bedtime one, like the voice around it', async () => {
    const h = sp.harness({ at: sp.evening.replace('T21:30:00', 'T03:59:50') });
    const first = await h.conv.say(COMMON[sp.locale].launch);
    expect(first.ssml).toMatch(/volume="soft"/);
    const again = await h.conv.say(`@30s ${SAY[sp.locale].quick}`); // 4:00:20, a fresh routine
    expect(again.ssml).toMatch(/^<speak><prosody rate="90%" volume="soft">/);
    expect(again.text).toContain(sp.content.areas.jaw.bedtimeInstructions.hands);
  });
});
