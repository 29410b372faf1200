/** Pure queries over the indexed dataset. */
import type { Region, RegionCode } from '../domain/schema';
import type { Atlas } from './atlas';

const LEVEL_ORDER: Record<Region['level'], number> = {
  country: 0,
  province: 1,
  prefecture: 2,
  county: 3,
  // After the districts: listed right after 渝东南's name, the districts would read as its members.
  group: 4,
};

/** Regions in outline order: each parent followed by its children (groups last, then by code). */
export function regionsInTreeOrder(atlas: Atlas): Region[] {
  const children = new Map<RegionCode | null, Region[]>();
  for (const r of atlas.dataset.regions) {
    const list = children.get(r.parent) ?? [];
    list.push(r);
    children.set(r.parent, list);
  }
  const out: Region[] = [];
  const visit = (parent: RegionCode | null) => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code),
    );
    for (const r of list) {
      out.push(r);
      visit(r.code);
    }
  };
  visit(null);
  return out;
}

/**
 * The region's groups, then its ancestors nearest first: the wider regions whose value a county
 * without its own shows through on a choropleth.
 */
export function containers(atlas: Atlas, code: RegionCode): RegionCode[] {
  const out: RegionCode[] = [];
  for (const g of atlas.dataset.regions)
    if (g.level === 'group' && g.members.includes(code)) out.push(g.code);
  for (let r = atlas.regions.get(code); r?.parent; r = atlas.regions.get(r.parent))
    out.push(r.parent);
  return out;
}

/**
 * The regions of `codes`, in that order: the atlas's, else the region of China `places` (the
 * region base, once fetched; null before) has under that code; codes neither knows are left out.
 */
export function regionsOf(
  atlas: Atlas,
  codes: readonly RegionCode[],
  places: ReadonlyMap<string, Region> | null = null,
): Region[] {
  return codes
    .map((c) => atlas.regions.get(c) ?? places?.get(c))
    .filter((r): r is Region => r !== undefined);
}
