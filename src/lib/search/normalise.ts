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

/** Latin text for matching: lower case, no accents (ü → u), no spaces or punctuation. */
export function latinKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);
