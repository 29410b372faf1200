import { describe, expect, it } from 'vitest';
import { parseUrl, serialiseUrl } from '../../../src/lib/state/url';
import { LayerIdSchema } from '../../../src/lib/domain/schema';
import { DEFAULT_LAYERS, defaultSnapshot } from '../../../src/lib/state/types';
import { ctx } from './url-fixture';

/** The atlas's first view: the context layers with a family layer on top. */
const firstView = defaultSnapshot('zh', [
  ...DEFAULT_LAYERS,
  { kind: 'concept', id: LayerIdSchema.parse('places') },
]);

describe('links made before the first view showed data (version 2)', () => {
  const read = (q: string) => parseUrl(q, ctx, firstView);

  it('give a link of version 1 or 0 that names no layers the stack it was made with', () => {
    for (const q of ['?v=1&r=500113', '?region=500113&utm_source=x', '?v=1', '?v=0&r=500113']) {
      const { snapshot, dropped } = read(q);
      expect(snapshot.layers, q).toEqual(DEFAULT_LAYERS);
      expect(dropped).toEqual([]);
    }
  });

  it('leave a link that names its layers, and a first visit, as they are', () => {
    expect(read('?v=1&l=labels').snapshot.layers).toEqual([{ kind: 'context', id: 'labels' }]);
    expect(read('').snapshot).toEqual(firstView);
    expect(read('?from=singlemessage&isappinstalled=0').snapshot).toEqual(firstView);
    expect(read('?v=2&r=500113').snapshot.layers).toEqual(firstView.layers);
  });

  it('read a link without v as the current version, as LINKS.md says', () => {
    const { snapshot, dropped } = read('?lang=en');
    expect(dropped).toEqual([]);
    expect(snapshot).toEqual({ ...firstView, lang: 'en' });
    expect(read('?r=500113').snapshot).toEqual({ ...firstView, region: '500113' });
  });

  it('read a link without v that uses a key only version 0 had as version 0, and migrate it', () => {
    const { snapshot, dropped } = read('?region=610727&year=2020');
    expect(dropped).toEqual([]);
    expect(snapshot).toEqual({
      ...firstView,
      region: '610727',
      year: 2020,
      layers: DEFAULT_LAYERS,
    });
    // Past the length cap nothing is read, a key of version 0 neither: there it is not the atlas's.
    const filler = Array.from({ length: 300 }, (_, n) => `x${n}=1234567`).join('&');
    expect(read(`?lang=en&${filler}&region=610727`)).toMatchObject({
      snapshot: { ...firstView, lang: 'en' },
      dropped: [],
    });
  });

  it('write the old stack back out, as it now differs from the first view', () => {
    const { snapshot } = read('?v=1&r=500113');
    expect(serialiseUrl(snapshot, firstView, { pin: false })).toBe(
      '?v=2&r=500113&l=boundaries,labels',
    );
  });
});
