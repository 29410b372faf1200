/**
 * The layer a fact is drawn on is chosen by its own scope among its concept's indicators:
 * a primary figure never lands on a junior layer, nor a part on the whole's, and money of no
 * stated purpose never on a purpose's layer.
 */
import { describe, expect, it } from 'vitest';
import { chooseByScope, type OwnScope } from '../../../src/pipeline/scope-choice.ts';
import { MATCHERS } from './reading-helpers.ts';

const entries = MATCHERS.map((m) => m.entry);
const entry = (id: string) => entries.find((e) => e.id === id)!;
/** A fact's own scope naming `levels` and, for money, `purpose`. */
const own = (levels: OwnScope['levels'], purpose: OwnScope['purpose'] = null): OwnScope => ({
  levels,
  purpose,
  rate: false,
  overYears: false,
  levelOfItem: false,
});
/** The choice for money of a stated purpose (or a count), by levels alone. */
const atLevels = (matched: ReturnType<typeof entry>, levels: OwnScope['levels']) =>
  chooseByScope(matched, own(levels, 'school-building'), entries);

describe('choosing a concept’s indicator by the fact’s own levels', () => {
  it('moves a junior coefficient off the primary layer, and a primary one off the junior', () => {
    expect(atLevels(entry('difference-coefficient-primary'), 'junior')?.id).toBe(
      'difference-coefficient',
    );
    expect(atLevels(entry('difference-coefficient'), 'primary')?.id).toBe(
      'difference-coefficient-primary',
    );
  });

  it('counts primary and junior schools apart from all compulsory schools («其中小学208所»)', () => {
    expect(atLevels(entry('schools-compulsory'), 'primary')?.id).toBe('primary-schools');
    expect(atLevels(entry('schools-compulsory'), 'junior')?.id).toBe('junior-schools');
  });

  it('keeps the matched indicator when the fact names no level or one no indicator has', () => {
    const matched = entry('schools-compulsory');
    expect(atLevels(matched, 'unstated')).toBe(matched);
    expect(atLevels(matched, 'senior-high')).toBe(matched);
  });

  it('never moves a fact to an indicator of another period or purpose', () => {
    // Both count funds invested at compulsory level; one is a single project, one a total.
    const total = entry('investment-weak-schools');
    expect(chooseByScope(total, own('compulsory', 'weak-school-improvement'), entries)).toBe(total);
    const building = entry('investment-school-building');
    expect(atLevels(building, 'compulsory')).toBe(building);
  });
});

describe('money of no stated purpose', () => {
  it('goes on its concept’s indicator for no stated purpose («全年义务教育投入资金12.4亿元»)', () => {
    expect(chooseByScope(entry('investment-school-building'), own('compulsory'), entries)?.id).toBe(
      'compulsory-education-funds-invested',
    );
    expect(chooseByScope(entry('investment-school-building'), own('unstated'), entries)?.id).toBe(
      'education-funds-invested',
    );
  });

  it('stays on a purpose’s layer when its own words state that purpose', () => {
    const building = entry('investment-school-building');
    expect(chooseByScope(building, own('unstated', 'school-building'), entries)).toBe(building);
  });
});

describe('money of a stated purpose', () => {
  it('goes on the indicator of the purpose its words state («投入约3.5亿元改造薄弱学校»)', () => {
    const general = entry('education-funds-invested');
    expect(chooseByScope(general, own('unstated', 'weak-school-improvement'), entries)?.id).toBe(
      'investment-weak-schools',
    );
    const building = entry('investment-school-building');
    expect(chooseByScope(building, own('unstated', 'weak-school-improvement'), entries)?.id).toBe(
      'investment-weak-schools',
    );
  });

  it('takes the purpose’s indicator at its own levels, else the first of that purpose', () => {
    const general = entry('education-funds-invested');
    expect(chooseByScope(general, own('preschool', 'school-building'), entries)?.id).toBe(
      'preschool-investment',
    );
    expect(chooseByScope(general, own('compulsory', 'school-building'), entries)?.id).toBe(
      'investment-school-building',
    );
  });

  it('stays where its concept has no indicator for that purpose', () => {
    const general = entry('education-funds-invested');
    expect(chooseByScope(general, own('unstated', 'pay'), entries)).toBe(general);
  });
});
