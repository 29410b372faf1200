/**
 * A source text split into runs for highlighting. Every boundary of every span cuts the text,
 * so overlapping or nested spans never lose a highlight: each run lists the spans covering it,
 * innermost (shortest) first, ties by start then id, so the result is deterministic.
 */

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of the spans covering this run, innermost first; empty for plain text. */
  ids: string[];
}

export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const ordered = [...valid].sort(
    (a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || a.id.localeCompare(b.id),
  );
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const ids = ordered.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    out.push({ start, end, text: text.slice(start, end), ids });
  }
  return out;
}
