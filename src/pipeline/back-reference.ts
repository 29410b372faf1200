/**
 * A figure that names its quantity only by pointing back to one named before it: «目前初中该项
 * 指标已提高到0.95人» after «初中每百名学生拥有体育、艺术专任教师0.86人», «这一比例将达到15%以上»
 * after «…占符合条件教师的比例为7.4%», and «占比提高到11.3%» opening its clause. It is a figure of
 * the quantity the text read last before it in its paragraph, of the kind its words point to, with
 * the same measure word.
 */
import type { Fact } from '../lib/domain/schema.ts';
import type { IndicatorEntry } from './catalogue.ts';
import { paragraphStart, type Span } from './text.ts';

type Kind = IndicatorEntry['kind'];

// «这一比例», «该比例», «该比重», or a clause that opens on «占比»: the share of the count its previous
// clause gives («已交流轮岗教师186人，占比提高到11.3%»). A share.
const SHARE_BACK = /(?:这一|该项?|此项?)(?:比例|比重)|^占比/u;
// «该项指标», «这一指标»: one of the standard's indicators, a share or a ratio (每百名学生…, 生均…),
// never a count or a sum the paragraph names on the way («招聘体育教师15名»).
const INDICATOR_BACK = /(?:这一|该项?|此项?)指标/u;
const SHARES: ReadonlySet<Kind> = new Set(['share']);
const INDICATORS: ReadonlySet<Kind> = new Set(['share', 'coefficient']);

/**
 * The kinds of indicator the words of `clause` before `at` point back to, or null when they name
 * their quantity themselves.
 */
export function kindsPointedTo(work: string, clause: Span, at: number): ReadonlySet<Kind> | null {
  const words = work.slice(clause.start, at);
  return SHARE_BACK.test(words) ? SHARES : INDICATOR_BACK.test(words) ? INDICATORS : null;
}

/**
 * The facts already read in the paragraph of `at`, before it, the latest first: those a figure
 * that points back may be of.
 */
export function referredFacts(facts: readonly Fact[], work: string, at: number): Fact[] {
  const paragraph = paragraphStart(work, at);
  return facts.filter((f) => f.start >= paragraph && f.end <= at).reverse();
}
