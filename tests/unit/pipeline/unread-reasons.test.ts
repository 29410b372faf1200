/**
 * Numbers no reading rule describes, of kinds kept off every layer on purpose (issue 21): the
 * review names the kind, so a reader of it tells a deliberate omission from a gap in the vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { UNMATCHED } from '../../../src/pipeline/coverage.ts';
import { unreadReason } from '../../../src/pipeline/unread-reasons.ts';
import { place, quantityAt } from './reading-helpers.ts';

/** The reason the number written `number` in `text` is left unread. */
function why(text: string, number: string, byAider = false): string {
  const { clause, sentence } = place(text, number);
  return unreadReason(text, quantityAt(text, number), { clause, sentence, byAider });
}

describe('a number no rule reads', () => {
  it('is one school’s design or capacity, a design carrying to the next clause', () => {
    const text = '第二实验小学设计规模为48个班，提供学位2160个；另一校新建300米跑道';
    expect(why(text, '48')).toMatch(/one school’s design/);
    expect(why(text, '2160')).toMatch(/one school’s design/);
    expect(why(text, '300')).toBe(UNMATCHED);
    expect(why('建成后可提供学位1620个', '1620')).toMatch(/one school’s design/);
  });

  it('is the aider’s own when paired aid sends or owns it', () => {
    expect(why('上海市每年选派援藏教师不少于40名', '40', true)).toMatch(/aider/);
  });

  it('is a part: after «其中», of urban schools, or assigned to some schools', () => {
    expect(why('计划招聘教师260名，其中分配到城区学校180名', '180')).toMatch(/part of the figure/);
    expect(why('全年新建城区学校3所', '3')).toMatch(/urban schools only/);
    expect(why('为乡村学校配备音体美教师75名', '75')).toMatch(/assigned to some schools/);
  });

  it('is a plan’s start or expectation, not what was built or added', () => {
    expect(why('今年计划开工建设4所学校', '4')).toMatch(/to start/);
    expect(why('预计新增学位3600个', '3600')).toMatch(/expected to add/);
  });

  it('is a growth rate, not the quantity that grew', () => {
    expect(why('累计投入经费18.7亿元，年均增长9.1%', '9.1')).toMatch(/growth rate/);
    expect(why('安排资金2340万元，比上年增长12.5%', '12.5')).toMatch(/growth rate/);
    expect(why('受益师生达9000余人次', '9000')).toBe(UNMATCHED);
  });
});
