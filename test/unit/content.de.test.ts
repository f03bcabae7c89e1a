import { contentFor, countNoun } from '../../lambda/content';
import { sayDay, sayRange } from '../../lambda/content/calendar';
import { fill } from '../../lambda/content/pick';
import { AREAS, TOOLS } from '../../lambda/routine/types';

/** German (de-DE): the words complete, short and free of health claims, and the German rules for saying things. */

const de = contentFor('de-DE');
const en = contentFor('en-US');
const everyLine = [
  ...Object.values(de.lines).flat(),
  ...de.middleCues,
  ...de.lastCues,
  ...Object.values(de.areas).flatMap((a) => [...a.intro, a.purpose, a.name, ...a.cues, ...Object.values(a.instructions), ...Object.values(a.bedtimeInstructions)]),
];
const words = (s: string) => s.split(' ').length;

test('de-DE has its own content, not the English fallback', () => {
  expect(de.language).toBe('de');
  expect(de).not.toBe(en);
  expect(contentFor('de-AT')).toBe(de);
});

test('every line key has German variants, and none is left in English', () => {
  expect(Object.keys(de.lines).sort()).toEqual(Object.keys(en.lines).sort());
  for (const [key, variants] of Object.entries(de.lines)) {
    expect(`${key}: ${variants.length > 0}`).toBe(`${key}: true`);
    // A line of placeholders only ("{when}.") is the same in every language.
    for (const v of variants.filter((x) => /\p{L}/u.test(x.replace(/\{\w+\}/g, '')))) expect(en.lines[key as keyof typeof en.lines]).not.toContain(v);
  }
});

test('every area has an intro, a purpose, an instruction per tool (a shorter one for bedtime), cues and a hold', () => {
  for (const id of AREAS) {
    const a = de.areas[id];
    expect(a.id).toBe(id);
    expect(a.intro.length).toBeGreaterThanOrEqual(3);
    expect(a.cues.length).toBeGreaterThanOrEqual(3);
    expect(a.holdSeconds).toBe(en.areas[id].holdSeconds);
    for (const tool of TOOLS) {
      expect(words(a.instructions[tool])).toBeLessThanOrEqual(25);
      expect(words(a.bedtimeInstructions[tool])).toBeLessThan(words(a.instructions[tool]));
    }
  }
});

test('the finish tells tool users to put the tool down', () => {
  expect(de.areas.finish.instructions.roller).toMatch(/Roller zur Seite/);
  expect(de.areas.finish.instructions.guasha).toMatch(/Stein zur Seite/);
});

test('no medical or cosmetic claims anywhere', () => {
  const claims = /(entgift\w*|giftstoff\w*|heil\w*|kollagen|elastin|anti-?aging|falten\w*|lymph\w*|entwässer\w*|migräne|kopfschmerz\w*|verjüng\w*|straff\w*|lifting|konturier\w*|behandl\w*|therap\w*|kur\b)/i;
  for (const line of everyLine) expect(line).not.toMatch(claims);
});

test('the safety note is said the first time: light pressure, stop if it hurts', () => {
  expect(de.lines.welcomeFirst.join(' ')).toMatch(/leichtem Druck/);
  expect(de.lines.welcomeFirst.join(' ')).toMatch(/hör auf/);
});

test('du-form throughout: no formal "Sie" or "Ihr"', () => {
  for (const line of everyLine) expect(line).not.toMatch(/\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b/);
});

test('cues are short, and never repeat their own area\'s instruction word for word', () => {
  for (const cue of [...de.middleCues, ...de.lastCues]) expect(words(cue)).toBeLessThanOrEqual(6);
  for (const id of AREAS) {
    for (const cue of de.areas[id].cues) {
      expect(words(cue)).toBeLessThanOrEqual(6);
      for (const tool of TOOLS) expect(de.areas[id].instructions[tool].toLowerCase()).not.toContain(cue.toLowerCase().replace(/\.$/, ''));
    }
  }
});

test('lines use only the placeholders their English counterparts have', () => {
  const names = (vs: readonly string[]) => new Set(vs.flatMap((v) => [...v.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
  for (const key of Object.keys(de.lines) as (keyof typeof de.lines)[]) {
    const mine = names(de.lines[key]);
    // The trend lines are all given {now}, {before} and {evenings}; German needs the counted word where English does not.
    const theirs = new Set([...names(en.lines[key]), ...(key === 'patternsMore' ? ['evenings'] : [])]);
    for (const n of mine) expect(`${key}: {${n}} ${theirs.has(n)}`).toBe(`${key}: {${n}} true`);
  }
});

describe('German rules', () => {
  test('an area is named in the dative, after "bei" and "mit"', () => {
    expect(fill(de.lines.helpCarryOn[0], { area: de.areas.jaw.name })).toBe('Soll ich mit deinem Kiefer weitermachen?');
    expect(fill(de.lines.focusNote[0], { area: de.areas.forehead.name })).toBe('Heute bleiben wir länger bei deiner Stirn.');
    expect(fill(de.lines.prefTool[0], { tool: de.toolNames.hands })).toBe('Alles klar. Ab jetzt massieren wir mit deinen Händen.');
  });

  test('a time of day as Germans say it: the part of the day, then the quarters in words, else as Alexa reads it', () => {
    expect(de.sayTime('21:30', 'today')).toBe('heute Abend um halb zehn');
    expect(de.sayTime('21:00', 'today')).toBe('heute Abend um neun Uhr');
    expect(de.sayTime('21:15', 'tomorrow')).toBe('morgen Abend um Viertel nach neun');
    expect(de.sayTime('21:45', 'today')).toBe('heute Abend um Viertel vor zehn');
    expect(de.sayTime('23:30', 'today')).toBe('heute Abend um halb zwölf');
    expect(de.sayTime('13:00', 'today')).toBe('heute Nachmittag um ein Uhr');
    expect(de.sayTime('21:40', 'today')).toBe('heute Abend um 21:40 Uhr');
    expect(de.sayTime('07:30', 'tomorrow')).toBe('morgen früh um halb acht');
    expect(de.sayTime('00:30', 'today')).toBe('heute Nacht um halb eins');
    expect(de.sayTime('00:00', 'tomorrow')).toBe('morgen um Mitternacht');
    expect([de.partOfDay('21:30'), de.partOfDay('07:00'), de.partOfDay('02:00')]).toEqual(['jeden Abend', 'jeden Morgen', 'jede Nacht']);
    expect(fill(de.lines.reminderConfirm[0], { at: de.sayTime('21:30', 'today'), every: de.partOfDay('21:30') })).toBe(
      'Soll ich dich heute Abend um halb zehn erinnern, und danach jeden Abend?',
    );
  });

  test('one massage is "eine Massage", one day "ein Tag", and an evening after "an" is "einem Abend"; more are counted', () => {
    expect(countNoun(de, 'massage', 1)).toBe('eine Massage');
    expect(countNoun(de, 'massage', 3)).toBe('3 Massagen');
    expect([countNoun(de, 'day', 1), countNoun(de, 'day', 4), countNoun(de, 'minute', 1), countNoun(de, 'evening', 1), countNoun(de, 'evening', 2)]).toEqual([
      'ein Tag',
      '4 Tage',
      'eine Minute',
      'einem Abend',
      '2 Abenden',
    ]);
    expect(countNoun(en, 'massage', 3)).toBe('massages');
  });

  test('a screen title from the spoken name of an area', () => {
    expect(AREAS.map((a) => de.screen.title(de.areas[a].name))).toEqual(['Stirn', 'Augenbrauen', 'Schläfen', 'Augen', 'Wangen', 'Kiefer', 'Ohren', 'Hals', 'Ausklang']);
  });

  test('the reflection steers by whole German answers only', () => {
    const { skip, unclear, repeat } = de.answers;
    for (const s of ['überspringen', 'weiß nicht', 'ich weiß es nicht', 'keine ahnung', 'nichts', 'nein', 'lieber nicht', 'nächste frage', 'weiter']) expect(`${s} ${skip.test(s)}`).toBe(`${s} true`);
    for (const s of ['nichts hat geklappt heute', 'ich weiß nicht mehr wann ich zuletzt so gelacht habe', 'ja das treffen mit lea']) expect(`${s} ${skip.test(s) || unclear.test(s)}`).toBe(`${s} false`);
    for (const s of ['ja', 'okay', 'ähm', 'hmm']) expect(unclear.test(s)).toBe(true);
    for (const s of ['wie bitte', 'noch mal', 'nochmal', 'wiederhole die frage', 'sag das noch mal', 'was war die frage']) expect(`${s} ${repeat.test(s)}`).toBe(`${s} true`);
    const controls = { stop: ['stopp', 'hör auf', 'abbrechen'], help: ['hilfe', 'was kann ich sagen'], previous: ['zurück', 'geh zurück'], startOver: ['von vorne', 'noch mal von vorne', 'fang von vorne an'], slower: ['langsamer', 'zu schnell'], faster: ['schneller', 'zu langsam'] } as const;
    for (const [kind, said] of Object.entries(controls)) for (const s of said) expect(`${kind}: ${s} ${de.answers[kind as keyof typeof controls].test(s)}`).toBe(`${kind}: ${s} true`);
    for (const re of Object.values(de.answers)) expect(re.test('zurück zur arbeit nach dem urlaub')).toBe(false);
  });

  test('days and ranges as adverbials of time', () => {
    const c = de.calendar;
    // The date's apposition closes with a comma where the sentence goes on, and not before a full stop.
    expect(sayDay(c, '2026-11-23', '2026-11-26')).toBe('am Montag, dem dreiundzwanzigsten November,');
    expect(fill(de.lines.journalIntro[0], { when: sayDay(c, '2026-11-23', '2026-11-26') })).toBe('Das hast du am Montag, dem dreiundzwanzigsten November, erzählt.');
    expect(fill(de.lines.journalLast[0], { when: sayDay(c, '2026-11-23', '2026-11-26') })).toBe('Das letzte Mal war am Montag, dem dreiundzwanzigsten November.');
    expect(sayDay(c, '2025-12-01', '2026-11-26')).toBe('am Montag, dem ersten Dezember 2025,');
    expect(sayDay(c, '2026-11-25', '2026-11-26')).toBe('gestern');
    expect(sayRange(c, { kind: 'week', fromDay: '2026-11-16', toDay: '2026-11-22' }, '2026-11-26')).toBe('in der Woche vom Montag, dem sechzehnten November,');
    expect(fill(de.lines.journalEntry[0], { when: 'Am Montag, dem dreiundzwanzigsten November' })).toBe('Am Montag, dem dreiundzwanzigsten November.');
    expect(c.ordinals).toHaveLength(31);
    expect(fill(de.lines.journalNothingOn[0], { when: fill(c.month, { month: 'November' }) })).toBe('Ich finde nichts, was du im November erzählt hast.');
  });
});
