import { describe, expect, it } from 'vitest';
import { judge, type Figure, type Judgement } from '../../../src/lib/data/standards';
import type { IndicatorId, Standard } from '../../../src/lib/domain/schema';
import {
  citationWords,
  judgementLine,
  thresholdWords,
  verdictWords,
} from '../../../src/lib/layers/standard-words';

const JUNIOR_COEFF: Standard = {
  id: 'qb2017-junior-difference-coefficient',
  indicator: 'difference-coefficient' as IndicatorId,
  levels: 'junior',
  comparator: '<=',
  value: 0.45,
  unit: 'coefficient',
  assessment: 'quality-balanced',
  part: 'resources',
  source: {
    title: {
      zh: '县域义务教育优质均衡发展督导评估办法',
      en: 'Measures for supervising and assessing quality-balanced compulsory education in counties',
    },
    number: '教督〔2017〕6号',
    date: '2017',
    item: '资源配置，校际差异系数',
  },
};
const PRIMARY_AREA: Standard = {
  ...JUNIOR_COEFF,
  id: 'qb2017-primary-teaching-floor-area-per-pupil',
  indicator: 'teaching-floor-area-per-pupil' as IndicatorId,
  levels: 'primary',
  comparator: '>=',
  value: 4.5,
  unit: 'square-metres',
};
const BOTH_MONEY: Standard = {
  ...PRIMARY_AREA,
  levels: 'compulsory',
  value: 2500,
  unit: 'yuan',
};

const fact = (value: number, status: 'achieved' | 'target' = 'achieved'): Figure => ({
  value,
  qualifier: 'exact',
  status,
});
const judged = (value: number, s: Standard, status?: 'target'): Judgement =>
  judge(fact(value, status), s);

describe('thresholdWords', () => {
  it('names the bar with its unit and school level in each language', () => {
    expect(thresholdWords(JUNIOR_COEFF, 'zh')).toBe('≤ 0.45（初中）');
    expect(thresholdWords(JUNIOR_COEFF, 'en')).toBe('≤ 0.45 (junior secondary)');
    expect(thresholdWords(PRIMARY_AREA, 'zh')).toBe('≥ 4.5平方米（小学）');
    expect(thresholdWords(PRIMARY_AREA, 'en')).toBe('≥ 4.5 m² (primary)');
    expect(thresholdWords(BOTH_MONEY, 'en')).toBe('≥ ¥2,500 (primary and junior secondary)');
  });
});

describe('verdictWords', () => {
  it('says a figure meets the standard in words', () => {
    expect(verdictWords(judged(0.415, JUNIOR_COEFF), 'coefficient', 'zh')).toBe('达到国家标准');
    expect(verdictWords(judged(0.415, JUNIOR_COEFF), 'coefficient', 'en')).toBe(
      'meets the national standard',
    );
  });

  it('says how far short in the figure’s unit', () => {
    expect(verdictWords(judged(0.48, JUNIOR_COEFF), 'coefficient', 'zh')).toBe(
      '未达到国家标准，差 0.03',
    );
    expect(verdictWords(judged(0.48, JUNIOR_COEFF), 'coefficient', 'en')).toBe(
      '0.03 short of the national standard',
    );
    expect(verdictWords(judged(4.2, PRIMARY_AREA), 'square-metres', 'zh')).toBe(
      '未达到国家标准，差 0.3平方米',
    );
    expect(verdictWords(judged(2000, BOTH_MONEY), 'yuan', 'zh')).toBe('未达到国家标准，差 500元');
    expect(verdictWords(judged(2000, BOTH_MONEY), 'yuan', 'en')).toBe(
      '¥500 short of the national standard',
    );
  });

  it('reads a target as a target', () => {
    expect(verdictWords(judged(0.4, JUNIOR_COEFF, 'target'), 'coefficient', 'zh')).toBe(
      '目标达到国家标准',
    );
    expect(verdictWords(judged(0.5, JUNIOR_COEFF, 'target'), 'coefficient', 'en')).toBe(
      'the target is 0.05 short of the national standard',
    );
  });

  it('says when it cannot tell', () => {
    const bound = judge({ ...fact(0.5), qualifier: 'atMost' }, JUNIOR_COEFF);
    expect(verdictWords(bound, 'coefficient', 'en')).toMatch(/^cannot tell/);
  });
});

describe('citationWords and judgementLine', () => {
  it('cite the document, its number, its date, the assessment and the item', () => {
    expect(citationWords(JUNIOR_COEFF, 'zh')).toBe(
      '《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号，2017；优质均衡），资源配置，校际差异系数',
    );
    expect(citationWords(JUNIOR_COEFF, 'en')).toContain('(教督〔2017〕6号, 2017; quality balance)');
  });

  it('put threshold and verdict on one line', () => {
    expect(judgementLine(judged(0.415, JUNIOR_COEFF), 'coefficient', 'zh')).toBe(
      '国家标准 ≤ 0.45（初中）：达到国家标准',
    );
  });
});
