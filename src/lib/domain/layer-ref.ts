/**
 * The vocabulary of the layer stack, shared by every folder from data up: which layers a
 * reader can put on the map. A link's `l` key is a list of these (see state/url-parsers.ts).
 */
import type { IndicatorId, LayerId, MeasureId } from './schema';

/** Context layers that are not tied to an indicator or a measure. */
export type ContextLayerId = 'labels' | 'boundaries' | 'counties';
export const CONTEXT_LAYERS: readonly ContextLayerId[] = ['labels', 'boundaries', 'counties'];

/**
 * One entry of the layer stack, bottom first. A `concept` entry draws a concept layer: one
 * concept at one scope, over every indicator that reads it (domain/concept-layers.ts).
 */
export type LayerRef =
  | { kind: 'indicator'; id: IndicatorId }
  | { kind: 'concept'; id: LayerId }
  | { kind: 'measure'; id: MeasureId }
  | { kind: 'events' }
  | { kind: 'context'; id: ContextLayerId };
