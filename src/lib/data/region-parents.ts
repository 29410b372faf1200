/** Where a region lies: its chain of parents, read from the dataset's or the base's regions. */
import type { Region } from '../domain/schema';

/**
 * `region`'s parents in `byCode`, nearest first, up to the province (the country left out, as
 * every region is in it); the walk ends at a code `byCode` lacks or at a cycle.
 */
export function parentsOf(byCode: ReadonlyMap<string, Region>, region: Region): Region[] {
  const out: Region[] = [];
  let p = region.parent ? byCode.get(region.parent) : undefined;
  while (p && p.level !== 'country' && p !== region && !out.includes(p)) {
    out.push(p);
    p = p.parent ? byCode.get(p.parent) : undefined;
  }
  return out;
}

/** Regions by their code, for `parentsOf`. */
export const byCode = (regions: readonly Region[]): ReadonlyMap<string, Region> =>
  new Map(regions.map((r) => [r.code, r]));
