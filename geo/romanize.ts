/**
 * English names for county-level units the catalogue does not name: Hanyu Pinyin of the place
 * name plus the translated unit type, the way the catalogue writes them ("Lueyang County",
 * "Nan'an District", "Shizhu Tujia Autonomous County", a county-level city as "Lingwu").
 * Polyphonic characters follow pinyin-pro's word dictionary and may occasionally be off.
 */
import { pinyin } from 'pinyin-pro';

/** Unit suffixes, longest first so 自治县 wins over 县. */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['林区', 'Forestry District'],
  ['特区', 'Special District'],
  ['新区', 'New Area'],
  ['区', 'District'],
  ['县', 'County'],
  ['旗', 'Banner'],
  ['市', ''],
];

/** The peoples named in autonomous counties and banners, in their usual English names. */
const PEOPLES: Readonly<Record<string, string>> = {
  保安: 'Bonan',
  白: 'Bai',
  布朗: 'Blang',
  布依: 'Bouyei',
  朝鲜: 'Korean',
  达斡尔: 'Daur',
  傣: 'Dai',
  侗: 'Dong',
  东乡: 'Dongxiang',
  独龙: 'Derung',
  鄂伦春: 'Oroqen',
  鄂温克: 'Evenki',
  各: 'Multi-ethnic',
  仡佬: 'Gelao',
  哈尼: 'Hani',
  哈萨克: 'Kazakh',
  回: 'Hui',
  拉祜: 'Lahu',
  黎: 'Li',
  傈僳: 'Lisu',
  满: 'Manchu',
  毛南: 'Maonan',
  蒙古: 'Mongol',
  苗: 'Miao',
  仫佬: 'Mulao',
  纳西: 'Naxi',
  怒: 'Nu',
  普米: 'Pumi',
  羌: 'Qiang',
  撒拉: 'Salar',
  畲: 'She',
  水: 'Shui',
  塔吉克: 'Tajik',
  土: 'Tu',
  土家: 'Tujia',
  佤: 'Va',
  锡伯: 'Xibe',
  瑶: 'Yao',
  彝: 'Yi',
  裕固: 'Yugur',
  藏: 'Tibetan',
  壮: 'Zhuang',
};

/** Units whose name fits no pattern. */
const OVERRIDES: Readonly<Record<string, string>> = {
  // The part of Haixi prefecture under its direct administration (大柴旦 and others).
  海西蒙古族藏族自治州直辖: 'Haixi Directly Administered Area',
};

/** Pinyin with capital initial, ü as u, and an apostrophe before a vowel-initial syllable. */
export function toPinyin(han: string): string {
  const syllables = pinyin(han, { toneType: 'none', type: 'array' }).map((s) =>
    s.replace(/ü/g, 'u'),
  );
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** Splits "石柱土家族" into the place (石柱) and the peoples, outermost last (土家). */
export function splitPeoples(body: string): { place: string; peoples: string[] } {
  const peoples: string[] = [];
  let rest = body;
  for (;;) {
    const withZu = rest.endsWith('族');
    const trimmed = withZu ? rest.slice(0, -1) : rest;
    // A one-character people needs its 族: 彭水 is a place, not the Shui people.
    const match = Object.keys(PEOPLES)
      .filter((zh) => trimmed.endsWith(zh) && (withZu || zh.length > 1))
      .sort((a, b) => b.length - a.length)[0];
    if (!match) break;
    const english = PEOPLES[match];
    if (english) peoples.unshift(english);
    rest = trimmed.slice(0, -match.length);
  }
  return { place: rest, peoples };
}

function joinPeoples(peoples: readonly string[]): string {
  if (peoples.length < 2) return peoples.join('');
  return `${peoples.slice(0, -1).join(', ')} and ${peoples[peoples.length - 1] ?? ''}`;
}

/** An English name for a county-level unit's Chinese name. */
export function englishName(nameZh: string): string {
  const override = OVERRIDES[nameZh];
  if (override) return override;
  const suffix = SUFFIXES.find(([zh]) => nameZh.endsWith(zh) && nameZh.length > zh.length);
  if (!suffix) return toPinyin(nameZh);
  const [zh, en] = suffix;
  const body = nameZh.slice(0, -zh.length);
  if (!zh.startsWith('自治')) return [toPinyin(body), en].filter(Boolean).join(' ');
  const { place, peoples } = splitPeoples(body);
  return [place ? toPinyin(place) : '', joinPeoples(peoples), en].filter(Boolean).join(' ');
}
