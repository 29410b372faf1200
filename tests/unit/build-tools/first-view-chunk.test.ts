import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { firstViewChunk } from '../../../build-tools/first-view-chunk';

type NameFn = (id: string, ctx: { getModuleInfo: (id: string) => unknown }) => string | null;

/** A module graph by static imports, keyed by absolute path as Rolldown gives ids. */
const graph: Record<string, string[]> = {
  'src/main.ts': ['src/url.ts', 'src/first-paint.ts'],
  'src/start-app.ts': ['src/url.ts', 'src/svelte.ts', 'src/strings.ts'],
  // Loaded lazily by the app; it shares the runtime and strings with it.
  'src/Share.ts': ['src/svelte.ts', 'src/strings.ts', 'src/csv.ts'],
};
const id = (file: string) => path.resolve(file);
const ctx = {
  getModuleInfo: (m: string) => ({
    importedIds: (Object.entries(graph).find(([file]) => id(file) === m)?.[1] ?? []).map(id),
  }),
};

describe('firstViewChunk', () => {
  const group: Rolldown.CodeSplittingGroup = firstViewChunk(
    { app: 'start-app', shared: 'first-paint' },
    { entry: 'src/main.ts', app: 'src/start-app.ts' },
  );
  const name = group.name as NameFn;
  const chunk = (file: string) => name(id(file), ctx);

  it('puts the app and all it imports statically in the app chunk', () => {
    expect(['src/start-app.ts', 'src/svelte.ts', 'src/strings.ts'].map(chunk)).toEqual([
      'start-app',
      'start-app',
      'start-app',
    ]);
  });

  it('keeps what the entry needs before the app out of it, in a chunk of their own', () => {
    expect(chunk('src/url.ts')).toBe('first-paint');
    expect(chunk('src/main.ts')).toBeNull();
    expect(chunk('src/first-paint.ts')).toBeNull();
  });

  it('leaves what only the lazy views import to Rolldown', () => {
    expect(chunk('src/Share.ts')).toBeNull();
    expect(chunk('src/csv.ts')).toBeNull();
  });
});
