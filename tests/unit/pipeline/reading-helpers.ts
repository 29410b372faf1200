/**
 * The reader's rules on one sentence, as facts.ts calls them: where a number sits, and which
 * indicator of the committed catalogue (seeds/indicators.json over seeds/vocabulary.json) it is read as.
 */
import { join } from 'node:path';
import { loadCatalogues } from '../../../src/pipeline/catalogue.ts';
import { compileIndicators, matchIndicator } from '../../../src/pipeline/indicators.ts';
import { scanArabic, type Quantity } from '../../../src/pipeline/quantity.ts';
import { clauseAround, sentenceAround } from '../../../src/pipeline/text.ts';

/** The committed catalogue's indicators, composed from the vocabulary and compiled as the build does. */
export const MATCHERS = compileIndicators(
  loadCatalogues(join(import.meta.dirname, '../../../seeds')).indicators,
);

/** Where the first number written `number` sits in `text`: its sentence, clause and offset. */
export function place(text: string, number: string) {
  const at = text.indexOf(number);
  return { sentence: sentenceAround(text, at), clause: clauseAround(text, at), at };
}

/** The quantity the scanner reads where `number` is first written in `text`. */
export function quantityAt(text: string, number: string): Quantity {
  const q = scanArabic(text).find((x) => text.slice(x.start).startsWith(number));
  if (!q) throw new Error(`no quantity at ${number} in ${text}`);
  return q;
}

/** The indicator the catalogue reads the number written `number` in `text` as, or null. */
export function readIndicator(text: string, number: string): string | null {
  const p = place(text, number);
  const q = quantityAt(text, number);
  return matchIndicator(MATCHERS, text, q, [p.clause, p.sentence], p.sentence)?.id ?? null;
}
