/**
 * Where keyboard focus goes when the right-hand panel changes under it. A panel that opens or
 * closes removes the control that had focus (the quote that opened a document, the close
 * button); the browser then drops focus to <body> and a keyboard reader starts again from the
 * top. These ids name the places focus is sent to instead, so the components that own those
 * elements and the panel that moves focus agree on them.
 */
export const FOCUS_ID = {
  /** The open document's title. */
  sourceTitle: 'source-title',
  /** The selected region's title. */
  regionTitle: 'region-title',
  /** The keyboard region list: where a region is chosen, so where to go when none is shown. */
  regionList: 'region-list',
  /** The map area (the skip link's target): where focus goes when a notice over it closes. */
  map: 'map',
} as const;

/**
 * Closes a notice with `close`, then puts focus on the map area: the notice's button had focus
 * and goes with it. Waits a frame for the notice to leave the DOM first.
 */
export function closeToMap(close: () => void, doc: Document = document): void {
  close();
  requestAnimationFrame(() => doc.getElementById(FOCUS_ID.map)?.focus());
}

/** What the right-hand column shows. */
export type DetailShown = 'source' | 'region' | 'none';

/**
 * The element to focus after the column changed to `shown` and took the focused control with
 * it: the document's title when a document opened; back at the region, the quote that opened
 * the document (`returnTo`, an item id) or else the region's title; with nothing shown, the
 * region list. CSS selectors, since the elements are rendered by other components: the first
 * one present wins.
 */
export function focusTargets(shown: DetailShown, returnTo: string | null): string[] {
  switch (shown) {
    case 'source':
      return [`#${FOCUS_ID.sourceTitle}`];
    case 'region':
      return returnTo === null
        ? [`#${FOCUS_ID.regionTitle}`]
        : [`[data-item="${returnTo.replace(/["\\]/g, '\\$&')}"]`, `#${FOCUS_ID.regionTitle}`];
    case 'none':
      return [`#${FOCUS_ID.regionList}`];
    default:
      return shown satisfies never;
  }
}

/**
 * Keeps focus in the right-hand column across its changes: `beforeChange` runs before the DOM
 * changes (a pre-effect) and `afterChange` after it. Focus moves only when it was inside the
 * column and the focused control went away; focus elsewhere (the region list, the search box)
 * is never taken when a panel opens.
 */
export class FocusKeeper {
  #before: DetailShown = 'none';
  #hadFocus = false;
  /** The item whose quote opened the document, to go back to when it closes. */
  #returnTo: string | null = null;

  /** Notes whether focus is inside `column` and, when a document opens, on which quote. */
  beforeChange(column: Element | undefined, shown: DetailShown): void {
    const active = column?.ownerDocument.activeElement ?? null;
    this.#hadFocus = !!column && !!active && column.contains(active);
    if (shown === 'source' && this.#before !== 'source')
      this.#returnTo = this.#hadFocus
        ? (active?.closest('[data-item]')?.getAttribute('data-item') ?? null)
        : null;
    this.#before = shown;
  }

  /**
   * If focus was in the column and its control is gone, focuses the successor: inside `column`
   * first (the comparison under the map shows the same quotes, with the same item ids), else
   * anywhere in `doc`.
   */
  afterChange(doc: Document, shown: DetailShown, column?: Element): void {
    if (!this.#hadFocus) return;
    this.#hadFocus = false;
    const active = doc.activeElement;
    if (active && active !== doc.body && active.isConnected) return;
    for (const selector of focusTargets(shown, this.#returnTo)) {
      const target =
        column?.querySelector<HTMLElement>(selector) ?? doc.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        break;
      }
    }
    if (shown !== 'source') this.#returnTo = null;
  }
}
