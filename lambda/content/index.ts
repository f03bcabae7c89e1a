import { DE } from './de';
import { EN } from './en';
import { fill } from './pick';
import type { Content } from './types';

/**
 * The one map from locale to content. Adding a language: its files in content/ (lines, areas and the
 * rules of its `Content`), its model in interaction-models/, its publishing text in the manifest, and
 * one entry here. No handler changes (docs/architecture.md, "Adding a language").
 */
export type Catalogue = Readonly<Record<string, Content>>;

export const CATALOGUE: Catalogue = {
  'en-US': EN,
  'en-GB': EN,
  'en-CA': EN,
  'en-AU': EN,
  'en-IN': EN,
  'de-DE': DE,
};

/** The locales the skill ships. */
export const LOCALES = Object.keys(CATALOGUE);

/** Content of the locale the request came in, falling back to the first of the same language, then to en-US. */
export function contentFor(locale: unknown, catalogue: Catalogue = CATALOGUE): Content {
  if (typeof locale === 'string') {
    if (Object.hasOwn(catalogue, locale)) return catalogue[locale];
    const language = locale.split('-')[0];
    const same = Object.keys(catalogue).find((l) => l.split('-')[0] === language);
    if (same) return catalogue[same];
  }
  return Object.hasOwn(catalogue, 'en-US') ? catalogue['en-US'] : EN;
}

/** A count's word in the right form: ("massage", 2) -> "massages"; a form may say the count itself ("{count} Massagen"). */
export function countNoun(content: Content, noun: keyof Content['nouns'], count: number): string {
  const forms = content.nouns[noun];
  return fill(forms[new Intl.PluralRules(content.language).select(count)] ?? forms.other, { count });
}

export { BEDTIME_LINES, QUESTION_LINES } from './types';
export type { AnswerWords, AreaContent, Calendar, Content, LineKey, Plural, QuestionKey, Variants } from './types';
