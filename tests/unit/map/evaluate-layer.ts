/** MapLibre's own evaluator run on one property of a layer, for the layer-builder tests. */
import {
  createExpression,
  latest,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';

/**
 * A layer's paint or layout property as MapLibre evaluates it for a polygon (or, with `props`,
 * a feature with those properties) in the given feature state, at zoom 5.
 */
export function evaluate(
  l: LayerSpecification,
  kind: 'paint' | 'layout',
  prop: string,
  state: object = {},
  props: object = {},
): unknown {
  const ref = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
  const value = (l[kind] as Record<string, unknown> | undefined)?.[prop];
  const compiled = createExpression(value, prop, ref[`${kind}_${l.type}`]?.[prop]);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate(
    { zoom: 5 },
    { type: 'Polygon', properties: props } as never,
    state as never,
  );
}

/** The layer of `layers` with this id; throws when there is none. */
export function layerOf<L extends LayerSpecification>(layers: readonly L[], id: string): L {
  const found = layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}
