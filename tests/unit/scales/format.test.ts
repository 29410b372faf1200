import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatQuantity, formatValue, qualifierWords } from '../../../src/lib/scales/format';

describe('formatQuantity', () => {
  it.each([
    [278000, 'places', '27.8万个', '278,000 places'],
    [62660000000, 'yuan', '626.6亿元', '¥62.66 bn'],
    // As the documents give them, every digit kept: none of these was written rounded.
    [303740000, 'yuan', '30374万元', '¥303.74 m'],
    [37568, 'teachers', '37568名', '37,568 teachers'],
    [491014, 'people', '491014人', '491,014 people'],
    [1234567, 'count', '1234567', '1,234,567'],
    [12345678, 'count', '12345678', '12,345,678'],
    [123456789, 'yuan', '123456789元', '¥123,456,789'],
    [448000000, 'yuan', '4.48亿元', '¥448 m'],
    [12.345, 'percent', '12.345%', '12.345%'],
    [29500, 'yuan', '2.95万元', '¥29,500'],
    [0.415, 'coefficient', '0.415', '0.415'],
    [87, 'percent', '87%', '87%'],
    [151, 'schools', '151所', '151 schools'],
    [1, 'schools', '1所', '1 school'],
    [3972, 'teachers', '3972名', '3,972 teachers'],
    [232000000, 'person-times', '2.32亿人次', '232 m person-times'],
    [2831, 'square-kilometres', '2831平方公里', '2,831 km²'],
    [254200, 'square-metres', '25.42万平方米', '254,200 m²'],
    [460000, 'count', '46万', '460,000'],
  ] as const)('%d %s → %s / %s', (value, unit, zh, en) => {
    expect(formatQuantity(value, unit, 'zh')).toBe(zh);
    expect(formatQuantity(value, unit, 'en')).toBe(en);
  });
});

describe('formatQuantity keeps every digit of a figure', () => {
  // A count or sum as a document states it, up to 12 significant digits: whatever unit and
  // magnitude word is chosen, the digits shown read back as the figure.
  const read = (text: string, lang: 'zh' | 'en'): number => {
    const n = Number(text.replace(/[^0-9.]/g, ''));
    if (lang === 'zh') return text.includes('亿') ? n * 1e8 : text.includes('万') ? n * 1e4 : n;
    return text.includes(' bn') ? n * 1e9 : text.includes(' m') ? n * 1e6 : n;
  };
  it.each(['yuan', 'teachers', 'people', 'places', 'count'] as const)('%s', (unit) => {
    const figure = fc
      .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 5 }))
      .map(([digits, zeros]) => digits * 10 ** zeros);
    fc.assert(
      fc.property(figure, fc.constantFrom('zh' as const, 'en' as const), (value, lang) => {
        const shown = formatQuantity(value, unit, lang);
        expect(read(shown, lang), `${value} → ${shown}`).toBeCloseTo(value, 0);
      }),
      { numRuns: 400 },
    );
  });
});

describe('formatValue', () => {
  it('prefixes 余 (atLeast) with ≥', () => {
    const v = { value: 800, qualifier: 'atLeast', status: 'achieved' } as const;
    expect(formatValue(v, 'schools', 'en')).toBe('≥ 800 schools');
    expect(formatValue(v, 'schools', 'zh')).toBe('≥ 800所');
  });

  it('marks approx and atMost', () => {
    expect(
      formatValue({ value: 9000, qualifier: 'approx', status: 'achieved' }, 'count', 'en'),
    ).toBe('≈ 9,000');
    expect(
      formatValue({ value: 5, qualifier: 'atMost', status: 'achieved' }, 'percent', 'zh'),
    ).toBe('≤ 5%');
  });

  it('labels a target as a target in both languages', () => {
    const v = { value: 1600, qualifier: 'atLeast', status: 'target' } as const;
    expect(formatValue(v, 'places', 'zh')).toBe('≥ 1600个（目标）');
    expect(formatValue(v, 'places', 'en')).toBe('≥ 1,600 places (target)');
  });
});

describe('qualifierWords', () => {
  it('spells qualifiers out for assistive technology', () => {
    expect(qualifierWords('atLeast', 'en')).toBe('at least');
    expect(qualifierWords('approx', 'zh')).toBe('约');
    expect(qualifierWords('exact', 'en')).toBe('');
  });
});

describe('ranges', () => {
  // «按照3至5年一週期» is stored as value 3, upper 5 (qualifier atLeast): never "3 years".
  const cycle = { value: 3, upper: 5, qualifier: 'atLeast', status: 'achieved' } as const;

  it('shows both ends of a range in zh and en', () => {
    expect(formatValue(cycle, 'years', 'zh')).toBe('3至5年');
    expect(formatValue(cycle, 'years', 'en')).toBe('3–5 years');
  });

  it('writes the unit once (each end keeps its magnitude)', () => {
    expect(formatQuantity(20000, 'places', 'zh', 30000)).toBe('2万至3万个');
    expect(formatQuantity(20000, 'places', 'en', 30000)).toBe('20,000–30,000 places');
    expect(formatQuantity(1, 'schools', 'en', 2)).toBe('1–2 schools');
  });

  it('keeps "about" and the target mark on a range', () => {
    const v = { value: 3, upper: 5, qualifier: 'approx', status: 'target' } as const;
    expect(formatValue(v, 'years', 'zh')).toBe('≈ 3至5年（目标）');
    expect(formatValue(v, 'years', 'en')).toBe('≈ 3–5 years (target)');
  });

  it('treats a null upper as a single value', () => {
    const v = { value: 3, upper: null, qualifier: 'exact', status: 'achieved' } as const;
    expect(formatValue(v, 'years', 'en')).toBe('3 years');
  });
});
