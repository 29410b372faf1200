/**
 * Kinds of wording a county's television script and a congress's deliberation showed the reader
 * misreading: decimals spoken in Chinese numerals with 点 as the point, a cap written «最高», a sum «争取» from higher levels, a year opening a sentence of statements parted by «；», a target's time written after it, stocks by level after «现有», kindergartens «新建», schools «新建和改扩建», a congress's suggestions, «交流轮岗的老师», «营养餐补助». Wording of our own, one
 * behaviour per test.
 */
import { describe, expect, it } from 'vitest';
import { dueLater, findDates } from '../../../src/pipeline/dates.ts';
import { reportPeriods, statusUnder } from '../../../src/pipeline/periods.ts';
import { statedDate } from '../../../src/pipeline/stated-dates.ts';
import { parseSpokenNumber } from '../../../src/pipeline/chinese-numerals.ts';
import { parseQuantity, scanChinese } from '../../../src/pipeline/quantity.ts';
import { qualifierAt } from '../../../src/pipeline/qualifiers.ts';
import { drawnOn, place, statusOf } from './reading-helpers.ts';

describe('decimals spoken in Chinese numerals', () => {
  it('reads 点 as the decimal point, before a 万 or 亿 that multiplies the whole', () => {
    expect(parseQuantity('三点五亿元')).toMatchObject({ value: 350000000, counter: '元' });
    expect(parseQuantity('二点零五万人')).toMatchObject({ value: 20500, counter: '人' });
    expect(parseQuantity('四点八名')).toMatchObject({ value: 4.8, counter: '名' });
  });

  it('finds the whole number in running text, not only the part after the point', () => {
    const found = scanChinese('去年全市拿出了二十三点四亿元用于建校');
    expect(found.map((q) => [q.raw, q.value])).toEqual([['二十三点四亿元', 2340000000]]);
  });

  it('refuses a point followed by a place word, and reads a share and a zero whole', () => {
    expect(parseSpokenNumber('三点十')).toBeNull();
    expect(parseSpokenNumber('零点七')).toBe(0.7);
    expect(parseQuantity('百分之八十点零三')).toMatchObject({ value: 80.03, counter: '%' });
  });
});

describe('a cap written «最高»', () => {
  it('reads the figure after it as at most', () => {
    const text = '寄宿生交通补助每学期最高800元';
    expect(qualifierAt(text, text.indexOf('800'), 'exact')).toBe('atMost');
  });
});

describe('a sum «争取» from higher levels', () => {
  it('reports the money won, and no plan carries on from it', () => {
    const text = '五年来全区投入经费8.1亿元，其中争取中央补助资金1.3亿元，新建学校9所。';
    expect(statusOf(text, '1.3亿元')).toBe('achieved');
    expect(statusOf(text, '9所')).toBe('achieved');
    expect(statusOf('去年争取到省级资金2000万元。', '2000万元')).toBe('achieved');
  });

  it('still promises before a goal or a verb', () => {
    expect(statusOf('争取2026年新增学位3000个。', '3000个')).toBe('target');
    expect(statusOf('争取新建学校4所。', '4所')).toBe('target');
  });
});

describe('a year opening a sentence of statements parted by «；»', () => {
  const text =
    '2022年，全区新招聘教师312名，比上年增加40名；初中每百名学生拥有骨干教师1.8人，小学校舍达标率为100%。';
  const dates = findDates(text, 0, text.length, '2023');

  it('dates the statement after the «；» by that year', () => {
    expect(statedDate(dates, text, place(text, '1.8人'), false)).toBe('2022');
  });

  it('leaves a later clause of that statement undated, as after a comma', () => {
    expect(statedDate(dates, text, place(text, '100%'), false)).toBeNull();
  });
});

describe('the time a target is due by, written after it in its clause', () => {
  const text = '确保新建的2所初中今年9月前建成招生，新增学位2400个；到2027年，全区大班额全部消除。';
  const dates = findDates(text, 0, text.length, '2025');
  const dueOf = (number: string, published: string) => {
    const p = place(text, number);
    return dueLater(dates, p.clause, p.at + number.length, published);
  };

  it('dates the target before it, not the horizon of the next task', () => {
    expect(dueOf('2所', '2025-04-02')).toBe('2025');
  });

  it('says nothing of a later clause, or once that time has passed', () => {
    expect(dueOf('2400个', '2025-04-02')).toBeNull();
    expect(dueOf('2所', '2025-12-20')).toBeNull();
  });
});

describe('schools by level after «现有», kindergartens after «新建»', () => {
  it('reads a stock listed level by level as each level’s schools', () => {
    const text = '目前全区现有小学23所、初中9所。';
    expect(drawnOn(text, '23所')).toBe('primary-schools');
    expect(drawnOn(text, '9所')).toBe('junior-schools');
  });

  it('reads kindergartens built with the number after them', () => {
    expect(drawnOn('去年全区新建幼儿园5所。', '5所')).toBe('kindergartens-built-or-expanded');
  });

  it('still reads a level named with no word of a stock as nothing', () => {
    expect(drawnOn('该片区小学23所。', '23所')).toBeNull();
  });
});

describe('schools «新建和改扩建», joined by a word', () => {
  it('reads them as built or expanded, not as expanded alone', () => {
    const built = drawnOn('全县新建和改扩建了学校5所。', '5所');
    expect(built).toMatch(/^schools-built/);
    expect(drawnOn('全县新建及改扩建学校5所。', '5所')).toBe(built);
  });
});

describe('a heading of a congress’s suggestions', () => {
  const text =
    '区人大常委会审议意见\n一、总体评价\n全区交流教师310名。\n二、意见和建议\n每年补充教师不少于80名。\n';
  const periods = reportPeriods(
    text,
    { start: 0, end: text.length },
    findDates(text, 0, text.length, '2025'),
    '2025-05-20',
  );

  it('plans what is asked under it for the year it was written in', () => {
    const asked = periods.find(
      (p) => p.start <= text.indexOf('80名') && text.indexOf('80名') < p.end,
    );
    expect(asked).toMatchObject({ year: '2025', kind: 'plan' });
    expect(statusUnder(asked ?? null, true, 'achieved')).toBe('target');
  });

  it('leaves the evaluation before it as it was', () => {
    expect(periods.every((p) => p.start > text.indexOf('310名'))).toBe(true);
  });
});

describe('teachers named after their rotation, «交流轮岗的老师»', () => {
  it('reads them as the teachers rotated, as «交流轮岗教师»', () => {
    const spoken = drawnOn('这一年，全区交流轮岗的老师有180名。', '180名');
    expect(spoken).not.toBeNull();
    expect(spoken).toBe(drawnOn('这一年，全区教师交流轮岗180名。', '180名'));
  });
});

describe('a subsidy named «营养餐补助»', () => {
  it('reads its rate per pupil per day as the nutrition scheme’s', () => {
    expect(drawnOn('全县营养餐补助标准为每生每天5元。', '5元')).toBe(
      'nutrition-subsidy-per-pupil-per-day',
    );
  });
});
