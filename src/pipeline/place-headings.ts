/**
 * Places named as headings. A province's notice or a city's round-up lists its counties one by
 * one under a heading that is the place's name alone («二、樟树市。全市小学、初中平均班额…»,
 * «（三）婺源县：…», or «樟树市» on a line of its own): the figures under it are that place's, and
 * «全市», «全县» there name that place again, not the document's subject.
 */
import { ambiguousPlaces, namedRegions, type AmbiguousPlace, type RegionIndex } from './regions.ts';
import type { Span } from './text.ts';

/**
 * A stretch of the body under a heading that names one place: its figures are that region's,
 * or, under a place named by a shared name nothing resolves (`ambiguous`), none's (`region` is
 * then the region the text spoke for before it).
 */
export interface PlaceHeading extends Span {
  region: string;
  ambiguous?: AmbiguousPlace;
}

/** A list marker before a heading: «二、», «（三）», «3.», «4．». */
const MARKER =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])?\s*/u;
/** What ends a heading written at the head of its paragraph: «樟树市。», «樟树市：». */
const HEADING_END = /[。：:]/u;
/** A line that starts another heading, of a place or not: it ends the one before. */
const ANY_HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/u;

/**
 * The region a heading names when it is the name alone (after its list marker), the ambiguous
 * place when that name is one several regions of the province share and nothing says which
 * («二、市中区。» in a report on 山东省), else null.
 */
function headingRegion(
  index: RegionIndex,
  work: string,
  heading: Span,
  context: string,
): string | AmbiguousPlace | null {
  const raw = work.slice(heading.start, heading.end);
  const lead = MARKER.exec(raw)?.[0].length ?? 0;
  const name = raw.slice(lead).trim();
  const named = index.names.find((n) => n.name === name);
  if (named === undefined) return null;
  const span = { start: heading.start + lead, end: heading.end };
  const ambiguous = ambiguousPlaces(index, work, span, context);
  if (ambiguous.length === 1 && ambiguous[0]?.name === name) return ambiguous[0];
  const inScope = namedRegions(index, work, span, context);
  const code = inScope.length === 1 ? (inScope[0] as string) : null;
  return code !== null && named.codes.includes(code) ? code : null;
}

/**
 * The place headings of work[body], `contextAt` giving the region the text at an offset speaks
 * for without them (its section's). A heading at
 * the head of a paragraph holds to the paragraph's end; a heading on a line of its own holds to
 * the next heading of any kind (or the body's end).
 */
export function placeHeadings(
  index: RegionIndex,
  work: string,
  body: Span,
  contextAt: (at: number) => string,
): PlaceHeading[] {
  const out: PlaceHeading[] = [];
  let start = body.start;
  for (const line of work.slice(body.start, body.end).split('\n')) {
    const end = start + line.length;
    const open = out[out.length - 1];
    if (open !== undefined && open.end === Infinity && ANY_HEADING.test(line)) open.end = start;
    const stop = HEADING_END.exec(line);
    const alone = stop === null || stop.index === line.trimEnd().length - 1;
    const region = headingRegion(
      index,
      work,
      { start, end: stop === null ? end : start + stop.index },
      contextAt(start),
    );
    if (region !== null) {
      if (open !== undefined && open.end === Infinity) open.end = start;
      out.push({
        start,
        end: alone ? Infinity : end,
        ...(typeof region === 'string'
          ? { region }
          : { region: contextAt(start), ambiguous: region }),
      });
    }
    start = end + 1;
  }
  return out.map((h) => ({ ...h, end: Math.min(h.end, body.end) }));
}

/** The place heading an offset falls under, or null. */
export function placeHeadingAt(headings: readonly PlaceHeading[], at: number): PlaceHeading | null {
  return headings.find((h) => h.start <= at && at < h.end) ?? null;
}
