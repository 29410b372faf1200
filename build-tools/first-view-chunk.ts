/**
 * One chunk for the app's first view. Rolldown gives every module that the app chunk
 * (`src/start-app.ts`, a dynamic entry) and a lazily loaded view (the comparison, the table, the
 * share dialog) both import a common chunk of its own: Svelte's runtime with the strings, the
 * colour scales, the number formats, the search box. The first view then fetches five files
 * where one would do, each minified and compressed apart (4.5 KiB more brotli). This group puts
 * every module the app chunk imports statically into the app chunk; the lazy views import them
 * from it, already loaded when they open. Modules the entry (`src/main.ts`) needs itself before
 * the app chunk loads go in a chunk of their own, which the entry loads without the app.
 */
import path from 'node:path';
import type { Rolldown } from 'vite';

type CodeSplittingGroup = Rolldown.CodeSplittingGroup;
type Ctx = Parameters<Extract<CodeSplittingGroup['name'], (...args: never[]) => unknown>>[1];

/** Every module `from` imports statically, itself included, following static imports only. */
function staticClosure(from: string, ctx: Ctx): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The group that makes `app` (a dynamically imported module, path from the project root) one
 * chunk named `names.app` with all it imports statically, less what `entry` imports statically;
 * what both import goes in one chunk named `names.shared`, which the entry loads without the app.
 */
export function firstViewChunk(
  names: { app: string; shared: string },
  files: { entry: string; app: string },
): CodeSplittingGroup {
  const [entry, app] = [path.resolve(files.entry), path.resolve(files.app)];
  let chunkOf: Map<string, string> | null = null;
  return {
    name: (id, ctx) => {
      if (!chunkOf) {
        const before = staticClosure(entry, ctx);
        chunkOf = new Map(
          [...staticClosure(app, ctx)].map((m) => [m, before.has(m) ? names.shared : names.app]),
        );
      }
      return chunkOf.get(id) ?? null;
    },
  };
}
