import { describe, expect, it } from 'vitest';
import { codeKey, englishStem, hanStem, latinKey } from '../../../src/lib/search/normalise';

describe('latinKey', () => {
  it.each([
    ['Lueyang', 'lueyang'],
    ['lveyang', 'lueyang'],
    ['lüeyang', 'lueyang'],
    ['lu:eyang', 'lueyang'],
    ['Lüèyáng', 'lueyang'],
    ['lve4yang2', 'lueyang'],
    ['lue4 yang2', 'lueyang'],
    ['LVE YANG', 'lueyang'],
    ['ｌｖｅｙａｎｇ', 'lueyang'],
    ["Nan'an", 'nanan'],
    ['nan’an', 'nanan'],
    ['Lueyang County', 'lueyangcounty'],
  ])('folds %s to %s', (typed, key) => {
    expect(latinKey(typed)).toBe(key);
  });

  it('keeps the digits of a code', () => {
    expect(latinKey('500113')).toBe('500113');
  });
});

describe('hanStem', () => {
  it.each([
    ['略阳县', '略阳'],
    ['巴南区', '巴南'],
    ['汉中市', '汉中'],
    ['陕西省', '陕西'],
    ['石柱土家族自治县', '石柱'],
    ['秀山土家族苗族自治县', '秀山'],
    ['彭水苗族土家族自治县', '彭水'],
    ['宁夏回族自治区', '宁夏'],
  ])('takes the suffix off %s → %s', (name, stem) => {
    expect(hanStem(name)).toBe(stem);
  });

  it.each(['忠县', '洋县', '勉县', '渝东北', '中国'])('leaves %s alone', (name) => {
    expect(hanStem(name)).toBeNull();
  });
});

describe('englishStem', () => {
  it.each([
    ['Lueyang County', 'Lueyang'],
    ['Banan District', 'Banan'],
    ['Shizhu Tujia Autonomous County', 'Shizhu'],
    ['Xiushan Tujia and Miao Autonomous County', 'Xiushan'],
    ['Xilingol League', 'Xilingol'],
    ['Alxa Left Banner', 'Alxa Left'],
    ['Ewenkizu Autonomous Banner', 'Ewenkizu'],
  ])('takes the administrative words off %s → %s', (name, stem) => {
    expect(englishStem(name)).toBe(stem);
  });

  it.each(['Hanzhong', 'Northeast Chongqing', 'Chongqing Metropolitan Area'])(
    'leaves %s alone',
    (name) => {
      expect(englishStem(name)).toBeNull();
    },
  );
});

describe('codeKey', () => {
  it('reads digits, with spaces or full-width, as a code', () => {
    expect(codeKey('500113')).toBe('500113');
    expect(codeKey(' 500 113 ')).toBe('500113');
    expect(codeKey('５００１１３')).toBe('500113');
  });

  it('is null for anything else', () => {
    expect(codeKey('banan')).toBeNull();
    expect(codeKey('')).toBeNull();
    expect(codeKey('5001a')).toBeNull();
  });
});
