/**
 * Quantities → facts. Each number of the body is either a date, a documented non-quantity
 * (exclusions.ts), a fact of the indicator its words name, or reported as unmatched.
 */
import type { Fact, PartialDate, Period } from '../lib/domain/schema.ts';
import { FactSchema } from '../lib/domain/schema.ts';
import type { CoverageEntry } from './coverage.ts';
import { opensChange, reachedBy, type DateMention } from './dates.ts';
import { quarterEndAt } from './quarters.ts';
import { statedDate } from './stated-dates.ts';
import { documentTimes } from './document-times.ts';
import { periodAt, reportPeriods, statusUnder, withReviewedYears } from './periods.ts';
import { chooseDate } from './fact-date.ts';
import { sectionAt, type PreparedDocument } from './document.ts';
import { exclusionReason } from './exclusions.ts';
import {
  itemNamesOneLevel,
  namesTwoPurposes,
  readScope,
  spansYears,
  statedPurpose,
} from './fact-scope.ts';
import { chooseByScope } from './scope-choice.ts';
import { readIndicator, type IndicatorMatcher } from './indicators.ts';
import { qualifierAt, statusAt } from './qualifiers.ts';
import { scanArabic, scanChinese, type Quantity } from './quantity.ts';
import { unplacedReason, type RegionIndex } from './regions.ts';
import { documentPlaces, factRegion } from './fact-region.ts';
import { aiderOf } from './paired-aid.ts';
import { unreadReason } from './unread-reasons.ts';
import { withItemHeading } from './item-heading.ts';
import * as LEFT_OUT from './left-out-reasons.ts';
import { partOnWholesLayer } from './part-of-whole.ts';
import { CHANGE_VERBS } from './figure-words.ts';
import { cellQuantity, cellScope, cellWindows, tableCellAt } from './tables.ts';
import { clauseAround, paragraphAround, sentenceAround, trimSpan, type Span } from './text.ts';

/** Facts of one document and the coverage entries of its non-date numbers. */
export interface FactsResult {
  facts: Fact[];
  coverage: CoverageEntry[];
}

// Amounts that accumulate over a time: a date earlier in the sentence bounds them.
const FLOWS = new Set<Period>(['cumulative', 'project', 'year']);

/** Quantities of the body, minus those that are part of a date expression. */
export function bodyQuantities(
  doc: PreparedDocument,
  dates: DateMention[],
): (Quantity | (Span & { raw: string; value: null }))[] {
  const { work, body } = doc;
  const all = [
    ...scanArabic(work, body.start, body.end),
    ...scanChinese(work, body.start, body.end),
  ];
  return all
    .filter((q) => !dates.some((d) => q.start < d.end && d.start < q.end))
    .sort((a, b) => a.start - b.start);
}

/**
 * The words of a quantity: its clause, from after the previous number to the next one, so
 * "扩建教学及辅助用房25.42万平方米、运动场18.17万平方米" gives each area its own words. When the
 * cut would leave too few words to read ("占比27%", "的小学…均按100人") the whole clause is kept.
 */
function segment(work: string, q: Span, clause: Span, neighbours: Span[]): Span {
  const prev = neighbours.filter((n) => n.end <= q.start && n.start >= clause.start).pop();
  const next = neighbours.find((n) => n.start >= q.end && n.end <= clause.end);
  const lead = prev ? work.slice(prev.end, q.start).replace(/^[、\s]+/, '') : '';
  const start = prev && lead.length >= 4 && !/^[的之]/.test(lead) ? prev.end : clause.start;
  return { start, end: next ? next.start : clause.end };
}

/** The quote ends at a 、 right after the number: "4000余门、数字图书…" lists the next item. */
function quoteSpan(work: string, q: Span, seg: Span): Span {
  return work[q.end] === '、' ? { start: seg.start, end: q.end } : seg;
}

// What follows a change's starting value: its verb, if any, and «到» or «至» («…提高到…»).
const CHANGE_TO = new RegExp(`^[^，,。；;\\d]{0,6}?(?:${CHANGE_VERBS})?(?:到|至)`, 'u');

/**
 * «占比由百分之二十提高到百分之三十二»: the value a change starts from, when the text gives it no
 * date, is of no year the reader can name; the value it reaches is the figure.
 */
function isUndatedStart(work: string, q: Span): boolean {
  return opensChange(work[q.start - 1]) && CHANGE_TO.test(work.slice(q.end, q.end + 10));
}

export function extractFacts(
  doc: PreparedDocument,
  matchers: IndicatorMatcher[],
  regions: RegionIndex,
  found: DateMention[],
  placeFigures: RegExp | null = null,
): FactsResult {
  const { work, text, entry } = doc;
  const facts: Fact[] = [];
  const coverage: CoverageEntry[] = [];
  const byKey = new Map<string, string>();
  const entries = matchers.map((m) => m.entry);
  const quantities = bodyQuantities(doc, found);
  const national = regions.byCode.get(entry.defaultRegion)?.level === 'country';
  const reasons = new Map(
    quantities.map((q) => [
      q,
      q.value === null
        ? 'not a numeral (slogan such as 十百千万)'
        : exclusionReason(work, q, sentenceAround(work, q.start, q.end), national, placeFigures),
    ]),
  );
  // Only numbers that may become facts cut quotes; a slogan or time span inside a clause does not.
  const candidates = quantities.filter((q) => reasons.get(q) === null);
  const periods = reportPeriods(work, doc.body, found, entry.published);
  const dates = withReviewedYears(found, periods);
  const times = documentTimes(work, doc.body, dates);
  const published: PartialDate | null = entry.published;
  const places = documentPlaces(regions, doc);
  const note = (q: Span, outcome: CoverageEntry['outcome'], ids: string[], reason: string | null) =>
    coverage.push({
      source: entry.id,
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      outcome,
      ids,
      reason,
    });

  // The date stated for the last figure read of each clause, by where it ends (Place.previous).
  const statedBefore = new Map<number, PartialDate | null>();
  for (const q of quantities) {
    const excluded = reasons.get(q) ?? null;
    if (excluded !== null || q.value === null) {
      note(q, 'left-out', [], excluded);
      continue;
    }
    const sentence = sentenceAround(work, q.start, q.end);
    const clause = clauseAround(work, q.start, q.end);
    const seg = segment(work, q, clause, candidates);
    const cell = tableCellAt(work, q);
    const read = cellQuantity(q, cell);
    const windows = cellWindows(withItemHeading(work, q, [seg, clause, sentence]), cell);
    const indicator = readIndicator(matchers, work, read, windows, sentence, facts);
    const section = sectionAt(doc, q.start);
    if (indicator === null) {
      const byAider =
        aiderOf(regions.aiders, work, clause, sentence, q.start, section.region) !== null;
      note(q, 'left-out', [], unreadReason(work, q, { clause, sentence, byAider }));
      continue;
    }
    const flow = FLOWS.has(indicator.scope.period);
    const paragraph = paragraphAround(work, q.start, section.start);
    const previous = statedBefore.get(clause.start - 1) ?? null;
    const stated = statedDate(dates, work, { sentence, clause, at: q.start, previous }, flow);
    statedBefore.set(clause.end, stated);
    if (stated === null && isUndatedStart(work, q)) {
      note(q, 'left-out', [], LEFT_OUT.UNDATED_START);
      continue;
    }
    const period = periodAt(periods, q.start);
    const ahead = period !== null && !reachedBy(period.year, published);
    const status =
      cell?.time?.status ??
      statusAt(work, {
        sentenceStart: sentence.start,
        clauseStart: clause.start,
        end: q.end,
        stated,
        published,
        // A quarter's part not yet ended at publication («四、四季度计划») plans what it lists.
        sectionStatus:
          quarterEndAt(work, doc.body, q.start, published, false) !== null
            ? 'target'
            : statusUnder(period, ahead, section.status),
      });
    const date = chooseDate(
      { work, dates, times, body: doc.body, published },
      { q, sentence, clause, section, paragraph, cell, period, ahead, flow, status, stated },
      candidates,
    );
    const place = {
      q,
      // «小学…不超过45人、初中…50人»: what follows the «、» is the next item's.
      segment: quoteSpan(work, q, seg),
      clause,
      sentence,
      unit: indicator.unit,
      status,
      date,
      published,
    };
    if (namesTwoPurposes(work, place)) {
      note(q, 'left-out', [], LEFT_OUT.TWO_PURPOSES);
      continue;
    }
    const scope = cellScope(readScope(work, dates, place), cell);
    const drawn = chooseByScope(
      indicator,
      {
        levels: scope.levels,
        purpose: statedPurpose(work, place),
        rate: scope.period.kind === 'rate',
        overYears: spansYears(scope.period),
        levelOfItem: itemNamesOneLevel(work, place),
      },
      entries,
    );
    if (drawn === null) {
      const ofRates = spansYears(scope.period) && indicator.scope.period === 'per-year';
      note(q, 'left-out', [], LEFT_OUT.noLayerReason(scope.period.kind === 'rate', ofRates));
      continue;
    }
    const region = factRegion(places, q.start, clause, sentence, paragraph.start);
    if (typeof region !== 'string') {
      note(q, 'left-out', [], unplacedReason(regions, region));
      continue;
    }
    if (partOnWholesLayer(work, clause, q.start, facts, { indicator: drawn.id, region, date })) {
      note(q, 'left-out', [], LEFT_OUT.PART_ON_WHOLES_LAYER);
      continue;
    }
    const fact = {
      id: `${entry.id}-${drawn.id}-${q.start}`,
      region,
      indicator: drawn.id,
      // A cell's value is in its row head's unit («（亿元）9.6» is 9.6亿元).
      value: read.value,
      ...(read.upper === null ? {} : { upper: read.upper }),
      qualifier: qualifierAt(work, q.start, q.qualifier, q.end),
      status,
      date,
    };
    // A document that repeats a number (a headline, then the paragraph) states one fact.
    const key = JSON.stringify({ ...fact, id: '' });
    const earlier = byKey.get(key);
    if (earlier !== undefined) {
      note(q, 'fact', [earlier], 'repeats an earlier statement of the same fact');
      continue;
    }
    const quote = trimSpan(text, quoteSpan(work, q, seg));
    facts.push(
      FactSchema.parse({
        ...fact,
        scope,
        source: entry.id,
        quote: text.slice(quote.start, quote.end),
        start: quote.start,
        end: quote.end,
      }),
    );
    byKey.set(key, fact.id);
    note(q, 'fact', [fact.id], null);
  }
  return { facts, coverage };
}
