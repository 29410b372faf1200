/**
 * The documents' full texts, apart from the dataset (public/data/texts.json), so the first view
 * does not carry them: each source's text by its id, as the build read it from its seed file (a
 * quote's offsets count characters of it). The build checks every quote against them before it
 * writes either file; the app checks a document's quotes when its text arrives (`checkQuotes`).
 */
import './zod-jitless';
import { z } from 'zod/mini';
import type { ReportIssue } from './dataset-checks';
import { SourceIdSchema } from './field-schemas';

export const SourceTextsSchema = z.record(SourceIdSchema, z.string().check(z.minLength(1)));
/** Each source's text by its id. */
export type SourceTexts = z.infer<typeof SourceTextsSchema>;

/** A quote and where it is: the span of a fact, measure, event or mention. */
interface Quoted {
  source: string;
  quote: string;
  start: number;
  end: number;
}

/** The records that quote their sources (plain strings, so the build's drafts pass too). */
export interface QuotingRecords {
  facts: readonly (Quoted & { id: string })[];
  measures: readonly (Quoted & { id: string; mentions: readonly Quoted[] })[];
  events: readonly (Quoted & { id: string })[];
}

/**
 * Reports to `issue` each record and mention of `source` whose quote is not `text`'s characters
 * at its offsets (start inclusive, end exclusive), with its path in the dataset.
 */
export function checkQuotes(
  ds: QuotingRecords,
  source: string,
  text: string,
  issue: ReportIssue,
): void {
  const misplaced = (q: Quoted) => q.source === source && text.slice(q.start, q.end) !== q.quote;
  for (const kind of ['facts', 'measures', 'events'] as const)
    ds[kind].forEach((item, i) => {
      if (misplaced(item))
        issue([kind, i, 'quote'], `quote of ${item.id} not found at ${item.start}-${item.end}`);
    });
  ds.measures.forEach((m, i) =>
    m.mentions.forEach((mention, j) => {
      if (misplaced(mention))
        issue(
          ['measures', i, 'mentions', j],
          `mention of ${m.id} not found at ${mention.start}-${mention.end}`,
        );
    }),
  );
}
