/**
 * A PostCSS step (run by Vite on every stylesheet) that drops from MapLibre's stylesheet the
 * rules of what the map never shows: the controls it does not add, popups, markers, the
 * user-location dot and the cooperative-gesture screens. Most of that file is their icons as
 * data URIs; the first view would download them for nothing.
 *
 * MapView adds only a NavigationControl without compass and an attribution. The attribution's
 * rules all stay, compact ones included: its fold button exists even when not compact, and only
 * those rules hide it. Adding another MapLibre control, a popup or a marker means taking its
 * name out of UNUSED.
 */

/** Class names, as prefixes: a selector naming any of them styles something the map lacks. */
export const UNUSED = [
  'maplibregl-ctrl-geolocate',
  'maplibregl-ctrl-fullscreen',
  'maplibregl-ctrl-shrink',
  'maplibregl-ctrl-compass',
  'maplibregl-ctrl-terrain',
  'maplibregl-ctrl-globe',
  'maplibregl-ctrl-logo',
  'maplibregl-ctrl-scale',
  'maplibregl-popup',
  'maplibregl-marker',
  'maplibregl-user-location',
  'maplibregl-cooperative-gesture',
  'maplibregl-desktop-message',
  'maplibregl-mobile-message',
  'maplibregl-pseudo-fullscreen',
] as const;

const unusedClass = new RegExp(`\\.(?:${UNUSED.join('|')})`);

/** The selectors of a rule's list that style something the map shows. */
export function keptSelectors(selectors: readonly string[]): string[] {
  return selectors.filter((s) => !unusedClass.test(s));
}

/** The little of PostCSS's node API this step uses. */
interface CssNode {
  type: string;
  selectors?: string[];
  nodes?: CssNode[];
  parent?: CssNode;
  remove(): void;
}
interface CssRoot extends CssNode {
  source?: { input?: { file?: string } };
  walkRules(visit: (rule: CssNode & { selectors: string[] }) => void): void;
  walkAtRules(visit: (rule: CssNode) => void): void;
}

/** The PostCSS plugin, for Vite's `css.postcss.plugins`. */
export function trimMapLibreCss() {
  return {
    postcssPlugin: 'atlas-trim-maplibre-css',
    Once(root: CssRoot) {
      if (
        !root.source?.input?.file
          ?.replaceAll('\\', '/')
          .endsWith('maplibre-gl/dist/maplibre-gl.css')
      )
        return;
      root.walkRules((rule) => {
        const kept = keptSelectors(rule.selectors);
        if (kept.length === 0) rule.remove();
        else rule.selectors = kept;
      });
      // Media queries left with nothing inside.
      root.walkAtRules((at) => {
        if (at.nodes && at.nodes.length === 0) at.remove();
      });
    },
  };
}
