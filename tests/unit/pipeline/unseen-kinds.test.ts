/**
 * Kinds of wording that three documents written unseen (a county bureau's 政务公开 annual report,
 * a province's feedback on a district, a city's release on group schooling) showed the reader
 * getting wrong, other than layers (layer-kinds.test.ts): the standard's bars beside the figures,
 * an example's figures, a list opened as the present state under a year's review, and a deadline
 * that opens a plan's item.
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { findDates, horizonOf, inListOfNow } from '../../../src/pipeline/dates.ts';
import { sentenceTopic } from '../../../src/pipeline/stated-dates.ts';
import { place, quantityAt } from './reading-helpers.ts';

/** Why the number written `number` in `text` is left out, or null when it may be a fact. */
const reason = (text: string, number: string) =>
  exclusionReason(text, quantityAt(text, number), place(text, number).sentence);

describe('numerals that are not the place’s figures', () => {
  it('leaves the standard’s bars given in brackets, and keeps the figures before them', () => {
    const text = '每百名学生拥有高于规定学历教师数：小学4.8人，初中5.6人（标准为4.2人、5.3人）';
    expect(reason(text, '5.6')).toBeNull();
    expect(reason(text, '4.2')).toMatch(/brackets/);
    expect(reason(text, '5.3')).toMatch(/brackets/);
  });

  it('leaves every bar of a list the standard sets, not only the last', () => {
    const text = '小学、初中校际综合差异系数分别为0.56、0.48，均未达到不高于0.50和0.45的要求';
    expect(reason(text, '0.56')).toBeNull();
    expect(reason(text, '0.50')).toMatch(/bar of a standard/);
    expect(reason(text, '0.45')).toMatch(/bar of a standard/);
  });

  it('leaves the figures of one example (以…为例)', () => {
    const text = '以市第一中学教育集团为例，集团现有成员校9所、在校生1.2万人';
    expect(reason(text, '9')).toMatch(/example/);
    expect(reason('全市集团现有成员校90所', '90')).toBeNull();
  });
});

describe('a list opened as the present state', () => {
  const text =
    '一、2024年工作完成情况\n（三）资源配置。对照7项指标，全县现状如下：\n1．生均教学仪器设备值：小学2150元；\n综合差异系数小学为0.46。\n（四）教师队伍。交流轮岗教师213人。';
  it('dates its items, and the lines after it, as of the report', () => {
    expect(inListOfNow(text, text.indexOf('2150'))).toBe(true);
    expect(inListOfNow(text, text.indexOf('0.46'))).toBe(true);
  });

  it('ends at the next heading', () => {
    expect(inListOfNow(text, text.indexOf('213'))).toBe(false);
  });
});

describe('a deadline that opens a plan’s item', () => {
  it('dates the item’s later clauses by it', () => {
    const text = '（三）2027年底前，补齐缺编教师，交流轮岗比例提高到20%以上。';
    const dates = findDates(text, 0, text.length, '2025');
    expect(sentenceTopic(dates, text, place(text, '20%'))).toBe('2027-12');
    const joined = '（三）2027年底前补齐缺编教师，交流轮岗比例提高到20%以上。';
    expect(
      sentenceTopic(findDates(joined, 0, joined.length, '2025'), joined, place(joined, '20%')),
    ).toBe('2027-12');
  });

  it('takes no date that does not open the item', () => {
    const text = '补齐缺编教师力争2027年底前完成，交流轮岗比例提高到20%以上。';
    const dates = findDates(text, 0, text.length, '2025');
    expect(sentenceTopic(dates, text, place(text, '20%'))).toBeNull();
  });
});

describe('the horizon of a target', () => {
  it('is its own sentence’s before one stated earlier of another figure', () => {
    const text =
      '比例由2022年的41%提高到今年的68%。下一步，将再组建教育集团30至40个，到2027年实现全覆盖。';
    const dates = findDates(text, 0, text.length, '2025');
    const own = place(text, '30').sentence;
    const all = { start: 0, end: text.length };
    expect(horizonOf(dates, [own, all], '2025-09-08')).toBe('2027');
    expect(horizonOf(dates, [all], '2025-09-08')).toBe('2025');
  });
});
