import { describe, expect, it } from 'vitest';
import { firstViewFetch } from '../../../src/lib/data/load-first-paint';
import { GEO_FILES } from '../../../src/lib/domain/geometry';

/** A fetch that records what it was asked, in order, and answers with the URL as text. */
function recording() {
  const asked: string[] = [];
  const fetcher = ((input: RequestInfo | URL) => {
    asked.push(String(input));
    return Promise.resolve(new Response(`body of ${String(input)}`));
  }) as typeof fetch;
  return { asked, fetcher };
}

describe('firstViewFetch', () => {
  it('requests the early files at once, before the app asks for them', () => {
    const { asked, fetcher } = recording();
    firstViewFetch(new Map(), ['data/dataset.json', GEO_FILES.context], fetcher);
    expect(asked).toEqual(['data/dataset.json', GEO_FILES.context]);
  });

  it('answers each early file from its one request, and a second ask from the network', async () => {
    const { asked, fetcher } = recording();
    const f = firstViewFetch(new Map(), ['data/dataset.json'], fetcher);
    expect(await (await f('data/dataset.json')).text()).toBe('body of data/dataset.json');
    expect(asked).toEqual(['data/dataset.json']);
    // A retry after a failure must not get the same spent response.
    expect(await (await f('data/dataset.json')).text()).toBe('body of data/dataset.json');
    expect(asked).toEqual(['data/dataset.json', 'data/dataset.json']);
  });

  it('answers the geometry files from the texts the picture downloaded, and asks for them early no more', async () => {
    const { asked, fetcher } = recording();
    const texts = new Map([
      [GEO_FILES.focus as string, '{"type":"Topology"}'],
      [GEO_FILES.extra as string, '{"extra":1}'],
    ]);
    const f = firstViewFetch(texts, [GEO_FILES.extra], fetcher);
    expect(await (await f(GEO_FILES.focus)).text()).toBe('{"type":"Topology"}');
    expect(await (await f(GEO_FILES.extra)).text()).toBe('{"extra":1}');
    expect(asked).toEqual([]);
  });

  it('asks the network for the focus file when the picture had none', async () => {
    const { asked, fetcher } = recording();
    await firstViewFetch(new Map(), [], fetcher)(GEO_FILES.focus);
    expect(asked).toEqual([GEO_FILES.focus]);
  });

  it('fails an early request as the fetch itself would, when the loader asks', async () => {
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const f = firstViewFetch(new Map(), ['data/dataset.json'], offline);
    // Nothing is unhandled meanwhile: the rejection waits for the loader.
    await new Promise((r) => setTimeout(r, 0));
    await expect(f('data/dataset.json')).rejects.toThrow('Failed to fetch');
  });
});
