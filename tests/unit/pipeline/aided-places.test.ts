/**
 * Whose figures a report by an aider gives, and which place a clause's figures are carried
 * from: the kinds three unseen documents showed (a district's reply on its paired county read
 * as the county's, a city plan's «推动闽侯县…通过…» carried to the city's next target).
 */
import { describe, expect, it } from 'vitest';
import { inferRegion } from '../../../src/pipeline/subject.ts';
import { aidedElsewhere, aidedOf } from '../../../src/pipeline/paired-aid.ts';
import { attributeCarried } from '../../../src/pipeline/regions.ts';
import { clauseAround } from '../../../src/pipeline/text.ts';
import { UNIVERSE as universe, CHINA_INDEX as index } from './china-regions.ts';

const JIADING = '310114';
const JIUZHI = '632625';

describe('the subject of a text that calls itself «我区», «我市»', () => {
  it('is the place of that kind it names, though it names its paired county more', () => {
    const text =
      '关于深化对口支援、助力久治县发展的提案收悉。我区累计向果洛州久治县投入帮扶资金4600万元，久治县巩固率提高到95.2%，久治县差异系数为0.55。\n上海市嘉定区教育局';
    expect(inferRegion(universe, '关于第0158号提案的答复', text)).toBe(JIADING);
  });

  it('is so for a city too, whichever it names first', () => {
    const text =
      '我市累计向伊犁州霍城县投入帮扶资金3000万元，霍城县新建学校2所，霍城县巩固率达到96%。常熟市教育局';
    expect(inferRegion(universe, '关于提案的答复', text)).toBe('320581');
    const swapped =
      '常熟市教育局。我市向霍城县选派教师20名，霍城县新建学校2所，霍城县巩固率达到96%。';
    expect(inferRegion(universe, '关于提案的答复', swapped)).toBe('320581');
  });

  it('is not the county it aids, when both are counties', () => {
    const text =
      '我县累计向四川省理县投入帮扶资金2000万元，对口支援理县，理县新建学校2所，理县巩固率达到96%。\n浙江省安吉县教育局';
    expect(inferRegion(universe, '关于提案的答复', text)).toBe('330523');
  });

  it('is the place named most when the text calls itself nothing', () => {
    const text = '久治县新建学校2所，久治县巩固率达到95.2%。上海市嘉定区教育局';
    expect(inferRegion(universe, '关于提案的答复', text)).toBe(JIUZHI);
  });
});

describe('a place of another province the report aids', () => {
  const body = (text: string) => ({ start: 0, end: text.length });

  it('is the one named right after a word of aid, outside the subject’s province', () => {
    const text = '二、对口支援久治县教育工作情况。学习浙江省经验。';
    expect([...aidedElsewhere(index.names, text, body(text), JIADING)]).toEqual([JIUZHI]);
    const aided = '上海市对口支援江孜县，助力江孜县发展。';
    expect([...aidedElsewhere(index.names, aided, body(aided), '540222')]).toEqual([]);
  });

  it('takes the figures of the clauses naming it, and «我区» names the report’s own again', () => {
    const text = '久治县义务教育巩固率提高到95.2%，我区新增学位800个';
    const at = (quote: string, aided: Set<string>) => {
      const i = text.indexOf(quote);
      return attributeCarried(index, text, clauseAround(text, i), JIADING, 0, { aided });
    };
    expect(at('95.2%', new Set([JIUZHI]))).toBe(JIUZHI);
    expect(at('800个', new Set([JIUZHI]))).toBe(JIADING);
    // Not aided: a place of another province is only mentioned.
    expect(at('95.2%', new Set())).toBe(JIADING);
  });

  it('is given the aid funds invested, and the people sent to it stay the sender’s', () => {
    const aided = new Set([JIUZHI]);
    const of = (text: string, quote: string) => {
      const i = text.indexOf(quote);
      return aidedOf(aided, index.names, text, clauseAround(text, i), i, JIADING);
    };
    expect(of('2025年我区计划再投入教育帮扶资金1200万元', '1200万元')).toBe(JIUZHI);
    expect(of('每年选派不少于10名骨干教师赴久治县支教', '10名')).toBe(JIADING);
    expect(of('全区新增学位5400个', '5400个')).toBeNull();
  });
});

describe('a place named as a verb’s object', () => {
  const at = (text: string, quote: string, context: string) => {
    const i = text.indexOf(quote);
    return attributeCarried(index, text, clauseAround(text, i), context, 0);
  };

  it('is not carried past its item, to a clause after a «；» or a sentence’s end', () => {
    const text =
      '2025年，全市计划新增学位2万个，推动闽侯县在年内通过国家督导评估认定；城区学校交流轮岗比例力争达到20%';
    expect(at(text, '20%', '350100')).toBe('350100');
  });

  it('keeps the figures of its own item, and a place heading its clause is carried', () => {
    expect(at('帮助闽侯县新建学校3所', '3所', '350100')).toBe('350121');
    expect(at('支持闽侯县新建学校3所，新增学位2000个', '2000个', '350100')).toBe('350121');
    expect(at('支持闽侯县新建学校3所；新增学位2000个', '2000个', '350100')).toBe('350100');
    const carried = '闽侯县新增学位1200个，新建校舍2.1万平方米';
    expect(at(carried, '2.1万平方米', '350100')).toBe('350121');
  });
});
