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

  it('puts every threshold the atlas holds under its part and indicator, once', () => {
    const ids = parts.flatMap((p) => p.indicators.flatMap((i) => i.standards.map((s) => s.id)));
    expect(ids).toEqual(atlas().standards.map((s) => s.id));
    for (const p of parts)
      for (const i of p.indicators)
        for (const s of i.standards)
          expect([s.part, s.indicator]).toEqual([p.part, i.indicator.id]);
  });

  it('lists Chongqing under the junior difference coefficient, meeting it, and no region elsewhere', () => {
    const reported = parts
      .flatMap((p) => p.indicators)
      .filter((i) => i.reports.length > 0)
      .map((i) => [
        i.indicator.id,
        i.reports.map((r) => [
          r.region.code,
          r.value.fact.value,
          r.judgements.map((j) => [j.standard.id, j.verdict]),
        ]),
      ]);
    expect(reported).toEqual([
      [
        'difference-coefficient',
        [['500000', 0.415, [['qb2017-junior-difference-coefficient', 'meets']]]],
      ],
    ]);
  });
});
