/**
 * The kinds of reading error of issue 10, each on its seed sentence: the rule in isolation first,
 * then what the build makes of the seed. The fixture document 006 (build.test.ts) exercises the
 * same rules on wording of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/build.ts';
import { findDates, horizonOf } from '../../../src/pipeline/dates.ts';
import { statedDate } from '../../../src/pipeline/stated-dates.ts';
import { statusAt } from '../../../src/pipeline/qualifiers.ts';
import { parseQuantity } from '../../../src/pipeline/quantity.ts';
import { clauseAround, sentenceAround } from '../../../src/pipeline/text.ts';

const root = join(import.meta.dirname, '../../..');
const { dataset, texts, coverage } = buildDataset(join(root, 'seeds'));
const fact = (source: string, quote: string) =>
  dataset.facts.find((f) => f.source === source && f.quote.includes(quote));
const indicator = (id: string) => dataset.indicators.find((i) => i.id === id);

/** Where a number sits in a sentence, as the fact rules see it. */
function place(text: string, number: string) {
  const at = text.indexOf(number);
  return {
    sentence: sentenceAround(text, at),
    clause: clauseAround(text, at),
    at,
    end: at + number.length,
  };
}

describe('a range is a range', () => {
  it('reads 3至5年 as 3 up to 5, never exact', () => {
    expect(parseQuantity('3至5年')).toMatchObject({ value: 3, upper: 5, qualifier: 'atLeast' });
    expect(fact('001', '3至5年')).toMatchObject({ value: 3, upper: 5, qualifier: 'atLeast' });
  });

  it('reads ranges in Chinese numerals and with a full-width tilde', () => {
    expect(parseQuantity('三至五年')).toMatchObject({ value: 3, upper: 5, qualifier: 'atLeast' });
    expect(parseQuantity('2～3年')).toMatchObject({ value: 2, upper: 3, qualifier: 'atLeast' });
  });

  it('keeps a qualifier the range states itself', () => {
    expect(parseQuantity('3至5年左右')).toMatchObject({ upper: 5, qualifier: 'approx' });
  });

  it('stores no fact of the seeds as an exact range', () => {
    expect(dataset.facts.filter((f) => f.upper !== undefined && f.qualifier === 'exact')).toEqual(
      [],
    );
  });
});

describe('status is decided per clause', () => {
  // The seed sentence without "市政府承诺的", a framing plan word of its own.
  const text =
    '2023年,继续将中小学校幼儿园校建项目列入十大民生实事,实施扩容提质项目58个,总规划资金24.73亿元';
  const dates = findDates(text, 0, text.length, '2023');

  it('makes a value dated to a year not over at publication a plan', () => {
    const p = place(text, '58个');
    const stated = statedDate(dates, text, p, true);
    const c = { sentenceStart: 0, clauseStart: p.clause.start, end: p.end, stated };
    expect(statusAt(text, { ...c, published: '2023-03-21', sectionStatus: 'achieved' })).toBe(
      'target',
    );
    expect(statusAt(text, { ...c, published: '2024-03-21', sectionStatus: 'achieved' })).toBe(
      'achieved',
    );
  });

  it('reads a result word in its own clause against the frame of the section', () => {
    const result = '严肃追责问责不履职的单位和个人,全市涉校涉生安全事故同比下降20%';
    const p = place(result, '20%');
    const c = { sentenceStart: 0, clauseStart: p.clause.start, end: p.end, stated: null };
    expect(statusAt(result, { ...c, published: null, sectionStatus: 'target' })).toBe('achieved');
  });

  it('gives the seed its targets (58 projects) and its result (a 20% fall)', () => {
    expect(fact('003', '扩容提质项目58个')?.status).toBe('target');
    expect(fact('001', '同比下降20%')).toMatchObject({ status: 'achieved', date: '2024-10-17' });
  });
});

describe('a date does not spread past its clause', () => {
  const text =
    '2021年,该市出台《深化新时代教育评价改革措施“二十条”》,坚持德育为先,创建全国足球特色学校72所,300余名学生获得国家级运动员称号';
  const dates = findDates(text, 0, text.length, '2023');

  it('leaves a stock in a later clause undated', () => {
    expect(statedDate(dates, text, place(text, '72所'), false)).toBeNull();
  });

  it('dates a flow in a later clause by the date that bounds it', () => {
    const flow = '2021—2022年两年总投资79.36亿元,在全市新建改扩建中小学幼儿园277所';
    const flowDates = findDates(flow, 0, flow.length, '2023');
    expect(statedDate(flowDates, flow, place(flow, '277所'), true)).toBe('2022');
  });

  it('dates the stock counts of the seed as of the report', () => {
    for (const quote of ['基地83个', '足球特色学校72所', '300余名学生'])
      expect(fact('003', quote)?.date).toBe('2023-03-21');
  });
});

describe('one indicator never mixes scopes', () => {
  it('keeps Hanzhong’s all-level counts apart from Lueyang’s compulsory ones', () => {
    expect(fact('003', '1472所')?.indicator).toBe('schools-all-levels');
    expect(fact('003', '491014人')?.indicator).toBe('students-all-levels');
    expect(fact('003', '在编教师37568人')?.indicator).toBe('teachers-on-staff');
    expect(fact('003', '学校53所')?.indicator).toBe('schools-compulsory');
    expect(fact('003', '11172人')?.indicator).toBe('students-compulsory');
    expect(fact('003', '专任教师1194人')?.indicator).toBe('full-time-teachers');
  });

  it('keeps places that include kindergartens apart from compulsory places', () => {
    expect(fact('003', '净增学位7.86万个')?.indicator).toBe('new-places-incl-kindergartens');
    expect(fact('000', '新增学位27.8万个')?.indicator).toBe('new-school-places');
  });

  it('gives every fact of an indicator the indicator’s scope, stated in both languages', () => {
    for (const i of dataset.indicators) {
      expect(i.scope.zh.length).toBeGreaterThan(0);
      expect(i.scope.en.length).toBeGreaterThan(0);
    }
  });
});

describe('a unit names what is counted', () => {
  it('counts kindergartens as kindergartens, not schools', () => {
    expect(indicator(fact('003', '改扩建幼儿园12所')?.indicator ?? '')?.unit).toBe('kindergartens');
    expect(indicator(fact('003', '1472所')?.indicator ?? '')?.unit).toBe(
      'schools-and-kindergartens',
    );
  });

  it('never counts in schools a fact whose quote counts kindergartens (园) alone', () => {
    const wrong = dataset.facts.filter(
      (f) => /园\d+所/.test(f.quote) && indicator(f.indicator)?.unit === 'schools',
    );
    expect(wrong).toEqual([]);
  });
});

describe('a target takes the horizon of its section or document', () => {
  it('finds the first 到…年 of a stretch of text', () => {
    const text = '二、工作目标 到2020年,全市…。建设100个课程创新基地';
    const all = [{ start: 0, end: text.length }];
    expect(horizonOf(findDates(text, 0, text.length, null), all, '2017-12-04')).toBe('2020');
  });

  it('takes no horizon the report already looks back on', () => {
    const text = '到2020年,全县新增学位5000个。到2025年,再新增学位800个';
    const dates = findDates(text, 0, text.length, null);
    const all = [{ start: 0, end: text.length }];
    expect(horizonOf(dates, all, '2020-12-15')).toBe('2025');
    expect(horizonOf(dates, all, '2021-03-01')).toBe('2025');
    expect(horizonOf(dates, all, '2020-06-01')).toBe('2020');
  });

  it('dates the plan 002 at 2020 and Yinchuan’s answers at 2025', () => {
    expect(fact('002', '100个课程创新基地')?.date).toBe('2020');
    expect(fact('001', '指標到校擴大到70%')).toMatchObject({ status: 'target', date: '2025' });
  });
});

describe('every numeral of an article body is in the coverage report', () => {
  it('reports 万兆, 千兆 and 百兆 with what they are', () => {
    const src = dataset.sources.find((s) => s.id === '000');
    const at = (src && texts[src.id]?.indexOf('万兆到区县')) ?? -1;
    const entry = coverage.entries.find((e) => e.source === '000' && e.start === at);
    expect(entry?.reason).toMatch(/bandwidth/);
  });

  it('leaves no numeral character of any body outside an entry', () => {
    for (const s of dataset.sources) {
      const entries = coverage.entries.filter((e) => e.source === s.id);
      for (let i = s.body.start; i < s.body.end; i++) {
        if (!/[\d零一二两三四五六七八九十百千万亿兩]/u.test(texts[s.id]?.[i] ?? '')) continue;
        expect(
          entries.some((e) => e.start <= i && i < e.end),
          `${s.id}:${i}`,
        ).toBe(true);
      }
    }
  });
});

describe('measures: every mention is evidence, and a keyword must mean the measure', () => {
  it('keeps every sentence reporting a measure, the first also as the quote', () => {
    const groups = dataset.measures.find((m) => m.id === '004-education-groups-500113');
    expect(groups?.mentions.length).toBeGreaterThan(1);
    expect(groups?.mentions[0]).toMatchObject({ quote: groups?.quote, start: groups?.start });
  });

  it('reads every clause of a sentence that reports the measure, not its first hit only', () => {
    // The sentence's first 帮扶 is about another place; its later clause names 主城都市区.
    const metro = dataset.measures.find(
      (m) => m.region === 'cq-metro' && m.measure === 'paired-support',
    );
    expect(metro?.mentions.map((m) => m.quote)).toContainEqual(
      expect.stringContaining('主城都市区优质学校对口帮扶'),
    );
    for (const m of dataset.measures) {
      const starts = m.mentions.map((x) => x.start);
      expect(new Set(starts).size, m.id).toBe(starts.length);
      expect(
        [...starts].sort((a, b) => a - b),
        m.id,
      ).toEqual(starts);
    }
  });

  it('does not read a school group’s own appraisal (督导评估考核机制) as education inspection', () => {
    expect(
      dataset.measures.find((m) => m.region === '500113' && m.measure === 'education-inspection'),
    ).toBeUndefined();
  });

  it('does not read mentoring of pupils as paired support of schools', () => {
    expect(dataset.measures.find((m) => m.id === '003-paired-support-610727')).toBeUndefined();
  });

  it('reads an exchange of leaders and teachers as teacher exchange', () => {
    expect(dataset.measures.find((m) => m.id === '003-teacher-rotation-610700')?.quote).toContain(
      '互派校级领导236人',
    );
  });

  it('does not read backbone teachers moving to rural schools as training', () => {
    expect(dataset.measures.find((m) => m.id === '000-teacher-training-500000')).toBeUndefined();
  });
});

describe('English names say what the Chinese says', () => {
  it('calls a five-year increase a five-year increase', () => {
    for (const i of dataset.indicators.filter((x) => x.scope.zh.includes('比五年前')))
      expect(i.name.en).toMatch(/five years/);
  });

  it('gives no base in English to a share whose base the text does not give', () => {
    for (const i of dataset.indicators.filter((x) => x.scope.base?.includes('not stated')))
      expect(i.name.en).not.toMatch(/\bof (?:schools|pupils|teachers|kindergartens|posts)\b/);
  });
});
