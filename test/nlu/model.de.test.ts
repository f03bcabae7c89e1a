/** The German interaction model (de-DE) agrees with the English one, and follows the model rules in German. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFor } from '../../lambda/content';

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
interface Model {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: Intent[];
      types: { name: string; values: { id: string; name: { value: string; synonyms?: string[] } }[] }[];
    };
    dialog: { intents: { name: string; slots: { name: string; prompts?: { elicitation?: string } }[] }[] };
    prompts: { id: string; variations: { type: string; value: string }[] }[];
  };
}

const dir = join(__dirname, '..', '..', 'interaction-models');
const read = (locale: string): Model => JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as Model;
const en = read('en-US').interactionModel;
const de = read('de-DE').interactionModel;
const lm = de.languageModel;
const shape = (m: Model['interactionModel']) =>
  Object.fromEntries(m.languageModel.intents.map((i) => [i.name, (i.slots ?? []).map((s) => `${s.name}:${s.type}`)]));
const ids = (m: Model['interactionModel']) => Object.fromEntries(m.languageModel.types.map((t) => [t.name, t.values.map((v) => v.id)]));

describe('interaction model de-DE', () => {
  it('has the same intents, slots and slot types as en-US', () => {
    expect(shape(de)).toEqual(shape(en));
  });

  it('has the same slot value ids as en-US, each German word naming one id', () => {
    expect(ids(de)).toEqual(ids(en));
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

  it('has the same dialog as en-US, with German prompts that are the questions the skill asks', () => {
    expect(de.dialog).toEqual(en.dialog);
    const prompts = new Map(de.prompts.map((p) => [p.id, p.variations.map((v) => v.value)]));
    const lines = contentFor('de-DE').lines;
    expect(prompts.get('Elicit.Slot.ReflectionIntent.great')).toEqual([lines.askGreat[0]]);
    expect(prompts.get('Elicit.Slot.ReflectionIntent.challenging')).toEqual([lines.askChallenging[0]]);
    expect(prompts.get('Elicit.Slot.ReflectionIntent.better')).toEqual([lines.askBetter[0]]);
  });

  it.each(lm.intents.filter((i) => !i.name.startsWith('AMAZON.')).map((i) => [i.name, i] as const))('%s has at least ten samples', (_n, i) => {
    expect(i.samples.length).toBeGreaterThanOrEqual(10);
  });

  it('has no sample in two intents and none twice', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const i of lm.intents) {
      for (const s of i.samples) {
        if (owner.has(s)) clashes.push(`"${s}" in ${owner.get(s)} and ${i.name}`);
        owner.set(s, i.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('writes samples in lowercase German words, apostrophes and {slots} only', () => {
    const bad: string[] = [];
    for (const i of lm.intents) {
      for (const s of [...i.samples, ...(i.slots ?? []).flatMap((sl) => sl.samples ?? [])]) {
        if (!/^[a-zäöüß' {}]+$/.test(s) || s !== s.trim() || /\s\s/.test(s)) bad.push(`${i.name}: "${s}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses every declared slot in some sample, and only declared ones', () => {
    for (const i of lm.intents) {
      const declared = new Set((i.slots ?? []).map((s) => s.name));
      const used = new Set(i.samples.flatMap((s) => [...s.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])));
      expect([i.name, [...used].filter((u) => !declared.has(u))]).toEqual([i.name, []]);
      expect([i.name, [...declared].filter((d) => !used.has(d))]).toEqual([i.name, []]);
    }
  });

  it('has an invocation name Germans would say, that follows the certification rules', () => {
    const name = lm.invocationName;
    expect(name).toBe('meine gesichtsmassage');
    expect(name).toMatch(/^[a-zäöüß]+( [a-zäöüß]+)+$/);
    const banned = ['starte', 'öffne', 'frage', 'frag', 'sag', 'sage', 'beginne', 'lade', 'spiele', 'aktiviere', 'mit', 'und', 'nach', 'ob', 'alexa', 'amazon', 'echo', 'computer', 'skill', 'app'];
    for (const w of name.split(' ')) expect(banned).not.toContain(w);
  });
});
