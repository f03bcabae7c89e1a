import { MAX_CUE_USES } from '../../lambda/routine/narration';
import { dynamoTable } from '../helpers/dynalite';
import { COMMON, eachLocale, type Phrasebook } from '../helpers/locales';

/**
 * No cue more than twice in a routine, also when a deep routine is left at a part's end and picked up
 * in a later session: the cues said so far travel with the resume point (in the turn's one write),
 * on dynalite.
 */

const db = dynamoTable('ResumeCues');

const SAY: Phrasebook<'deep'> = {
  'en-US': { deep: 'start a deep massage' },
  'de-DE': { deep: 'starte eine lange massage' },
};

eachLocale((sp) => {
  const say = { ...COMMON[sp.locale], ...SAY[sp.locale] };
  const c = sp.content;
  const cues = [...new Set([...c.middleCues, ...c.lastCues, ...Object.values(c.areas).flatMap((a) => a.cues)])];
  /** How often each cue is said in the texts (a cue is a whole sentence: counted where it stands alone). */
  const uses = (texts: string[]) => {
    const all = texts.join(' ');
    return cues.map((cue) => [cue, all.split(cue).length - 1] as const).filter(([, n]) => n > 0);
  };

  // Seeds 13, 20 and 21 said a cue a third time when the counts stayed behind with the session.
  test.each(Array.from({ length: 24 }, (_, i) => i + 1))('a deep routine begun at 6 pm, left after its first part, picked up the next morning (seed %i)', async (seed) => {
    const userId = `resume-cues-${sp.locale}-${seed}`;
    const h = sp.harness({ store: db.store, seed, userId, at: sp.evening.replace('21:30', '18:00') });
    const first = await h.conv.say(say.deep);
    expect(first.text).toMatch(sp.line('chapterBreak'));
    await h.conv.silence(); // the session ends at the part's end
    const saved = (await db.store.loadProfile(userId))?.resume;
    expect(Object.keys(saved?.cueUses ?? {}).length).toBeGreaterThan(0); // kept with the resume point
    h.conv.wait(11 * 3600); // 5 am the next day, within the resume window
    const again = h.again();
    const parts = [await again.say(say.launch)];
    expect(parts[0].text).toMatch(sp.line('resumeHint')); // picked up, on a later practice day
    while (again.isOpen && sp.line('chapterBreak').test(parts[parts.length - 1].text)) parts.push(await again.say(say.yes));
    const said = uses([first.text, ...parts.map((p) => p.text)]);
    expect(said.filter(([, n]) => n > MAX_CUE_USES)).toEqual([]);
    expect(said.length).toBeGreaterThan(3); // the routine does say cues
  });
});
