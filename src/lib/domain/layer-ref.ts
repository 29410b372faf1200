/**
 * The vocabulary of the layer stack, shared by every folder from data up: which layers a
 * reader can put on the map. A link's `l` key is a list of these (see state/url-parsers.ts).
 */
import type { IndicatorId, LayerId, MeasureId } from './schema';

/** Context layers that are not tied to an indicator or a measure. */
export type ContextLayerId = 'labels' | 'boundaries' | 'counties';
export const CONTEXT_LAYERS: readonly ContextLayerId[] = ['labels', 'boundaries', 'counties'];

/**
 * One entry of the layer stack, bottom first. A `family` entry draws a family layer: every
 * indicator of one family that shares the layer id (comparable values of differing scope).
 */
export type LayerRef =
  | { kind: 'indicator'; id: IndicatorId }
  | { kind: 'family'; id: LayerId }
  | { kind: 'measure'; id: MeasureId }
  | { kind: 'events' }
  | { kind: 'context'; id: ContextLayerId };
