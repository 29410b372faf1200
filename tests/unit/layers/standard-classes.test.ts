import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/data/standards';
import type {
  Comparator,
  Indicator,
  IndicatorId,
  Standard,
  StandardLevels,
  Unit,
} from '../../../src/lib/domain/schema';
import {
  HATCHED_VERDICT,
  layerStandard,
  VERDICT_CLASS_COLOURS,
  VERDICT_CLASSES,
  verdictClass,
} from '../../../src/lib/layers/standard-classes';
import { VERDICT_COLOURS } from '../../../src/lib/scales/color';

const AREA = 'teaching-floor-area-per-pupil' as IndicatorId;
const COEFF = 'difference-coefficient' as IndicatorId;

function bar(
  comparator: Comparator,
  value: number,
  unit: Unit,
  levels: StandardLevels = 'junior',
  indicator: IndicatorId = COEFF,
): Standard {
  return {
    id: `s-${indicator}-${levels}-${comparator}-${value}`,
    indicator,
    levels,
    comparator,
    value,
    unit,
    assessment: 'quality-balanced',
    part: 'resources',
    source: {
      title: { zh: '县域义务教育优质均衡发展督导评估办法', en: 'Measures' },
      number: '教督〔2017〕6号',
      date: '2017',
      item: '资源配置',
    },
  };
}

const figure = (value: number, more: Partial<Figure> = {}): Figure => ({
  value,
  qualifier: 'exact',
  status: 'achieved',
  ...more,
});

const member = (id: IndicatorId, levels: string): Pick<Indicator, 'id' | 'scope'> => ({
  id,
  scope: { zh: '', en: '', levels, period: 'stock', base: null } as Indicator['scope'],
});

const classOf = (name: (typeof VERDICT_CLASSES)[number]) => VERDICT_CLASSES.indexOf(name);

describe('verdictClass', () => {
  const coefficient = bar('<=', 0.45, 'coefficient');
  const area = bar('>=', 5.8, 'square-metres', 'junior', AREA);

  it('reads an upper bar (≤): below and at it meet, above it falls short', () => {
    expect(verdictClass(figure(0.415), coefficient)).toBe(classOf('meets'));
    expect(verdictClass(figure(0.45), coefficient)).toBe(classOf('meets'));
    expect(verdictClass(figure(0.4500001), coefficient)).toBe(classOf('short'));
  });

  it('reads a lower bar (≥): above and at it meet, below it falls short', () => {
    expect(verdictClass(figure(6.2), area)).toBe(classOf('meets'));
    expect(verdictClass(figure(5.8), area)).toBe(classOf('meets'));
    expect(verdictClass(figure(5.79), area)).toBe(classOf('short'));
  });

  it('reads a strict bar: exactly at it falls short', () => {
    expect(verdictClass(figure(0.45), bar('<', 0.45, 'coefficient'))).toBe(classOf('short'));
    expect(verdictClass(figure(5.8), bar('>', 5.8, 'square-metres'))).toBe(classOf('short'));
  });

  it('cannot tell for a range or a bound across the bar, and can for one wholly on a side', () => {
    expect(verdictClass(figure(0.4, { upper: 0.5, qualifier: 'approx' }), coefficient)).toBe(
      classOf('undetermined'),
    );
    expect(verdictClass(figure(0.4, { qualifier: 'atLeast' }), coefficient)).toBe(
      classOf('undetermined'),
    );
    expect(verdictClass(figure(0.4, { qualifier: 'atMost' }), coefficient)).toBe(classOf('meets'));
    expect(verdictClass(figure(0.46, { upper: 0.5, qualifier: 'approx' }), coefficient)).toBe(
      classOf('short'),
    );
  });

  it('judges a target as the same classes (the map draws it faint)', () => {
    expect(verdictClass(figure(0.4, { status: 'target' }), coefficient)).toBe(classOf('meets'));
    expect(verdictClass(figure(0.5, { status: 'target' }), coefficient)).toBe(classOf('short'));
  });
});

describe('layerStandard', () => {
  const junior = bar('>=', 5.8, 'square-metres', 'junior', AREA);
  const primary = bar('>=', 4.5, 'square-metres', 'primary', AREA);
  const standards = [primary, junior, bar('<=', 0.45, 'coefficient')];

  it("finds the one threshold of the layer's school level", () => {
    expect(layerStandard(standards, [member(AREA, 'junior')], 'square-metres')).toBe(junior);
    expect(layerStandard(standards, [member(AREA, 'primary')], 'square-metres')).toBe(primary);
  });

  it('offers none where primary and junior figures together meet two bars', () => {
    expect(layerStandard(standards, [member(AREA, 'compulsory')], 'square-metres')).toBeNull();
    expect(layerStandard(standards, [member(AREA, 'unstated')], 'square-metres')).toBeNull();
  });

  it('offers none for a layer no threshold governs', () => {
    const other = 'new-school-places' as IndicatorId;
    expect(layerStandard(standards, [member(other, 'junior')], 'places')).toBeNull();
    expect(layerStandard([], [member(AREA, 'junior')], 'square-metres')).toBeNull();
  });

  it("offers none when the threshold's unit is not the layer's", () => {
    expect(layerStandard(standards, [member(AREA, 'junior')], 'square-metres')).toBe(junior);
    expect(layerStandard(standards, [member(AREA, 'junior')], 'yuan')).toBeNull();
  });

  it('takes a threshold for both levels as the one bar of a primary or junior layer', () => {
    const both = bar('>=', 85, 'percent', 'compulsory', AREA);
    expect(layerStandard([both], [member(AREA, 'junior')], 'percent')).toBe(both);
  });
});

describe('the classes', () => {
  it('colour each verdict apart, and hatch only "falls short"', () => {
    expect(VERDICT_CLASS_COLOURS).toEqual(VERDICT_CLASSES.map((v) => VERDICT_COLOURS[v]));
    expect(new Set(VERDICT_CLASS_COLOURS).size).toBe(VERDICT_CLASSES.length);
    expect(HATCHED_VERDICT).toBe('short');
  });
});
