/**
 * axe-core in the browser, shared by every journey: a state of the page is accessible when axe
 * finds no violation in it. All of axe's default rules run (WCAG 2.0–2.1 A and AA, best
 * practices) plus WCAG 2.2's target size, which axe leaves off by default and Lighthouse checks;
 * none is disabled: a rule that fails is fixed in the component, not switched off here.
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
  /** Rules axe could not decide (e.g. contrast over the map); reported, not failed. */
  incomplete: string[];
}

/** Off in axe's defaults; on here, since a finger needs 24 × 24 px (WCAG 2.2, 2.5.8). */
const EXTRA_RULE = 'target-size';

const summarise = (results: AxeResults): AxeReport => ({
  violations: results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  })),
  passes: results.passes.length,
  incomplete: results.incomplete.map((r) => r.id),
});

/**
 * Runs axe on the page as it is now. Wait for the state to settle first (map idle, panel
 * open): axe reads the DOM once.
 *
 * Every rule runs on every node; two settings only spare work whose result is not read, and
 * make a run about five times faster (one of 5 s became 1 s). Legacy mode runs `axe.run` in the
 * page itself, where the default runs it in parts and finishes in a new blank page, a renderer
 * of its own each time; the difference is that cross-origin frames go unchecked, and the atlas
 * has no frame. `resultTypes` returns every node of a violation but one example node of a rule
 * that passed or was undecided, not the thousands that pass `color-contrast` and the like.
 */
export async function axeCheck(page: Page): Promise<AxeReport> {
  const axe = new AxeBuilder({ page })
    .options({ rules: { [EXTRA_RULE]: { enabled: true } }, resultTypes: ['violations'] })
    .setLegacyMode();
  return summarise(await axe.analyze());
}
