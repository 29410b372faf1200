/**
 * Policy measures a document reports for a region. Each keyword hit yields the clause around it
 * as the quote; the regions are those the clause names (all of them: in "主城都市区优质学校
 * 对口帮扶渝东南、渝东北片区…" every named group takes part in the paired support), else the
 * section's. The clause, not the sentence: a long sentence may name a region in another clause
 * about something else. One record per region, measure and source, quoting the first mention;
 * every later mention is kept beside it, because each is evidence a reader may want to open.
 * A keyword counts only where it means the measure: an entry's `unless` patterns on the clause
 * veto another sense ("党员教师结对帮扶困难学生" mentors pupils, it does not pair schools).
 */
import type { Measure } from '../lib/domain/schema.ts';
import { MeasureSchema } from '../lib/domain/schema.ts';
import type { MeasureEntry } from './catalogue.ts';
import { sectionAt, type PreparedDocument } from './document.ts';
import { namedRegions, type RegionIndex } from './regions.ts';
import { clauseAround, sentences, trimSpan, type Span } from './text.ts';

/** A mention before validation brands its source id. */
type Mention = Span & { source: string; quote: string };

type Records = Map<string, { region: string; id: string; mentions: Mention[] }>;

/** Files the mention of measure `id` at `at` under each region its clause names (else the section's). */
function record(
  doc: PreparedDocument,
  regions: RegionIndex,
  byKey: Records,
  id: string,
  at: number,
): void {
  const context = sectionAt(doc, at).region;
  const clause = clauseAround(doc.work, at);
  const named = namedRegions(regions, doc.work, clause, context);
  const quote = trimSpan(doc.text, clause);
  const mention = {
    source: doc.entry.id,
    quote: doc.text.slice(quote.start, quote.end),
    start: quote.start,
    end: quote.end,
  };
  for (const region of named.length > 0 ? named : [context]) {
    const key = `${region}|${id}`;
    const found = byKey.get(key);
    if (found === undefined) byKey.set(key, { region, id, mentions: [mention] });
    else if (!found.mentions.some((m) => m.start === mention.start)) found.mentions.push(mention);
  }
}

/**
 * Every measure the document reports, one record per region, measure and source, its mentions in
 * text order. Errors: a record the schema refuses throws (a bug of the reader, not of the text).
 */
export function extractMeasures(
  doc: PreparedDocument,
  catalogue: MeasureEntry[],
  regions: RegionIndex,
): Measure[] {
  const byKey: Records = new Map();
  const patterns = catalogue.map((m) => ({
    id: m.id,
    res: m.keywords.map((k) => new RegExp(k, 'gu')),
    unless: (m.unless ?? []).map((k) => new RegExp(k, 'u')),
  }));
  for (const sentence of sentences(doc.work, doc.body.start, doc.body.end)) {
    const text = doc.work.slice(sentence.start, sentence.end);
    for (const { id, res, unless } of patterns) {
      const hits = res
        .flatMap((re) => [...text.matchAll(re)].map((m) => sentence.start + m.index))
        .filter((at) => {
          const c = clauseAround(doc.work, at);
          return !unless.some((re) => re.test(doc.work.slice(c.start, c.end)));
        })
        .sort((a, b) => a - b);
      // Every hit, clause by clause: a sentence may report the measure for one place in its
      // first clause and for others in a later one (主城都市区…对口帮扶… after a first mention).
      const firstHitOfClause = new Map<number, number>();
      for (const at of hits) {
        const clause = clauseAround(doc.work, at).start;
        if (!firstHitOfClause.has(clause)) firstHitOfClause.set(clause, at);
      }
      for (const at of firstHitOfClause.values()) record(doc, regions, byKey, id, at);
    }
  }
  return [...byKey.values()].map(({ region, id, mentions }) =>
    MeasureSchema.parse({
      id: `${doc.entry.id}-${id}-${region}`,
      region,
      measure: id,
      ...(mentions[0] as Mention),
      mentions,
    }),
  );
}
