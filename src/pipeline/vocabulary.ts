/**
 * The vocabulary of quantities (seeds/vocabulary.json): what a report counts is named by its
 * concept's words, what happened to it by its change's verbs, and a number carries the measure
 * words of its unit (or, for counts and ratios, of what is counted). An indicator's reading rule is
 * composed from these; the indicator itself adds only its scope words (`within`, `unless`…) and,
 * as named exceptions, measure words or keywords of its own.
 */
import { z } from 'zod';
import type { Concept } from '../lib/domain/schema.ts';
import { BuildError } from './errors.ts';

/** An indicator's reading rule as seeds/indicators.json writes it: all but scope words optional. */
export const SeedMatchSchema = z.object({
  /** Measure words the number must carry ("所", "元", "%", "" for a bare number); a named exception to its unit's. */
  counters: z.array(z.string()).min(1).optional(),
  /** Regular expressions naming what is counted; a named exception that replaces its concept's words. */
  keywords: z.array(z.string().min(1)).min(1).optional(),
  /** Keywords of this indicator beside its concept's words (a wording only it is written in). */
  also: z.array(z.string().min(1)).min(1).optional(),
  /** Regular expressions that veto the indicator for a quantity. */
  unless: z.array(z.string().min(1)).optional(),
  /** Scope words: one of these must occur in the quantity's sentence ("义务教育", "幼儿园"). */
  within: z.array(z.string().min(1)).optional(),
  /** Scope words that veto the indicator when they occur anywhere in the quantity's sentence. */
  unlessSentence: z.array(z.string().min(1)).optional(),
});

/** A reading rule once composed: the measure words and keywords are always there. */
export interface Match {
  counters: string[];
  keywords: string[];
  unless?: string[];
  within?: string[];
  unlessSentence?: string[];
}

const Words = z.array(z.string()).min(1);

/** seeds/vocabulary.json. */
export const VocabularySchema = z.object({
  measureWords: z.object({
    /** The measure words a number of this unit carries (schools: 所, yuan: 元). */
    byUnit: z.record(z.string(), Words),
    /** For counts and ratios, whose unit does not say: by what is counted (classrooms: 间). */
    byCounted: z.record(z.string(), Words),
  }),
  /** Verbs of a change that a report writes before what changed («招聘…教师», «交流…教师»). */
  changes: z.record(z.string(), z.object({ verbs: Words })),
  /**
   * What reports name a concept by (regular expressions): `words` that name it whole
   * («生均公用经费», «督学责任区»), or `things` its change's verbs come before («教师» after
   * «招聘…» is a recruit, after «交流…» an exchange).
   */
  concepts: z.record(
    z.string(),
    z.object({
      words: z.array(z.string().min(1)).min(1).optional(),
      things: z.array(z.string().min(1)).min(1).optional(),
    }),
  ),
});
export type Vocabulary = z.infer<typeof VocabularySchema>;

/**
 * A change's verbs written into a pattern by name, «{verbs:recruited}», so a wording of their own
 * («“特岗计划”招了教师») reads every verb the change has, from the one list, not from a copy.
 */
const VERBS_BY_NAME = /\{verbs:([a-z-]+)\}/gu;

/**
 * `patterns` with each «{verbs:change}» written out as the change's verbs, `(?:招聘|补充|…)`.
 * Throws a BuildError naming `where` when the vocabulary has no such change.
 */
export function withVerbs(vocabulary: Vocabulary, patterns: string[], where: string): string[] {
  return patterns.map((p) =>
    p.replace(VERBS_BY_NAME, (_, change: string) => {
      const verbs = vocabulary.changes[change]?.verbs;
      if (verbs === undefined)
        throw new BuildError('seeds/indicators.json', where, `no verbs for change ${change}`);
      return `(?:${verbs.join('|')})`;
    }),
  );
}

/** How far a change's verb may stand before what changed, within one list item of a clause. */
const VERB_GAP = '[^，,。；;、]{0,10}';

/** The keywords of a concept: its words, and each of its things after one of its change's verbs. */
function conceptKeywords(vocabulary: Vocabulary, concept: Concept): string[] | null {
  const { words = [], things = [] } = vocabulary.concepts[concept.id] ?? {};
  const verbs = vocabulary.changes[concept.change]?.verbs.join('|');
  const composed = verbs === undefined ? [] : things.map((t) => `(?:${verbs})${VERB_GAP}${t}`);
  const keywords = [...words, ...composed];
  return keywords.length > 0 ? keywords : null;
}

/** The measure words of a concept's numbers: its unit's, else those of what it counts. */
function measureWords(vocabulary: Vocabulary, concept: Concept): string[] | null {
  const { byUnit, byCounted } = vocabulary.measureWords;
  return byUnit[concept.unit] ?? byCounted[concept.counts] ?? null;
}

/**
 * An indicator's reading rule, composed from the vocabulary, its own exceptions and the scope
 * words of a bar of the standard (`barScopes`; its own `within` wins). Throws a BuildError naming
 * the indicator when neither gives it measure words or keywords.
 */
export function composeMatch(
  vocabulary: Vocabulary,
  concept: Concept,
  seed: z.infer<typeof SeedMatchSchema>,
  where: string,
  bar: BarScope = {},
): Match {
  const { counters, keywords, also, ...scope } = seed;
  const measure = counters ?? measureWords(vocabulary, concept);
  const named = keywords ?? conceptKeywords(vocabulary, concept);
  if (measure === null)
    throw new BuildError('seeds/indicators.json', where, `no measure words for ${concept.unit}`);
  if (named === null)
    throw new BuildError('seeds/indicators.json', where, `no words for concept ${concept.id}`);
  const within = scope.within ?? bar.within;
  const unlessSentence = [...(scope.unlessSentence ?? []), ...(bar.unlessSentence ?? [])];
  return {
    counters: measure,
    keywords: withVerbs(vocabulary, [...named, ...(also ?? [])], where),
    ...scope,
    ...(scope.unless && { unless: withVerbs(vocabulary, scope.unless, where) }),
    ...(within && { within }),
    ...(unlessSentence.length > 0 && { unlessSentence }),
  };
}

/** The scope words an indicator takes from the bar of the standard its figure is measured against. */
export interface BarScope {
  within?: string[];
  unlessSentence?: string[];
}

/**
 * Scope words from bars of the standard: an indicator whose purpose is one of the standard's
 * indicators (schools short of the sports-ground bar, purpose `sports-area-per-pupil`) is read
 * only where its sentence names that indicator, by its words («生均体育运动场馆面积»), and the
 * indicators of the same concept that name no bar (schools short of the standard as a whole)
 * never where the sentence names one: one figure, one scope. By indicator id.
 */
export function barScopes(
  vocabulary: Vocabulary,
  concepts: readonly Concept[],
  indicators: readonly { id: string; concept: string; scope: { purpose?: string } }[],
): Map<string, BarScope> {
  const standard = new Set<string>(concepts.filter((c) => c.standard).map((c) => c.id));
  const wordsOf = (purpose: string | undefined) =>
    purpose !== undefined && standard.has(purpose)
      ? vocabulary.concepts[purpose]?.words
      : undefined;
  const barred = new Map<string, Set<string>>();
  for (const ind of indicators)
    for (const word of wordsOf(ind.scope.purpose) ?? [])
      barred.set(ind.concept, (barred.get(ind.concept) ?? new Set()).add(word));
  const out = new Map<string, BarScope>();
  for (const ind of indicators) {
    const within = wordsOf(ind.scope.purpose);
    const others = barred.get(ind.concept);
    if (within) out.set(ind.id, { within });
    else if (others && ind.scope.purpose === undefined)
      out.set(ind.id, { unlessSentence: [...others] });
  }
  return out;
}

/**
 * The words that make a count of places a figure, not places named in passing: those of the
 * concepts that count places (`counts: "regions"`: «甲县、乙县通过…评估，全市累计达到4个县»), as a
 * pattern the words before the count end in; null when no such concept has words.
 */
export function placeFigureWords(
  vocabulary: Vocabulary,
  concepts: readonly Concept[],
): RegExp | null {
  const words = concepts
    .filter((c) => c.counts === 'regions')
    .flatMap((c) => vocabulary.concepts[c.id]?.words ?? []);
  return words.length > 0 ? new RegExp(`(?:${words.join('|')})$`, 'u') : null;
}
