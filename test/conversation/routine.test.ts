import { AREA_CONTENT } from '../../lambda/content/areas.en';
import type { AreaId } from '../../lambda/routine/types';
import { secondsTo } from '../helpers/places';
import { harness } from '../helpers/skill';
import { WORDS_PER_SECOND } from '../../lambda/ssml/speech';

/** The guided routine as a user hears it, through the shipped interaction model. */

const EVENING = '2026-11-24T19:30:00-08:00';

/** The areas whose spoken intro is heard, in order. */
function stepsHeard(text: string): AreaId[] {
  const out: AreaId[] = [];
  let from = 0;
  for (;;) {
    let best: { id: AreaId; at: number; len: number } | undefined;
    for (const area of Object.values(AREA_CONTENT)) {
      for (const intro of area.intro) {
        const at = text.indexOf(intro, from);
        if (at >= 0 && (!best || at < best.at)) best = { id: area.id, at, len: intro.length };
      }
    }
    if (!best) return out;
    out.push(best.id);
    from = best.at + best.len;
  }
}

describe('starting the massage', () => {
  test('a first launch welcomes once and goes straight into the routine, ending with a question', async () => {
    const h = harness({ at: EVENING });
    const first = await h.conv.say('open my face massage');
    expect(first.text).toMatch(/^Welcome\./);
    expect(first.text).toMatch(/stop if anything feels sore/);
    expect(first.text).toMatch(/oil/);
    expect(first.text.toLowerCase()).toContain('forehead');
    // the standard routine is one response: the core areas with a turn of the others, the close, then a question
    const heard = stepsHeard(first.text);
    expect(heard.filter((a) => ['forehead', 'jaw', 'neck', 'finish'].includes(a))).toEqual(['forehead', 'jaw', 'neck', 'finish']);
    expect(heard.length).toBeGreaterThanOrEqual(5);
    expect(first.text).toMatch(/tension tonight\?$/);
    expect(first.ended).toBe(false);
    expect(first.seconds).toBeGreaterThan(200);
    expect(first.seconds).toBeLessThanOrEqual(240);

    await h.conv.say('no');
    const second = await h.again().say('start my face massage');
    expect(second.text).not.toMatch(/Welcome\./);
    expect(second.text.toLowerCase()).toContain('forehead');
  });

  test('"start a quick massage with my gua sha" gives the quick routine, narrated for the stone', async () => {
    const h = harness({ at: EVENING });
    const ex = await h.conv.say('start a quick massage with my gua sha');
    expect(ex.text).toMatch(/stone/i);
    expect(ex.seconds).toBeLessThan(150);
    // a first quick routine with the stone's full instructions covers fewer areas, each with real time
    const heard = stepsHeard(ex.text);
    expect(heard.slice(-3)).toEqual(['jaw', 'neck', 'finish']);
    expect(['forehead', 'temples', 'jaw', 'neck', 'finish']).toEqual(expect.arrayContaining(heard));
    expect(ex.text).toMatch(/set the stone down|put the stone down|stone down/i);
  });

  test('"my jaw is tight tonight" gives the jaw more time than usual', async () => {
    const plain = await harness({ at: EVENING }).conv.say('start my massage');
    const focused = await harness({ at: EVENING }).conv.say('my jaw is tight tonight');
    const jawHold = (t: string) => {
      const seg = t.slice(t.toLowerCase().indexOf('jaw'), t.toLowerCase().indexOf('ears'));
      return [...seg.matchAll(/\[([\d.]+) s\]/g)].reduce((a, m) => a + Number(m[1]), 0);
    };
    expect(focused.text).toMatch(/jaw a little longer|Extra time for your jaw/i);
    expect(jawHold(focused.text)).toBeGreaterThan(jawHold(plain.text) * 1.3);
  });
});

describe('controls', () => {
  test('next at the very start moves on from the forehead', async () => {
    const h = harness({ at: EVENING });
    const start = await h.conv.say('start my face massage');
    const ex = await h.conv.say('@2s next');
    expect(stepsHeard(ex.text)[0]).toBe(stepsHeard(start.text)[1]);
  });

  test('a control mid-chapter acts on the step the user was on', async () => {
    const h = harness({ at: EVENING });
    const start = await h.conv.say('start my face massage');
    // find when the jaw begins in the first response, by the estimate of the words and pauses before it
    const before = start.text.slice(0, start.text.indexOf('jaw'));
    const pauses = [...before.matchAll(/\[([\d.]+) s\]/g)].reduce((a, m) => a + Number(m[1]), 0);
    const words = before.replace(/\[[\d.]+ s\]/g, ' ').trim().split(/\s+/).length;
    const jawAt = pauses + words / WORDS_PER_SECOND;
    const repeat = await h.conv.say(`@${Math.round(jawAt + 6)}s repeat`);
    expect(repeat.text).toMatch(/^(Once more|Again)\./);
    expect(stepsHeard(repeat.text)[0]).toBe('jaw');
    const back = await h.conv.say('@5s go back');
    expect(stepsHeard(back.text)[0]).toBe('cheeks');
    const slower = await h.conv.say('@5s slower');
    expect(slower.text).toMatch(/^(Slower it is|Slowing down|Slower now)\./);
    expect(stepsHeard(slower.text)[0]).toBe('cheeks');
    expect(slower.ssml).toMatch(/rate="85%"/);
  });

  test('pause remembers the exact step, resume continues there', async () => {
    const h = harness({ at: EVENING });
    const start = await h.conv.say('start my face massage');
    const second = stepsHeard(start.text)[1];
    const paused = await h.conv.say(`@${Math.round(secondsTo(start, second) + 3)}s pause`);
    expect(paused.text).toMatch(/Paused/);
    expect(paused.text).toContain(AREA_CONTENT[second].name);
    expect(paused.ended).toBe(false);
    const resumed = await h.conv.say('resume');
    expect(stepsHeard(resumed.text)[0]).toBe(second);
  });

  test('stop keeps the place; the next launch picks up there and goes straight on', async () => {
    const h = harness({ at: EVENING });
    const start = await h.conv.say('start my face massage');
    const [, second, third] = stepsHeard(start.text);
    const stop = await h.conv.say(`@${Math.round(secondsTo(start, second) + 3)}s stop`);
    expect(stop.text).toContain(AREA_CONTENT[second].name);
    expect(stop.ended).toBe(true);
    h.conv.wait(600);
    const again = await h.again().say('open my face massage');
    expect(again.text).toMatch(new RegExp(`^(Picking up at|Carrying on from) ${AREA_CONTENT[second].name}`));
    expect(stepsHeard(again.text).slice(0, 2)).toEqual([second, third]);
  });

  test('the deep routine comes in parts; yes, continue, next, go on, keep going and ready all carry on', async () => {
    for (const goOn of ['yes', 'continue', 'next', 'go on', 'keep going', 'ready', "I'm ready"]) {
      const h = harness({ at: EVENING });
      const first = await h.conv.say('start a deep massage');
      expect(first.ended).toBe(false);
      expect(first.reprompt).toBeTruthy();
      // the part ends between two areas with a short question naming the next one
      const next = Object.values(AREA_CONTENT).find((a) => new RegExp(`(Ready for|On to) ${a.name}\\?$`).test(first.text));
      expect(next).toBeTruthy();
      const second = await h.conv.say(goOn);
      expect(stepsHeard(second.text)[0]).toBe(next!.id);
    }
  });

  test('after the end, next moves past the tension question; then it says the routine is over and asks again', async () => {
    const h = harness({ at: EVENING });
    await h.conv.say('start my face massage');
    const skip = await h.conv.say('next');
    expect(skip.text).toMatch(/reflect/);
    const ex = await h.conv.say('next');
    expect(ex.text).toMatch(/last area/);
    expect(ex.text).toMatch(/reflect/);
  });

  test('help, fallback, cancel', async () => {
    const h = harness({ at: EVENING });
    await h.conv.say('start my face massage');
    const help = await h.conv.say('@30s help');
    expect(help.text).toMatch(/next, go back, repeat, slower/);
    expect(help.text).toMatch(/carry on with your forehead\?/);
    const yes = await h.conv.say('yes');
    expect(stepsHeard(yes.text)[0]).toBe('forehead');
    const odd = await h.conv.say('@3s purple monkey dishwasher');
    expect(odd.text).toMatch(/didn't catch|missed that/);
    expect(odd.ended).toBe(false);
    const cancel = await h.conv.say('cancel');
    expect(cancel.ended).toBe(true);
    expect(cancel.text).toMatch(/forehead/);
  });

  test('controls with no massage going offer to start one', async () => {
    const h = harness({ at: EVENING });
    const ex = await h.conv.say('ask my face massage to go back');
    expect(ex.text).toMatch(/no massage going/);
    const yes = await h.conv.say('yes');
    expect(yes.text.toLowerCase()).toContain('forehead');
  });

  test('cues never repeat back to back, across a whole deep routine', async () => {
    const h = harness({ at: EVENING, seed: 3 });
    let ex = await h.conv.say('start a deep massage');
    const texts = [ex.text];
    while (!/reflect/.test(ex.text)) {
      ex = await h.conv.say('yes');
      texts.push(ex.text);
    }
    const all = texts.join(' ');
    const cues = [...all.matchAll(/\] ([^[]+?) \[/g)].map((m) => m[1]).filter((c) => c.split(' ').length <= 6);
    expect(cues.length).toBeGreaterThan(5);
    for (let i = 1; i < cues.length; i++) expect(cues[i]).not.toBe(cues[i - 1]);
    for (const c of cues) expect(cues.filter((d) => d === c).length).toBeLessThanOrEqual(2);
  });
});

describe('one run counts once', () => {
  test('controls during the last area or after the end never count the routine twice', async () => {
    for (const line of ['@215s next', '@215s repeat', 'go back', '@215s pause']) {
      const h = harness({ at: EVENING, userId: `once-${line}` });
      await h.conv.say('start my face massage');
      const ex = await h.conv.say(line);
      expect(ex.text).not.toMatch(/Another one today|One more today/);
      if (/pause/.test(line)) await h.conv.say('resume');
      await h.conv.say('no');
      expect((await h.store.loadProfile(`once-${line}`))?.stats.completed).toBe(1);
    }
  });

  test('"go back" after the end replays the last area, the finishing touch', async () => {
    const h = harness({ at: EVENING });
    await h.conv.say('start my face massage');
    const back = await h.conv.say('go back');
    expect(stepsHeard(back.text)).toEqual(['finish']);
  });

  test('a preferred focus set mid-routine carries on from the same area', async () => {
    const h = harness({ at: EVENING });
    await h.conv.say('start a quick massage');
    const paused = await h.conv.say('@60s pause');
    const area = /(?:at|with) your (\w+)/.exec(paused.text)?.[1];
    const ex = await h.conv.say('always focus on my brows');
    expect(ex.text).toMatch(/^Got it\. Extra time for your brows from now on\./);
    expect(stepsHeard(ex.text)[0]).toBe(area);
  });
});
