import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId } from '../../../src/lib/domain/schema';
import { buildCatalogue } from '../../../src/lib/layers/layer-catalogue';
import { layerHint, layerLabel, stackLabel } from '../../../src/lib/layers/layer-labels';
import { atlas as built } from '../../fixtures/dataset';
import { MINI } from '../../fixtures/mini-dataset';

const cat = buildCatalogue(indexDataset(MINI));
// In MINI each indicator is a concept layer of its own, of the same id.
const entry = (id: string) => {
  const e = cat.families
    .flatMap((g) => g.layers)
    .find((x) => x.ref.kind === 'concept' && x.ref.id === id);
  if (!e) throw new Error(id);
  return e;
};

describe('layer labels', () => {
  it('names layers from the dataset and the other layers from the UI strings', () => {
    expect(layerLabel(entry('new-school-places'), 'zh')).toBe('新增学位');
    expect(layerLabel(cat.events, 'en')).toBe('Milestones');
    expect(layerLabel(cat.context[0]!, 'zh')).not.toBe('');
  });

  it('says how a layer is drawn: shares as shaded regions, counts as circles', () => {
    expect(layerHint(entry('difference-coefficient'), 'en')).toBe('shaded; one at a time');
    expect(layerHint(entry('new-school-places'), 'zh')).toBe('比例符号');
    expect(layerHint(cat.events, 'en')).toBe('');
  });

  it('names a stack entry the catalogue does not know by its key', () => {
    expect(stackLabel(cat, { kind: 'indicator', id: 'gone' as IndicatorId }, 'en')).toBe(
      'indicator:gone',
    );
  });

  it('names a concept layer in the layer order by its name', () => {
    const a = built();
    const full = buildCatalogue(a);
    const joined = [...a.conceptLayers.values()].find((l) => l.indicators.length > 1)!;
    expect(stackLabel(full, { kind: 'concept', id: joined.id }, 'zh')).toBe(joined.name.zh);
    expect(stackLabel(full, { kind: 'indicator', id: joined.indicators[0]!.id }, 'en')).toBe(
      joined.indicators[0]!.name.en,
    );
  });
});
