/**
 * Outlines follow the county borders: in every committed geometry file each ring's arcs join end
 * to start and close (an open ring is drawn closed by a straight stray segment across the region,
 * as 重庆市's once was), outlines in focus.json are made of its counties' outer arcs, and every
 * point of a province outline lies on a county border of china-counties.json.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GeoJsonProperties } from 'geojson';
import type { GeometryObject as TopoGeometry, Topology } from 'topojson-specification';

type GeometryObject = TopoGeometry<GeoJsonProperties>;
import { GEO_FILES, GEO_OBJECTS } from '../../../src/lib/domain/geometry';
import { loadRegions } from '../../../geo/regions';

type Point = [number, number];

const read = (name: string): Topology =>
  JSON.parse(
    fs.readFileSync(new URL(`../../../public/${name}`, import.meta.url), 'utf8'),
  ) as Topology;

/** Each arc's points in degrees. */
function arcPoints(topo: Topology): Point[][] {
  const [sx, sy] = topo.transform?.scale ?? [1, 1];
  const [tx, ty] = topo.transform?.translate ?? [0, 0];
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => [(x += dx) * sx + tx, (y += dy) * sy + ty] as Point);
  });
}

const arcOf = (ref: number): number => (ref < 0 ? ~ref : ref);

/** Every ring (as arc references) of a geometry, with the feature's code. */
function rings(geometry: GeometryObject): number[][] {
  if (geometry.type === 'Polygon') return geometry.arcs;
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat();
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(rings);
  return [];
}

const code = (g: GeometryObject): string =>
  String((g.properties as { code?: string } | undefined)?.code ?? g.id);

const members = (topo: Topology, object: string): GeometryObject[] => {
  const o = topo.objects[object];
  return o?.type === 'GeometryCollection' ? o.geometries : o ? [o] : [];
};

/** Distance from p to segment ab, in degrees. */
function toSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

/** How far each point is from the nearest county border (looked up within `reach` degrees). */
function borderDistance(counties: Topology, reach: number): (p: Point) => number {
  const cell = (v: number) => Math.floor(v / reach);
  const grid = new Map<string, [Point, Point][]>();
  for (const arc of arcPoints(counties)) {
    for (let i = 1; i < arc.length; i++) {
      const [a, b] = [arc[i - 1] as Point, arc[i] as Point];
      const seen = new Set<string>();
      for (const [x, y] of [a, b, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]]) {
        const k = `${cell(x ?? 0)},${cell(y ?? 0)}`;
        if (seen.has(k)) continue;
        seen.add(k);
        grid.set(k, [...(grid.get(k) ?? []), [a, b]]);
      }
    }
  }
  return (p) => {
    let best = Infinity;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const [a, b] of grid.get(`${cell(p[0]) + dx},${cell(p[1]) + dy}`) ?? []) {
          best = Math.min(best, toSegment(p, a, b));
        }
      }
    }
    return best;
  };
}

const files = Object.values(GEO_FILES);
const counties = read(GEO_FILES.counties);

describe('outlines follow the county borders', () => {
  it.each(files)('%s: every ring’s arcs join end to start and close', (name) => {
    const topo = read(name);
    const arcs = arcPoints(topo);
    const ends = (ref: number): [Point, Point] => {
      const arc = arcs[arcOf(ref)] ?? [];
      const [first, last] = [arc[0] as Point, arc[arc.length - 1] as Point];
      return ref < 0 ? [last, first] : [first, last];
    };
    const open: string[] = [];
    for (const [object, o] of Object.entries(topo.objects)) {
      for (const g of o.type === 'GeometryCollection' ? o.geometries : [o]) {
        for (const ring of rings(g)) {
          ring.forEach((ref, i) => {
            const [, end] = ends(ref);
            const [start] = ends(ring[(i + 1) % ring.length] ?? ref);
            if (end[0] !== start[0] || end[1] !== start[1]) open.push(`${object} ${code(g)}`);
          });
        }
      }
    }
    expect(open).toEqual([]);
  });

  it('focus.json: prefectures, groups and 重庆市 are their members’ outer arcs', () => {
    const topo = read(GEO_FILES.focus);
    const regions = loadRegions();
    const memberCodes = new Map<string, string[]>();
    for (const r of regions) {
      if (r.level === 'group') memberCodes.set(r.code, [...r.members]);
      if (r.level === 'county' && r.parent) {
        memberCodes.set(r.parent, [...(memberCodes.get(r.parent) ?? []), r.code]);
      }
    }
    const countyArcs = new Map(
      members(topo, GEO_OBJECTS.focus.county).map((g) => [code(g), rings(g).flat().map(arcOf)]),
    );
    const outlines = [
      ...members(topo, GEO_OBJECTS.focus.prefecture),
      ...members(topo, GEO_OBJECTS.focus.group),
      ...members(topo, GEO_OBJECTS.focus.province).filter((g) => code(g) === '500000'),
    ];
    expect(outlines).toHaveLength(6);
    const off = outlines.flatMap((g) => {
      const uses = new Map<number, number>();
      for (const m of memberCodes.get(code(g)) ?? []) {
        for (const arc of countyArcs.get(m) ?? []) uses.set(arc, (uses.get(arc) ?? 0) + 1);
      }
      // On the set's edge: exactly one member has the arc (none: not a county border; two: inside).
      return rings(g)
        .flat()
        .filter((ref) => uses.get(arcOf(ref)) !== 1)
        .map((ref) => `${code(g)} arc ${arcOf(ref)}: ${uses.get(arcOf(ref)) ?? 0} members`);
    });
    expect(off).toEqual([]);
  });

  // Files differ in detail and grid (≈ 0.002° to 0.0045°): a point a few grid steps from a
  // county line is on it; a stray segment or another source's border is tenths of a degree off.
  const ON_BORDER = 0.02;

  it.each([
    [GEO_FILES.context, GEO_OBJECTS.context.provinces],
    [GEO_FILES.focus, GEO_OBJECTS.focus.province],
  ])('%s: every point of a province outline lies on a county border', (name, object) => {
    const topo = read(name);
    const arcs = arcPoints(topo);
    const distance = borderDistance(counties, 0.05);
    const off: string[] = [];
    // Taiwan has no counties in the county file; its outline comes from china.json.
    for (const g of members(topo, object).filter((g) => code(g) !== '710000')) {
      for (const ref of rings(g).flat()) {
        for (const p of arcs[arcOf(ref)] ?? []) {
          const d = distance(p);
          if (d > ON_BORDER)
            off.push(`${code(g)} ${p.map((v) => v.toFixed(3)).join(',')} ${d.toFixed(3)}°`);
        }
      }
    }
    expect(off.slice(0, 10)).toEqual([]);
  });
});
