/**
 * The subject of a document added without --region, as a reader would tell who writes and who is
 * written about: the office a letter is addressed to and speaks to as «你县»; the office the
 * document speaks as (its sign-off, the post under its title, «办理单位：») when that office is of
 * the kind the text calls its own and its title names no other place; the region enclosing several
 * places of one kind its title names; the region its title names; else the one its text names most.
 */
import type { Region } from '../lib/domain/schema.ts';
import type { RegionUniverse } from './region-base.ts';
import { addresseeOffice, issuerOffices } from './issuer.ts';
import { areaKinds, OWN_AREA, WHOLE_AREA } from './area-words.ts';
import { aidedIn } from './paired-aid.ts';
import { headingName, regionsCalled } from './place-headings.ts';
import {
  customaryShortNames,
  placeNames,
  resolveShared,
  standsAsName,
  type PlaceName,
} from './place-names.ts';
import { simplifiedView } from './script.ts';

const simplified = (s: string): string => simplifiedView(s.normalize('NFKC')).trim();

const DEPTH: Record<Region['level'], number> = {
  country: 0,
  province: 1,
  prefecture: 2,
  group: 2,
  county: 3,
};

/** The regions below the country, their names and aliases simplified as texts are read. */
function simplifiedRegions(u: RegionUniverse): Region[] {
  return [...u.byCode.values()]
    .filter((r) => r.level !== 'country')
    .map((r) => ({
      ...r,
      name: { ...r.name, zh: simplified(r.name.zh) },
      aliases: r.aliases.map(simplified),
    }));
}

/**
 * The names regions are found by in a text (place-names.ts#findsRegion), simplified, each with
 * every region it finds («大理州» is one prefecture; «鼓楼区» is a district of four cities).
 */
function findableNames(regions: readonly Region[]): PlaceName[] {
  return placeNames(regions).filter((n) => n.name.length >= 2);
}

/**
 * How often each region is named in a text, longest names first, never inside another's nor where
 * it is no name (standsAsName); a name several regions share counts for the one the text before
 * it places it in, or for none.
 */
function namings(
  u: RegionUniverse,
  names: readonly PlaceName[],
  within: string,
): Map<string, number> {
  const work = simplified(within);
  const taken = new Array<boolean>(work.length).fill(false);
  const seen = new Map<string, number>();
  for (const { name, codes } of names) {
    for (let at = work.indexOf(name); at >= 0; at = work.indexOf(name, at + 1)) {
      if (taken.slice(at, at + name.length).some(Boolean) || !standsAsName(work, at, name))
        continue;
      taken.fill(true, at, at + name.length);
      const code =
        codes.length === 1 ? codes[0] : resolveShared(u.byCode, codes, work.slice(0, at), []);
      if (code !== undefined && code !== null) seen.set(code, (seen.get(code) ?? 0) + 1);
    }
  }
  return seen;
}

/**
 * The kind of area a text calls its own most often («我区», «本县»), else, when it never does,
 * the kind it speaks of as a whole most often: a province's reply that says «全省» seven times
 * and names the city a deputy asked about more often writes for the province. Null when it
 * uses neither.
 */
function ownKind(text: string): string | null {
  const work = simplified(text);
  const own = areaKinds(work, OWN_AREA);
  const counts = new Map<string, number>();
  for (const kind of own.length > 0 ? own : areaKinds(work, WHOLE_AREA))
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** `code` and its ancestors, nearest first. */
function lineage(u: RegionUniverse, code: string): string[] {
  const out: string[] = [];
  for (let r = u.byCode.get(code); r; r = r.parent ? u.byCode.get(r.parent) : undefined)
    out.push(r.code);
  return out;
}

/**
 * The region enclosing every place the text's headings name, when they name two or more: a city
 * bureau's bulletin listing its counties one by one («某区：新增学位…») speaks for the city, a
 * national paper's feature on counties of three provinces («【某县：…】») for the country. Null
 * when the headings name fewer places.
 */
function headedArea(u: RegionUniverse, text: string): string | null {
  const headed = new Set<string>();
  for (const line of simplified(text).split('\n')) {
    const codes = regionsCalled(u, headingName(line).name);
    if (codes.length === 1) headed.add(codes[0] as string);
  }
  if (headed.size < 2) return null;
  return enclosing(u, [...headed]);
}

/** The nearest region enclosing every one of `codes` (the country when nothing nearer does). */
function enclosing(u: RegionUniverse, codes: readonly string[]): string | null {
  const [first, ...rest] = codes.map((code) => lineage(u, code));
  return first?.find((c) => rest.every((l) => l.includes(c))) ?? null;
}

/**
 * The place of the office the document speaks as (issuer.ts): the most specific region its offices
 * name, when they name one line of places («常州市武进区教育局» is 武进区's); null when they name
 * none, or places apart.
 */
function issuerRegion(u: RegionUniverse, names: readonly PlaceName[], text: string): string | null {
  const named = new Set(
    issuerOffices(simplified(text)).flatMap((office) => [...namings(u, names, office).keys()]),
  );
  const own = [...named].filter(
    (c) => ![...named].some((o) => o !== c && lineage(u, o).includes(c)),
  );
  return own.length === 1 ? (own[0] as string) : null;
}

/**
 * The region a letter is about when it is addressed to one office («德清县人民政府：») and speaks
 * to it of its own area («对你县进行了督导评估»): the addressee's, whoever signs (a province's
 * 督导 office writes to the county). Null otherwise.
 */
function addressedRegion(
  u: RegionUniverse,
  names: readonly PlaceName[],
  text: string,
): string | null {
  const work = simplified(text);
  const office = addresseeOffice(work);
  if (office === null) return null;
  const named = [...namings(u, names, office).keys()];
  const kind = u.byCode.get(named[0] ?? '')?.name.zh.slice(-1);
  return named.length === 1 && kind !== undefined && work.includes(`你${kind}`)
    ? (named[0] as string)
    : null;
}

/**
 * Whether the office of `issuer` speaks for the document over the most specific place its title
 * names (`titled`, of `inTitle`): when the title names none, or one enclosing the office
 * («常州12345…回复», answered by «常州市武进区教育局»), or two places or more inside it and none
 * beside it (a city's circular on two of its counties, «…关于甲县、乙县…督导评估情况的通报»).
 */
function speaksFor(
  u: RegionUniverse,
  issuer: string,
  titled: string | null,
  inTitle: readonly string[],
): boolean {
  if (titled === null || lineage(u, issuer).includes(titled)) return true;
  const inside = inTitle.filter((c) => c !== issuer && lineage(u, c).includes(issuer));
  return (
    inside.length >= 2 && inTitle.every((c) => inside.includes(c) || lineage(u, issuer).includes(c))
  );
}

/**
 * The region a title speaks for when it names two or more places of the same, most specific kind
 * within one province: the nearest region enclosing them. A city's 通报 on the provincial 督导 of
 * «三台县、梓潼县» is the city's, whose «全市已有4个县…» it reports, not the first county's.
 * Null when the title names one place of its most specific kind, or places of several provinces
 * (a district's title on the county it aids names both, and speaks for neither's common country).
 */
function severalInTitle(u: RegionUniverse, seen: Map<string, number>): string | null {
  const depth = (code: string) => DEPTH[(u.byCode.get(code) as Region).level];
  const deepest = Math.max(...[...seen.keys()].map(depth));
  const most = [...seen.keys()].filter((code) => depth(code) === deepest);
  if (most.length < 2) return null;
  const area = enclosing(u, most);
  return area !== null && depth(area) > 0 ? area : null;
}

/**
 * The document's subject when none is given: the office a letter is addressed to when it speaks
 * to it of «你县» (addressedRegion), else the office it speaks as (issuerRegion) when that office's
 * region is of the kind the text calls its own (ownKind), or it calls none its own, and it speaks
 * for the document over its title's places (speaksFor), else the region enclosing the places
 * its title names when it names several of one kind (severalInTitle), else the most specific region
 * its title names, else the autonomous county its title names by the customary short name
 * (customaryShortNames), else the one enclosing the places its headings name (headedArea), else
 * the region its text names most often (ties to the more specific, then the lower code), among
 * those of the kind it calls its own (ownKind) when it names any, and of those the ones it does not aid: a
 * district's reply on its paired county («我区累计向果洛州久治县投入…», signed 上海市嘉定区教育局)
 * names the county more often than itself.
 * Null when neither names a region the universe knows.
 */
export function inferRegion(u: RegionUniverse, title: string, text: string): string | null {
  const regions = simplifiedRegions(u);
  const names = findableNames(regions);
  // A title may name a county by its customary short name alone («琼中新闻»), as running text
  // seldom does; read only when the title names no region otherwise, as two characters may chance.
  const titleNames = [...names, ...customaryShortNames(regions)];
  const depth = (code: string) => DEPTH[(u.byCode.get(code) as Region).level];
  const pick = (seen: Map<string, number>, byCount: boolean): string | null =>
    [...seen].sort(
      ([a, na], [b, nb]) => (byCount ? nb - na : 0) || depth(b) - depth(a) || a.localeCompare(b),
    )[0]?.[0] ?? null;
  const kind = ownKind(text);
  const inText = namings(u, names, text);
  const own = new Map(
    [...inText].filter(([code]) => kind !== null && u.byCode.get(code)?.name.zh.endsWith(kind)),
  );
  // A county's reply on the county it aids: both are 县, the one aided is not the writer.
  const aided = aidedIn(names, simplified(text), { start: 0, end: simplified(text).length });
  const writer = new Map([...own].filter(([code]) => !aided.has(code)));
  const mine = writer.size > 0 ? writer : own;
  const inTitle = namings(u, names, title);
  const titled = pick(inTitle, false);
  const issuer = issuerRegion(u, names, text);
  // A province's office signing its letter to a county speaks of the county: the sign-off wins
  // only when its region is of the kind the text calls its own, or the text calls none its own.
  const ofOwnKind =
    issuer !== null && (kind === null || u.byCode.get(issuer)?.name.zh.endsWith(kind) === true);
  return (
    addressedRegion(u, names, text) ??
    (issuer !== null && ofOwnKind && speaksFor(u, issuer, titled, [...inTitle.keys()])
      ? issuer
      : null) ??
    severalInTitle(u, inTitle) ??
    titled ??
    pick(namings(u, titleNames, title), false) ??
    headedArea(u, text) ??
    pick(mine.size > 0 ? mine : inText, true)
  );
}
