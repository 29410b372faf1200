import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  REGION_BASE_FILE,
  buildRegionBase,
  regionBaseJson,
  shortName,
  type RegionBaseFile,
} from '../../../geo/region-base';

const committed = readFileSync(
  new URL(`../../../public/${REGION_BASE_FILE}`, import.meta.url),
  'utf8',
);
const base = JSON.parse(committed) as RegionBaseFile;
const byCode = new Map(base.regions.map((r) => [r.code, r]));

describe('the region base', () => {
  it('is what npm run build:regions makes of the packages, byte for byte', () => {
    expect(regionBaseJson(buildRegionBase()) === committed, 'run npm run build:regions').toBe(true);
  }, 60_000);

  it('holds every province, and each region once under a parent it holds (or China)', () => {
    expect(base.regions.filter((r) => r.level === 'province')).toHaveLength(34);
    expect(byCode.size).toBe(base.regions.length);
    for (const r of base.regions)
      expect(r.parent === '100000' || byCode.has(r.parent), r.code).toBe(true);
    expect(base.regions.filter((r) => r.level === 'prefecture').length).toBeGreaterThan(330);
    expect(base.regions.filter((r) => r.level === 'county').length).toBeGreaterThan(2800);
  });

  it('puts a county under its prefecture, or under its province where none governs it', () => {
    expect(byCode.get('610727')).toMatchObject({ name: { zh: '略阳县' }, parent: '610700' });
    expect(byCode.get('532924')).toMatchObject({ name: { zh: '宾川县' }, parent: '532900' });
    expect(byCode.get('429004')).toMatchObject({ name: { zh: '仙桃市' }, parent: '420000' });
    expect(byCode.get('110105')).toMatchObject({ name: { zh: '朝阳区' }, parent: '110000' });
  });

  it("gives a renumbered prefecture its counties' code, its old one as an alias", () => {
    expect(byCode.get('650500')).toMatchObject({
      name: { zh: '哈密市' },
      aliases: ['哈密', '652200'],
    });
    expect(byCode.get('650502')).toMatchObject({ name: { zh: '伊州区' }, parent: '650500' });
    expect(byCode.has('652200')).toBe(false);
  });

  it('names prefectures in English by their kind', () => {
    expect(byCode.get('532900')?.name.en).toBe('Dali Bai Autonomous Prefecture');
    expect(byCode.get('152500')?.name.en).toBe('Xilingol League');
    expect(byCode.get('610700')?.name.en).toBe('Hanzhong');
  });

  it('names a place in the English a reader knows it by, where that is not pinyin', () => {
    expect(byCode.get('230100')?.name.en).toBe('Harbin');
    expect(byCode.get('653100')?.name.en).toBe('Kashgar Prefecture');
    expect(byCode.get('653000')?.name.en).toBe('Kizilsu Kyrgyz Autonomous Prefecture');
    expect(byCode.get('152921')?.name.en).toBe('Alxa Left Banner');
    // Keyed by code: Guangxi's 兴安县 keeps its pinyin, Inner Mongolia's 兴安盟 is Hinggan.
    expect(byCode.get('450325')?.name.en).toBe("Xing'an County");
    expect(byCode.get('152200')?.name.en).toBe('Hinggan League');
  });
});

describe('shortName', () => {
  it.each([
    ['略阳县', '略阳'],
    ['汉中市', '汉中'],
    ['石柱土家族自治县', '石柱'],
    ['大理白族自治州', '大理'],
    ['广西壮族自治区', '广西'],
    ['锡林郭勒盟', '锡林郭勒'],
    ['城区', null],
    ['矿区', null],
  ])('%s → %s', (name, short) => expect(shortName(name)).toBe(short));
});
