import { describe, expect, it } from 'vitest';
import { standardOverview } from '../../../src/lib/data/standard-overview';
import { atlas } from '../../fixtures/dataset';

describe('standardOverview', () => {
  const parts = standardOverview(atlas());

  it('has the four parts in the document’s order with their item counts', () => {
    expect(parts.map((p) => [p.part, p.items])).toEqual([
      ['resources', 7],
      ['provision', 15],
      ['quality', 9],
      ['recognition', 1],
    ]);
  });

  it('puts every threshold the atlas holds under its part, once', () => {
    const ids = parts.flatMap((p) => p.standards.map((s) => s.standard.id));
    expect(ids).toEqual(atlas().standards.map((s) => s.id));
    for (const p of parts) for (const s of p.standards) expect(s.standard.part).toBe(p.part);
  });

  it('lists Chongqing under the junior difference coefficient, meeting it, and no region elsewhere', () => {
    const reported = parts
      .flatMap((p) => p.standards)
      .filter((s) => s.reports.length > 0)
      .map((s) => [
        s.standard.id,
        s.reports.map((r) => [r.region.code, r.value.fact.value, r.judgement.verdict]),
      ]);
    expect(reported).toEqual([
      ['qb2017-junior-difference-coefficient', [['500000', 0.415, 'meets']]],
    ]);
  });
});
