import { describe, expect, it } from 'vitest';
import { mapLocale, renameMap } from '../../../src/lib/map/map-words';

/** A stand-in for the map's box: the elements MapLibre draws, found by selector. */
function fakeBox() {
  const element = (tagName: string) => {
    const attributes = new Map<string, string>();
    return {
      tagName,
      attributes,
      setAttribute: (name: string, value: string) => attributes.set(name, value),
    };
  };
  const canvas = element('CANVAS');
  const zoomIn = element('BUTTON');
  const zoomOut = element('BUTTON');
  const bySelector: Record<string, unknown[]> = {
    'canvas.maplibregl-canvas': [canvas],
    '.maplibregl-ctrl-zoom-in': [zoomIn],
    '.maplibregl-ctrl-zoom-out': [zoomOut],
  };
  const box = { querySelectorAll: (selector: string) => bySelector[selector] ?? [] };
  return { box: box as unknown as ParentNode, canvas, zoomIn, zoomOut };
}

describe("the map's words", () => {
  it("give MapLibre its canvas's and zoom buttons' names in each language", () => {
    const zh = mapLocale('zh');
    const en = mapLocale('en');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const id of Object.keys(zh)) {
      expect(zh[id]).toBeTruthy();
      expect(en[id]).toBeTruthy();
      expect(zh[id]).not.toBe(en[id]);
    }
  });

  it('rename the map in place when the language changes, with tooltips only on buttons', () => {
    const { box, canvas, zoomIn, zoomOut } = fakeBox();
    renameMap(box, 'en');
    const en = mapLocale('en');
    expect(canvas.attributes.get('aria-label')).toBe(en['Map.Title']);
    expect(canvas.attributes.has('title')).toBe(false);
    expect(zoomIn.attributes.get('title')).toBe(en['NavigationControl.ZoomIn']);
    expect(zoomOut.attributes.get('aria-label')).toBe(en['NavigationControl.ZoomOut']);
    renameMap(box, 'zh');
    expect(zoomIn.attributes.get('aria-label')).toBe(mapLocale('zh')['NavigationControl.ZoomIn']);
  });
});
