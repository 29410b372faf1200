import { describe, expect, it } from 'vitest';
import { MINI } from '../../fixtures/mini-dataset';

describe('mini fixture', () => {
  it('passes the dataset schema with real quotes', () => {
    expect(MINI.facts.length).toBeGreaterThan(10);
  });
});
