/**
 * The review `npm run add-document` prints: what the build read from one document (each fact,
 * measure and event with its sentence), every numeral it did not read and why, the places the
 * text names that the region base does not know, and those it names by a name several regions
 * share with nothing to say which. The JSON form is the contract of
 * ../shared/DATASET.md ("Adding a document").
 */
import type { Dataset } from '../lib/domain/schema.ts';
import type { SourceTexts } from '../lib/domain/source-texts.ts';
import type { CoverageReport } from './coverage.ts';
import type { RegionUniverse } from './region-base.ts';
import { fullName } from './place-names.ts';
import { ambiguousPlaces, regionIndex } from './regions.ts';
import { simplifiedView } from './script.ts';
import { sentenceAround } from './text.ts';
import { languageNote } from './text-language.ts';

/** A piece of the document: its text and character offsets. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** The review of one document, as `--json` prints it. */
export interface Review {
  source: string;
  region: string;
  /** How the subject region was chosen: given with --region, or inferred from the text. */
  regionBasis: 'given' | 'inferred';
  /**
   * Notes on the document as a whole, one sentence each: that it is mostly in Latin script, so
   * the reader (which reads Chinese reports) read none of its figures. Empty for a Chinese text.
   */
  notes: string[];
  facts: (Dataset['facts'][number] & { sentence: string })[];
  measures: (Dataset['measures'][number] & { sentence: string })[];
  events: (Dataset['events'][number] & { sentence: string })[];
  unread: (Piece & { reason: string })[];
  unknownPlaces: Piece[];
  /** Places named by a name several regions share, nothing saying which: `regions` it may be. */
  ambiguousPlaces: (Piece & { regions: { code: string; name: string }[] })[];
}

/**
 * Words ending like a place that are not places: areas of a town, kinds of school district,
 * «全县», «该区». A candidate in this list, or ending in one of them, is never reported.
 */
const NOT_PLACES =
  /(?:城区|市区|县区|辖区|片区|校区|学区|社区|园区|景区|山区|库区|牧区|新区|老区|城市|都市|全市|全县|全区|本市|本县|本区|该市|该县|该区|各县|各区|各市|地市|区县|县市|市县|省市|超市|城乡|上市|门市|开区|示范区|实验区|功能区|开发区|试验区|高新区|保税区|经济区|集聚区|先行区|改革区|行政区|自治区)$/u;

/**
 * Places the text names that no region of the base or catalogue is called: a unit word (县,
 * 区, 市, 旗) after a name that follows a known province or prefecture («汉中市某某县»),
 * the way reports name a county the base may lack (a new district, a misspelling).
 */
export function unknownPlaces(
  u: RegionUniverse,
  text: string,
  body: { start: number; end: number },
): Piece[] {
  const work = simplifiedView(text);
  const known = new Set<string>();
  const parents: string[] = [];
  for (const r of u.byCode.values()) {
    known.add(r.name.zh);
    for (const a of r.aliases) known.add(a);
    if (r.level === 'province' || r.level === 'prefecture') parents.push(r.name.zh);
  }
  const out: Piece[] = [];
  const pattern = new RegExp(
    `(?:${parents.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})([\\p{Script=Han}]{1,6}?(?:自治县|自治旗|县|区|市|旗))`,
    'gu',
  );
  for (const m of work.slice(body.start, body.end).matchAll(pattern)) {
    const name = m[1] as string;
    // «上海市对口支援江孜县»: words before a known place's name are not a place of their own.
    const endsKnown = [...name].some((_, i) => i > 0 && known.has(name.slice(i)));
    if (known.has(name) || endsKnown || NOT_PLACES.test(name)) continue;
    const start = body.start + (m.index ?? 0) + m[0].length - name.length;
    out.push({ text: text.slice(start, start + name.length), start, end: start + name.length });
  }
  return out;
}

/** The review of document `sourceId` in a built dataset, its sources' texts and its coverage report. */
export function reviewOf(
  dataset: Dataset,
  texts: SourceTexts,
  coverage: CoverageReport,
  u: RegionUniverse,
  sourceId: string,
  regionBasis: Review['regionBasis'],
): Review {
  const source = dataset.sources.find((s) => s.id === sourceId);
  const text = source && texts[source.id];
  if (!source || text === undefined) throw new Error(`the build has no source ${sourceId}`);
  const sentence = (x: { start: number; end: number }) => {
    const s = sentenceAround(text, x.start, x.end);
    return text.slice(s.start, s.end).trim();
  };
  const withSentence = <T extends { source: string; start: number; end: number }>(list: T[]) =>
    list.filter((x) => x.source === sourceId).map((x) => ({ ...x, sentence: sentence(x) }));
  return {
    source: sourceId,
    region: source.defaultRegion,
    regionBasis,
    notes: [languageNote(text.slice(source.body.start, source.body.end))].filter(
      (n): n is string => n !== null,
    ),
    facts: withSentence(dataset.facts),
    measures: withSentence(dataset.measures),
    events: withSentence(dataset.events),
    unread: coverage.entries
      .filter((e) => e.source === sourceId && e.outcome === 'left-out')
      .map((e) => ({ text: e.text, start: e.start, end: e.end, reason: e.reason ?? 'left out' })),
    unknownPlaces: unknownPlaces(u, text, source.body),
    ambiguousPlaces: ambiguousPlaces(
      regionIndex([...u.byCode.values()]),
      simplifiedView(text),
      source.body,
      source.defaultRegion,
    ).map((p) => ({
      text: text.slice(p.start, p.end),
      start: p.start,
      end: p.end,
      regions: p.codes.map((code) => ({ code, name: fullName(u.byCode, code) })),
    })),
  };
}
