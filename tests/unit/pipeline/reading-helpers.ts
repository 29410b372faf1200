/**
 * The reader's rules on one sentence, as facts.ts calls them: where a number sits, and which
 * indicator of the committed catalogue (seeds/indicators.json over seeds/vocabulary.json) it is read as.
 */
import { join } from 'node:path';
import type { Status } from '../../../src/lib/domain/schema.ts';
import { loadCatalogues } from '../../../src/pipeline/catalogue.ts';
import { findDates } from '../../../src/pipeline/dates.ts';
import {
  itemNamesOneLevel,
  readScope,
  spansYears,
  statedPurpose,
} from '../../../src/pipeline/fact-scope.ts';
import { compileIndicators, matchIndicator } from '../../../src/pipeline/indicators.ts';
import { statusAt } from '../../../src/pipeline/qualifiers.ts';
import { scanArabic, type Quantity } from '../../../src/pipeline/quantity.ts';
import { chooseByScope } from '../../../src/pipeline/scope-choice.ts';
import { clauseAround, sentenceAround } from '../../../src/pipeline/text.ts';

const CATALOGUES = loadCatalogues(join(import.meta.dirname, '../../../seeds'));

/** The committed catalogue's indicators, composed from the vocabulary and compiled as the build does. */
export const MATCHERS = compileIndicators(CATALOGUES.indicators);

/** The committed vocabulary's words that make a count of places a figure, as the build passes them. */
export const PLACE_FIGURES = CATALOGUES.placeFigures;

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

const entries = MATCHERS.map((m) => m.entry);

/**
 * The indicator the number written `number` in `text` is drawn on, or null if it is not read: its
 * windows as facts.ts gives them (segment, here its clause; clause; sentence).
 */
export function drawnOn(text: string, number: string): string | null {
  const p = place(text, number);
  const q = quantityAt(text, number);
  const matched = matchIndicator(MATCHERS, text, q, [p.clause, p.clause, p.sentence], p.sentence);
  if (matched === null) return null;
  const at = {
    q,
    segment: p.clause,
    clause: p.clause,
    sentence: p.sentence,
    unit: matched.unit,
    status: 'achieved' as const,
    date: '2024',
    published: '2024-05-20',
  };
  const scope = readScope(text, findDates(text, 0, text.length, '2024'), at);
  const own = {
    levels: scope.levels,
    purpose: statedPurpose(text, at),
    rate: scope.period.kind === 'rate',
    overYears: spansYears(scope.period),
    levelOfItem: itemNamesOneLevel(text, at),
  };
  return chooseByScope(matched, own, entries)?.id ?? null;
}

/**
 * The status the reader gives the number written `number` in `text` under a section of results,
 * in a report published `published`, its own words dating it `stated` (null: they date it not).
 */
export function statusOf(
  text: string,
  number: string,
  published = '2025-03-10',
  stated: string | null = null,
): Status {
  const p = place(text, number);
  return statusAt(text, {
    sentenceStart: p.sentence.start,
    clauseStart: p.clause.start,
    end: p.at + number.length,
    stated,
    published,
    sectionStatus: 'achieved',
  });
}
