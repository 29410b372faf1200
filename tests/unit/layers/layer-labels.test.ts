import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId } from '../../../src/lib/domain/schema';
import { buildCatalogue } from '../../../src/lib/layers/layer-catalogue';
import {
  familyLayerLabel,
  layerHint,
  layerLabel,
  stackLabel,
} from '../../../src/lib/layers/layer-labels';
import { atlas as built } from '../../fixtures/dataset';
import { MINI } from '../../fixtures/mini-dataset';

const cat = buildCatalogue(indexDataset(MINI));
const entry = (id: string) => {
  const e = cat.families
    .flatMap((g) => g.entries)
    .find((x) => x.ref.kind === 'indicator' && x.ref.id === id);
  if (!e) throw new Error(id);
  return e;
};

describe('layer labels', () => {
  it('names indicators from the dataset and the other layers from the UI strings', () => {
    expect(layerLabel(entry('new-school-places'), 'zh')).toBe('新增学位');
    expect(layerLabel(cat.events, 'en')).toBe('Milestones');
    expect(layerLabel(cat.context[0]!, 'zh')).not.toBe('');
  });

  it('says how an indicator is drawn: shares as shaded regions, counts as circles', () => {
    expect(layerHint(entry('difference-coefficient'), 'en')).toBe('shaded; one at a time');
    expect(layerHint(entry('new-school-places'), 'zh')).toBe('比例符号');
    expect(layerHint(cat.events, 'en')).toBe('');
  });

  it('names a stack entry the catalogue does not know by its key', () => {
    expect(stackLabel(cat, { kind: 'indicator', id: 'gone' as IndicatorId }, 'en')).toBe(
      'indicator:gone',
    );
  });

  it('names a one-indicator family layer in the layer order, though the panel lists it as its indicator', () => {
    const a = built();
    const full = buildCatalogue(a);
    const single = [...a.familyLayers.values()].find((l) => l.indicators.length === 1)!;
    const listed = full.families.flatMap((g) => g.layers).map((e) => e.ref);
    expect(listed).not.toContainEqual({ kind: 'family', id: single.id });
    expect(stackLabel(full, { kind: 'family', id: single.id }, 'zh')).toBe(single.name.zh);
  });

  it('does not repeat the family heading on a layer named after the family', () => {
    const full = buildCatalogue(built());
    const places = full.families.find((g) => g.family.id === 'school-places')!;
    expect(familyLayerLabel(places, places.layers[0]!, 'en')).toBe('all scopes together');
    expect(familyLayerLabel(places, places.layers[0]!, 'zh')).toBe('各口径合并');
    const size = full.families.find((g) => g.family.id === 'system-size')!;
    expect(familyLayerLabel(size, size.layers[0]!, 'en')).toBe(
      'Schools and kindergartens, all levels / Compulsory-stage schools',
    );
  });
});
