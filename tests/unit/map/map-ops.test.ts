import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../../../src/lib/domain/schema';
import {
  COMPARED_LINE,
  CONTEXT_LAYER_IDS,
  INDICATOR_LAYER,
  LABEL_LAYERS,
} from '../../../src/lib/map/ids';
import {
  asStyled,
  layerProperties,
  mapOps,
  type MapOp,
  type StateSources,
} from '../../../src/lib/map/map-ops';
import type { MapPlan } from '../../../src/lib/map/map-plan';
import type { FeatureState } from '../../../src/lib/map/paint';

const base: MapPlan = {
  lang: 'zh',
  selected: null,
  hovered: null,
  compared: [],
  countiesLoaded: false,
  context: { labels: true, boundaries: true, counties: false },
  choropleth: null,
  symbols: [],
  measure: null,
  states: new Map(),
};
/** Every region has a polygon in this fake, named after it, and a label point. */
const sources: StateSources = { polygonOf: (code) => `polygons-${code}`, labels: 'labels' };
const targets = (code: RegionCode) => [`polygons-${code}`, 'labels'];
const layerOps = (ops: MapOp[]) => ops.filter((o) => o.op === 'layout' || o.op === 'paint');

describe('mapOps', () => {
  it('changes nothing when the plan is the same', () => {
    expect(mapOps(base, { ...base }, sources)).toEqual([]);
  });

  it('turning the counties on before their file arrives changes nothing yet', () => {
    const next = { ...base, context: { ...base.context, counties: true } };
    expect(mapOps(base, next, sources)).toEqual([]);
  });

  it('adds the counties when their file arrives, then shows or hides them', () => {
    const on = { ...base, context: { ...base.context, counties: true } };
    const arrived = { ...on, countiesLoaded: true };
    const layer = CONTEXT_LAYER_IDS.counties[0];
    expect(mapOps(on, arrived, sources)).toEqual([
      { op: 'addCounties' },
      { op: 'layout', layer, name: 'visibility', value: 'visible' },
    ]);
    const off = { ...arrived, context: { ...arrived.context, counties: false } };
    expect(mapOps(arrived, off, sources)).toEqual([
      { op: 'layout', layer, name: 'visibility', value: 'none' },
    ]);
  });

  it('from a freshly styled map, sets only feature state, hover and selection', () => {
    const plan = {
      ...base,
      choropleth: { colours: ['#aaaaaa'], hatched: false },
      selected: '610727' as RegionCode,
      states: new Map([['500113' as RegionCode, { class: 0 }]]),
    };
    const ops = mapOps(asStyled(plan), plan, sources);
    expect(ops.map((o) => o.op)).toEqual(['setState', 'setState', 'setState']);
  });

  it('moves hover and selection from one polygon to the next', () => {
    const a = '500113' as RegionCode;
    const b = '610727' as RegionCode;
    const ops = mapOps({ ...base, selected: a }, { ...base, selected: b, hovered: a }, sources);
    expect(ops).toEqual([
      { op: 'setState', target: { source: 'polygons-500113', id: a }, state: { selected: false } },
      { op: 'setState', target: { source: 'polygons-610727', id: b }, state: { selected: true } },
      { op: 'setState', target: { source: 'polygons-500113', id: a }, state: { hover: true } },
    ]);
  });

  it('a new language rewrites the label text and nothing else', () => {
    const ops = mapOps(base, { ...base, lang: 'en' }, sources);
    expect(ops.map((o) => (o.op === 'layout' ? o.layer : o.op)).sort()).toEqual(
      [...LABEL_LAYERS].sort(),
    );
    expect(ops.every((o) => o.op === 'layout' && o.name === 'text-field')).toBe(true);
  });

  it('hiding the choropleth hides its layers and leaves their colours alone', () => {
    const on = { ...base, choropleth: { colours: ['#aaaaaa', '#bbbbbb'], hatched: false } };
    const ops = layerOps(mapOps(on, base, sources));
    expect(ops.every((o) => o.op === 'layout' && o.value === 'none')).toBe(true);
    expect(ops.map((o) => (o.op === 'layout' ? o.layer : '')).sort()).toEqual(
      [
        ...Object.values(INDICATOR_LAYER.choroplethFill),
        ...Object.values(INDICATOR_LAYER.choroplethDash),
      ].sort(),
    );
  });

  it('shows the hatching only while values short of a standard are hatched', () => {
    const drawn = { ...base, choropleth: { colours: ['#aaaaaa'], hatched: false } };
    const hatched = { ...base, choropleth: { colours: ['#aaaaaa'], hatched: true } };
    const hatchOps = (ops: MapOp[]) =>
      layerOps(ops).filter(
        (o) =>
          o.op === 'layout' &&
          (Object.values(INDICATOR_LAYER.choroplethHatch) as string[]).includes(o.layer),
      );
    const on = hatchOps(mapOps(drawn, hatched, sources));
    expect(on).toHaveLength(4);
    expect(on.every((o) => o.op === 'layout' && o.value === 'visible')).toBe(true);
    const off = hatchOps(mapOps(hatched, base, sources));
    expect(off.every((o) => o.op === 'layout' && o.value === 'none')).toBe(true);
    expect(off).toHaveLength(4);
  });

  it("sets a region's state on each feature that carries it", () => {
    const next = { ...base, states: new Map([['500113' as RegionCode, { r0: 4 }]]) };
    expect(mapOps(base, next, sources)).toEqual([
      { op: 'setState', target: { source: 'polygons-500113', id: '500113' }, state: { r0: 4 } },
      { op: 'setState', target: { source: 'labels', id: '500113' }, state: { r0: 4 } },
    ]);
  });
});

describe('mapOps, the comparison', () => {
  it('outlines a region joining the comparison and only un-outlines the one that left', () => {
    const a = '500113' as RegionCode;
    const b = '610727' as RegionCode;
    const c = '640100' as RegionCode;
    const prev = { ...base, compared: [a, b] };
    expect(mapOps(prev, { ...base, compared: [b, c] }, sources)).toEqual([
      { op: 'setState', target: { source: 'polygons-500113', id: a }, state: { compared: false } },
      { op: 'setState', target: { source: 'polygons-640100', id: c }, state: { compared: true } },
    ]);
    // A hover changes no comparison state.
    expect(mapOps(prev, { ...prev, hovered: a }, sources)).toEqual([
      { op: 'setState', target: { source: 'polygons-500113', id: a }, state: { hover: true } },
    ]);
  });

  it('shows the dashed comparison outlines only while something is compared', () => {
    const a = '500113' as RegionCode;
    const shown = (ops: readonly MapOp[]) =>
      ops.filter((o) => o.op === 'layout' && o.name === 'visibility' && o.layer in byLayer);
    const byLayer = Object.fromEntries(Object.values(COMPARED_LINE).map((id) => [id, true]));
    const started = mapOps(base, { ...base, compared: [a] }, sources);
    expect(shown(started).map((o) => o.op === 'layout' && [o.layer, o.value])).toEqual(
      Object.values(COMPARED_LINE).map((id) => [id, 'visible']),
    );
    const cleared = mapOps({ ...base, compared: [a] }, base, sources);
    expect(shown(cleared).map((o) => o.op === 'layout' && o.value)).toEqual(
      Object.values(COMPARED_LINE).map(() => 'none'),
    );
    // A second region joining changes no visibility.
    const a2 = { ...base, compared: [a] };
    expect(shown(mapOps(a2, { ...a2, compared: [a, '610727' as RegionCode] }, sources))).toEqual(
      [],
    );
  });
});

/** Generated plans over a few codes and the layers a plan can touch. */
const codes = ['500113', '610727', '640100'] as RegionCode[];
const colour = fc.constantFrom('#111111', '#222222', '#333333');
const stateArb: fc.Arbitrary<FeatureState> = fc.dictionary(
  fc.constantFrom('class', 'target', 'r0', 'r1', 't0', 'measure', 'ms'),
  fc.oneof(fc.integer({ min: 0, max: 5 }), fc.boolean()),
);
const planArb: fc.Arbitrary<MapPlan> = fc.record({
  lang: fc.constantFrom('zh' as const, 'en' as const),
  selected: fc.option(fc.constantFrom(...codes), { nil: null }),
  hovered: fc.option(fc.constantFrom(...codes), { nil: null }),
  compared: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 3 }),
  countiesLoaded: fc.boolean(),
  context: fc.record({ labels: fc.boolean(), boundaries: fc.boolean(), counties: fc.boolean() }),
  choropleth: fc.option(
    fc.record({ colours: fc.array(colour, { maxLength: 5 }), hatched: fc.boolean() }),
  ),
  symbols: fc.uniqueArray(fc.record({ slot: fc.integer({ min: 0, max: 3 }), colour }), {
    selector: (s) => s.slot,
  }),
  measure: fc.option(fc.record({ colour })),
  states: fc
    .array(fc.tuple(fc.constantFrom(...codes), stateArb))
    .map((entries) => new Map(entries)),
});

/** What a map holds: properties by layer, and feature state by source and id. */
function apply(
  props: Map<string, Map<string, unknown>>,
  states: Map<string, FeatureState>,
  ops: MapOp[],
) {
  for (const o of ops) {
    if (o.op === 'addCounties') continue;
    if (o.op === 'layout' || o.op === 'paint') {
      const layer = props.get(o.layer) ?? new Map<string, unknown>();
      layer.set(`${o.op}:${o.name}`, o.value);
      props.set(o.layer, layer);
    } else {
      const key = `${o.target.source}/${o.target.id}`;
      const now = { ...states.get(key) };
      if (o.op === 'removeState') delete now[o.key];
      else Object.assign(now, o.state);
      states.set(key, now);
    }
  }
}

describe('mapOps, on any two plans', () => {
  it('takes a map showing the first plan to one showing the second', () => {
    fc.assert(
      fc.property(planArb, planArb, (prev, later) => {
        // Once arrived, the counties stay: a plan never goes back to not having them.
        const next = { ...later, countiesLoaded: later.countiesLoaded || prev.countiesLoaded };
        const props = new Map<string, Map<string, unknown>>();
        const states = new Map<string, FeatureState>();
        apply(props, states, mapOps(null, prev, sources));
        apply(props, states, mapOps(prev, next, sources));
        for (const [layer, p] of layerProperties(next))
          for (const kind of ['layout', 'paint'] as const)
            for (const [name, value] of Object.entries(p[kind]))
              expect(props.get(layer)?.get(`${kind}:${name}`)).toEqual(value);
        for (const code of codes)
          for (const source of targets(code)) {
            const { selected, hover, compared, ...held } = states.get(`${source}/${code}`) ?? {};
            expect(held).toEqual(next.states.get(code) ?? {});
            if (source === 'labels') continue; // hover, selection, comparison live on polygons only
            expect(selected === true).toBe(next.selected === code);
            expect(hover === true).toBe(next.hovered === code);
            expect(compared === true).toBe(next.compared.includes(code));
          }
      }),
      { numRuns: 300 },
    );
  });
});
