import { describe, expect, it } from 'vitest';
import type { FactScope } from '../../../src/lib/domain/schema';
import { factScopeWords, scopeSaysDate } from '../../../src/lib/i18n/fact-scope-words';

const scope = (patch: Partial<FactScope>): FactScope => ({
  levels: 'unstated',
  period: { kind: 'stock', from: null, to: '2023' },
  purpose: null,
  base: null,
  ...patch,
});

describe('a fact’s own scope in words', () => {
  it('names the levels, and leaves them out when the sentence names none', () => {
    expect(factScopeWords(scope({ levels: 'junior' }), 'zh')).toBe('初中 · 时点数');
    expect(factScopeWords(scope({ levels: 'junior' }), 'en')).toBe('junior secondary · stock');
    expect(factScopeWords(scope({}), 'en')).toBe('stock');
  });

  it.each([
    [{ kind: 'flow', from: '2019', to: '2023-03' }, '2019至2023-03累计', 'total 2019 to 2023-03'],
    [{ kind: 'flow', from: '2022', to: '2022' }, '2022内', 'within 2022'],
    [{ kind: 'flow', from: null, to: '2023' }, '累计至2023', 'total to 2023'],
    [{ kind: 'flow', from: '2016', to: null }, '2016以来累计', 'total since 2016'],
    [{ kind: 'flow', from: null, to: null }, '累计', 'total'],
    [{ kind: 'rate', from: null, to: null, per: 'year' }, '每年', 'per year'],
    [{ kind: 'rate', from: '2021', to: null, per: 'month' }, '2021起每月', 'from 2021 per month'],
  ] as const)('says a period %j', (period, zh, en) => {
    expect(factScopeWords(scope({ period }), 'zh')).toBe(zh);
    expect(factScopeWords(scope({ period }), 'en')).toBe(en);
  });

  it('says what money is for and what a share is of', () => {
    const money = scope({ period: { kind: 'flow', from: null, to: null }, purpose: 'arrears' });
    expect(factScopeWords(money, 'en')).toBe('total · paying arrears');
    expect(factScopeWords(scope({ base: 'teachers' }), 'zh')).toBe('时点数 · 占教师');
  });
});

describe('whether a fact’s scope words already say its date', () => {
  it.each([
    [{ kind: 'flow', from: null, to: '2023-05' }, '2023-05', true],
    [{ kind: 'flow', from: '2022', to: '2022' }, '2022', true],
    [{ kind: 'flow', from: '2019', to: '2023' }, '2023-11-14', false],
    [{ kind: 'flow', from: '2016', to: null }, '2023', false],
    [{ kind: 'stock', from: null, to: '2023' }, '2023', false],
    [{ kind: 'flow', from: null, to: '2023' }, null, false],
  ] as const)('%j at %s: %s', (period, date, says) => {
    expect(scopeSaysDate(scope({ period }), date)).toBe(says);
  });
});
