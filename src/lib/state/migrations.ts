/**
 * Links made by older versions of the app, brought up to the current format before parsing.
 * Each step rewrites the raw key/value pairs of one version into the next, so the parsers
 * only ever see the current format. Add a step whenever a key is renamed or re-encoded.
 */
import type { LinkKey } from './link-keys';

/** One decoded `key=value` pair, in link order (repeats kept: the parser reports them). */
export type Entry = readonly [key: string, value: string];

interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  /**
   * The keys of version `from` this step rewrites into current ones. Links of that version own
   * them, so they are read; in a newer link the same key belongs to someone else and is kept.
   */
  keys: readonly string[];
  migrate(entries: readonly Entry[]): Entry[];
}

/** Version 0 (before `v=` existed) spelled keys out; version 1 shortened them. */
const V0_KEYS: ReadonlyMap<string, LinkKey> = new Map<string, LinkKey>([
  ['region', 'r'],
  ['indicator', 'i'],
  ['year', 'y'],
]);

/** The whole default stack of versions 0 and 1: no indicator on (types.ts DEFAULT_LAYERS). */
const V1_DEFAULT_STACK = 'boundaries,labels';
const LAYERS_KEY: LinkKey = 'l';

/**
 * The version of a link without `v`. LINKS.md reads a missing `v` as the current version: links
 * typed or trimmed by hand (`?lang=en`) mean today's format. Version 0 wrote no `v` either; a
 * link that uses a key only it had (`region`, `indicator`, `year`) is one of those, and migrated.
 */
export function versionWithoutV(keys: Iterable<string>, current: number): number {
  for (const key of keys) if (V0_KEYS.has(key)) return 0;
  return current;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    keys: [...V0_KEYS.keys()],
    migrate: (entries) => entries.map(([k, v]) => [V0_KEYS.get(k) ?? k, v] as const),
  },
  {
    // Version 2 opens with a family layer on. A link made before that names no layers when it
    // showed the default stack, so it is given that stack: it reopens what its sender saw.
    from: 1,
    keys: [],
    migrate: (entries) =>
      entries.some(([k]) => k === LAYERS_KEY)
        ? [...entries]
        : [...entries, [LAYERS_KEY, V1_DEFAULT_STACK] as const],
  },
];

/** Applies every step from `from` up to `to`, in order. */
export function migrate(entries: readonly Entry[], from: number, to: number): Entry[] {
  let out = [...entries];
  for (const step of MIGRATIONS) if (step.from >= from && step.from < to) out = step.migrate(out);
  return out;
}

/** The keys that links of version `from` own beyond the current ones: those a step rewrites. */
export function formerKeys(from: number, to: number): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const step of MIGRATIONS)
    if (step.from >= from && step.from < to) for (const k of step.keys) keys.add(k);
  return keys;
}
