/**
 * Places named as headings. A province's notice or a city's round-up lists its counties one by
 * one under a heading that is the place's name alone («二、樟树市。全市小学、初中平均班额…»,
 * «（三）婺源县：…», or «樟树市» on a line of its own), a feature under a bracketed line that
 * opens with it («【某县：标题】»): the figures under it are that place's, and «全市», «全县»
 * there name that place again, not the document's subject. A heading names a county by its short
 * name too («【沭阳：…】»), which running text would not (place-names.ts#findsRegion).
 */
import {
  ambiguousPlaces,
  namedRegions,
  sameProvince,
  type AmbiguousPlace,
  type RegionIndex,
} from './regions.ts';
import type { Region } from '../lib/domain/schema.ts';
import { findsRegion } from './place-names.ts';
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

/** A list marker before a heading: «二、», «（三）», «3.», «4．», a feature's «【». */
const MARKER =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|【)?\s*/u;
/** What ends a heading written at the head of its paragraph: «樟树市。», «樟树市：». */
const HEADING_END = /[。：:]/u;
/** A line that starts another heading, of a place or not: it ends the one before. */
const ANY_HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|【)/u;
/** A bracketed heading, a line of its own whatever its colon says: «【沭阳：学位跟着人口走】». */
const BRACKETED = /^\s*【[^】]*】\s*$/u;

/**
 * The name a line would be a place heading by: its words after the list marker, up to the first
 * «。» or «：» (the whole line without one), trimmed; `lead` is where they start in the line.
 */
export function headingName(line: string): { name: string; lead: number; stop: number | null } {
  const stop = HEADING_END.exec(line)?.index ?? null;
  const raw = stop === null ? line : line.slice(0, stop);
  const lead = MARKER.exec(raw)?.[0].length ?? 0;
  return { name: raw.slice(lead).trim(), lead, stop };
}

/**
 * The regions a heading's name finds in text (place-names.ts#findsRegion), or is a county's short
 * name of: alone in a heading it is no word of the text.
 */
export function regionsCalled(
  index: { byCode: ReadonlyMap<string, Region> },
  name: string,
): string[] {
  // A place's name is a short run of characters: a line's words (most lines) are not looked up.
  if (!/^\p{Script=Han}{2,12}$/u.test(name)) return [];
  return [...index.byCode.values()]
    .filter(
      (r) =>
        r.level !== 'country' &&
        (r.name.zh === name || r.aliases.includes(name)) &&
        (findsRegion(r, name) || (r.level === 'county' && r.name.zh.startsWith(name))),
    )
    .map((r) => r.code);
}

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
  const { name, lead } = headingName(work.slice(heading.start, heading.end));
  const named = index.names.find((n) => n.name === name);
  if (named === undefined) return shortNamed(index, name, context);
  const span = { start: heading.start + lead, end: heading.end };
  const ambiguous = ambiguousPlaces(index, work, span, context);
  if (ambiguous.length === 1 && ambiguous[0]?.name === name) return ambiguous[0];
  const inScope = namedRegions(index, work, span, context);
  const code = inScope.length === 1 ? (inScope[0] as string) : null;
  return code !== null && named.codes.includes(code) ? code : null;
}

/**
 * The one county a heading names by its short name alone («沭阳» for 沭阳县), in the context's
 * province, or the country's when the context is the country; else null.
 */
function shortNamed(index: RegionIndex, name: string, context: string): string | null {
  const codes = regionsCalled(index, name).filter((c) => sameProvince(index, c, context));
  return codes.length === 1 ? (codes[0] as string) : null;
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
    const { stop } = headingName(line);
    const alone = stop === null || stop === line.trimEnd().length - 1 || BRACKETED.test(line);
    const region = headingRegion(
      index,
      work,
      { start, end: stop === null ? end : start + stop },
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
