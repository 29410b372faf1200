import { describe, expect, it } from 'vitest';
import { sourceTextLoader } from '../../../src/lib/data/source-texts';
import type { SourceId } from '../../../src/lib/domain/schema';
import { MINI, MINI_TEXTS } from '../../fixtures/mini-dataset';

const S000 = '000' as SourceId;
const S003 = '003' as SourceId;

/** A fetch that answers each call with the next of `bodies` (a status for a failure), counting calls. */
function answering(...bodies: (unknown | number)[]) {
  const calls: string[] = [];
  const fetcher: typeof fetch = async (url) => {
    calls.push(String(url));
    const body = bodies[Math.min(calls.length, bodies.length) - 1];
    return typeof body === 'number'
      ? new Response('', { status: body })
      : new Response(typeof body === 'string' ? body : JSON.stringify(body));
  };
  return { fetcher, calls };
}

describe('sourceTextLoader', () => {
  it('gives each document its text, fetching the file once', async () => {
    const { fetcher, calls } = answering(MINI_TEXTS);
    const load = sourceTextLoader(MINI, fetcher, 'data/texts.json');
    expect(await load(S003)).toEqual({ ok: true, text: MINI_TEXTS[S003] });
    expect(await load(S000)).toEqual({ ok: true, text: MINI_TEXTS[S000] });
    expect(calls).toEqual(['data/texts.json']);
  });

  it('names the file when it is missing, and fetches it again on the next call', async () => {
    const { fetcher, calls } = answering(404, MINI_TEXTS);
    const load = sourceTextLoader(MINI, fetcher, 'data/texts.json');
    expect(await load(S003)).toEqual({ ok: false, message: 'data/texts.json: HTTP 404' });
    expect(await load(S003)).toEqual({ ok: true, text: MINI_TEXTS[S003] });
    expect(calls).toHaveLength(2);
  });

  it('names the file and the place when it is not JSON or breaks the schema', async () => {
    const truncated = sourceTextLoader(MINI, answering('{"003": "').fetcher, 'data/texts.json');
    expect(await truncated(S003)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^data\/texts\.json: /),
    });
    const invalid = sourceTextLoader(MINI, answering({ '003': 7 }).fetcher, 'data/texts.json');
    expect(await invalid(S003)).toEqual({
      ok: false,
      message: 'data/texts.json: invalid texts at 003: expected string, received number',
    });
  });

  it('says which document the file has no text for', async () => {
    const { fetcher } = answering({ '000': MINI_TEXTS[S000] });
    expect(await sourceTextLoader(MINI, fetcher, 'data/texts.json')(S003)).toEqual({
      ok: false,
      message: 'data/texts.json: no text for document 003',
    });
  });

  it('refuses a text whose quotes are not at their offsets, naming the first', async () => {
    const text = ` ${MINI_TEXTS[S003] ?? ''}`;
    const { fetcher } = answering({ ...MINI_TEXTS, '003': text });
    const r = await sourceTextLoader(MINI, fetcher, 'data/texts.json')(S003);
    expect(r).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^data\/texts\.json: the text of document 003 does not hold its quotes \(facts\.\d+\.quote: quote of \S+ not found at \d+-\d+\)$/,
      ),
    });
  });
});
