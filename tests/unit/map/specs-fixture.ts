/** Layer specs over the mini dataset at 2023: a choropleth (the coefficient) under a symbol layer. */
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId } from '../../../src/lib/domain/schema';
import { layerSpecs, type LayerSpec } from '../../../src/lib/layers/layer-specs';
import { MINI } from '../../fixtures/mini-dataset';

export const atlas = indexDataset(MINI);
export const specs = layerSpecs(
  [
    { kind: 'indicator', id: 'difference-coefficient' as IndicatorId },
    { kind: 'indicator', id: 'new-school-places' as IndicatorId },
  ],
  atlas,
  2023,
);
export const choropleth = specs[0] as Extract<LayerSpec, { kind: 'choropleth' }>;
