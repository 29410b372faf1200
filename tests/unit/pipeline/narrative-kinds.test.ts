/**
 * Kinds of numerals that three documents written unseen (a 民生实事 progress notice, a congress
 * inspection, a 繁體 news story) showed the reader taking for the place's figures, each on
 * sentences written for this test: the standard's bars listed by level before «的标准», a count
 * of counties of a province named in a county's report, a sum restated in another currency, a
 * change against last year written with «约», schools defined by a size, projects singled out as
 * late, and a yearly share set as a rule; and a rotation share of teachers «符合条件» without
 * «交流», in Chinese numerals, and a range of a rate whose clause names what the next one pays,
 * which are read; a note on what a count leaves out («（不含教学点）») read as no level, and the sum
 * a finding of misuse concerns and one sum over places named together left out.
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { matchIndicator } from '../../../src/pipeline/indicators.ts';
import { readLevels } from '../../../src/pipeline/scope-levels.ts';
import { scanArabic, scanChinese } from '../../../src/pipeline/quantity.ts';
import { clauseAround, sentenceAround } from '../../../src/pipeline/text.ts';
import { MATCHERS } from './reading-helpers.ts';

/** The quantity of either script written `number` in `text`. */
function quantity(text: string, number: string) {
  const at = text.indexOf(number);
  const q = [...scanArabic(text), ...scanChinese(text)].find((x) => x.start === at);
  if (!q || q.value === null) throw new Error(`no quantity at ${number} in ${text}`);
  return q;
}

/** Why the number written `number` in `text` is left out, or null when it may be a fact. */
const reason = (text: string, number: string): string | null =>
  exclusionReason(text, quantity(text, number), sentenceAround(text, text.indexOf(number)));

describe('the standard’s bars listed by level before «的标准»', () => {
  it('leaves every level’s bar, and keeps the place’s own figure', () => {
    const text =
      '对照生均体育运动场馆面积小学7.0平方米、初中9.5平方米的标准，全县尚有6所学校不达标。';
    expect(reason(text, '7.0')).toMatch(/bar of a standard/);
    expect(reason(text, '9.5')).toMatch(/bar of a standard/);
    expect(reason(text, '6所')).toBeNull();
  });
});

describe('counties of a province in a county’s report', () => {
  it('leaves a count of counties a province names, and keeps the city’s own', () => {
    expect(reason('湖南省本年度共有15个县（市、区）通过国家认定。', '15个')).toMatch(/regions/);
    expect(reason('全市推动3个县（市、区）通过省级评估。', '3个')).toBeNull();
  });
});

describe('a sum restated and a change against last year', () => {
  it('leaves a sum restated in another currency, and keeps the sum it restates', () => {
    const text = '五年来投入教育经费31亿元人民币（折合澳门币约33.5亿元），新建学校12所。';
    expect(reason(text, '33.5')).toMatch(/another currency/);
    expect(reason(text, '31亿元')).toBeNull();
  });

  it('leaves a change against last year written with «约» or «近»', () => {
    expect(reason('在校生9.6万人，比上年增加约3000人。', '3000人')).toMatch(/year earlier/);
    expect(reason('专任教师5200人，较去年减少近百人。', '百人')).toMatch(/year earlier/);
  });
});

describe('schools defined by a size, projects singled out, a yearly rule', () => {
  it('leaves the size that defines small schools, and keeps their count', () => {
    const text = '山区200人以下小规模学校有38所。';
    expect(reason(text, '200人')).toMatch(/definition/);
    expect(reason(text, '38所')).toBeNull();
  });

  it('leaves the projects a report singles out as late', () => {
    expect(reason('县督查室对逾期未完工的3个项目挂牌督办。', '3个')).toMatch(/late/);
  });

  it('leaves a yearly share set as a rule, and keeps a share reached', () => {
    expect(reason('建议每年选派骨干教师不少于在编教师总数的12%。', '12%')).toMatch(/rule/);
    expect(reason('去年交流教师420人，占符合条件教师的16.5%。', '16.5%')).toBeNull();
  });
});

describe('a rotation share of teachers «符合条件» in Chinese numerals', () => {
  it('is read as the rotation share, after the clause that counts those rotated', () => {
    const text = '去年全区交流轮岗教师二百零六人，占符合条件的教师总数的百分之十六。';
    const q = quantity(text, '百分之十六');
    const at = text.indexOf('百分之十六');
    const windows = [clauseAround(text, at), sentenceAround(text, at)];
    expect(matchIndicator(MATCHERS, text, q, windows, windows[1]!)?.id).toBe(
      'teacher-rotation-share',
    );
  });
});

describe('a rate whose clause names what the next clause pays', () => {
  it('is read as that payment’s rate, as the build reads it (its clause the second window)', () => {
    const text = '今年按照每人每月200元至400元的标准，为1500名乡村教师发放生活补助。';
    const at = text.indexOf('200元');
    const clause = clauseAround(text, at);
    const windows = [clause, clause, sentenceAround(text, at)];
    const q = quantity(text, '200元至400元');
    expect(q.upper).toBe(400);
    expect(matchIndicator(MATCHERS, text, q, windows, windows[2]!)?.id).toBe(
      'rural-living-subsidy-per-teacher',
    );
  });
});

describe('a note on what a count leaves out, and a sum a finding concerns', () => {
  it('reads no level in a bracket that says what a count leaves out', () => {
    const text = '全县有义务教育学校64所（不包括村小教学点），在校生5.1万人。';
    const at = text.indexOf('5.1');
    const clause = clauseAround(text, at);
    const place = { segment: clause, clause, sentence: sentenceAround(text, at), money: false };
    expect(readLevels(text, quantity(text, '5.1万人'), place)).not.toBe('primary');
  });

  it('leaves out the sum a finding of misuse concerns, and keeps money spent', () => {
    const text = '审计发现2所学校存在截留生均公用经费问题，涉及金额72万元。';
    expect(reason(text, '72万元')).toMatch(/misuse/);
    expect(reason('全县下半年拨付公用经费，涉及金额1300万元。', '1300万元')).toBeNull();
  });
});

describe('one sum over places named together', () => {
  it('is no one region’s figure, while one place’s is', () => {
    expect(reason('滨湖区、梁溪区城区学位缺口共计约6000个。', '6000个')).toMatch(/places named/);
    expect(reason('滨湖区城区学位缺口约6000个。', '6000个')).toBeNull();
  });
});
