import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId, RegionCode } from '../../../src/lib/domain/schema';
import { defaultSnapshot } from '../../../src/lib/state/types';
import { ViewState } from '../../../src/lib/state/view-state.svelte';
import { atlas as builtAtlas } from '../../fixtures/dataset';
import { MINI } from '../../fixtures/mini-dataset';
import { viewSnapshot } from './link-key-cases';

const atlas = indexDataset(MINI);
const places = { kind: 'indicator', id: 'new-school-places' as IndicatorId } as const;
const coefficient = { kind: 'indicator', id: 'difference-coefficient' as IndicatorId } as const;
const rotation = { kind: 'indicator', id: 'teacher-rotation-share' as IndicatorId } as const;

describe('ViewState', () => {
  it('restores every field a link holds, and gives each back as a plain value', () => {
    fc.assert(
      fc.property(viewSnapshot, viewSnapshot, (first, next) => {
        const view = new ViewState(first);
        expect(view.snapshot()).toEqual(first);
        view.restore(next);
        expect(view.snapshot()).toEqual(next);
      }),
    );
  });

  it('makes the indicator last turned on the active one, and falls back when it goes', () => {
    const view = new ViewState(defaultSnapshot('zh'));
    view.toggleLayer(places, atlas);
    view.toggleLayer(coefficient, atlas);
    expect(view.indicator).toBe('difference-coefficient');
    view.toggleLayer(coefficient, atlas);
    expect(view.indicator).toBe('new-school-places');
  });

  it('ends the drawing against the standard when the choropleth has no one threshold', () => {
    const built = builtAtlas();
    const view = new ViewState(defaultSnapshot('zh'));
    view.toggleLayer(coefficient, built);
    view.setAgainstStandard(true);
    // Symbols over it leave the choropleth as it is: still drawn against its threshold.
    view.toggleLayer(places, built);
    expect(view.againstStandard).toBe(true);
    view.toggleLayer(rotation, built);
    expect(view.againstStandard).toBe(false);
    view.toggleLayer(coefficient, built);
    view.setAgainstStandard(true);
    view.toggleLayer(coefficient, built);
    expect(view.againstStandard).toBe(false);
  });

  it('ends it when a layer moved up puts a choropleth no one threshold governs on top', () => {
    const built = builtAtlas();
    const view = new ViewState({
      ...defaultSnapshot('zh'),
      layers: [rotation, coefficient],
      againstStandard: true,
    });
    view.moveLayer(coefficient, 'up', built);
    expect(view.againstStandard).toBe(true);
    view.moveLayer(rotation, 'up', built);
    expect(view.againstStandard).toBe(false);
  });

  it('clears the hover when a region is selected, since the map moves', () => {
    const view = new ViewState(defaultSnapshot('zh'));
    view.hover('500113' as RegionCode);
    view.select('610727' as RegionCode);
    expect(view.hovered).toBeNull();
  });

  it('moves the highlight only within an open document', () => {
    const view = new ViewState(defaultSnapshot('zh'));
    view.highlight('x');
    expect(view.source).toBeNull();
    view.openSource(MINI.sources[0]!.id, null);
    view.highlight('x');
    expect(view.source?.highlight).toBe('x');
  });
});
