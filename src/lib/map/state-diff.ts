/**
 * The feature-state changes that turn what the map shows into what a new plan asks for:
 * keys that disappear are removed, keys that change are set, and nothing else is touched,
 * so hover and selection (kept under other keys) survive every layer switch.
 */
import type { FeatureState } from './paint';

export interface StateOps<K> {
  remove: [K, string][];
  set: [K, FeatureState][];
}

export function stateOps<K>(
  prev: ReadonlyMap<K, FeatureState>,
  next: ReadonlyMap<K, FeatureState>,
): StateOps<K> {
  const remove: [K, string][] = [];
  const set: [K, FeatureState][] = [];
  for (const [id, before] of prev) {
    const after = next.get(id);
    for (const key of Object.keys(before)) if (!after || !(key in after)) remove.push([id, key]);
  }
  for (const [id, after] of next) {
    const before = prev.get(id);
    const changed = Object.entries(after).filter(([k, v]) => before?.[k] !== v);
    if (changed.length > 0) set.push([id, Object.fromEntries(changed)]);
  }
  return { remove, set };
}
