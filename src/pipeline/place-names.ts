/**
 * Place names as reports write them, and the names places of China share. Of the 3,841 names
 * that find a region of the base in running text, 34 find more than one (75 regions): 龙华区 is
 * a district of 深圳 and of 海口, 鼓楼区 of 南京, 徐州, 福州 and 开封, 朝阳区 of 北京 and 长春;
 * 12 are shared within one province (市中区 of 济南 and 枣庄, 新华区 of 石家庄 and 沧州). A shared
 * name is never given to the first region listed: it is the one the text places it in
 * (resolveShared), or none.
 */
import type { Region } from '../lib/domain/schema.ts';

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

/**
 * Whether a region's full name of one character and its kind («和县», «成县», «东区», «芒市») stands
 * as a name at work[at]: the character is first of all the end of the word before it, or a word of
 * its own, in «城东小学和县第三初级中学» (a school and the county's third junior school), «上级和县
 * 本级», «计划完成县第二初级中学». Reports write such a county after a boundary: the text's start, a
 * mark or digit («、涉县、磁县»), its city's or province's name («宝鸡市眉县»), or a word that takes a
 * place («在和县», «对口帮扶沛县»). Longer names stand wherever they are found.
 */
export function standsAsName(work: string, at: number, name: string): boolean {
  if (name.length > 2) return true;
  const before = work.slice(Math.max(0, at - 3), at);
  return !/\p{Script=Han}$/u.test(before) || PLACE_BEFORE.test(before);
}

/**
 * Provinces' short names, which reports write before a county as its place («安徽和县», «江苏沛县»)
 * without 省.
 */
const PROVINCE_SHORT_NAMES = (
  '北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 ' +
  '广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆'
).split(' ');

/**
 * What a report writes right before a county of one character: its enclosing area's name (ends in
 * 省, 市, 州, 盟; not «城市», «全市», «各省») or its province's short name («安徽»), a preposition
 * or joining word, or a verb of aid or visit.
 */
const PLACE_BEFORE = new RegExp(
  `(?:(?<![城全本我各该])[省市州盟]|${PROVINCE_SHORT_NAMES.join('|')}|[在于到赴至向对和与及同从由经往]|帮扶|支援|支持|走进|来到|位于)$`,
  'u',
);

/**
 * Autonomous counties' short names that are everyday words or halves of words of these reports:
 * «绿色通道», «互助», «石柱», «沿河», «人民和», «文化隆重», «首都安全», and places beside the county
 * («长白山», «三江源», «青龙镇», «白沙镇», «石林»).
 */
const SHORT_NAME_WORDS = new Set([
  '通道',
  '互助',
  '石柱',
  '沿河',
  '民和',
  '化隆',
  '都安',
  '长白',
  '三江',
  '青龙',
  '白沙',
  '石林',
  '大厂',
  '大化',
  '新平',
  '玉龙',
]);

/**
 * The customary short names of autonomous counties and banners, which titles use where
 * findsRegion refuses a county's two characters: 琼中 for 琼中黎族苗族自治县, the ethnic names and
 * «自治县» dropped (the base's alias). Only a short name no other region is called by (河南 is a
 * province, 河口 a district of 东营) and that is no word (SHORT_NAME_WORDS).
 */
export function customaryShortNames(regions: readonly Region[]): PlaceName[] {
  const called = new Map<string, number>();
  for (const r of regions)
    for (const name of new Set([r.name.zh, ...r.aliases]))
      called.set(name, (called.get(name) ?? 0) + 1);
  return regions.flatMap((r) =>
    /自治[县旗]$/u.test(r.name.zh)
      ? r.aliases
          .filter((a) => a.length === 2 && r.name.zh.startsWith(a) && called.get(a) === 1)
          .filter((a) => !SHORT_NAME_WORDS.has(a))
          .map((name) => ({ name, codes: [r.code] }))
      : [],
  );
}

/** A name that finds regions in text, and the regions it finds (several when it is shared). */
export interface PlaceName {
  name: string;
  codes: string[];
}

/** The names and aliases that find `regions` in text (findsRegion), longest first. */
export function placeNames(regions: readonly Region[]): PlaceName[] {
  const byName = new Map<string, string[]>();
  for (const r of regions)
    for (const name of [r.name.zh, ...r.aliases]) {
      if (!findsRegion(r, name)) continue;
      const codes = byName.get(name) ?? [];
      if (!codes.includes(r.code)) codes.push(r.code);
      byName.set(name, codes);
    }
  // Longest first, so "渝东北片区" is read as one name and "重庆市" before "重庆".
  return [...byName]
    .map(([name, codes]) => ({ name, codes }))
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
}

type Regions = ReadonlyMap<string, Region>;

/** A region's name after its prefecture's («福州市鼓楼区»), as a reader tells shared names apart. */
export function fullName(byCode: Regions, code: string): string {
  const r = byCode.get(code);
  const parent = r?.parent ? byCode.get(r.parent) : undefined;
  return `${parent?.level === 'prefecture' ? parent.name.zh : ''}${r?.name.zh ?? code}`;
}

/** Whether `code` is `area` or lies inside it. */
function within(byCode: Regions, code: string, area: string): boolean {
  for (let r = byCode.get(code); r; r = r.parent ? byCode.get(r.parent) : undefined)
    if (r.code === area) return true;
  return false;
}

/** `code`'s ancestors below the country, nearest first. */
function ancestors(byCode: Regions, code: string): Region[] {
  const out: Region[] = [];
  for (let r = byCode.get(byCode.get(code)?.parent ?? ''); r; r = byCode.get(r.parent ?? ''))
    if (r.level !== 'country') out.push(r);
  return out;
}

/** The ancestors of `codes` that `before` names, the last named first. */
function enclosingNamedBefore(byCode: Regions, codes: readonly string[], before: string): string[] {
  const last = new Map<string, number>();
  for (const code of codes)
    for (const a of ancestors(byCode, code)) {
      const at = Math.max(
        ...[a.name.zh, ...a.aliases]
          .filter((n) => findsRegion(a, n))
          .map((n) => {
            const i = before.lastIndexOf(n);
            return i < 0 ? -1 : i + n.length;
          }),
      );
      if (at >= 0) last.set(a.code, at);
    }
  return [...last].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/** `left` narrowed by the enclosing places `before` names, the last named first. */
function byNamedBefore(byCode: Regions, left: string[], before: string): string[] {
  for (const area of enclosingNamedBefore(byCode, left, before)) {
    if (left.length === 1) break;
    const inside = left.filter((c) => within(byCode, c, area));
    if (inside.length > 0) left = inside;
  }
  return left;
}

/**
 * The region a shared name finds, among `codes`, or null when nothing says which. Read as a
 * reader would: a region inside another of them is named by its own full name, so the short
 * name is the enclosing one («吉林» is the province, «乌鲁木齐» the city); else the one inside the
 * nearest enclosing place its paragraph names before it («海口市龙华区», «福州市…鼓楼区»); else
 * the one inside the first of `around` (the region the text speaks for there, then the
 * document's subject) or its city or province, the smallest that holds one; else the one inside
 * the nearest enclosing place named earlier in the text (`before`, the text up to the name). A
 * place named paragraphs before («学习南京经验») does not outweigh the region the text is about.
 */
export function resolveShared(
  byCode: Regions,
  codes: readonly string[],
  before: string,
  around: readonly string[],
): string | null {
  let left = codes.filter((c) => !codes.some((o) => o !== c && within(byCode, c, o)));
  left = byNamedBefore(byCode, left, before.slice(before.lastIndexOf('\n') + 1));
  for (const place of around) {
    if (left.length === 1) break;
    const areas = [place, ...ancestors(byCode, place).map((r) => r.code)];
    for (const area of areas) {
      const inside = left.filter((c) => within(byCode, c, area) || within(byCode, area, c));
      if (inside.length === 0) continue;
      left = inside;
      break;
    }
  }
  left = byNamedBefore(byCode, left, before);
  return left.length === 1 ? (left[0] as string) : null;
}
