/**
 * ECharts 4 map files: plain GeoJSON, or — when `UTF8Encoding` is true — ECharts' compressed
 * form, where each ring is a string of zigzag-encoded deltas (char code − 64) from an
 * `encodeOffsets` start, scaled by `UTF8Scale` (1024 when absent). This mirrors `decodePolygon`
 * in echarts 4 `src/coord/geo/parseGeoJson.js`, but returns new closed rings instead of
 * mutating the input.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A polygonal geometry, the only kind the map sources carry. */
export type Area = Polygon | MultiPolygon;

/** Properties ECharts map features carry: a name and, mostly, a centre point (the seat). */
export interface EchartsProps {
  name: string;
  cp?: [number, number];
}

type Offset = [number, number];
interface EncodedPolygon {
  type: 'Polygon';
  coordinates: string[];
  encodeOffsets: Offset[];
}
interface EncodedMultiPolygon {
  type: 'MultiPolygon';
  coordinates: string[][];
  encodeOffsets: Offset[][];
}

/** A feature as stored in the file, before decoding. */
export interface EchartsRawFeature {
  id?: string;
  properties: EchartsProps;
  geometry: Area | EncodedPolygon | EncodedMultiPolygon;
}

/** An ECharts map file as read from disk. */
export interface EchartsMapFile {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EchartsRawFeature[];
}

/** A decoded feature: GeoJSON coordinates, closed rings. */
export interface EchartsFeature {
  id: string | undefined;
  properties: EchartsProps;
  geometry: Area;
}

/** Decodes one ring string from its start offset. */
export function decodeRing(encoded: string, offset: Offset, scale: number): Position[] {
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Closes a ring (GeoJSON wants first = last; the encoded form usually omits the repeat). */
export function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
  return [...ring, first];
}

function decodeRings(rings: string[], offsets: Offset[], scale: number): Position[][] {
  return rings.map((ring, i) => {
    const offset = offsets[i];
    if (!offset) throw new Error(`ring ${i} has no encodeOffsets entry`);
    return closeRing(decodeRing(ring, offset, scale));
  });
}

function isEncoded(
  geometry: EchartsRawFeature['geometry'],
): geometry is EncodedPolygon | EncodedMultiPolygon {
  const [first] = geometry.coordinates;
  const ring = geometry.type === 'Polygon' ? first : (first as string[] | undefined)?.[0];
  return typeof ring === 'string' && 'encodeOffsets' in geometry;
}

function decodeGeometry(geometry: EchartsRawFeature['geometry'], scale: number): Area {
  if (isEncoded(geometry)) {
    if (geometry.type === 'Polygon') {
      return {
        type: 'Polygon',
        coordinates: decodeRings(geometry.coordinates, geometry.encodeOffsets, scale),
      };
    }
    return {
      type: 'MultiPolygon',
      coordinates: geometry.coordinates.map((polygon, i) =>
        decodeRings(polygon, geometry.encodeOffsets[i] ?? [], scale),
      ),
    };
  }
  // Some plain files keep a stale `encodeOffsets`; the coordinates are already numbers.
  const plain = geometry as Area;
  if (plain.type === 'Polygon') {
    return { type: 'Polygon', coordinates: plain.coordinates.map(closeRing) };
  }
  return {
    type: 'MultiPolygon',
    coordinates: plain.coordinates.map((polygon) => polygon.map(closeRing)),
  };
}

/**
 * Decodes every feature of a map file. The file-level `UTF8Encoding` flag decides, as in
 * ECharts; each geometry is also checked to hold strings, since stale `encodeOffsets` occur.
 */
export function decodeEchartsMap(file: EchartsMapFile): EchartsFeature[] {
  const scale = file.UTF8Scale ?? 1024;
  return file.features.map((feature) => {
    if (Boolean(file.UTF8Encoding) !== isEncoded(feature.geometry)) {
      throw new Error(`feature ${feature.properties.name}: encoding differs from UTF8Encoding`);
    }
    return {
      id: feature.id,
      properties: feature.properties,
      geometry: decodeGeometry(feature.geometry, scale),
    };
  });
}
