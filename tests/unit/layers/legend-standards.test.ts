import { describe, expect, it } from 'vitest';
import type { IndicatorId, Standard } from '../../../src/lib/domain/schema';
import { legendStandards } from '../../../src/lib/layers/legend-standards';
import { layerSpecs } from '../../../src/lib/layers/layer-specs';
import { atlas } from '../../fixtures/dataset';

const a = atlas();
const COEFF = 'difference-coefficient' as IndicatorId;

function drawn(id: IndicatorId) {
  const spec = layerSpecs([{ kind: 'indicator', id }], a, null).find(
    (s) => s.kind === 'choropleth' || s.kind === 'symbols',
  );
  if (!spec || (spec.kind !== 'choropleth' && spec.kind !== 'symbols')) throw new Error(id);
  return spec;
}

describe('legendStandards', () => {
  it("counts the drawn regions by verdict under each of the layer's thresholds", () => {
    const spec = drawn(COEFF);
    expect(legendStandards(spec.layer, spec.valuesByRegion, a.standards, 'zh')).toEqual([
      {
        id: 'qb2017-junior-difference-coefficient',
        text: '国家标准 ≤ 0.45（初中）',
        counts: { meets: 1, short: 0, undetermined: 0 },
      },
    ]);
  });

  it('counts a region that falls short as short', () => {
    const spec = drawn(COEFF);
    const strict: Standard = { ...a.standards.find((s) => s.indicator === COEFF)!, value: 0.4 };
    const [line] = legendStandards(spec.layer, spec.valuesByRegion, [strict], 'en');
    expect(line?.counts).toEqual({ meets: 0, short: 1, undetermined: 0 });
  });

  it('gives an ungoverned layer no threshold', () => {
    const spec = drawn('new-school-places' as IndicatorId);
    expect(legendStandards(spec.layer, spec.valuesByRegion, a.standards, 'en')).toEqual([]);
  });
});
