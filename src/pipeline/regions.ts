/**
 * Which region a span of text speaks for. A document has a default region, a section may
 * override it, and a clause that names exactly one other region of the same province is about
 * that region. A clause naming several ("主城都市区…帮扶渝东南、渝东北片区800余所农村学校")
 * stays with the section's region: the number is a joint total, and giving it to any one of the
 * named regions (or to each) would misstate it.
 */
import type { Region } from '../lib/domain/schema.ts';
import { clauseAround, type Span } from './text.ts';

/** Finds region names (and aliases) in simplified text. */
export interface RegionIndex {
  byCode: Map<string, Region>;
  names: { name: string; code: string }[];
  /** Provinces and prefectures of all China, longest name first: the aiders of paired aid. */
  aiders: { name: string; code: string }[];
}

/**
 * Full names of regions that are everyday words of these reports: «城区学校» speaks of a town's
 * centre, not of 长治市城区; «新区» and «矿区» are kinds of area.
 */
const COMMON_WORDS = new Set(['城区', '新区', '郊区', '矿区']);

/**
 * Whether `name` finds `region` in running text. A county's two-character short name is first of
 * all a word, or two halves of words, of this genre: 新建 (新建区) builds, 资源 (资源县) is
 * «资源配置», 合作, 振兴 and 平和 are words, 利通 sits in «顺利通过», 增城 in «新增城区», 高要 in
 * «更高要求». Reports name a county in full (新建区, 资源县); provinces and prefectures are also
 * named short («重庆», «大理州»).
 */
export function findsRegion(region: Region, name: string): boolean {
  if (/^\d+$/.test(name) || COMMON_WORDS.has(name)) return false;
  const shortName = name !== region.name.zh && region.name.zh.startsWith(name);
  return !(region.level === 'county' && shortName && name.length <= 2);
}

/** The names and aliases of `regions` that find them in text (findsRegion), longest first. */
function namesOf(regions: readonly Region[]): { name: string; code: string }[] {
  const names: { name: string; code: string }[] = [];
  for (const r of regions) {
    for (const name of [r.name.zh, ...r.aliases])
      if (findsRegion(r, name)) names.push({ name, code: r.code });
  }
  // Longest first, so "渝东北片区" is read as one name and "重庆市" before "重庆".
  return names.sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
}

/**
 * The index of the regions a document may speak for, and of `elsewhere`: places beyond them that
 * may act in it as aiders (paired-aid.ts), the provinces and prefectures of all China.
 */
export function regionIndex(regions: Region[], elsewhere: readonly Region[] = []): RegionIndex {
  return {
    byCode: new Map(regions.map((r) => [r.code as string, r])),
    names: namesOf(regions),
    aiders: namesOf(elsewhere.filter((r) => r.level === 'province' || r.level === 'prefecture')),
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
 * Regions named in work[span], keeping only those in the context region's province that are not
 * its ancestors (陕西省 in a Hanzhong report is not a change of subject), and dropping any named
 * region that is an ancestor of another named one (重庆市巴南区 is about 巴南区).
 */
export function namedRegions(
  index: RegionIndex,
  work: string,
  span: Span,
  context: string,
): string[] {
  const found: string[] = [];
  const taken = new Array<boolean>(span.end - span.start).fill(false);
  // Searched in the span's own text: a name absent from a clause would otherwise be looked for
  // to the document's end, for every name of the base and every clause (most of the build's time).
  const text = work.slice(span.start, span.end);
  for (const { name, code } of index.names) {
    for (let rel = text.indexOf(name); rel >= 0; rel = text.indexOf(name, rel + 1)) {
      if (taken.slice(rel, rel + name.length).some(Boolean)) continue;
      taken.fill(true, rel, rel + name.length);
      if (!found.includes(code)) found.push(code);
    }
  }
  const province = provinceOf(index, context);
  const contextAncestors = ancestors(index, context);
  const inScope = found.filter(
    (c) => provinceOf(index, c) === province && !contextAncestors.has(c) && c !== province,
  );
  return inScope.filter(
    (c) => !inScope.some((other) => other !== c && ancestors(index, other).has(c)),
  );
}

/** Words for the whole of an area («全州12个县市», «全市»), with the kind of area they name. */
const WHOLE_AREA = /[全本](省|市|州|盟|县|区|旗)/u;

/**
 * Whether the words for a whole area in `said` name the section's region again: «全市» names a
 * city, not the province a provincial notice is about («二、樟树市。…全市小学、初中平均班额…» is
 * 樟树市's), so it names the region only when the region is of its kind (its name ends so).
 */
function namesWholeOf(index: RegionIndex, said: string, context: string): boolean {
  const kind = WHOLE_AREA.exec(said)?.[1];
  if (kind === undefined) return false;
  const name = index.byCode.get(context)?.name.zh;
  return name === undefined || name.endsWith(kind);
}

/**
 * The region a clause's figures belong to, read as reports list places: a clause that names one
 * region is about it, and so are the clauses after it, back to `floor` (the paragraph's or the
 * section's start), until another region is named («宾川县新增学位1200个，新建校舍2.1万平方米；
 * 祥云县…»). A clause naming several regions, or the whole area («全州», «全市»), is the
 * section's, and so are those after it.
 */
export function attributeCarried(
  index: RegionIndex,
  work: string,
  clause: Span,
  context: string,
  floor: number,
): string {
  for (let c = clause; c.end > floor; c = clauseAround(work, Math.max(floor, c.start - 1))) {
    const span = { start: Math.max(c.start, floor), end: c.end };
    const named = namedRegions(index, work, span, context);
    if (named.length === 1) return named[0] as string;
    if (named.length > 1 || namesWholeOf(index, work.slice(span.start, span.end), context))
      return context;
    if (c.start <= floor) break;
  }
  return context;
}
