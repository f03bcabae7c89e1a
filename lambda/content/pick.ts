/** Variant choice and placeholder filling. Pure: randomness is passed in. */

export type Random = () => number;

/** One of the variants, never `avoid` when there is another choice. */
export function pick(variants: readonly string[], random: Random, avoid?: readonly (string | undefined)[]): string {
  if (variants.length === 0) return '';
  const pool = avoid && avoid.length ? variants.filter((v) => !avoid.includes(v)) : variants;
  const from = pool.length ? pool : variants;
  const i = Math.min(from.length - 1, Math.floor(random() * from.length));
  return from[Math.max(0, i)];
}

/**
 * Replaces {name} placeholders; unknown placeholders are left out. A comma that a filled phrase ends
 * with (the German date closes its apposition: "am Donnerstag, dem ... November, erzählt") is dropped
 * where other punctuation follows (the end of a sentence).
 */
export function fill(template: string, vars: Record<string, string | number | undefined> = {}): string {
  return template
    .replace(/\{(\w+)\}/g, (_, k: string) => (vars[k] === undefined ? '' : String(vars[k])))
    .replace(/\s+/g, ' ')
    .replace(/,\s*(?=[.?!:;,])/g, '')
    .trim();
}

/** A small seeded generator (mulberry32), for reproducible variety in tests and the simulator. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
