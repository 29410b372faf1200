import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId } from '../../../src/lib/domain/schema';
import { moveLayer, toggleLayer } from '../../../src/lib/layers/stack';
import type { LayerRef } from '../../../src/lib/domain/layer-ref';
import { MINI } from '../../fixtures/mini-dataset';

const atlas = indexDataset(MINI);
const ind = (id: string): LayerRef => ({ kind: 'indicator', id: id as IndicatorId });
const labels: LayerRef = { kind: 'context', id: 'labels' };

describe('toggleLayer', () => {
  it('adds a layer on top and removes it again', () => {
    const on = toggleLayer([labels], { kind: 'events' }, atlas);
    expect(on).toEqual([labels, { kind: 'events' }]);
    expect(toggleLayer(on, { kind: 'events' }, atlas)).toEqual([labels]);
  });

  it('replaces one share with another: one choropleth at a time', () => {
    const one = toggleLayer([labels], ind('standard-buildings-share'), atlas);
    const two = toggleLayer(one, ind('difference-coefficient'), atlas);
    expect(two).toEqual([labels, ind('difference-coefficient')]);
  });

  it('stacks several symbol layers', () => {
    const one = toggleLayer([], ind('investment'), atlas);
    const two = toggleLayer(one, ind('new-school-places'), atlas);
    expect(two).toEqual([ind('investment'), ind('new-school-places')]);
  });
});

describe('moveLayer', () => {
  const stack = [labels, ind('investment'), { kind: 'events' } as LayerRef];

  it('swaps with the neighbour above or below', () => {
    expect(moveLayer(stack, ind('investment'), 'up')).toEqual([
      labels,
      { kind: 'events' },
      ind('investment'),
    ]);
    expect(moveLayer(stack, ind('investment'), 'down')).toEqual([
      ind('investment'),
      labels,
      { kind: 'events' },
    ]);
  });

  it('leaves the stack as it is at either end or for an unknown layer', () => {
    expect(moveLayer(stack, labels, 'down')).toEqual(stack);
    expect(moveLayer(stack, ind('area'), 'up')).toEqual(stack);
  });
});
