/**
 * A part after «其中» on the layer its whole was just read onto, at the whole's date: «新增学位6000
 * 个，其中新建学校提供3600个» would draw a part beside the wholes of that layer. A part is drawn on
 * the layer of the narrower scope its words state (its level, «其中小学44所»; its purpose, «其中改薄
 * 资金»; its own concept, «其中特岗教师126人»), or as its whole's concept at another time («累计投入
 * 4,600万元，其中2024年投入1,150万元»), never as another whole of its whole's layer and date. Pure.
 */
import type { Fact, PartialDate } from '../lib/domain/schema.ts';
import { clauseAround, type Span } from './text.ts';

/** Where a part would be drawn: its indicator, region and date. */
export interface DrawnAs {
  indicator: string;
  region: string;
  date: PartialDate | null;
}

/**
 * Whether the number at `at`, in `clause`, is a part after «其中» drawn as its whole is: the last of
 * `facts` (those read before it) read in the clause right before, on the same indicator, region
 * and date.
 */
export function partOnWholesLayer(
  work: string,
  clause: Span,
  at: number,
  facts: readonly Fact[],
  part: DrawnAs,
): boolean {
  if (!/^\s*其中/u.test(work.slice(clause.start, at)) || clause.start < 2) return false;
  const whole = facts.at(-1);
  const before = clauseAround(work, clause.start - 2);
  return (
    whole !== undefined &&
    whole.end > before.start &&
    whole.end <= clause.start &&
    whole.indicator === part.indicator &&
    whole.region === part.region &&
    whole.date === part.date
  );
}
