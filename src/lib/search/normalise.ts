/**
 * Text normalisers for region search. Traditional → simplified (opencc-js, ~110 KB) and
 * pinyin (pinyin-pro, ~320 KB) are loaded on first use, so they stay out of the first screen.
 */

export interface Normalisers {
  /** Traditional or mixed Chinese → simplified. */
  toSimplified(s: string): string;
  /** Han text → one toneless syllable per character ("lüe" as "lue"); null until loaded. */
  syllables: ((s: string) => string[]) | null;
}

/** What search can do before the lazy parts arrive: simplified names and English. */
export const BASIC_NORMALISERS: Normalisers = { toSimplified: (s) => s, syllables: null };

let loading: Promise<Normalisers> | null = null;

export function loadNormalisers(): Promise<Normalisers> {
  loading ??= Promise.all([import('opencc-js/t2cn'), import('pinyin-pro')]).then(
    ([opencc, { pinyin }]) => ({
      toSimplified: opencc.Converter({ from: 't', to: 'cn' }),
      syllables: (s: string) =>
        pinyin(s, { toneType: 'none', type: 'array' }).map((p) => p.replace(/ü/g, 'u')),
    }),
  );
  return loading;
}

/**
 * Latin text for matching, folded the way people type pinyin: lower case; full-width letters as
 * ASCII; no accents or tone marks (ü, ǖ → u); the input-method `v` and the `u:` spelling of ü
 * as u (lveyang, lu:eyang → lueyang); tone numbers after a syllable dropped (lve4yang2); no
 * spaces, apostrophes or other punctuation. Keys and queries both go through it, so folding v
 * into u in English names costs nothing.
 */
export function latinKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/([a-z])[1-5]/g, '$1')
    .replace(/v/g, 'u')
    .replace(/[^a-z0-9]/g, '');
}

export const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);

/**
 * Administrative suffixes people leave off a place name: 县, 区, 市, 省…, and autonomous ones with
 * the peoples they name (石柱土家族自治县, 宁夏回族自治区).
 */
const HAN_SUFFIX =
  /(?:(?:土家|苗|回|藏|彝|壮|蒙古|侗|瑶|羌|布依|满|朝鲜|白|傣|黎|哈尼|仡佬|畲)族|维吾尔)*自治(?:县|州|区|旗)$|(?:特别行政区|地区|新区|林区|县|区|市|省|州|盟|旗)$/u;

/**
 * A Chinese place name without its administrative suffix (略阳县 → 略阳), or null if it has none
 * or only one character would be left: 忠县 is never called 忠.
 */
export function hanStem(name: string): string | null {
  const stem = name.replace(HAN_SUFFIX, '');
  return stem !== name && [...stem].length >= 2 ? stem : null;
}

const EN_SUFFIX =
  /\s+(?:(?:[A-Z][a-z]+\s+(?:and\s+)?)*Autonomous\s+(?:County|Prefecture|Region|Banner)|County|District|City|Province|Prefecture|League|Banner)$/;

/**
 * An English place name without its administrative words (Lueyang County → Lueyang, Xiushan
 * Tujia and Miao Autonomous County → Xiushan, Xilingol League → Xilingol), or null if it has none.
 */
export function englishStem(name: string): string | null {
  const stem = name.replace(EN_SUFFIX, '');
  return stem !== name && stem !== '' ? stem : null;
}

/** A region code as typed (spaces allowed), or null if the text is not one. */
export function codeKey(s: string): string | null {
  const digits = s.normalize('NFKC').replace(/\s+/g, '');
  return /^\d+$/.test(digits) ? digits : null;
}
