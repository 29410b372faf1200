import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { RegionSchema } from '../../../src/lib/domain/schema.ts';
import { factDate, findDates } from '../../../src/pipeline/dates.ts';
import { statedDate } from '../../../src/pipeline/stated-dates.ts';
import { qualifierAt, statusAt } from '../../../src/pipeline/qualifiers.ts';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { scanArabic } from '../../../src/pipeline/quantity.ts';
import { clauseAround, sentenceAround } from '../../../src/pipeline/text.ts';
import { attributeCarried, namedRegions, regionIndex } from '../../../src/pipeline/regions.ts';
import { simplifiedView } from '../../../src/pipeline/script.ts';

const root = join(import.meta.dirname, '../../..');
const regions = regionIndex(
  z
    .array(RegionSchema)
    .parse(JSON.parse(readFileSync(join(root, 'seeds/regions.json'), 'utf8')).regions),
);
const whole = (s: string) => ({ start: 0, end: s.length });

describe('qualifiers and status', () => {
  it.each([
    ['访问量突破2.32亿人次', 'atLeast'],
    ['任职不少于2年', 'atLeast'],
    ['约30所', 'approx'],
    ['近500名', 'approx'],
    ['新增学位27.8万个', 'exact'],
  ] as const)('%s → %s', (text, qualifier) => {
    const at = text.search(/\d/);
    expect(qualifierAt(text, at, 'exact')).toBe(qualifier);
  });

  it('keeps the suffix qualifier of the number itself', () => {
    expect(qualifierAt('新增学位1600余个', 4, 'atLeast')).toBe('atLeast');
  });

  it.each([
    ['投用后将新增城区义务教育阶段学位1600余个', 'target'],
    ['争取到2020年实现义务教育50%的学校进入学区化', 'target'],
    ['2023年底前11县区梯次建成达标', 'target'],
    ['将城区教师到乡村学校任教1年以上经历作为申报高级教师职称的必要条件', 'achieved'],
    ['持续调整城乡学校规划布局,已累计新建学校151所', 'achieved'],
  ] as const)('%s → %s', (text, status) => {
    const clauseStart = text.lastIndexOf(',') + 1;
    const c = { sentenceStart: 0, clauseStart, end: text.length, stated: null, published: null };
    expect(statusAt(text, { ...c, sectionStatus: 'achieved' })).toBe(status);
  });
});

describe('dates', () => {
  it.each([
    ['2017年12月4日', '2017-12-04'],
    ['2022年8月', '2022-08'],
    ['2021年底', '2021-12'],
    ['2021—2022年', '2022'],
    ['11月14日', '2023-11-14'],
    ['2024-10-17', '2024-10-17'],
  ])('%s → %s', (text, date) => {
    expect(findDates(text, 0, text.length, '2023').map((d) => d.date)).toEqual([date]);
  });

  it('dates a running total at publication and a five-year plan at its last year', () => {
    const total = '2019年以来,新增奖励性绩效工资4.48亿元';
    const dates = findDates(total, 0, total.length, '2023');
    const at = total.indexOf('4.48');
    const place = { sentence: whole(total), clause: { start: 8, end: total.length }, at };
    const stated = statedDate(dates, total, place, true);
    expect(stated).toBeNull();
    expect(factDate(stated, 'achieved', '2023-03-21', null)).toBe('2023-03-21');
    const plan = '“十四五”期间,规划投资3.58亿元';
    const inPlan = { sentence: whole(plan), clause: { start: 8, end: plan.length }, at: 12 };
    expect(statedDate([], plan, inPlan, true)).toBe('2025');
  });

  it('dates a running total over a named plan period at the plan’s last year', () => {
    const text = '“十三五”期间,全县累计投入教育经费9.2亿元';
    const clause = { start: text.indexOf('全县'), end: text.length };
    const place = { sentence: whole(text), clause, at: text.indexOf('9.2') };
    expect(statedDate(findDates(text, 0, text.length, '2021'), text, place, true)).toBe('2020');
  });

  it.each([
    ['全区今年交流教师300名,比去年增加40名', '40名'],
    ['在校生较2020年增加1200人', '1200人'],
    ['与去年相比,新增学位800个', '800个'],
  ])('never dates a value by the year it is compared with: %s', (text, quote) => {
    const dates = findDates(text, 0, text.length, '2022');
    const base = dates.filter((d) => d.role === 'base');
    expect(base).toHaveLength(1);
    const at = text.indexOf(quote);
    const clause = clauseAround(text, at, at + quote.length);
    const place = { sentence: whole(text), clause, at };
    expect(statedDate(dates, text, place, false)).not.toBe(base[0]?.date);
  });

  it('leaves a target without a stated year and without a horizon undated', () => {
    expect(factDate(null, 'target', '2017-12-04', null)).toBeNull();
  });
});

describe('regions named in text', () => {
  it('gives a clause naming one other county to that county', () => {
    const text = '留坝县在2022年全国青少年足球比赛中获全国冠军';
    expect(attributeCarried(regions, text, whole(text), '610700', 0)).toBe('610729');
  });

  it('keeps a joint total naming several regions with the context region', () => {
    const text = '主城都市区优质学校对口帮扶渝东南、渝东北片区800余所农村学校';
    expect(namedRegions(regions, text, whole(text), '500000').sort()).toEqual([
      'cq-metro',
      'cq-northeast',
      'cq-southeast',
    ]);
    expect(attributeCarried(regions, text, whole(text), '500000', 0)).toBe('500000');
  });

  it('carries a named county to the clauses after it, until another place or the whole area is named', () => {
    const text =
      '留坝县新增学位1200个,新建校舍2.1万平方米;佛坪县新建学校3所,覆盖学生900人;全市专任教师2.6万人';
    const at = (quote: string) => {
      const i = text.indexOf(quote);
      return attributeCarried(regions, text, clauseAround(text, i, i + quote.length), '610700', 0);
    };
    expect(at('2.1万平方米')).toBe('610729');
    expect(at('900人')).toBe('610730');
    expect(at('2.6万人')).toBe('610700');
  });

  it('reads «全县», «全市» as the whole of a place of that kind, never of the province', () => {
    const text = '陕西省公示。留坝县。全县乡村教师生活补助人均每月800元,专任教师310人';
    const at = (quote: string) => {
      const i = text.indexOf(quote);
      return attributeCarried(regions, text, clauseAround(text, i, i + quote.length), '610000', 0);
    };
    expect(at('800元')).toBe('610729');
    expect(at('310人')).toBe('610729');
    const city = '全市专任教师2.6万人';
    expect(attributeCarried(regions, city, whole(city), '610700', 0)).toBe('610700');
  });

  it('carries no place past its floor (a new paragraph or section)', () => {
    const text = '留坝县新增学位1200个\n新建校舍2.1万平方米';
    const i = text.indexOf('2.1');
    const clause = clauseAround(text, i, i + 3);
    expect(attributeCarried(regions, text, clause, '610700', text.indexOf('\n') + 1)).toBe(
      '610700',
    );
  });

  it('ignores ancestors and regions of other provinces', () => {
    const text = '陕西省县域推进会在略阳县召开,中心城区公办幼儿园';
    expect(namedRegions(regions, text, whole(text), '610700')).toEqual(['610727']);
  });

  it('reads traditional names through the simplified view', () => {
    const text = simplifiedView('銀川市教育局');
    expect(text.length).toBe('銀川市教育局'.length);
    expect(namedRegions(regions, text, whole(text), '640000')).toEqual(['640100']);
  });
});

describe('status read against the publication date', () => {
  const status = (text: string, quote: string, published: string) => {
    const at = text.indexOf(quote);
    const sentence = sentenceAround(text, at, at + quote.length);
    const clause = clauseAround(text, at, at + quote.length);
    return statusAt(text, {
      sentenceStart: sentence.start,
      clauseStart: clause.start,
      end: at + quote.length,
      stated: null,
      published,
      sectionStatus: 'achieved',
    });
  };

  it.each([
    ['到2020年,全县新增学位5000个', '5000个', '2020-12-15', 'achieved'],
    ['到2020年,全县新增学位5000个', '5000个', '2020-03-01', 'target'],
    ['到2020年,全县新增学位5000个', '5000个', '2021-02-01', 'achieved'],
    ['计划投资2.6亿元新建学校', '2.6亿元', '2020-12-15', 'target'],
    ['明年新增学位800个', '800个', '2020-12-15', 'target'],
    ['预计新增学位800个', '800个', '2020-12-15', 'target'],
    ['今年将新建幼儿园3所', '3所', '2020-12-15', 'target'],
    ['实施乡村教育振兴计划,新建学校3所', '3所', '2020-12-15', 'achieved'],
    ['“十四五”期间,规划投资3.58亿元', '3.58亿元', '2021-05-01', 'target'],
    ['“十四五”期间,新建学校12所', '12所', '2026-01-10', 'achieved'],
    // A target reported as set is a target, though its horizon has passed.
    ['2016年,县里提出到2020年新增学位4000个、学校全部达标的目标', '4000个', '2021-03-10', 'target'],
    ['2016年,县里提出新增学位4000个', '4000个', '2021-03-10', 'achieved'],
  ])('%s: %s, published %s → %s', (text, quote, published, expected) => {
    expect(status(text, quote, published)).toBe(expected);
  });
});

describe('numerals that are not figures of the place', () => {
  const reason = (text: string, quote: string) => {
    const q = scanArabic(text, 0, text.length).find((x) => text.slice(x.start, x.end) === quote);
    if (!q) throw new Error(`no quantity ${quote}`);
    return exclusionReason(text, q, sentenceAround(text, q.start, q.end));
  };

  it.each([
    ['小学、初中生均体育运动场馆面积应分别达到7.5平方米、10.2平方米', '10.2平方米'],
    ['差异系数小学应不高于0.50', '0.50'],
    ['按照国家标准，每百名学生拥有骨干教师数达到1人', '1人'],
    ['全省69个县(市、区)通过国家督导评估', '69个'],
  ])('%s: %s is left out', (text, quote) => expect(reason(text, quote)).not.toBeNull());

  it.each([
    ['按照国家标准，我县生均体育运动场馆面积为9.1平方米', '9.1平方米'],
    ['全县班额不超过45人', '45人'],
    ['新建学校12个', '12个'],
    // «按照…的要求» frames the county's own work, not a standard's bar.
    ['按照“一校一策”的要求，为14所薄弱学校制定提升方案', '14所'],
  ])('%s: %s is read', (text, quote) => expect(reason(text, quote)).toBeNull());
});
