/** The catalogue over the region base: which former codes resolve to which current code. */
import { describe, expect, it } from 'vitest';
import { UNIVERSE as universe } from './china-regions.ts';

describe('regionUniverse', () => {
  it('resolves the catalogue’s former codes and the base’s', () => {
    expect(universe.current('500228')).toBe('500155');
    expect(universe.current('652200')).toBe('650500');
    expect(universe.byCode.get('650500')?.name.zh).toBe('哈密市');
  });

  it('leaves out a base entry under a former code the catalogue renumbers', () => {
    expect(universe.byCode.has('500228')).toBe(false);
    expect(universe.current('610727')).toBe('610727');
  });
});
