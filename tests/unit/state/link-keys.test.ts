import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LINK_KEYS,
  URL_KEYS,
  isUrlKey,
  type LinkKey,
  type LinkTable,
} from '../../../src/lib/state/link-keys';
import { parseFlag } from '../../../src/lib/state/url-parsers';
import { parseUrl, serialiseUrl } from '../../../src/lib/state/url';
import { ctx } from './url-fixture';
import { viewSnapshot } from './link-key-cases';

/** The keys of a markdown table's rows, in order: each row's first cell names one or more. */
function tableKeys(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

/**
 * The contract's keys (../shared/LINKS.md, which the project cannot write) followed by the keys
 * the project adds, documented in README's "Link keys beyond the contract" table.
 */
function contractKeys(): string[] {
  const contract = readFileSync(new URL('../../../../shared/LINKS.md', import.meta.url), 'utf8');
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const added = readme.split('## Link keys beyond the contract')[1]?.split('\n## ')[0] ?? '';
  return [...tableKeys(contract), ...tableKeys(added)];
}

describe('the link table', () => {
  it("has exactly the keys of the link contract (LINKS.md) and then the README's additions, in order", () => {
    const keys = contractKeys();
    expect(keys).toContain('lang');
    expect(URL_KEYS).toEqual(keys);
    expect(keys.every(isUrlKey)).toBe(true);
    expect(isUrlKey('region')).toBe(false);
  });

  it('round-trips every key: parse(serialise(s)) = s for valid views, pinned or not, against any defaults', () => {
    const written = { pinned: new Set<string>(), unpinned: new Set<string>() };
    fc.assert(
      fc.property(viewSnapshot, viewSnapshot, fc.boolean(), (s, d, pin) => {
        const link = serialiseUrl(s, d, { pin });
        const { snapshot, dropped } = parseUrl(link, ctx, d);
        expect(dropped).toEqual([]);
        expect(snapshot).toEqual(s);
        for (const key of new URLSearchParams(link).keys())
          written[pin ? 'pinned' : 'unpinned'].add(key);
      }),
      { numRuns: 400 },
    );
    // Every key was written, both ways, so each went through its serialiser and parser.
    expect([...written.pinned].sort()).toEqual([...URL_KEYS].sort());
    expect([...written.unpinned].sort()).toEqual([...URL_KEYS].sort());
  });

  it('writes a pinned key even at its default when it says something, and only those', () => {
    fc.assert(
      fc.property(viewSnapshot, fc.option(fc.integer({ min: 2010, max: 2035 })), (d, latest) => {
        const link = new URLSearchParams(serialiseUrl(d, d, { pin: true, latestYear: latest }));
        const pinned = (Object.keys(LINK_KEYS) as LinkKey[]).filter((key) => {
          const def = LINK_KEYS[key];
          if (!('pinned' in def && def.pinned)) return false;
          // An empty value (no indicator; "the latest" with nothing dated) reads as none written.
          if (key === 'i') return d.indicator !== null;
          if (key === 'y') return (d.year ?? latest) !== null;
          return key !== 'l' || d.layers.length > 0;
        });
        expect([...link.keys()]).toEqual(pinned.length > 0 ? ['v', ...pinned] : []);
      }),
    );
  });

  it('is checked by the compiler: a key needs a parser, a serialiser and a field', () => {
    const flag = { field: 'flag', default: () => false, pinned: false } as const;
    const table = {
      // @ts-expect-error: a key without a serialiser cannot be written into a link
      noSerialiser: { ...flag, parse: parseFlag },
      // @ts-expect-error: a key without a parser cannot be read from one
      noParser: { ...flag, serialise: (on: boolean) => (on ? '1' : '0') },
    } satisfies LinkTable;
    expect(Object.keys(table)).toHaveLength(2);
  });
});
