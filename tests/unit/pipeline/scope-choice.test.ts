/**
 * The layer a fact is drawn on is chosen by its own school levels among its concept's indicators:
 * a primary figure never lands on a junior layer, nor a part on the whole's.
 */
import { describe, expect, it } from 'vitest';
import { chooseByLevels } from '../../../src/pipeline/scope-choice.ts';
import { MATCHERS } from './reading-helpers.ts';

const entries = MATCHERS.map((m) => m.entry);
const entry = (id: string) => entries.find((e) => e.id === id)!;

describe('choosing a concept’s indicator by the fact’s own levels', () => {
  it('moves a junior coefficient off the primary layer, and a primary one off the junior', () => {
    expect(chooseByLevels(entry('difference-coefficient-primary'), 'junior', entries).id).toBe(
      'difference-coefficient',
    );
    expect(chooseByLevels(entry('difference-coefficient'), 'primary', entries).id).toBe(
      'difference-coefficient-primary',
    );
  });

  it('counts primary and junior schools apart from all compulsory schools («其中小学208所»)', () => {
    expect(chooseByLevels(entry('schools-compulsory'), 'primary', entries).id).toBe(
      'primary-schools',
    );
    expect(chooseByLevels(entry('schools-compulsory'), 'junior', entries).id).toBe(
      'junior-schools',
    );
  });

  it('keeps the matched indicator when the fact names no level or one no indicator has', () => {
    const matched = entry('schools-compulsory');
    expect(chooseByLevels(matched, 'unstated', entries)).toBe(matched);
    expect(chooseByLevels(matched, 'senior-high', entries)).toBe(matched);
  });

  it('never moves a fact to an indicator of another period or purpose', () => {
    // Both count funds invested at compulsory level; one is a single project, one a total.
    const total = entry('investment-weak-schools');
    expect(chooseByLevels(total, 'compulsory', entries)).toBe(total);
    const building = entry('investment-school-building');
    expect(chooseByLevels(building, 'compulsory', entries)).toBe(building);
  });
});
