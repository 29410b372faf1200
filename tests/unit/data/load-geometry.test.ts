import { describe, expect, it } from 'vitest';
import type { MultiLineString } from 'geojson';
import { loadGeometry } from '../../../src/lib/data/load-geometry';

/** Two squares side by side sharing one edge (arc 1), as TopoJSON without a transform. */
const TWO_SQUARES = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
    ],
    [
      [1, 1],
      [1, 0],
    ],
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ],
  ],
  objects: {
    squares: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], id: 1 },
        { type: 'Polygon', arcs: [[2, ~1]], id: 2 },
      ],
    },
  },
};

const serving = (body: unknown) =>
  (() => Promise.resolve(new Response(JSON.stringify(body)))) as typeof fetch;

describe('loadGeometry', () => {
  it('decodes an object as one feature per geometry by default', async () => {
    const r = await loadGeometry('t.json', { squares: 'squares' }, serving(TWO_SQUARES));
    expect(r.ok && r.collections.squares.features.map((f) => f.geometry.type)).toEqual([
      'Polygon',
      'Polygon',
    ]);
  });

  it("decodes a mesh with each shared border once, not once per neighbour's ring", async () => {
    const r = await loadGeometry(
      't.json',
      { squares: 'squares' },
      serving(TWO_SQUARES),
      undefined,
      {
        squares: 'mesh',
      },
    );
    if (!r.ok) throw new Error(r.message);
    const [only, ...rest] = r.collections.squares.features;
    expect(rest).toEqual([]);
    const lines = (only?.geometry as MultiLineString).coordinates;
    const segments = lines.flatMap((l) => l.slice(1).map((p, i) => [l[i], p].map(String).sort()));
    // The outline's six outer edges and the shared one, which feature rings would give twice.
    expect(segments).toHaveLength(7);
    expect(segments.filter(([a, b]) => a === '1,0' && b === '1,1')).toHaveLength(1);
  });

  it('names a file that is not a topology', async () => {
    const r = await loadGeometry('t.json', { squares: 'squares' }, serving({ type: 'Feature' }));
    expect(r).toEqual({ ok: false, message: 't.json: not a TopoJSON topology' });
  });
});
