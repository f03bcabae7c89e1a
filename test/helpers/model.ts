import { readFileSync } from 'node:fs';
import type { LocalNlu, NluResult } from '../../local/nlu';

/** Intent name and slot ids (or values when a slot has no id) of a match, as one line. */
export function summary(r: NluResult): string {
  if (r.kind === 'launch') return r.rest === undefined ? 'launch' : `launch rest=${r.rest}`;
  const slots = Object.entries(r.slots)
    .map(([k, v]) => `${k}=${v.id ?? `"${v.value}"`}`)
    .sort();
  return [r.name, ...slots, ...(r.oneShot ? ['oneShot'] : [])].join(' ');
}

/** Words that fill a built-in slot in a sample, with the value the matcher should resolve them to. */
export interface Fillers {
  date: [string, string];
  time: [string, string];
  /** Free text for an AMAZON.SearchQuery slot. */
  phrase: string;
}

/**
 * Every sample of a model, its slots filled (a custom slot with its type's last value), matched back:
 * the samples that do not come back as their own intent with the slots they were given.
 */
export function samplesMissingTheirIntent(modelPath: string, nlu: LocalNlu, fill: Fillers): string[] {
  const model = JSON.parse(readFileSync(modelPath, 'utf8')) as {
    interactionModel: {
      languageModel: {
        intents: { name: string; slots?: { name: string; type: string }[]; samples: string[] }[];
        types: { name: string; values: { id: string; name: { value: string } }[] }[];
      };
    };
  };
  const lm = model.interactionModel.languageModel;
  const filler = (type: string): [string, string | undefined] => {
    const t = lm.types.find((x) => x.name === type);
    if (t) return [t.values[t.values.length - 1].name.value, t.values[t.values.length - 1].id];
    if (type === 'AMAZON.DATE') return fill.date;
    if (type === 'AMAZON.TIME') return fill.time;
    return [fill.phrase, undefined];
  };
  const wrong: string[] = [];
  for (const intent of lm.intents) {
    for (const sample of intent.samples) {
      const expected: Record<string, string | undefined> = {};
      const line = sample.replace(/\{([^}]+)\}/g, (_m, name: string) => {
        const slot = intent.slots?.find((s) => s.name === name);
        const [value, id] = filler(slot?.type ?? '');
        expected[name] = id ?? value;
        return value;
      });
      const r = nlu.match(line);
      const got = r.kind === 'intent' ? r.name : 'launch';
      const slots = r.kind === 'intent' ? Object.fromEntries(Object.entries(r.slots).map(([k, v]) => [k, v.id ?? v.value])) : {};
      if (got !== intent.name || JSON.stringify(slots) !== JSON.stringify(expected)) wrong.push(`"${line}" (${intent.name}) -> ${summary(r)}`);
    }
  }
  return wrong;
}
