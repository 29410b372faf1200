import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeatureState } from '../../../src/lib/map/paint';
import { stateOps } from '../../../src/lib/map/state-diff';

/** Applies the ops the way MapLibre would: removals drop keys, sets merge. */
function apply(prev: Map<string, FeatureState>, next: Map<string, FeatureState>) {
  const out = new Map<string, FeatureState>([...prev].map(([k, v]) => [k, { ...v }]));
  const ops = stateOps(prev, next);
  for (const [id, key] of ops.remove) delete out.get(id)?.[key];
  for (const [id, s] of ops.set) out.set(id, { ...out.get(id), ...s });
  return { out, ops };
}

const stateArb = fc.dictionary(
  fc.constantFrom('class', 'target', 'r0', 'r1', 'inherit'),
  fc.oneof(fc.integer({ min: 0, max: 5 }), fc.boolean()),
);
const statesArb = fc
  .dictionary(fc.constantFrom('500113', '610727', '500000', '640100'), stateArb)
  .map((d) => new Map(Object.entries(d)));

describe('stateOps', () => {
  it('turns any shown state into any planned state, key for key', () => {
    fc.assert(
      fc.property(statesArb, statesArb, (prev, next) => {
        const { out } = apply(prev, next);
        for (const [id, s] of next) expect(out.get(id) ?? {}).toEqual(s);
        for (const [id, s] of out) if (!next.has(id)) expect(s).toEqual({});
      }),
    );
  });

  it('does nothing when the plan has not changed', () => {
    const same = new Map([['500113', { class: 1, target: false }]]);
    expect(stateOps(same, new Map(same))).toEqual({ remove: [], set: [] });
  });

  it('sets only the keys that changed', () => {
    const prev = new Map([['500113', { class: 1, r0: 4 }]]);
    const next = new Map([['500113', { class: 2, r0: 4 }]]);
    expect(stateOps(prev, next)).toEqual({ remove: [], set: [['500113', { class: 2 }]] });
  });
});
