import { describe, expect, it } from 'vitest';
import { aliasResolver, loadRegions } from '../../../geo/regions';

describe('former codes resolve to current ones', () => {
  const current = aliasResolver(loadRegions());

  it.each([
    ['500228', '500155'], // 梁平县 → 梁平区
    ['500232', '500156'], // 武隆县 → 武隆区
    ['500234', '500154'], // 开县 → 开州区
    ['610721', '610703'], // 南郑县 → 南郑区
  ])('%s → %s', (former, now) => {
    expect(current(former)).toBe(now);
  });

  it('leaves current and unknown codes as they are, and ignores name aliases', () => {
    expect(current('500113')).toBe('500113');
    expect(current('110101')).toBe('110101');
    expect(current('开县')).toBe('开县');
  });
});
