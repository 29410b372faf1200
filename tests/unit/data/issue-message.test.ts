import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { issueMessage } from '../../../src/lib/data/issue-message';
import { loadAtlas } from '../../../src/lib/data/load';
import { MINI } from '../../fixtures/mini-dataset';

/** The message the page shows for the mini dataset after `breakIt` changes a copy of it. */
async function messageFor(breakIt: (ds: typeof MINI) => void) {
  const ds = structuredClone(MINI);
  breakIt(ds);
  const fetcher: typeof fetch = async () => new Response(JSON.stringify(ds));
  const r = await loadAtlas(fetcher, 'data/dataset.json');
  return r.ok ? 'loaded' : r.message;
}

describe('the message for a broken dataset', () => {
  it.each<[string, (ds: typeof MINI) => void, string]>([
    [
      'a wrong schema version',
      (ds) => Reflect.set(ds, 'schemaVersion', 2),
      'invalid dataset at schemaVersion: expected 1, received 2',
    ],
    [
      'a missing list',
      (ds) => Reflect.deleteProperty(ds, 'facts'),
      'invalid dataset at facts: expected array, received undefined',
    ],
    [
      'a value of the wrong type',
      (ds) => Object.assign(ds.facts[0] ?? {}, { value: '12' }),
      'invalid dataset at facts.0.value: expected number, received string',
    ],
    [
      'a region code off its pattern',
      (ds) => Object.assign(ds.regions[0] ?? {}, { code: 'x' }),
      'invalid dataset at regions.0.code: expected a string matching /^[0-9A-Za-z-]{2,24}$/, received "x"',
    ],
    [
      'an empty name',
      (ds) => Object.assign(ds.regions[0]?.name ?? {}, { zh: '' }),
      'invalid dataset at regions.0.name.zh: expected string with at least 1 character, received ""',
    ],
    [
      'a negative offset',
      (ds) => Object.assign(ds.facts[0] ?? {}, { start: -1 }),
      'invalid dataset at facts.0.start: expected number at least 0, received -1',
    ],
    [
      'a fractional offset',
      (ds) => Object.assign(ds.facts[0] ?? {}, { start: 0.5 }),
      'invalid dataset at facts.0.start: expected int, received number',
    ],
    [
      'a unit it does not know',
      (ds) => Object.assign(ds.indicators[0] ?? {}, { unit: 'yuans' }),
      '"count" | "ratio" | "years" | "rank", received "yuans"',
    ],
    [
      'a measure without mentions',
      (ds) => Object.assign(ds.measures[0] ?? {}, { mentions: [] }),
      'invalid dataset at measures.0.mentions: expected array with at least 1 item, received array',
    ],
    [
      'an exact range',
      (ds) => Object.assign(ds.facts[0] ?? {}, { upper: 1e9, qualifier: 'exact' }),
      'invalid dataset at facts.0.upper: a range has an upper end above its value and is never exact',
    ],
    [
      'a fact in an unknown region',
      (ds) => Object.assign(ds.facts[0] ?? {}, { region: 'zz99' }),
      'invalid dataset at facts.0.region: unknown region zz99',
    ],
  ])('names the place and the fault of %s', async (_name, breakIt, expected) => {
    const message = await messageFor(breakIt);
    expect(message).toMatch(/^data\/dataset\.json: invalid dataset at /);
    expect(message).toContain(expected);
    expect(message).not.toMatch(/Invalid input/);
  });

  it('says where at the root when the file is not an object', async () => {
    const fetcher: typeof fetch = async () => new Response('[]');
    expect(await loadAtlas(fetcher, 'x.json')).toEqual({
      ok: false,
      message: 'x.json: invalid dataset at (root): expected object, received array',
    });
  });

  it('cuts a long refused string', () => {
    const r = z
      .string()
      .check(z.regex(/^\d+$/))
      .safeParse('x'.repeat(200), { error: issueMessage });
    expect(r.success).toBe(false);
    // The quoted value is cut to 40 characters with its closing quote.
    expect(r.error?.issues[0]?.message).toBe(
      `expected a string matching /^\\d+$/, received "${'x'.repeat(37)}…"`,
    );
  });

  it('names bounds above and exact lengths', () => {
    const messages = (schema: z.ZodMiniType, value: unknown) =>
      schema.safeParse(value, { error: issueMessage }).error?.issues.map((i) => i.message);
    expect(messages(z.array(z.number()).check(z.maxLength(2)), [1, 2, 3])).toEqual([
      'expected array with at most 2 items, received array',
    ]);
    expect(messages(z.string().check(z.length(3)), 'ab')).toEqual([
      'expected string with exactly 3 characters, received "ab"',
    ]);
    expect(messages(z.number().check(z.lt(5)), 7)).toEqual([
      'expected number less than 5, received 7',
    ]);
    expect(messages(z.strictObject({}), { a: 1 })).toEqual(['unrecognized keys, received object']);
  });
});
