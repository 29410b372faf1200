/**
 * Why a number no reading rule describes is left unread (issue 21: a part, one school's figures,
 * an aider's own, a growth rate stay off every layer on purpose), so the review names the kind
 * rather than a gap in the vocabulary. Pure: the work text, the quantity and where it sits in,
 * a reason out; UNMATCHED when its words show none of these kinds.
 */
import { UNMATCHED } from './coverage.ts';
import type { Quantity } from './quantity.ts';
import type { Span } from './text.ts';

/** Where a quantity no rule reads sits, and whether an aider elsewhere sends or owns it. */
export interface UnreadPlace {
  clause: Span;
  sentence: Span;
  /** paired-aid.ts#aiderOf found a province or city elsewhere that sends or owns what is counted. */
  byAider: boolean;
}

interface Words {
  byAider: boolean;
  counter: string;
  /** The words of the quantity's clause before it. */
  before: string;
  /** The clause before the quantity's in its sentence. */
  previous: string;
}

// «设计规模为48个班», «建成后可提供学位1620个»: one school's design, which a design named in the
// clause before carries to its capacity («设计规模48个班，提供学位2160个»).
const DESIGN = /设计规模|建成后|投用后可|投入使用后可|可(?:提供|容纳)/u;
// «比上年增长12.5%», «年均增长9.1%»: how fast something grew, not how much there is.
const GROWTH = /(?:增长|增幅|增速|上升|下降|降幅)(?:了|为|达到?)?$/u;

const KINDS: [string, (w: Words) => boolean][] = [
  [
    'a figure the aider elsewhere sends or owns (选派援藏教师, 上海…的63所), not the county’s',
    (w) => w.byAider,
  ],
  [
    'a figure of one school’s design or capacity (设计规模, 建成后可提供), not the place’s',
    (w) => w.counter !== '元' && (DESIGN.test(w.before) || /设计规模/u.test(w.previous)),
  ],
  ['a part of the figure before it (其中…), which no layer draws', (w) => /^其中/u.test(w.before)],
  ['a figure of urban schools only (城区…), a part no layer draws', (w) => /城区/u.test(w.before)],
  ['schools whose building is to start (开工), not schools built', (w) => /开工/u.test(w.before)],
  ['what projects are expected to add (预计), not what was added', (w) => /预计/u.test(w.before)],
  [
    'teachers or equipment assigned to some schools (为乡村学校配备), a part no layer draws',
    (w) => /为[^，,。；;]{0,8}配备/u.test(w.before),
  ],
  [
    'recruits of a named scheme with no layer of its own (公费师范生, 银龄讲学), not all recruits',
    (w) => /公费师范|银龄/u.test(w.before),
  ],
  [
    'a growth rate (比上年增长, 年均增长) no layer draws, not the quantity that grew',
    (w) => w.counter === '%' && GROWTH.test(w.before),
  ],
];

/** Why the quantity `q`, which no reading rule describes, is left unread. */
export function unreadReason(work: string, q: Quantity, where: UnreadPlace): string {
  const lead = work.slice(where.sentence.start, where.clause.start).replace(/[，,；;：:]$/u, '');
  const words: Words = {
    byAider: where.byAider,
    counter: q.counter,
    before: work.slice(where.clause.start, q.start),
    previous: lead.split(/[，,；;]/u).at(-1) ?? '',
  };
  return KINDS.find(([, test]) => test(words))?.[0] ?? UNMATCHED;
}
