import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/build.ts';
import { withFixture } from '../../fixtures/seeds-copy.ts';

const root = join(import.meta.dirname, '../../..');

describe('the committed dataset', () => {
  it('is exactly what the build produces', () => {
    const out = buildDataset(join(root, 'seeds'));
    expect(out.datasetJson).toBe(readFileSync(join(root, 'public/data/dataset.json'), 'utf8'));
    expect(out.textsJson).toBe(readFileSync(join(root, 'public/data/texts.json'), 'utf8'));
    expect(out.coverageJson).toBe(readFileSync(join(root, 'public/data/coverage.json'), 'utf8'));
  });

  it('leaves no education quantity unmatched', () => {
    expect(buildDataset(join(root, 'seeds')).coverage.totals.unmatched).toBe(0);
  });

  it('yields nothing from the footer of 004', () => {
    const { dataset, texts } = buildDataset(join(root, 'seeds'));
    const s004 = dataset.sources.find((s) => s.id === '004');
    const footer = (s004 && texts[s004.id]?.indexOf('标签:')) ?? -1;
    const items = [...dataset.facts, ...dataset.measures, ...dataset.events].filter(
      (x) => x.source === '004',
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((x) => x.end <= footer)).toBe(true);
  });
});

describe('attribution', () => {
  const { dataset } = buildDataset(join(root, 'seeds'));

  it('gives each county of the 2021 evaluation its own event', () => {
    const regions = dataset.events.filter((e) => e.kind === 'evaluation').map((e) => e.region);
    expect(regions.sort()).toEqual(['610727', '610729', '610730']);
  });

  it('keeps the joint 800余所 with Chongqing and gives paired support to each named group', () => {
    const f = dataset.facts.find((x) => x.indicator === 'rural-schools-supported');
    expect(f).toMatchObject({ region: '500000', value: 800, qualifier: 'atLeast' });
    const paired = dataset.measures.filter(
      (m) => m.measure === 'paired-support' && m.source === '000',
    );
    expect(paired.map((m) => m.region)).toEqual(
      expect.arrayContaining(['cq-metro', 'cq-northeast', 'cq-southeast']),
    );
  });

  it('reads the Lueyang section as 略阳县 and a planned value as an at-least target', () => {
    const f = dataset.facts.find((x) => x.source === '003' && x.value === 1600);
    expect(f).toMatchObject({
      region: '610727',
      qualifier: 'atLeast',
      status: 'target',
      date: '2023',
    });
  });

  it('matches traditional-script text (001)', () => {
    expect(
      dataset.measures.some((m) => m.source === '001' && m.measure === 'county-managed-hiring'),
    ).toBe(true);
  });
});

/** Build the seeds with one fixture document added; its facts, measures and coverage. */
describe('the reading rules on new wording (fixture 006)', () => {
  const { dataset, texts, coverage } = withFixture('006_3b9d2e7a.txt', '006-entry.json');
  const facts = dataset.facts.filter((f) => f.source === '006');
  const at = (quote: string) => facts.find((f) => f.quote.includes(quote));
  const unit = (quote: string) =>
    dataset.indicators.find((i) => i.id === at(quote)?.indicator)?.unit;

  it('reads ranges as ranges, never exact', () => {
    expect(at('三至五年')).toMatchObject({ value: 3, upper: 5, qualifier: 'atLeast' });
    expect(at('2～3年')).toMatchObject({ value: 2, upper: 3, qualifier: 'atLeast' });
  });

  it('decides status per clause', () => {
    expect(at('已组建教育集团11个')?.status).toBe('achieved');
    expect(at('同比下降15%')?.status).toBe('achieved');
    expect(at('中小学校建项目12个')).toMatchObject({ status: 'target', date: '2024' });
  });

  it('dates a flow by the date before it, a stock as of the report', () => {
    expect(at('义务教育学校6所')?.date).toBe('2021');
    expect(at('足球特色学校15所')?.date).toBe('2024-06-03');
  });

  it('never mixes scopes in an indicator', () => {
    expect(at('幼儿园180所')?.indicator).toBe('schools-all-levels');
    expect(at('学校96所')?.indicator).toBe('schools-compulsory');
    expect(at('在校生96000人')?.indicator).toBe('students-all-levels');
    expect(at('在校学生61000人')?.indicator).toBe('students-compulsory');
    expect(at('在编教师6200人')?.indicator).toBe('teachers-on-staff');
    expect(at('专任教师4800人')?.indicator).toBe('full-time-teachers');
  });

  it('names what a unit counts', () => {
    expect(unit('幼儿园9所')).toBe('kindergartens');
    expect(unit('幼儿园180所')).toBe('schools-and-kindergartens');
  });

  it('gives a target without a year the document’s horizon', () => {
    expect(at('新增学位3000个')).toMatchObject({ status: 'target', date: '2026' });
  });

  it('reports the numerals of set phrases and slogans', () => {
    const text = Object.entries(texts).find(([id]) => id === '006')?.[1] ?? '';
    const entry = coverage.entries.find(
      (e) => e.source === '006' && e.start === text.indexOf('千兆'),
    );
    expect(entry?.reason).toMatch(/bandwidth/);
  });

  it('keeps every mention of a measure and reads keywords in their sense', () => {
    const measures = dataset.measures.filter((m) => m.source === '006');
    const groups = measures.find((m) => m.measure === 'education-groups');
    // 集团化办学覆盖全区; 将持续推进集团化办学; 已组建教育集团11个 (the last two in one sentence).
    expect(groups?.mentions).toHaveLength(3);
    expect(measures.map((m) => m.measure)).toContain('teacher-rotation');
    expect(measures.find((m) => m.measure === 'paired-support')?.mentions).toHaveLength(1);
    expect(measures.map((m) => m.measure)).not.toContain('teacher-training');
  });
});

describe('a new document in the style of the seeds', () => {
  it('comes out with its facts, measures and events without a code change', () => {
    const { dataset } = withFixture('005_f17e0a1c.txt', '005-entry.json');
    const facts = dataset.facts.filter((f) => f.source === '005');
    const byIndicator = Object.fromEntries(
      facts.map((f) => [f.indicator, [f.value, f.qualifier, f.status]]),
    );
    expect(byIndicator).toMatchObject({
      'schools-built-or-expanded': [21, 'exact', 'achieved'],
      'investment-school-building': [1250000000, 'exact', 'achieved'],
      'education-groups': [15, 'exact', 'achieved'],
      'teacher-rotation-share': [18.5, 'exact', 'achieved'],
      'difference-coefficient': [0.382, 'exact', 'achieved'],
    });
    expect(
      facts.filter((f) => f.indicator === 'new-school-places').map((f) => [f.value, f.status]),
    ).toEqual([[18000, 'achieved']]);
    // «将新增学位3000余个,到2025年建成全国义务教育优质均衡发展区»: the assessment's name is no
    // level of the places.
    expect(
      facts
        .filter((f) => f.indicator === 'new-places-levels-unstated')
        .map((f) => [f.value, f.status]),
    ).toEqual([[3000, 'target']]);
    expect(facts.every((f) => f.region === '500118')).toBe(true);
    const kinds = dataset.events.filter((e) => e.source === '005').map((e) => [e.kind, e.date]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['publication', '2024-06-08'],
        ['meeting', '2024-06-08'],
        ['target', '2025'],
      ]),
    );
  });
});
