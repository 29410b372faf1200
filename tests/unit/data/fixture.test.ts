/**
 * The mini fixture most unit and component tests read. Its schema and its quotes' offsets are
 * checked as it is imported (it is parsed with the app's schema); here, that the values typed
 * into it by hand are the ones its quotes state, and that it still holds the kinds of item the
 * tests that use it rely on.
 */
import { describe, expect, it } from 'vitest';
import { scanArabic, scanChinese } from '../../../src/pipeline/quantity';
import { MINI } from '../../fixtures/mini-dataset';

describe('mini fixture', () => {
  it('gives each fact the value its quote states, as the dataset build reads numbers', () => {
    const misread = MINI.facts.filter((f) => {
      const stated = [...scanArabic(f.quote), ...scanChinese(f.quote)].map((q) => q.value);
      return !stated.includes(f.value);
    });
    expect(misread.map((f) => `${f.id}: ${f.value} in ${f.quote}`)).toEqual([]);
  });

  it('holds achieved and target, dated and undated facts, and cites every source of both scripts', () => {
    const facts = MINI.facts;
    expect(new Set(facts.map((f) => f.status))).toEqual(new Set(['achieved', 'target']));
    expect(facts.some((f) => f.date === null)).toBe(true);
    expect(facts.some((f) => f.date !== null)).toBe(true);
    expect(MINI.measures.length).toBeGreaterThan(0);
    expect(MINI.events.length).toBeGreaterThan(0);
    const cited = new Set([...facts, ...MINI.measures, ...MINI.events].map((x) => x.source));
    expect(cited).toEqual(new Set(MINI.sources.map((s) => s.id)));
    expect(new Set(MINI.sources.map((s) => s.script))).toEqual(new Set(['Hans', 'Hant']));
  });

  it('has an indicator with values in two regions or more, for the map and comparisons', () => {
    const regions = new Map<string, Set<string>>();
    for (const f of MINI.facts)
      regions.set(f.indicator, (regions.get(f.indicator) ?? new Set()).add(f.region));
    expect(Math.max(...[...regions.values()].map((r) => r.size))).toBeGreaterThanOrEqual(2);
  });
});
