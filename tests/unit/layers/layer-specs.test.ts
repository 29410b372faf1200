import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId, MeasureId, RegionCode } from '../../../src/lib/domain/schema';
import {
  SYMBOL_SLOTS,
  layerSpecs,
  stackStandard,
  type LayerSpec,
} from '../../../src/lib/layers/layer-specs';
import type { LayerRef } from '../../../src/lib/domain/layer-ref';
import { VERDICT_CLASS_COLOURS } from '../../../src/lib/layers/standard-classes';
import { categoricalColour } from '../../../src/lib/scales/color';
import { atlas as built } from '../../fixtures/dataset';
import { MINI } from '../../fixtures/mini-dataset';

const atlas = indexDataset(MINI);
const ind = (id: string): LayerRef => ({ kind: 'indicator', id: id as IndicatorId });
const code = (c: string) => c as RegionCode;
const only = <K extends LayerSpec['kind']>(specs: LayerSpec[], kind: K) =>
  specs.filter((s): s is Extract<LayerSpec, { kind: K }> => s.kind === kind);

describe('layerSpecs', () => {
  it('draws a share as a choropleth with its values as categories', () => {
    const [spec] = only(layerSpecs([ind('standard-buildings-share')], atlas, null), 'choropleth');
    expect(spec?.classes).toEqual({ kind: 'categories', values: [87] });
    expect(spec?.colours).toHaveLength(1);
    expect(spec?.valuesByRegion.get(code('500000'))?.class).toBe(0);
  });

  it('draws only the topmost of two choropleths', () => {
    const specs = layerSpecs(
      [ind('standard-buildings-share'), ind('difference-coefficient')],
      atlas,
      null,
    );
    expect(only(specs, 'choropleth').map((s) => s.layer.ref.id)).toEqual([
      'difference-coefficient',
    ]);
  });

  it('sizes symbols by area against the largest value of any year', () => {
    const [spec] = only(layerSpecs([ind('new-school-places')], atlas, null), 'symbols');
    expect(spec?.vMax).toBe(278000);
    expect(spec?.valuesByRegion.get(code('500000'))?.radius).toBe(spec?.rMax);
    const hz = spec?.valuesByRegion.get(code('610700'))?.radius ?? 0;
    expect(hz).toBeCloseTo((spec?.rMax ?? 0) * Math.sqrt(78600 / 278000));
    expect(spec?.legend[0]).toBe(200000);
  });

  it('shows values as of a year, targets as targets', () => {
    const [spec] = only(layerSpecs([ind('new-school-places')], atlas, 2023), 'symbols');
    expect(spec?.valuesByRegion.get(code('610727'))?.isTarget).toBe(true);
    expect(spec?.valuesByRegion.get(code('610700'))?.fromEarlierYear).toBe(true);
  });

  it('gives stacked symbol layers different colours', () => {
    const specs = only(
      layerSpecs([ind('investment'), ind('new-school-places')], atlas, null),
      'symbols',
    );
    expect(specs[0]?.colour).not.toBe(specs[1]?.colour);
  });

  it('lists milestones in date order and marks those still ahead', () => {
    const [spec] = only(layerSpecs([{ kind: 'events' }], atlas, 2023), 'milestones');
    expect(spec?.events.map((e) => e.event.id)).toEqual(['e-ly-2021', 'e-ly-2022', 'e-hz-2023']);
    expect(spec?.events.map((e) => e.upcoming)).toEqual([false, false, false]);
    // Reported in 2023, the 2021 and 2022 milestones had happened by 2022; the 2023 one not yet.
    const [early] = only(layerSpecs([{ kind: 'events' }], atlas, 2022), 'milestones');
    expect(early?.events.map((e) => e.event.id)).toEqual(['e-ly-2021', 'e-ly-2022']);
    const [before] = only(layerSpecs([{ kind: 'events' }], atlas, 2020), 'milestones');
    expect(before?.events).toEqual([]);
  });

  it('lists the regions that report a measure', () => {
    const [spec] = only(
      layerSpecs([{ kind: 'measure', id: 'education-groups' as MeasureId }], atlas, null),
      'measure',
    );
    expect(spec?.regions).toEqual(['500000', '610727', '640100']);
  });

  it('gives context layers no spec (the map plan reads them) and skips unknown refs', () => {
    const specs = layerSpecs(
      [{ kind: 'context', id: 'labels' }, ind('no-such-indicator')],
      atlas,
      null,
    );
    expect(specs).toEqual([]);
  });

  it('draws the topmost symbol layers that have a slot, each keeping its colour', () => {
    const counts = atlas.dataset.indicators
      .filter((i) => i.kind === 'count' || i.kind === 'amount')
      .map((i) => ind(i.id));
    const all = only(layerSpecs(counts, atlas, null), 'symbols');
    expect(all.map((s) => s.slot)).toEqual([...all.keys()]);
    expect(all.map((s) => s.layer.ref.id)).toEqual(
      counts.slice(-SYMBOL_SLOTS).map((r) => (r.kind === 'indicator' ? r.id : '')),
    );
    // A layer below the slots still holds its place in the colour order.
    const first = counts.length - SYMBOL_SLOTS;
    expect(first).toBeGreaterThan(0);
    expect(all.map((s) => s.colour)).toEqual(all.map((_, i) => categoricalColour(first + i)));
  });
});

describe('layerSpecs against the national standard', () => {
  const a = built();
  const coefficient = [ind('difference-coefficient')];
  const junior = a.standards.find((s) => s.id === 'qb2017-junior-difference-coefficient')!;

  it("classes each value by its verdict against the layer's one threshold", () => {
    const [spec] = only(layerSpecs(coefficient, a, null, true), 'choropleth');
    expect(spec?.standard).toBe(junior);
    expect(spec?.colours).toEqual(VERDICT_CLASS_COLOURS);
    // Chongqing's 0.415 meets ≤ 0.45: the first class.
    expect(spec?.valuesByRegion.get(code('500000'))?.class).toBe(0);
  });

  it('classes a value short of a stricter threshold as "falls short"', () => {
    const strict = { ...a, standards: [{ ...junior, value: 0.4 }] };
    const [spec] = only(layerSpecs(coefficient, strict, null, true), 'choropleth');
    expect(spec?.valuesByRegion.get(code('500000'))?.class).toBe(1);
  });

  it('draws on the scale of values unless asked, and where no threshold governs', () => {
    const [scale] = only(layerSpecs(coefficient, a, null), 'choropleth');
    expect(scale?.standard).toBeNull();
    expect(scale?.colours).not.toEqual(VERDICT_CLASS_COLOURS);
    const [ungoverned] = only(
      layerSpecs([ind('teacher-rotation-share')], a, null, true),
      'choropleth',
    );
    expect(ungoverned?.standard).toBeNull();
  });

  it("names the stack's choropleth's one threshold, whatever lies over it, or none", () => {
    const places = ind('new-school-places');
    expect(stackStandard([...coefficient, places], a)).toBe(junior);
    // The topmost choropleth is the one drawn, and the one `std` is read against.
    expect(stackStandard([...coefficient, ind('teacher-rotation-share')], a)).toBeNull();
    expect(stackStandard([ind('teacher-rotation-share'), ...coefficient], a)).toBe(junior);
    expect(stackStandard([places], a)).toBeNull();
    expect(stackStandard([], a)).toBeNull();
  });
});
