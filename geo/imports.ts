/**
 * The code the geo build runs: every local module reachable from an entry by value imports
 * (type-only imports change no output), and the npm packages they import. Read from the
 * source text, which is enough for this folder's plain static imports (it has no dynamic ones).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Local modules (absolute paths, sorted) and package names (sorted) an entry runs. */
export interface CodeClosure {
  modules: string[];
  packages: string[];
}

/** `import … from 'x'`, `import 'x'`, `export … from 'x'`, but not `import type` / `export type`. */
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** The package a bare specifier names: `zod/mini` → `zod`, `@scope/pkg/x` → `@scope/pkg`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** The file a relative specifier names, as Vite and tsx resolve it here (`.ts` optional). */
function resolveLocal(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const found = [base, `${base}.ts`, path.join(base, 'index.ts')].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
  if (!found) throw new Error(`${from}: cannot resolve ${specifier}`);
  return found;
}

/** Walks the value imports from `entry` (an absolute path). */
export function codeClosure(entry: string): CodeClosure {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (modules.has(file)) continue;
    modules.add(file);
    for (const [, specifier] of fs.readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      if (!specifier || specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) pending.push(resolveLocal(file, specifier));
      else packages.add(packageName(specifier));
    }
  }
  return { modules: [...modules].sort(), packages: [...packages].sort() };
}
