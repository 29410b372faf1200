/**
 * The region a figure of a document is given, as the reader composes its rules: an aider
 * elsewhere keeps what it sends or owns (paired-aid.ts#aiderOf); a report by an aider gives aid
 * funds to the place it aids and keeps the people it sends (paired-aid.ts#aidedOf); else the
 * place its clause, or one before it, names (regions.ts#attributeCarried), under the heading
 * that names a place (place-headings.ts) or the section's region.
 */
import { sectionAt, type PreparedDocument } from './document.ts';
import { aidedElsewhere, aidedOf, aiderOf } from './paired-aid.ts';
import { placeHeadingAt, placeHeadings, type PlaceHeading } from './place-headings.ts';
import { attributeCarried, type RegionIndex, type UnplacedFigure } from './regions.ts';
import type { Span } from './text.ts';

/** What a document's figures are placed by, read once per document. */
export interface DocumentPlaces {
  index: RegionIndex;
  doc: PreparedDocument;
  headings: PlaceHeading[];
  /** Places of other provinces the document aids. */
  aided: Set<string>;
}

/** The place headings and aided places of `doc`. */
export function documentPlaces(index: RegionIndex, doc: PreparedDocument): DocumentPlaces {
  const { work, body, entry } = doc;
  return {
    index,
    doc,
    headings: placeHeadings(index, work, body, (at) => sectionAt(doc, at).region),
    aided: aidedElsewhere(index.names, work, body, entry.defaultRegion),
  };
}

/**
 * The region of the figure at `at` in `clause` of `sentence`, its paragraph starting at
 * `paragraphStart`; an UnplacedFigure when its place is named by a name several regions share
 * and nothing says which, or is a town below the county (its figure is then given to none).
 */
export function factRegion(
  places: DocumentPlaces,
  at: number,
  clause: Span,
  sentence: Span,
  paragraphStart: number,
): string | UnplacedFigure {
  const { index, doc, headings, aided } = places;
  const section = sectionAt(doc, at).region;
  const heading = placeHeadingAt(headings, at);
  // Under «二、樟树市。» the heading's place is what «全市» names and the clauses fall back to.
  const context = heading?.region ?? section;
  const region =
    aiderOf(index.aiders, doc.work, clause, sentence, at, section) ??
    aidedOf(aided, index.names, doc.work, clause, at, context) ??
    attributeCarried(index, doc.work, clause, context, paragraphStart, {
      subject: doc.entry.defaultRegion,
      aided,
    });
  // Under «二、市中区。», in a report on 山东省, what falls back to the heading is no region's.
  return region === context && heading?.ambiguous !== undefined ? heading.ambiguous : region;
}
