import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFirstPaint } from '../../../src/lib/data/load-first-paint';
import { boundsOf } from '../../../src/lib/map/bounds';
import { NO_INSET } from '../../../src/lib/map/camera';
import { fitCamera, firstPaintSvg } from '../../../src/lib/map/first-paint';
import { GEO_FILES } from '../../../src/lib/domain/geometry';
import { extraWith } from '../../fixtures/extra-geometry';

const text = fs.readFileSync('public/geo/focus.json', 'utf8');
/** The committed focus.json and extra.json, by URL. */
const fetcher = (async (url: string) =>
  new Response(fs.readFileSync(`public/${url}`, 'utf8'))) as unknown as typeof fetch;
const geometry = await loadFirstPaint(fetcher);
if (!geometry) throw new Error('public/geo/focus.json did not decode');
const counties = geometry.regions.county.map((g) => ({
  type: 'Feature' as const,
  properties: {},
  geometry: g,
}));
const bounds = boundsOf(counties);
if (!bounds) throw new Error('no county bounds');

/** World pixels at zoom 0 back to degrees, to compare with MapLibre's getCenter(). */
const lngLat = (x: number, y: number) => [
  (x / 512) * 360 - 180,
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 512))) * 180) / Math.PI,
];

describe('fitCamera', () => {
  // What MapLibre 6's fitBounds gave for the focus counties in the built app, by map box.
  it.each([
    [1046, 684, 4.943345423924283],
    [390, 506, 4.39625110879357],
    [480, 384, 3.848188190883943],
  ])('frames the focus counties as MapLibre does in a %i×%i box', (width, height, zoom) => {
    const cam = fitCamera(bounds, { width, height });
    expect(cam.zoom).toBeCloseTo(zoom, 9);
    const [lng, lat] = lngLat(cam.x, cam.y);
    expect(lng).toBeCloseTo(107.74412449587243, 9);
    expect(lat).toBeCloseTo(33.686724371690445, 9);
  });

  it('centres the bounds in what the legend leaves free, as MapLibre does with that padding', () => {
    // MapLibre 6's cameraForBounds in a 1046×684 box, padding 60 and 60 + 272 on the left.
    const cam = fitCamera(bounds, { width: 1046, height: 684 }, { ...NO_INSET, left: 272 });
    expect(cam.zoom).toBeCloseTo(4.943345423924283, 9);
    const [lng, lat] = lngLat(cam.x, cam.y);
    expect(lng).toBeCloseTo(104.63615894315518, 9);
    expect(lat).toBeCloseTo(33.686724371690445, 9);
  });

  it('never comes closer than the zoom cap', () => {
    const tiny: typeof bounds = [
      [106.5, 29.5],
      [106.51, 29.51],
    ];
    expect(fitCamera(tiny, { width: 1000, height: 800 }).zoom).toBe(8);
  });
});

describe('firstPaintSvg', () => {
  const size = { width: 800, height: 600 };
  const svg = firstPaintSvg(geometry.regions, { bounds, inset: NO_INSET }, size);
  /** The points of path data, absolute, in the picture's units (half a pixel at ratio 1). */
  const points = (d: string): [number, number][] => {
    const out: [number, number][] = [];
    for (const [, cmd, x, y] of d.matchAll(/([Ml])(-?\d+) (-?\d+)/g)) {
      const last = cmd === 'l' ? out.at(-1) : undefined;
      out.push([Number(x) + (last?.[0] ?? 0), Number(y) + (last?.[1] ?? 0)]);
    }
    return out;
  };
  const countyPath = (picture: string) => /<path d="([^"]*)"/.exec(picture)?.[1] ?? '';

  it("draws the counties' fill and the four kinds of outline, sized to the box", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"')).toBe(
      true,
    );
    expect(svg).toContain('viewBox="0 0 1600 1200"');
    expect(svg.match(/<path /g)).toHaveLength(5);
  });

  it("fills the counties with the colour the style's 85 % lays over China's land", () => {
    // #d6e4dc at 0.85 over #f7f5f0: 0.85 × d6 + 0.15 × f7 = db, and so on.
    expect(svg).toContain('fill="#dbe7df"');
  });

  it('keeps the counties inside the padding, touching it on one side', () => {
    const pts = points(countyPath(svg)).map(([x, y]) => [x / 2, y / 2] as const);
    const xs = pts.map(([x]) => x);
    const ys = pts.map(([, y]) => y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    expect(x0).toBeGreaterThanOrEqual(59.5);
    expect(y0).toBeGreaterThanOrEqual(59.5);
    expect(x1).toBeLessThanOrEqual(740.5);
    expect(y1).toBeLessThanOrEqual(540.5);
    expect(Math.min(x0 - 60, 740 - x1, y0 - 60, 540 - y1)).toBeLessThan(0.5);
  });

  it('places points to half a device pixel and leaves out those in the same place', () => {
    const sharp = firstPaintSvg(geometry.regions, { bounds, inset: NO_INSET }, size, 2);
    expect(sharp).toContain('viewBox="0 0 3200 2400"');
    const coarse = points(countyPath(svg));
    const fine = points(countyPath(sharp));
    expect(fine.length).toBeGreaterThan(coarse.length);
    // The same first point, in units half as large: twice the number, give or take the rounding.
    const [[cx = 0, cy = 0] = []] = coarse;
    const [[fx = 0, fy = 0] = []] = fine;
    expect(Math.abs(fx - 2 * cx)).toBeLessThanOrEqual(1);
    expect(Math.abs(fy - 2 * cy)).toBeLessThanOrEqual(1);
    expect(countyPath(svg)).not.toMatch(/l0 0(?!\d)/);
    expect(countyPath(sharp)).not.toMatch(/l0 0(?!\d)/);
  });

  /** The county rings whose box reaches into a picture of `size` framed by `framing`. */
  const ringsReaching = (framing: { bounds: typeof bounds }) => {
    const cam = fitCamera(framing.bounds, size);
    const k = 2 ** cam.zoom;
    const world = ([lng = 0, lat = 0]: number[]) => {
      const sin = Math.sin((lat * Math.PI) / 180);
      return [
        ((lng + 180) / 360) * 512 * k - cam.x * k + size.width / 2,
        (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 512 * k -
          cam.y * k +
          size.height / 2,
      ];
    };
    const all = geometry.regions.county.flatMap((g) =>
      g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [],
    );
    return all.filter((ring) => {
      const placed = ring.map(world);
      const xs = placed.map(([x = 0]) => x);
      const ys = placed.map(([, y = 0]) => y);
      return (
        Math.max(...xs) > 0 &&
        Math.max(...ys) > 0 &&
        Math.min(...xs) < size.width &&
        Math.min(...ys) < size.height
      );
    }).length;
  };

  it('draws every ring a zoomed-in picture shows, and only those', () => {
    const banan = geometry.byCode.get('500113');
    if (!banan) throw new Error('no Banan in focus.json');
    const one = boundsOf([{ type: 'Feature', properties: {}, geometry: banan }]);
    if (!one) throw new Error('no bounds');
    const close = firstPaintSvg(geometry.regions, { bounds: one, inset: NO_INSET }, size);
    const rings = (picture: string) => countyPath(picture).split('M').length - 1;
    expect(rings(close)).toBeLessThan(rings(svg));
    expect(rings(close)).toBe(ringsReaching({ bounds: one }));
    // Clipped to the box and four pixels round it (1600 × 1200 half pixels, 8 of margin).
    for (const [x, y] of points(countyPath(close))) {
      expect(x).toBeGreaterThanOrEqual(-8);
      expect(y).toBeGreaterThanOrEqual(-8);
      expect(x).toBeLessThanOrEqual(1608);
      expect(y).toBeLessThanOrEqual(1208);
    }
  });

  /** The first vertex of the first province outline in focus.json. */
  const provinceVertex = ((): [number, number] => {
    const [lng = 0, lat = 0] =
      geometry.regions.province[0]?.type === 'Polygon'
        ? (geometry.regions.province[0].coordinates[0]?.[0] ?? [])
        : geometry.regions.province[0]?.type === 'MultiPolygon'
          ? (geometry.regions.province[0].coordinates[0]?.[0]?.[0] ?? [])
          : [];
    return [lng, lat];
  })();

  it("draws a link's camera past MapLibre's zoom limit at the limit, as the map will", () => {
    // Beside a vertex of a province outline: at zoom 22 the vertex is 6 px from the centre, at
    // 24 it would be 24 px, at 20 it is 1.5 px.
    const center: [number, number] = [provinceVertex[0] + 1e-6, provinceVertex[1]];
    const at = (zoom: number) =>
      firstPaintSvg(geometry.regions, { camera: { center, zoom } }, size);
    expect(at(24)).toBe(at(22));
    expect(at(20)).not.toBe(at(22));
  });

  it('keeps every point near the box however far a link zooms in', () => {
    // Browsers add relative points up in 32-bit floats: unclipped, a province ring at zoom 21
    // reaches past 2^24 units and its outline drifts by pixels from the county lines beside it.
    const deep = firstPaintSvg(
      geometry.regions,
      { camera: { center: provinceVertex, zoom: 21 } },
      size,
      3,
    );
    const provinces = [...deep.matchAll(/<path d="([^"]*)"/g)].at(-1)?.[1] ?? '';
    expect(provinces).not.toBe('');
    const step = 0.5 / 3;
    for (const [x, y] of points(provinces)) {
      expect(Math.abs(x - size.width / step / 2)).toBeLessThanOrEqual(size.width / step);
      expect(Math.abs(y - size.height / step / 2)).toBeLessThanOrEqual(size.height / step);
    }
  });
});

describe('loadFirstPaint', () => {
  it('hands back the texts it drew from, for the app to reuse', () => {
    expect(geometry.texts.get(GEO_FILES.focus)).toBe(text);
    expect(geometry.texts.has(GEO_FILES.extra)).toBe(true);
    expect(geometry.byCode.has('500113')).toBe(true);
  });

  it('draws and frames the regions documents added (extra.json) beside focus.json’s', async () => {
    const extra = extraWith('532924');
    const both = (async (url: string) =>
      new Response(url === GEO_FILES.extra ? extra : text)) as unknown as typeof fetch;
    const drawn = await loadFirstPaint(both);
    expect(drawn?.byCode.has('532924')).toBe(true);
    expect(drawn?.regions.county).toHaveLength(geometry.regions.county.length + 1);
    expect(drawn?.home).toHaveLength(geometry.home.length + 1);
    // Without extra.json, focus.json's regions alone: the app names the missing file.
    const focusOnly = (async (url: string) =>
      url === GEO_FILES.extra
        ? new Response('', { status: 404 })
        : new Response(text)) as unknown as typeof fetch;
    expect((await loadFirstPaint(focusOnly))?.byCode.has('532924')).toBe(false);
  });

  it('gives null for a file it cannot draw, never an exception', async () => {
    const answer = (body: string, status = 200) =>
      (async () => new Response(body, { status })) as typeof fetch;
    expect(await loadFirstPaint(answer('not json'))).toBeNull();
    expect(await loadFirstPaint(answer('{"type":"Topology"}'))).toBeNull();
    expect(await loadFirstPaint(answer('', 404))).toBeNull();
    expect(
      await loadFirstPaint(answer('{"type":"Topology","objects":{"county":{"type":"Point"}}}')),
    ).toBeNull();
  });
});
