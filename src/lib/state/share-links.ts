/**
 * The views the share links open, before the URL codec pins them (UrlSync.shareUrl), and the copy
 * of a link or citation to the clipboard, which a browser may refuse.
 */
import type { Atlas } from '../data/atlas';
import { effectiveDate } from '../data/time-rule';
import { yearOf } from '../domain/dates';
import type { Fact } from '../domain/schema';
import { stackStandard } from '../layers/layer-specs';
import { DEFAULT_LAYERS, type ViewSnapshot } from './types';

/**
 * The view that opens one value: its region selected, its indicator alone on the map, the year it
 * speaks of (its own date, else its document's), its sentence marked in its document, framed to
 * fit, on the map tab and not embedded; the rest of `from` (the language, whether a choropleth is
 * drawn against the national standard, where one threshold governs the value's layer) is kept.
 */
export function valueView(from: ViewSnapshot, fact: Fact, atlas: Atlas): ViewSnapshot {
  const layers = [...DEFAULT_LAYERS, { kind: 'indicator' as const, id: fact.indicator }];
  return {
    ...from,
    region: fact.region,
    layers,
    indicator: fact.indicator,
    year: yearOf(effectiveDate(fact, atlas.sources).date),
    camera: null,
    source: { id: fact.source, highlight: fact.id },
    compare: [],
    tab: 'map',
    embed: false,
    againstStandard: from.againstStandard && stackStandard(layers, atlas) !== null,
  };
}

/** Copies `text` with `write` (the clipboard's); false when the browser refused (no clipboard, no permission). */
export async function copyWith(
  write: (text: string) => Promise<void>,
  text: string,
): Promise<boolean> {
  try {
    await write(text);
    return true;
  } catch {
    return false;
  }
}
