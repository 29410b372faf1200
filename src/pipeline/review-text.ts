/** The review of an added document as lines for a terminal (`--json` prints the object instead). */
import type { Dataset, FactScope } from '../lib/domain/schema.ts';
import type { Review } from './review.ts';

const quoteOf = (s: string): string => `«${s.replace(/\s+/g, ' ')}»`;

/** A fact's own scope in one line: «scope: junior, flow 2019–2023-03, for school-building». */
function scopeLine(scope: FactScope): string {
  const { kind, from, to } = scope.period;
  const period =
    kind === 'stock'
      ? `stock at ${to ?? 'its date'}`
      : kind === 'flow'
        ? `flow ${from ?? '…'}–${to ?? '…'}`
        : `rate per ${scope.period.per ?? 'year'}${from === null ? '' : ` from ${from}`}`;
  const parts = [scope.levels, period];
  if (scope.purpose !== null) parts.push(`for ${scope.purpose}`);
  if (scope.base !== null) parts.push(`share of ${scope.base}`);
  return `scope: ${parts.join(', ')}`;
}

/** The review as text: a header, then each list with its sentences, empty lists said so. */
export function reviewText(
  review: Review,
  dataset: Dataset,
  opts: { file: string; dryRun: boolean },
): string {
  const name = (code: string) => {
    const r = dataset.regions.find((x) => x.code === code);
    return r ? `${r.name.zh} ${code}` : code;
  };
  const unitOf = (id: string) => dataset.indicators.find((i) => i.id === id)?.unit ?? '';
  const lines = [
    `${opts.dryRun ? 'would add' : 'added'} ${opts.file} as document ${review.source}: ` +
      `subject ${name(review.region)} (${review.regionBasis === 'given' ? 'given with --region' : 'inferred from the title and text; give --region to change it'})`,
  ];
  lines.push(...review.notes.map((n) => `note: ${n}`));
  if (dataset.release) lines.push(`release ${dataset.release.version} of ${dataset.release.date}`);
  const section = (title: string, items: string[][]) => {
    lines.push('', `${title} (${items.length})${items.length === 0 ? ': none' : ':'}`);
    for (const item of items) lines.push(...item.map((l, i) => `${i === 0 ? '  ' : '      '}${l}`));
  };
  section(
    'facts',
    review.facts.map((f) => [
      `${name(f.region)} · ${f.indicator} = ${f.value}${f.upper != null ? `–${f.upper}` : ''} ${unitOf(f.indicator)} (${f.qualifier}, ${f.status}, ${f.date ?? 'no date'})`,
      ...(f.scope ? [scopeLine(f.scope)] : []),
      quoteOf(f.sentence),
    ]),
  );
  section(
    'measures',
    review.measures.map((m) => [`${name(m.region)} · ${m.measure}`, quoteOf(m.sentence)]),
  );
  section(
    'events',
    review.events.map((e) => [
      `${name(e.region)} · ${e.kind} ${e.date ?? ''}: ${e.title.zh}`,
      quoteOf(e.sentence),
    ]),
  );
  section(
    'numerals not read',
    review.unread.map((u) => [`${quoteOf(u.text)} at ${u.start}–${u.end}: ${u.reason}`]),
  );
  section(
    'places the region base does not know',
    review.unknownPlaces.map((p) => [`${quoteOf(p.text)} at ${p.start}–${p.end}`]),
  );
  section(
    'places several regions are called, none chosen',
    review.ambiguousPlaces.map((p) => [
      `${quoteOf(p.text)} at ${p.start}–${p.end}: ${p.regions.map((r) => `${r.name} ${r.code}`).join(', ')}`,
    ]),
  );
  return lines.join('\n');
}
