/**
 * The last gate before writing: every quote (and every mention of a measure) is verbatim at its
 * offsets in its source's text, every value is what its quote says (re-parsed, in its table row's
 * unit for a table's cell), every fact has its
 * own scope, and the whole dataset passes the contract schema. Failures name the seed file and the
 * line:column of the offending quote.
 */
import type { z } from 'zod';
import { DatasetSchema, type Dataset } from '../lib/domain/schema.ts';
import { checkQuotes, SourceTextsSchema, type SourceTexts } from '../lib/domain/source-texts.ts';
import { BuildError, failAt } from './errors.ts';
import { scanArabic, scanChinese, type Quantity } from './quantity.ts';
import { cellQuantity, tableCellAt } from './tables.ts';
import { simplifiedView } from './script.ts';

/** The dataset before validation: plain strings where the schema brands ids. */
export type Draft = z.input<typeof DatasetSchema>;

/** The texts the build read, by source id (plain strings: the draft's ids are not yet branded). */
export type DraftTexts = Readonly<Record<string, string>>;

/**
 * Check spans and values against the sources' `texts`, then validate with DatasetSchema; returns
 * the parsed dataset and its texts.
 */
export function verifyDataset(
  ds: Draft,
  texts: DraftTexts,
): { dataset: Dataset; texts: SourceTexts } {
  const fileOf = (source: string): { file: string; text: string } => {
    const s = ds.sources.find((x) => x.id === source);
    const text = texts[source];
    if (!s) throw new BuildError('seeds/catalogue.json', null, `unknown source ${source}`);
    if (text === undefined) throw new BuildError(s.file, null, `no text for source ${source}`);
    return { file: s.file, text };
  };
  for (const item of [...ds.facts, ...ds.measures, ...ds.events]) {
    const { file, text } = fileOf(item.source);
    if (text.slice(item.start, item.end) !== item.quote)
      failAt(
        file,
        text,
        item.start,
        `quote of ${item.id} no longer matches the text ("${item.quote}")`,
      );
  }
  for (const { id } of ds.sources) {
    const { file, text } = fileOf(id);
    checkQuotes(ds, id, text, (path, message) => {
      throw new BuildError(file, null, `${message} (${path.join('.')})`);
    });
  }
  for (const f of ds.facts) {
    // The app's schema lets hand-made fixtures go without; a built fact always has its own scope.
    if (f.scope === undefined) {
      const { file, text } = fileOf(f.source);
      failAt(file, text, f.start, `fact ${f.id} has no scope read from its sentence`);
    }
    const quote = simplifiedView(f.quote);
    const stated = [...scanArabic(quote), ...scanChinese(quote)];
    const says = (q: { value: number | null; upper?: number | null }) =>
      q.value === f.value && (q.upper ?? undefined) === f.upper;
    if (!stated.some(says)) {
      const { file, text } = fileOf(f.source);
      // A table's cell says its value in its row head's unit («教育投入（亿元）9.6»).
      const cell = tableCellAt(simplifiedView(text), f);
      const numbers = stated.filter((q): q is Quantity => q.value !== null);
      if (numbers.some((q) => says(cellQuantity(q, cell)))) continue;
      failAt(
        file,
        text,
        f.start,
        `value ${f.value} of ${f.id} is not what its quote says ("${f.quote}")`,
      );
    }
  }
  const parsed = DatasetSchema.safeParse(ds);
  if (parsed.success) return { dataset: parsed.data, texts: SourceTextsSchema.parse(texts) };
  const issue = parsed.error.issues[0];
  const [kind, index] = issue?.path ?? [];
  const item =
    typeof kind === 'string' &&
    typeof index === 'number' &&
    (kind === 'facts' || kind === 'measures' || kind === 'events')
      ? ds[kind][index]
      : undefined;
  if (item) {
    const { file, text } = fileOf(item.source);
    failAt(file, text, item.start, `${issue?.message} (${String(kind)} ${item.id})`);
  }
  throw new BuildError(
    'public/data/dataset.json',
    issue?.path.join('.') ?? null,
    issue?.message ?? 'invalid dataset',
  );
}
