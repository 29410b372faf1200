/** The extracted items of one source, as highlightable spans with what each one is about. */
import type { RegionCode, Source, SourceId } from '../domain/schema';
import type { LayerRef } from '../domain/layer-ref';
import type { Atlas } from './atlas';
import { segmentText, type Segment, type Span } from './segments';

export interface SourceItem extends Span {
  region: RegionCode;
  /** The layer the item belongs to, so picking it can show that layer. */
  layer: LayerRef;
}

export function sourceItems(atlas: Atlas, source: SourceId): SourceItem[] {
  const { facts, measures, events } = atlas.dataset;
  const span = (x: { id: string; start: number; end: number; region: RegionCode }) => ({
    id: x.id,
    start: x.start,
    end: x.end,
    region: x.region,
  });
  return [
    ...facts
      .filter((f) => f.source === source)
      .map((f) => ({ ...span(f), layer: { kind: 'indicator', id: f.indicator } as const })),
    ...measures
      .filter((m) => m.source === source)
      .map((m) => ({ ...span(m), layer: { kind: 'measure', id: m.measure } as const })),
    ...events
      .filter((e) => e.source === source)
      .map((e) => ({ ...span(e), layer: { kind: 'events' } as const })),
  ].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

/** A document's text: on its way, here, or why it cannot be shown (the message names the file). */
export type TextState =
  { status: 'loading' } | { status: 'ready'; text: string } | { status: 'failed'; message: string };

/** A document as the viewer shows it: its record, its extracted items, its text cut into runs. */
export interface DocumentView {
  doc: Source;
  items: SourceItem[];
  /** Items by id, to turn a clicked run back into its item. */
  byId: ReadonlyMap<string, SourceItem>;
  /** The text in runs once it has arrived; until then, or when it cannot, the text's state. */
  body: { status: 'ready'; segments: Segment[] } | Exclude<TextState, { status: 'ready' }>;
}

/** The viewer's model of one document, given its text's state; null for an id the dataset does not hold. */
export function documentView(atlas: Atlas, source: SourceId, text: TextState): DocumentView | null {
  const doc = atlas.sources.get(source);
  if (!doc) return null;
  const items = sourceItems(atlas, source);
  return {
    doc,
    items,
    byId: new Map(items.map((i) => [i.id, i])),
    body:
      text.status === 'ready' ? { status: 'ready', segments: segmentText(text.text, items) } : text,
  };
}
