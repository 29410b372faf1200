/**
 * The atlas page's sizes, set here and nowhere else: the phone breakpoint, the heights of the
 * header and the timeline, the side columns' widths and the map's least share of the width.
 * ui/AtlasLayout.svelte writes them into the CSS custom properties its grid reads, and
 * first-paint-view.ts guesses the map's box from them before the page exists. It lives beside
 * the first picture, the lowest module that needs it (map/ sits below ui/).
 */

/** Sizes in CSS pixels. */
export const PAGE = {
  /** At most this wide, the page is a phone's: one column, scrolled, the map on top. */
  phoneMaxWidth: 700,
  /** The header's height on a desktop: one row (title, search, buttons), never wrapped. */
  headerHeight: 72,
  /** The timeline's height on a desktop. */
  timelineHeight: 95,
  /** The widest the layer and region column on the left grows. */
  asideMaxWidth: 320,
  /** The widest the region's or document's column on the right grows. */
  detailMaxWidth: 384,
  /** The map's least share of the page's width on a desktop, whatever panels are open. */
  mapMinShare: 0.5,
  /** The map's least share of the height between the bars when a comparison is open under it. */
  mapMinHeightShare: 0.4,
  /** The map's share of a phone's window height. */
  phoneMapShare: 0.6,
  /** …when a region's or document's panel is open under it: its first numbers show unscrolled. */
  phoneMapShareWithPanel: 0.4,
} as const;

/** The media query of a phone's page, for matchMedia. */
export const PHONE_QUERY = `(max-width: ${PAGE.phoneMaxWidth}px)`;

/** The widths of a desktop page's three columns, in CSS pixels (detail 0 when closed). */
export interface Columns {
  aside: number;
  map: number;
  detail: number;
}

/**
 * The columns of a desktop page `width` pixels wide, as AtlasLayout's grid sizes them: the map
 * first takes its least share, the side columns share what is left equally up to their widest,
 * and the map takes the rest (CSS grid's `minmax(0, max)` tracks beside a `minmax(share, 1fr)`).
 */
export function desktopColumns(width: number, detailOpen: boolean): Columns {
  const free = width * (1 - PAGE.mapMinShare);
  if (!detailOpen) {
    const aside = Math.min(PAGE.asideMaxWidth, free);
    return { aside, map: width - aside, detail: 0 };
  }
  const half = free / 2;
  const aside = Math.min(PAGE.asideMaxWidth, Math.max(half, free - PAGE.detailMaxWidth));
  const detail = Math.min(PAGE.detailMaxWidth, free - aside);
  return { aside, map: width - aside - detail, detail };
}

/** The page's sizes as the CSS custom properties AtlasLayout's grid reads. */
export function pageProperties(): string {
  return [
    `--header-height: ${PAGE.headerHeight}px`,
    `--timeline-height: ${PAGE.timelineHeight}px`,
    `--aside-max: ${PAGE.asideMaxWidth}px`,
    `--detail-max: ${PAGE.detailMaxWidth}px`,
    `--map-min: ${PAGE.mapMinShare * 100}%`,
    `--map-min-height: ${PAGE.mapMinHeightShare * 100}%`,
    `--phone-map-height: ${PAGE.phoneMapShare * 100}vh`,
    `--phone-map-height-panel: ${PAGE.phoneMapShareWithPanel * 100}vh`,
  ].join('; ');
}
