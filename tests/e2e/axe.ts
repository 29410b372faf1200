/**
 * axe-core in the browser, shared by every journey: a state of the page is accessible when axe
 * finds no violation in it. All of axe's rules run (WCAG 2.0–2.2 A and AA, best practices),
 * none disabled: a rule that fails is fixed in the component, not switched off here.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One failed rule, said in a line a test failure can print: rule, impact, the nodes it hit. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** What axe found in one state of the page. */
export interface AxeReport {
  /** Rules that failed; empty when the state is accessible. */
  violations: AxeFinding[];
  /** How many rules passed, so a run that checked nothing does not look clean. */
  passes: number;
  /** Rules axe could not decide (e.g. contrast over an image); reported, not failed. */
  incomplete: number;
}

const summarise = (results: AxeResults): AxeReport => ({
  violations: results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  })),
  passes: results.passes.length,
  incomplete: results.incomplete.length,
});

/**
 * Runs axe on the page as it is now. Wait for the state to settle first (map idle, panel
 * open): axe reads the DOM once.
 */
export async function axeCheck(page: Page): Promise<AxeReport> {
  return summarise(await new AxeBuilder({ page }).analyze());
}
