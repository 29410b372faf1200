/**
 * Policy measures a document reports for a region. Each keyword hit yields the clause around it
 * as the quote; the regions are those the clause names (all of them: in "主城都市区优质学校
 * 对口帮扶渝东南、渝东北片区…" every named group takes part in the paired support), else the
 * section's. The clause, not the sentence: a long sentence may name a region in another clause
 * about something else. One record per region, measure and source: the first mention, because that is where
 * a document introduces a measure; later mentions elaborate it and would only repeat the map.
 */
import type { Measure } from '../lib/domain/schema.ts';
import { MeasureSchema } from '../lib/domain/schema.ts';
import type { MeasureEntry } from './catalogue.ts';
import { sectionAt, type PreparedDocument } from './document.ts';
import { namedRegions, type RegionIndex } from './regions.ts';
import { clauseAround, sentences, trimSpan } from './text.ts';

export function extractMeasures(
  doc: PreparedDocument,
  catalogue: MeasureEntry[],
  regions: RegionIndex,
): Measure[] {
  const out: Measure[] = [];
  const seen = new Set<string>();
  const patterns = catalogue.map((m) => ({
    id: m.id,
    res: m.keywords.map((k) => new RegExp(k, 'gu')),
  }));
  for (const sentence of sentences(doc.work, doc.body.start, doc.body.end)) {
    const text = doc.work.slice(sentence.start, sentence.end);
    for (const { id, res } of patterns) {
      const hits = res
        .flatMap((re) => [...text.matchAll(re)].map((m) => sentence.start + m.index))
        .sort((a, b) => a - b);
      const at = hits[0];
      if (at === undefined) continue;
      const context = sectionAt(doc, at).region;
      const clause = clauseAround(doc.work, at);
      const named = namedRegions(regions, doc.work, clause, context);
      const quote = trimSpan(doc.text, clause);
      for (const region of named.length > 0 ? named : [context]) {
        const key = `${region}|${id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(
          MeasureSchema.parse({
            id: `${doc.entry.id}-${id}-${region}`,
            region,
            measure: id,
            source: doc.entry.id,
            quote: doc.text.slice(quote.start, quote.end),
            start: quote.start,
            end: quote.end,
          }),
        );
      }
    }
  }
  return out;
}
