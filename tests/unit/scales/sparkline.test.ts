import { describe, expect, it } from 'vitest';
import { FactSchema, type Fact } from '../../../src/lib/domain/schema';
import { sparkPoints } from '../../../src/lib/scales/sparkline';

const fact = (date: string | null, value: number, status: Fact['status'] = 'achieved'): Fact =>
  FactSchema.parse({
    id: `f-${date}-${value}`,
    region: '610700',
    indicator: 'new-school-places',
    value,
    qualifier: 'exact',
    status,
    date,
    source: '003',
    quote: 'q',
    start: 0,
    end: 1,
  });

describe('sparkPoints', () => {
  it('needs two distinct dates', () => {
    expect(sparkPoints([fact('2022', 78600)], 100, 30)).toBeNull();
    expect(sparkPoints([fact('2022', 1), fact('2022', 2), fact(null, 3)], 100, 30)).toBeNull();
  });

  it('orders by date, spans the width and puts the larger value higher', () => {
    const pts = sparkPoints([fact('2023', 11600, 'target'), fact('2022', 78600)], 100, 30, 4);
    expect(pts?.map((p) => p.label)).toEqual(['2022', '2023']);
    expect(pts?.[0]?.x).toBe(4);
    expect(pts?.[1]?.x).toBe(96);
    expect(pts?.[0]?.y).toBeLessThan(pts?.[1]?.y ?? 0);
    expect(pts?.map((p) => p.target)).toEqual([false, true]);
  });
});
