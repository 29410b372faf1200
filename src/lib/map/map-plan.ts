/**
 * The map plan: everything the map shows beyond its fixed geometry, as plain data — the label
 * language, which context layers are on, the choropleth, symbol and measure colours, and every
 * region's feature state. Pure; map-ops.ts turns two plans into the MapLibre calls between them.
 *
 * Region polygons (promoteId `code`) carry the choropleth and measure keys; the label points
 * carry the symbol and milestone keys.
 */
import type { Atlas } from '../data/atlas';
import { CONTEXT_LAYERS, type ContextLayerId, type LayerRef } from '../domain/layer-ref';
import type { RegionCode } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import type { LayerSpec } from '../layers/layer-specs';
import { HATCHED_VERDICT, VERDICT_CLASSES } from '../layers/standard-classes';
import { slotRadiusKey, slotTargetKey, STATE, type FeatureState } from './paint';

/** What the map should show; see the module comment. */
export interface MapPlan {
  lang: Lang;
  /** The selected and the hovered region: feature state on their polygons. */
  selected: RegionCode | null;
  hovered: RegionCode | null;
  /** The compared regions: outlined on their polygons (feature state `compared`). */
  compared: readonly RegionCode[];
  /** The all-China counties have arrived (their source and layer exist once they have). */
  countiesLoaded: boolean;
  /** Each context layer: shown or not. */
  context: Readonly<Record<ContextLayerId, boolean>>;
  /**
   * The choropleth's class colours (lightest first on a scale of values, the verdicts' against a
   * standard), and whether values short of the standard are hatched; null when none is drawn.
   */
  choropleth: { colours: readonly string[]; hatched: boolean } | null;
  /** The drawn symbol layers by slot, bottom first. */
  symbols: { slot: number; colour: string }[];
  measure: { colour: string } | null;
  /** Every region's indicator state: set on its polygon and on its label point. */
  states: ReadonlyMap<RegionCode, FeatureState>;
}

/** What a plan is made from: the view's choices and the drawn layer specs (layers/layer-specs.ts). */
export interface MapPlanInput {
  specs: readonly LayerSpec[];
  /** The layer stack, for its context layers. */
  stack: readonly LayerRef[];
  lang: Lang;
  selected: RegionCode | null;
  hovered: RegionCode | null;
  compared: readonly RegionCode[];
  countiesLoaded: boolean;
}

/** The plan for a view; see MapPlanInput. */
export function mapPlan(input: MapPlanInput, atlas: Atlas): MapPlan {
  const { specs, stack, lang, selected, hovered, compared, countiesLoaded } = input;
  const states = new Map<RegionCode, FeatureState>();
  const put = (code: RegionCode, s: FeatureState) =>
    states.set(code, { ...states.get(code), ...s });
  const on = (id: ContextLayerId) => stack.some((l) => l.kind === 'context' && l.id === id);
  const plan: MapPlan = {
    lang,
    selected,
    hovered,
    compared,
    countiesLoaded,
    context: Object.fromEntries(CONTEXT_LAYERS.map((id) => [id, on(id)])) as MapPlan['context'],
    choropleth: null,
    symbols: [],
    measure: null,
    states,
  };
  for (const spec of specs) {
    switch (spec.kind) {
      case 'choropleth':
        plan.choropleth = { colours: spec.colours, hatched: spec.standard !== null };
        for (const [code, v] of spec.valuesByRegion)
          put(code, {
            [STATE.class]: v.class,
            [STATE.target]: v.isTarget,
            ...(spec.standard && VERDICT_CLASSES[v.class] === HATCHED_VERDICT
              ? { [STATE.hatch]: true }
              : {}),
          });
        for (const r of atlas.dataset.regions) {
          if (r.level !== 'county' || spec.valuesByRegion.has(r.code)) continue;
          put(
            r.code,
            spec.inherited.has(r.code) ? { [STATE.inherit]: true } : { [STATE.noData]: true },
          );
        }
        break;
      case 'symbols':
        plan.symbols.push({ slot: spec.slot, colour: spec.colour });
        for (const [code, v] of spec.valuesByRegion)
          put(code, {
            [slotRadiusKey(spec.slot)]: v.radius,
            [slotTargetKey(spec.slot)]: v.isTarget,
          });
        break;
      case 'measure':
        plan.measure = { colour: spec.colour };
        for (const code of spec.regions) put(code, { [STATE.measure]: true });
        break;
      case 'milestones':
        for (const { event, upcoming } of spec.events) {
          const key = upcoming ? STATE.upcoming : STATE.milestones;
          const now = states.get(event.region)?.[key];
          put(event.region, { [key]: (typeof now === 'number' ? now : 0) + 1 });
        }
        break;
      default:
        spec satisfies never;
    }
  }
  return plan;
}
