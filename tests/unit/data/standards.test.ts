import { describe, expect, it } from 'vitest';
import { governing, judge, judgeFact } from '../../../src/lib/data/standards';
import type {
  Comparator,
  Fact,
  IndicatorId,
  Qualifier,
  Standard,
  StandardLevels,
  Status,
} from '../../../src/lib/domain/schema';
import { atlas } from '../../fixtures/dataset';

const COEFF = 'difference-coefficient' as IndicatorId;
const AREA = 'teaching-floor-area-per-pupil' as IndicatorId;

function standard(
  comparator: Comparator,
  value: number,
  levels: StandardLevels = 'junior',
  indicator: IndicatorId = COEFF,
): Standard {
  return {
    id: `s-${indicator}-${levels}-${comparator}-${value}`,
    indicator,
    levels,
    comparator,
    value,
    unit: 'coefficient',
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

function fact(
  value: number,
  more: { qualifier?: Qualifier; upper?: number; status?: Status } = {},
): Fact {
  return {
    id: 'f',
    region: '500000',
    indicator: COEFF,
    value,
    upper: more.upper ?? null,
    qualifier: more.qualifier ?? 'exact',
    status: more.status ?? 'achieved',
    date: '2023',
    source: '000',
    quote: 'q',
    start: 0,
    end: 1,
  } as Fact;
}

describe('judge: a figure against one threshold', () => {
  it('an upper bar: 0.415 meets ≤ 0.45, 0.5 is 0.05 short', () => {
    expect(judge(fact(0.415), standard('<=', 0.45))).toMatchObject({
      verdict: 'meets',
      shortBy: 0,
    });
    expect(judge(fact(0.5), standard('<=', 0.45))).toMatchObject({
      verdict: 'short',
      shortBy: 0.05,
    });
  });

  it('writes the shortfall as the figures are written, not in floating-point noise', () => {
    expect(judge(fact(0.415), standard('>=', 0.45)).shortBy).toBe(0.035);
  });

  it('a lower bar: 4.5 meets ≥ 4.5, 4.4 is 0.1 short', () => {
    expect(judge(fact(4.5), standard('>=', 4.5)).verdict).toBe('meets');
    expect(judge(fact(4.4), standard('>=', 4.5))).toMatchObject({ verdict: 'short', shortBy: 0.1 });
  });

  it('a strict bar just missed is short by nothing it can name', () => {
    expect(judge(fact(4.5), standard('>', 4.5))).toMatchObject({ verdict: 'short', shortBy: 0 });
    expect(judge(fact(0.45), standard('<', 0.45))).toMatchObject({ verdict: 'short', shortBy: 0 });
    expect(judge(fact(0.44), standard('<', 0.45)).verdict).toBe('meets');
  });

  it('an exact bar: only the value itself meets it', () => {
    expect(judge(fact(100), standard('=', 100)).verdict).toBe('meets');
    expect(judge(fact(90), standard('=', 100))).toMatchObject({ verdict: 'short', shortBy: 10 });
  });

  it('a bound meets only when all it allows does, and is short only when none does', () => {
    expect(judge(fact(5, { qualifier: 'atLeast' }), standard('>=', 4.5)).verdict).toBe('meets');
    expect(judge(fact(4, { qualifier: 'atLeast' }), standard('>=', 4.5)).verdict).toBe(
      'undetermined',
    );
    expect(judge(fact(0.4, { qualifier: 'atMost' }), standard('<=', 0.45)).verdict).toBe('meets');
    expect(judge(fact(0.5, { qualifier: 'atLeast' }), standard('<=', 0.45))).toMatchObject({
      verdict: 'short',
      shortBy: 0.05,
    });
  });

  it('a range across the bar cannot be judged; one wholly on a side can', () => {
    expect(judge(fact(4, { upper: 5 }), standard('>=', 4.5)).verdict).toBe('undetermined');
    expect(judge(fact(5, { upper: 6 }), standard('>=', 4.5)).verdict).toBe('meets');
    expect(judge(fact(3, { upper: 4 }), standard('>=', 4.5))).toMatchObject({
      verdict: 'short',
      shortBy: 0.5,
    });
  });

  it('reads a target as a target', () => {
    expect(judge(fact(0.4, { status: 'target' }), standard('<=', 0.45))).toMatchObject({
      verdict: 'meets',
      target: true,
    });
    expect(judge(fact(0.4), standard('<=', 0.45)).target).toBe(false);
  });
});

describe('governing: which thresholds a figure is read against', () => {
  const both = [
    standard('>=', 4.5, 'primary', AREA),
    standard('>=', 5.8, 'junior', AREA),
    standard('>=', 1, 'compulsory', AREA),
    standard('<=', 0.45, 'junior'),
  ];

  it("a primary or junior figure: its level's thresholds and those for both", () => {
    expect(governing(both, AREA, 'primary').map((s) => s.value)).toEqual([4.5, 1]);
    expect(governing(both, AREA, 'junior').map((s) => s.value)).toEqual([5.8, 1]);
  });

  it("a figure of both levels or none stated: all of its indicator's, each to be named by level", () => {
    expect(governing(both, AREA, 'compulsory').map((s) => s.value)).toEqual([4.5, 5.8, 1]);
    expect(governing(both, AREA, 'unstated')).toHaveLength(3);
  });

  it('none for an indicator no standard governs', () => {
    expect(governing(both, 'new-school-places' as IndicatorId, 'compulsory')).toEqual([]);
  });
});

describe('the built dataset', () => {
  it("reads Chongqing's 0.415 junior urban–rural coefficient against ≤ 0.45 (junior): meets", () => {
    const a = atlas();
    const chongqing = a.dataset.facts.find((f) => f.indicator === COEFF && f.region === '500000');
    const levels = a.indicators.get(COEFF)!.scope.levels;
    const [j, ...rest] = judgeFact(a.standards, chongqing!, levels);
    expect(rest).toEqual([]);
    expect(j).toMatchObject({ verdict: 'meets', shortBy: 0, target: false });
    expect(j?.standard).toMatchObject({ levels: 'junior', comparator: '<=', value: 0.45 });
  });
});
