/**
 * Which region a span of text speaks for. A document has a default region, a section may
 * override it, and a clause that names exactly one other region of the same province is about
 * that region. A clause naming several ("主城都市区…帮扶渝东南、渝东北片区800余所农村学校")
 * stays with the section's region: the number is a joint total, and giving it to any one of the
 * named regions (or to each) would misstate it.
 */
import type { Region } from '../lib/domain/schema.ts';
import {
  fullName,
  placeNames,
  resolveShared,
  standsAsName,
  type PlaceName,
} from './place-names.ts';
import { clauseAround, type Span } from './text.ts';
import { TOWN_AREA, WHOLE_AREA } from './area-words.ts';

/** Finds region names (and aliases) in simplified text. */
export interface RegionIndex {
  byCode: Map<string, Region>;
  /** Every name that finds a region, with the regions it finds, longest first. */
  names: PlaceName[];
  /** `names` by their first character, each list in `names`' order, with its rank there. */
  byFirst: Map<string, { rank: number; name: PlaceName }[]>;
  /** Provinces and prefectures of all China, longest name first: the aiders of paired aid. */
  aiders: { name: string; code: string }[];
}

/**
 * The index of the regions a document may speak for, and of `elsewhere`: places beyond them that
 * may act in it as aiders (paired-aid.ts), the provinces and prefectures of all China.
 */
export function regionIndex(regions: Region[], elsewhere: readonly Region[] = []): RegionIndex {
  const names = placeNames(regions);
  const byFirst = new Map<string, { rank: number; name: PlaceName }[]>();
  names.forEach((name, rank) => {
    const first = name.name[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push({ rank, name });
    byFirst.set(first, list);
  });
  return {
    byCode: new Map(regions.map((r) => [r.code as string, r])),
    names,
    byFirst,
    aiders: placeNames(
      elsewhere.filter((r) => r.level === 'province' || r.level === 'prefecture'),
    ).flatMap(({ name, codes }) => codes.map((code) => ({ name, code }))),
  };
}

function ancestors(index: RegionIndex, code: string): Set<string> {
  const out = new Set<string>();
  for (let r = index.byCode.get(code); r?.parent; r = index.byCode.get(r.parent)) out.add(r.parent);
  return out;
}

/** The province (or top region below the country) a region belongs to. */
function provinceOf(index: RegionIndex, code: string): string {
  let r = index.byCode.get(code);
  while (r?.parent && index.byCode.get(r.parent)?.level !== 'country')
    r = index.byCode.get(r.parent);
  return r?.code ?? code;
}

/**
 * Whether `code` lies in the province of `context`, or anywhere when `context` is the country (a
 * national feature's counties are all its own places).
 */
export function sameProvince(index: RegionIndex, code: string, context: string): boolean {
  return (
    index.byCode.get(context)?.level === 'country' ||
    provinceOf(index, code) === provinceOf(index, context)
  );
}

/** A name several regions of the context's province share, that nothing around it resolves. */
export interface AmbiguousPlace extends Span {
  name: string;
  /** The regions of the context's province it may be. */
  codes: string[];
}

/**
 * What a span's places are read against: the region the text speaks for there, the document's
 * subject (`context` when not given), and places of other provinces the document aids
 * (paired-aid.ts#aidedElsewhere), which take the figures of the clauses naming them as places
 * of the context's province do.
 */
export interface Reading {
  context: string;
  subject?: string;
  aided?: ReadonlySet<string>;
}

/** What ends an item of a list or a sentence: a verb's object is carried to no clause past it. */
const ITEM_END = /[;；。！？!?\n]/u;

/** A verb whose object a place named right after it is («推动闽侯县…», «帮助…»). */
const OBJECT_OF = /(?:推动|促进|帮助|支持|指导|督促|带动|力争|争取|确保|鼓励|引导)$/u;

/**
 * Places named in work[span] where they stand as names (place-names.ts#standsAsName), keeping only those in the context region's province that are not
 * its ancestors (陕西省 in a Hanzhong report is not a change of subject), and places the document
 * aids elsewhere, and dropping any named region that is an ancestor of another named one
 * (重庆市巴南区 is about 巴南区). A shared name is resolved by the text before it, the context
 * and the document's subject, or left ambiguous (place-names.ts#resolveShared). `carrying`: the
 * span is a clause before the figure's, past the end of its item, where a verb's object is not
 * looked for.
 */
function placesIn(
  index: RegionIndex,
  work: string,
  span: Span,
  reading: Reading,
  carrying = false,
): { codes: string[]; ambiguous: AmbiguousPlace[] } {
  const around = [reading.context, reading.subject ?? reading.context];
  const found: string[] = [];
  const shared: AmbiguousPlace[] = [];
  const taken = new Array<boolean>(span.end - span.start).fill(false);
  // Searched in the span's own text: a name absent from a clause would otherwise be looked for
  // to the document's end, for every name of the base and every clause (most of the build's time).
  const text = work.slice(span.start, span.end);
  // Only names whose first character the span holds, in the index's order (longest first): the
  // span is a clause, the index all China's names.
  const candidates = [...new Set(text)]
    .flatMap((ch) => index.byFirst.get(ch) ?? [])
    .sort((a, b) => a.rank - b.rank);
  for (const {
    name: { name, codes },
  } of candidates) {
    for (let rel = text.indexOf(name); rel >= 0; rel = text.indexOf(name, rel + 1)) {
      const start = span.start + rel;
      if (taken.slice(rel, rel + name.length).some(Boolean) || !standsAsName(work, start, name))
        continue;
      taken.fill(true, rel, rel + name.length);
      // «推动闽侯县在年内通过…；城区学校…»: a verb's object is not what the next clauses speak of.
      if (carrying && OBJECT_OF.test(work.slice(Math.max(0, start - 4), start))) continue;
      const code =
        codes.length === 1
          ? codes[0]
          : resolveShared(index.byCode, codes, work.slice(0, start), around);
      if (code === undefined || code === null)
        shared.push({ start, end: start + name.length, name, codes });
      else if (!found.includes(code)) found.push(code);
    }
  }
  const { context, aided } = reading;
  const province = provinceOf(index, context);
  const contextAncestors = ancestors(index, context);
  const inScope = (c: string) =>
    (sameProvince(index, c, context) && !contextAncestors.has(c) && c !== province) ||
    aided?.has(c) === true;
  const codes = found.filter(inScope);
  return {
    codes: codes.filter(
      (c) => !codes.some((other) => other !== c && ancestors(index, other).has(c)),
    ),
    ambiguous: shared
      .map((p) => ({ ...p, codes: p.codes.filter(inScope) }))
      .filter((p) => p.codes.length > 0),
  };
}

/** The regions named in work[span] that are its own subject (placesIn), shared names resolved. */
export function namedRegions(
  index: RegionIndex,
  work: string,
  span: Span,
  context: string,
  subject: string = context,
): string[] {
  return placesIn(index, work, span, { context, subject }).codes;
}

/**
 * The places of work[body] named by a name several regions of `subject`'s province share, that
 * nothing before them nor the subject resolves: the review lists them, as their figures are
 * given to none.
 */
export function ambiguousPlaces(
  index: RegionIndex,
  work: string,
  body: Span,
  subject: string,
): AmbiguousPlace[] {
  return placesIn(index, work, body, { context: subject }).ambiguous;
}

/**
 * The place a figure of a town or township belongs to: a place below the county, which the
 * region base does not hold, named by the words for its whole («全镇», «我镇», «镇内学校»). Its
 * figures are no county's quantity: a town's 14 schools drawn on its county's layer would stand
 * beside other counties' totals.
 */
export interface BelowCounty extends Span {
  /** The words that name it («全镇»). */
  word: string;
}

/** Where a figure's place cannot be drawn: a shared name nothing resolves, or a town. */
export type UnplacedFigure = AmbiguousPlace | BelowCounty;

// What may stand before the words a clause opens with: a time («2024年», «年底»), nothing else.
const OPENS_CLAUSE = /^[\s\d年月日底末]*$/u;

/**
 * The place the words for a whole area in work[span] name, read against the section's region
 * `context`: «全市» names a city, not the province a provincial notice is about («二、樟树市。…
 * 全市小学、初中平均班额…» is 樟树市's), so it names the region only when the region is of its kind
 * (its name ends so); «全省» in a city's or county's text names the province it lies in (no other
 * kind of area is a 省, while a 市 may be a prefecture or a county-level city, a 区 a district or an
 * autonomous region), when it is what the clause speaks of, opening it after a time at most
 * («2024年全省计划招聘…»), not a comparison («是全省的人口大县», «居全省第二»); words of a town
 * after them name the town («全县…，全镇…»). Null when the
 * span has no such words, or they name another place.
 */
function wholeAreaIn(
  index: RegionIndex,
  work: string,
  span: Span,
  context: string,
): string | BelowCounty | null {
  const said = work.slice(span.start, span.end);
  const area = [...said.matchAll(WHOLE_AREA)][0];
  const town = [...said.matchAll(TOWN_AREA)].pop();
  if (town !== undefined && (area === undefined || town.index > area.index))
    return {
      start: span.start + town.index,
      end: span.start + town.index + town[0].length,
      word: town[0],
    };
  const kind = area?.[1];
  if (area === undefined || kind === undefined) return null;
  const name = index.byCode.get(context)?.name.zh;
  if (name === undefined || name.endsWith(kind)) return context;
  const province = provinceOf(index, context);
  return kind === '省' &&
    OPENS_CLAUSE.test(said.slice(0, area.index)) &&
    index.byCode.get(province)?.name.zh.endsWith(kind) === true
    ? province
    : null;
}

/**
 * The region a clause's figures belong to, read as reports list places: a clause that names one
 * region is about it, and so are the clauses after it, back to `floor` (the paragraph's or the
 * section's start), until another region is named («宾川县新增学位1200个，新建校舍2.1万平方米；
 * 祥云县…»). A clause naming several regions, or the whole area («全州», «全市»), is the
 * section's, one speaking of the whole province («全省») in a text below it the province's, one
 * speaking of a town («全镇», «镇内») the town's (BelowCounty), and so are those after it (wholeAreaIn). A place named as a verb's object («推动闽侯县…通过») takes
 * the figures of its own item only, not those past a «；» or a sentence's end. A clause naming
 * one place by a name several regions of the province share, with nothing around it to say
 * which, is that ambiguous place's: its figures are given to none of them.
 */
export function attributeCarried(
  index: RegionIndex,
  work: string,
  clause: Span,
  context: string,
  floor: number,
  reading: Omit<Reading, 'context'> = {},
): string | UnplacedFigure {
  let pastItem = false;
  for (let c = clause; c.end > floor; c = clauseAround(work, Math.max(floor, c.start - 1))) {
    const span = { start: Math.max(c.start, floor), end: c.end };
    const own = { ...reading, context };
    const { codes, ambiguous } = placesIn(index, work, span, own, pastItem);
    const named = [...codes, ...ambiguous];
    if (named.length === 1) return named[0] as string | AmbiguousPlace;
    if (named.length > 1) return context;
    const whole = wholeAreaIn(index, work, span, context);
    if (whole !== null) return whole;
    if (c.start <= floor) break;
    pastItem ||= ITEM_END.test(work[c.start - 1] ?? '');
  }
  return context;
}

/**
 * Why a figure whose place cannot be drawn is left out: a shared name, with the regions it may
 * be, or a town below the county, with the words that name it.
 */
export function unplacedReason(index: RegionIndex, place: UnplacedFigure): string {
  if (!('codes' in place))
    return `a figure of a town or township (${place.word}), a place below the county, not the county's quantity`;
  const named = place.codes.map((c) => `${fullName(index.byCode, c)} ${c}`);
  return `a place whose name several regions share (${place.name}: ${named.join(', ')}), and nothing around it says which`;
}
