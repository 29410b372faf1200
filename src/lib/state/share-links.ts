/**
 * The views the share links open, before the URL codec pins them (UrlSync.shareUrl), and the copy
 * of a link or citation to the clipboard, which a browser may refuse.
 */
import { effectiveDate, type Publications } from '../data/time-rule';
import { yearOf } from '../domain/dates';
import type { Fact } from '../domain/schema';
import { DEFAULT_LAYERS, type ViewSnapshot } from './types';

/**
 * The view that opens one value: its region selected, its indicator alone on the map, the year it
 * speaks of (its own date, else its document's), its sentence marked in its document, framed to
 * fit, on the map tab and not embedded; the rest of `from` (the language, whether a choropleth is
 * drawn against the national standard) is kept.
 */
export function valueView(from: ViewSnapshot, fact: Fact, sources: Publications): ViewSnapshot {
  return {
    ...from,
    region: fact.region,
    layers: [...DEFAULT_LAYERS, { kind: 'indicator', id: fact.indicator }],
    indicator: fact.indicator,
    year: yearOf(effectiveDate(fact, sources).date),
    camera: null,
    source: { id: fact.source, highlight: fact.id },
    compare: [],
    tab: 'map',
    embed: false,
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
