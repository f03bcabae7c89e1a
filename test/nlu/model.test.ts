/** Checks on the shipped interaction models (interaction-models/*.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Slot {
  name: string;
  type: string;
  samples?: string[];
}
interface Intent {
  name: string;
  slots?: Slot[];
  samples: string[];
}
interface DialogSlot {
  name: string;
  type: string;
  elicitationRequired?: boolean;
  confirmationRequired?: boolean;
  prompts?: { elicitation?: string };
}
interface Model {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: Intent[];
      types: { name: string; values: { id: string; name: { value: string; synonyms?: string[] } }[] }[];
    };
    dialog: { intents: { name: string; delegationStrategy?: string; confirmationRequired?: boolean; slots: DialogSlot[] }[] };
    prompts: { id: string; variations: { type: string; value: string }[] }[];
  };
}

const dir = join(__dirname, '..', '..', 'interaction-models');
const read = (locale: string): Model => JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as Model;
const model = read('en-US');
const lm = model.interactionModel.languageModel;
const custom = lm.intents.filter((i) => !i.name.startsWith('AMAZON.'));
const slotRefs = (sample: string): string[] => [...sample.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
const intent = (name: string): Intent => {
  const found = lm.intents.find((i) => i.name === name);
  if (!found) throw new Error(`no intent ${name}`);
  return found;
};

describe('interaction model en-US', () => {
  it('declares the expected custom intents and slots', () => {
    const shape = Object.fromEntries(custom.map((i) => [i.name, (i.slots ?? []).map((s) => `${s.name}:${s.type}`)]));
    expect(shape).toEqual({
      StartRoutineIntent: ['length:LENGTH', 'tool:TOOL', 'focus:AREA'],
      SetPreferenceIntent: ['length:LENGTH', 'tool:TOOL', 'pace:PACE', 'focus:AREA'],
      SlowerIntent: [],
      MoreDetailIntent: [],
      FasterIntent: [],
      DiscomfortIntent: ['feeling:FEELING', 'area:AREA'],
      ProgressIntent: [],
      DeleteDataIntent: [],
      StartReflectionIntent: [],
      ReflectionIntent: ['great:AMAZON.SearchQuery', 'challenging:AMAZON.SearchQuery', 'better:AMAZON.SearchQuery'],
      JournalIntent: ['date:AMAZON.DATE'],
      JournalLastIntent: [],
      DeleteEntryIntent: ['date:AMAZON.DATE'],
      DeleteJournalIntent: [],
      StopAskingReflectionIntent: [],
      AlwaysReflectIntent: [],
      SetReminderIntent: ['time:AMAZON.TIME'],
      CancelReminderIntent: [],
      BedtimeVoiceIntent: ['mode:BEDTIME_MODE'],
      TensionIntent: ['area:AREA', 'other:AREA', 'word:TENSION_WORD'],
      TensionOffIntent: [],
      TensionOnIntent: [],
      TensionPatternsIntent: [],
    });
  });

  it('includes the built-in intents the skill handles', () => {
    const names = lm.intents.map((i) => i.name);
    for (const b of [
      'AMAZON.YesIntent',
      'AMAZON.NoIntent',
      'AMAZON.PauseIntent',
      'AMAZON.ResumeIntent',
      'AMAZON.NextIntent',
      'AMAZON.PreviousIntent',
      'AMAZON.RepeatIntent',
      'AMAZON.StartOverIntent',
      'AMAZON.HelpIntent',
      'AMAZON.StopIntent',
      'AMAZON.CancelIntent',
      'AMAZON.FallbackIntent',
      'AMAZON.NavigateHomeIntent',
    ]) {
      expect(names).toContain(b);
    }
    expect(intent('AMAZON.ResumeIntent').samples).toEqual(expect.arrayContaining(['continue', 'keep going', 'go on', 'carry on']));
    expect(intent('AMAZON.NextIntent').samples).toEqual(expect.arrayContaining(['skip']));
  });

  it.each(custom.map((i) => [i.name, i] as const))('%s has at least ten samples', (_name, i) => {
    expect(i.samples.length).toBeGreaterThanOrEqual(10);
  });

  it('has no sample in two intents and no duplicate within an intent', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const i of lm.intents) {
      for (const s of i.samples) {
        const key = s.trim().replace(/\s+/g, ' ');
        const prev = owner.get(key);
        if (prev !== undefined) clashes.push(`"${s}" in ${prev} and ${i.name}`);
        owner.set(key, i.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('writes samples in lowercase words, apostrophes and {slots} only', () => {
    const bad: string[] = [];
    for (const i of lm.intents) {
      for (const s of [...i.samples, ...(i.slots ?? []).flatMap((sl) => sl.samples ?? [])]) {
        if (!/^[a-z' {}]+$/.test(s) || s !== s.trim() || /\s\s/.test(s)) bad.push(`${i.name}: "${s}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses only declared slots, and every declared slot in some sample', () => {
    for (const i of lm.intents) {
      const declared = new Set((i.slots ?? []).map((s) => s.name));
      const used = new Set<string>();
      for (const s of i.samples) {
        for (const ref of slotRefs(s)) {
          expect(`${i.name}.${ref}: ${declared.has(ref)}`).toBe(`${i.name}.${ref}: true`);
          used.add(ref);
        }
      }
      for (const slot of i.slots ?? []) {
        for (const s of slot.samples ?? []) for (const ref of slotRefs(s)) expect(ref).toBe(slot.name);
        expect(`${i.name}.${slot.name} used: ${used.has(slot.name)}`).toBe(`${i.name}.${slot.name} used: true`);
      }
    }
  });

  it('uses slot types that exist', () => {
    const types = new Set(lm.types.map((t) => t.name));
    const builtIn = new Set(['AMAZON.SearchQuery', 'AMAZON.DATE', 'AMAZON.TIME']);
    for (const i of lm.intents) {
      for (const s of i.slots ?? []) expect([s.type, types.has(s.type) || builtIn.has(s.type)]).toEqual([s.type, true]);
    }
  });

  it('gives custom slot types the expected ids, each word naming one id', () => {
    const ids = Object.fromEntries(lm.types.map((t) => [t.name, t.values.map((v) => v.id)]));
    expect(ids).toEqual({
      LENGTH: ['quick', 'standard', 'deep'],
      TOOL: ['hands', 'roller', 'guasha'],
      AREA: ['forehead', 'brows', 'temples', 'eyes', 'cheeks', 'jaw', 'ears', 'neck'],
      PACE: ['slower', 'normal', 'faster'],
      BEDTIME_MODE: ['always', 'never', 'auto'],
      FEELING: ['pain', 'skin', 'unwell'],
      TENSION_WORD: ['nowhere', 'everywhere', 'unsure'],
    });
    for (const t of lm.types) {
      const seen = new Map<string, string>();
      for (const v of t.values) {
        for (const word of [v.name.value, ...(v.name.synonyms ?? [])]) {
          expect(`${t.name} "${word}" -> ${seen.get(word) ?? v.id}`).toBe(`${t.name} "${word}" -> ${v.id}`);
          seen.set(word, v.id);
        }
      }
    }
  });

  it('gives every intent sample with a SearchQuery slot a carrier phrase', () => {
    for (const i of lm.intents) {
      const phraseSlots = new Set((i.slots ?? []).filter((s) => s.type === 'AMAZON.SearchQuery').map((s) => s.name));
      for (const s of i.samples) {
        if (!slotRefs(s).some((r) => phraseSlots.has(r))) continue;
        const words = s.replace(/\{[^}]+\}/g, ' ').trim();
        expect(`${s}: ${words.length > 0}`).toBe(`${s}: true`);
      }
    }
  });

  it('elicits the three reflection answers as SearchQuery slots with prompts and bare samples', () => {
    const reflection = intent('ReflectionIntent');
    const names = ['great', 'challenging', 'better'];
    expect((reflection.slots ?? []).map((s) => s.name)).toEqual(names);
    for (const slot of reflection.slots ?? []) {
      expect(slot.type).toBe('AMAZON.SearchQuery');
      expect(slot.samples).toContain(`{${slot.name}}`);
      expect((slot.samples ?? []).length).toBeGreaterThanOrEqual(3);
    }
    const dialog = model.interactionModel.dialog.intents.find((d) => d.name === 'ReflectionIntent');
    expect(dialog?.delegationStrategy).toBe('SKILL_RESPONSE');
    expect(dialog).not.toHaveProperty('confirmationRequired');
    const prompts = new Map(model.interactionModel.prompts.map((p) => [p.id, p.variations.map((v) => v.value)]));
    const texts: string[] = [];
    for (const name of names) {
      const slot = dialog?.slots.find((s) => s.name === name);
      expect(slot).toMatchObject({ type: 'AMAZON.SearchQuery', elicitationRequired: true });
      expect(slot).not.toHaveProperty('confirmationRequired');
      const id = slot?.prompts?.elicitation ?? '';
      expect(id).toMatch(new RegExp(`^Elicit\\.Slot\\.[^.]+\\.${name}$`));
      texts.push(...(prompts.get(id) ?? []));
    }
    expect(texts).toEqual(['What made today great?', 'And what was hard today?', 'What would make tomorrow better?']);
  });

  it('has an invocation name that follows the certification rules', () => {
    const name = lm.invocationName;
    expect(name).toBe('my face massage');
    expect(name).toMatch(/^[a-z]+( [a-z]+)+$/);
    const words = name.split(' ');
    expect(words.length).toBeGreaterThanOrEqual(2);
    const banned = [
      'launch', 'ask', 'tell', 'load', 'begin', 'enable', 'open', 'start', 'play', 'to', 'from', 'in', 'using',
      'with', 'about', 'for', 'that', 'by', 'if', 'and', 'whether', 'alexa', 'amazon', 'echo', 'computer', 'skill', 'app',
    ];
    for (const w of words) expect(banned).not.toContain(w);
    if (words.length === 2) for (const w of words) expect(['the', 'a', 'an', 'of']).not.toContain(w);
  });
});

describe('locale models', () => {
  it.each(['en-GB', 'en-CA', 'en-AU', 'en-IN'])('%s equals en-US', (locale) => {
    expect(read(locale)).toEqual(model);
  });
});
