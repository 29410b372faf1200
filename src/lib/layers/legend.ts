/**
 * The legend model: one block per drawn layer, top layer first, with every label formatted.
 * Built from the same specs as the map plan, so the legend lists exactly what the map draws
 * (one choropleth, the symbol layers that have a slot, one measure, the milestones).
 */
import type { Lang } from '../i18n/lang';
import { classBounds, type ClassBounds } from '../scales/classify';
import { betterIsLower, NO_DATA } from '../scales/color';
import { formatQuantity } from '../scales/format';
import { symbolRadius } from '../scales/symbols';
import type { AsOf } from '../data/time-rule';
import type { Standard, Unit } from '../domain/schema';
import type { DrawnLayer, LayerSpec } from './layer-specs';
import {
  drawnAgainst,
  legendStandards,
  verdictLegend,
  type DrawnAgainst,
  type LegendClass,
  type LegendStandard,
} from './legend-standards';
import { HATCHED_VERDICT, layerStandard, VERDICT_CLASSES } from './standard-classes';
import { layerScopeLines } from './scope-notes';

/** What a choropleth or symbol block says of its layer: family and scope. */
export interface LayerAbout {
  /** The family's name; null when the title already is it. */
  family: string | null;
  /** Each distinct part of the drawn members' scopes once (layerScopeLines). */
  scopes: string[];
  /**
   * No region has a value at the year shown: the map draws none, and the scale (fitted to every
   * year's values) is all the block has to show.
   */
  noneShown: boolean;
  /** The national thresholds the layer's values are read against, with the drawn regions by verdict. */
  standards: LegendStandard[];
}

/** One legend block; `key` is stable across years, for keyed lists. */
export type LegendBlock =
  | ({
      kind: 'choropleth';
      key: string;
      title: string;
      /** A difference coefficient on its scale of values: darker reads "more unequal". */
      lowerIsBetter: boolean;
      classes: LegendClass[];
      /** The threshold the layer is drawn against (its classes are then the verdicts); null for its scale of values. */
      judged: DrawnAgainst | null;
      /** One national threshold governs the layer: it can be drawn against it (the legend offers the choice). */
      judgeable: boolean;
      /** The faint, dashed look of a target, in the lightest class colour; null when no region shows a target. */
      target: { colour: string } | null;
      /**
       * Counties drawn through a veil in the colour of a wider region's value (LayerSpec
       * `inherited`): that colour and the regions' names; null when no county is.
       */
      inherited: { colour: string; hatched: boolean; from: string[] } | null;
    } & LayerAbout)
  | ({
      kind: 'symbols';
      key: string;
      title: string;
      colour: string;
      /** Nested circles, largest first: radius in pixels and the value it stands for. */
      sizes: { radius: number; label: string }[];
      /** The largest circle's diameter plus a pixel, for the drawing box. */
      box: number;
      /** Some region shows a target (a hollow circle). */
      target: boolean;
    } & LayerAbout)
  | { kind: 'milestones'; key: string; upcoming: boolean }
  | { kind: 'measure'; key: string; title: string; colour: string; regionCount: number };

function boundsLabel(b: ClassBounds, unit: Unit, lang: Lang): string {
  if (b.kind === 'value') return formatQuantity(b.value, unit, lang);
  return `${formatQuantity(b.from, unit, lang)} – ${formatQuantity(b.to, unit, lang)}`;
}

function about(
  layer: DrawnLayer,
  values: ReadonlyMap<unknown, AsOf>,
  standards: readonly Standard[],
  lang: Lang,
): LayerAbout {
  const family = layer.family.name[lang];
  // What the tooltips show: each region's value, the facts of its date and its standing targets.
  const shown = new Set(
    [...values.values()].flatMap((v) =>
      [v.fact, ...v.alongside, ...v.targets].map((f) => f.indicator),
    ),
  );
  return {
    family: family === layer.name[lang] ? null : family,
    scopes: layerScopeLines(layer, shown, lang),
    noneShown: values.size === 0,
    standards: legendStandards(layer, values, standards, lang),
  };
}

/** A key that tells an indicator layer from a concept layer of the same id. */
const layerKeyOf = (layer: DrawnLayer) => `${layer.ref.kind}:${layer.ref.id}`;

const anyTarget = (values: ReadonlyMap<unknown, { isTarget: boolean }>) =>
  [...values.values()].some((v) => v.isTarget);

function inheritedEntry(
  spec: Extract<LayerSpec, { kind: 'choropleth' }>,
  lang: Lang,
): { colour: string; hatched: boolean; from: string[] } | null {
  const from = [...new Set(spec.inherited.values())];
  const first = from[0] && spec.valuesByRegion.get(from[0].code);
  if (!first) return null;
  return {
    colour: spec.colours[first.class] ?? NO_DATA.fill,
    hatched: spec.standard !== null && VERDICT_CLASSES[first.class] === HATCHED_VERDICT,
    from: from.map((r) => r.name[lang]),
  };
}

/**
 * A choropleth's classes: its scale of values, or the verdicts against the threshold it is drawn
 * against, which then stands for the block's list of thresholds.
 */
function choroplethClasses(
  spec: Extract<LayerSpec, { kind: 'choropleth' }>,
  standards: readonly Standard[],
  lang: Lang,
) {
  const { layer, standard } = spec;
  const judgeable = layerStandard(standards, layer.indicators, layer.unit) !== null;
  if (standard)
    return {
      lowerIsBetter: false,
      classes: verdictLegend(spec.valuesByRegion, lang),
      judged: drawnAgainst(standard, lang),
      judgeable,
      standards: [],
    };
  return {
    lowerIsBetter: betterIsLower(layer.kind),
    classes: classBounds(spec.classes).map((b, i) => ({
      colour: spec.colours[i] ?? NO_DATA.fill,
      label: boundsLabel(b, layer.unit, lang),
      hatched: false,
    })),
    judged: null,
    judgeable,
  };
}

/** What every indicator or family block opens with: its key, its title, its family and scopes. */
function heading(
  spec: Extract<LayerSpec, { kind: 'choropleth' | 'symbols' }>,
  standards: readonly Standard[],
  lang: Lang,
) {
  return {
    key: `${spec.kind}:${layerKeyOf(spec.layer)}`,
    title: spec.layer.name[lang],
    ...about(spec.layer, spec.valuesByRegion, standards, lang),
  };
}

/**
 * The legend for the drawn specs (bottom first, as layerSpecs gives them), top layer first;
 * `standards`, the national thresholds, are marked on the blocks of the layers they govern.
 */
export function legendModel(
  specs: readonly LayerSpec[],
  lang: Lang,
  standards: readonly Standard[] = [],
): LegendBlock[] {
  return [...specs].reverse().map((spec): LegendBlock => {
    switch (spec.kind) {
      case 'choropleth':
        return {
          kind: 'choropleth',
          ...heading(spec, standards, lang),
          ...choroplethClasses(spec, standards, lang),
          target: anyTarget(spec.valuesByRegion)
            ? { colour: spec.colours[0] ?? NO_DATA.fill }
            : null,
          inherited: inheritedEntry(spec, lang),
        };
      case 'symbols':
        return {
          kind: 'symbols',
          ...heading(spec, standards, lang),
          colour: spec.colour,
          sizes: spec.legend.map((v) => ({
            radius: symbolRadius(v, spec.vMax, spec.rMax),
            label: formatQuantity(v, spec.layer.unit, lang),
          })),
          box: spec.rMax * 2 + 2,
          target: anyTarget(spec.valuesByRegion),
        };
      case 'milestones':
        return {
          kind: 'milestones',
          key: 'milestones',
          upcoming: spec.events.some((e) => e.upcoming),
        };
      case 'measure':
        return {
          kind: 'measure',
          key: `measure:${spec.measure.id}`,
          title: spec.measure.name[lang],
          colour: spec.colour,
          regionCount: spec.regions.length,
        };
      default:
        return spec satisfies never;
    }
  });
}
