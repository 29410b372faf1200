/**
 * Prefectures renumbered after the province files were drawn. When a prefecture changes kind, it
 * changes code (哈密地区 652200 became 哈密市 650500 in 2016, with its counties 6505xx): the
 * cities package, the newer source, lists the counties under the new code, which names no
 * prefecture of the province files, while the old code is left with no county. Read by code
 * alone, the counties fall to their province and the prefecture has nothing to draw.
 */
import type { Position } from 'geojson';
import { pointInArea } from './label-point';
import type { Area } from './sources/echarts-decode';

/** A prefecture of the province files: its code and its outline there. */
export interface PrefectureOutline {
  code: string;
  geometry: Area;
}

/** A county-level unit of the cities package: its code and its seat (`cp`), when it has one. */
export interface CountySeat {
  code: string;
  seat: Position | undefined;
}

/** The prefecture code a county's code names: its first four digits, then 00. */
const namedPrefecture = (code: string): string => `${code.slice(0, 4)}00`;
const province = (code: string): string => code.slice(0, 2);

/**
 * Old code → new code of every renumbered prefecture: a prefecture no county's code names, in
 * whose outline lie the seats of counties whose codes name a prefecture the files lack. Only
 * a one-to-one match counts; a county with no seat, or whose seat lies in no such prefecture
 * (a unit its province governs directly, 石河子市 659001), stays under its province.
 */
export function renumberedPrefectures(
  prefectures: readonly PrefectureOutline[],
  counties: readonly CountySeat[],
): Map<string, string> {
  const known = new Set(prefectures.map((p) => p.code));
  const named = new Set(counties.map((c) => namedPrefecture(c.code)));
  const empty = prefectures.filter((p) => !named.has(p.code));
  const newByOld = new Map<string, Set<string>>();
  const oldByNew = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(value));
  for (const { code, seat } of counties) {
    const next = namedPrefecture(code);
    if (known.has(next) || !seat) continue;
    for (const p of empty)
      if (province(p.code) === province(code) && pointInArea(seat, p.geometry)) {
        add(newByOld, p.code, next);
        add(oldByNew, next, p.code);
      }
  }
  const out = new Map<string, string>();
  for (const [old, next] of newByOld) {
    const [only] = next;
    if (only !== undefined && next.size === 1 && oldByNew.get(only)?.size === 1) out.set(old, only);
  }
  return out;
}
