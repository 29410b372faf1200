import { describe, expect, it } from 'vitest';
import {
  datesAgree,
  goldProblems,
  occurrences,
  precision,
  recall,
  scoreDocument,
  type Gold,
  type GoldFact,
  type ReadFact,
} from '../../../src/pipeline/corpus-score.ts';

const TEXT = '某县去年新增学位1200个，计划明年再新增800个。标准要求班额不超过45人。电话12345。';

const fact = (quote: string, value: number, more: Partial<GoldFact> = {}): GoldFact => ({
  quote,
  value,
  upper: null,
  unit: 'places',
  concept: 'school places added',
  layer: 'places-added',
  region: '100001',
  status: 'achieved',
  date: '2023',
  qualifier: 'exact',
  ...more,
});

const GOLD: Gold = {
  published: '2024-05-20',
  region: '100001',
  facts: [fact('1200个', 1200), fact('800个', 800, { status: 'target', date: '2025' })],
  notFacts: [
    { quote: '45人', why: 'threshold of the standard' },
    { quote: '12345', why: 'phone number' },
  ],
};

/** A read fact whose quote is `quote` where it stands in TEXT. */
function read(quote: string, value: number, more: Partial<ReadFact> = {}): ReadFact {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`${quote} is not in the text`);
  return {
    region: '100001',
    indicator: 'new-school-places',
    value,
    qualifier: 'exact',
    status: 'achieved',
    date: '2023',
    quote,
    start,
    end: start + quote.length,
    ...more,
  };
}

describe('scoreDocument', () => {
  it('counts a fact read right as found and correct', () => {
    const s = scoreDocument(TEXT, GOLD, [read('新增学位1200个', 1200, { date: '2023-12' })]);
    expect(s).toMatchObject({ gold: 2, found: 1, read: 1, correct: 1, wrong: [] });
    expect(s.misses.map((m) => m.quote)).toEqual(['800个']);
    expect([recall(s), precision(s)]).toEqual([0.5, 1]);
  });

  it('names what is wrong: status, date, region, a numeral of the notFacts, a second reading', () => {
    const s = scoreDocument(TEXT, GOLD, [
      read('新增学位1200个', 1200, { region: '100002', date: '2024-05-20' }),
      read('再新增800个', 800),
      read('不超过45人', 45),
      read('学位1200个', 1200),
    ]);
    expect(s).toMatchObject({ found: 2, read: 4, correct: 0 });
    expect(s.wrong.map((w) => [w.read.quote, w.kinds])).toEqual([
      ['新增学位1200个', ['wrong region', 'wrong date']],
      ['学位1200个', ['duplicate']],
      ['再新增800个', ['wrong status', 'wrong date']],
      ['不超过45人', ['not a fact']],
    ]);
    expect(s.wrong[3]?.gold).toEqual({ quote: '45人', why: 'threshold of the standard' });
  });

  it('counts a wrong value as a miss and a wrong reading, and a stray number as not a fact', () => {
    const s = scoreDocument(TEXT, GOLD, [read('学位1200个', 12), read('某县', 3)]);
    expect(s).toMatchObject({ found: 0, correct: 0 });
    expect(s.wrong.map((w) => [w.kinds, w.gold])).toEqual([
      [['not a fact'], null],
      [['wrong value'], GOLD.facts[0]],
    ]);
    expect(s.misses).toHaveLength(2);
  });

  it('finds the numeral in the sentence when the quote leaves it out, and checks the unit', () => {
    const s = scoreDocument(TEXT, GOLD, [read('去年新增学位', 1200, { indicator: 'schools' })], {
      'new-school-places': { unit: 'places', layer: 'places-added' },
      schools: { unit: 'schools', layer: 'schools' },
    });
    expect(s.found).toBe(0);
    expect(s.wrong[0]?.kinds).toEqual(['wrong unit', 'wrong layer']);
    const right = scoreDocument(TEXT, GOLD, [read('去年新增学位', 1200)], {
      'new-school-places': { unit: 'places', layer: 'places-added' },
    });
    expect(right).toMatchObject({ found: 1, correct: 1 });
  });

  it('counts a fact read on another layer than its gold’s as wrong and not found', () => {
    const terms = {
      'new-school-places': { unit: 'places', layer: 'places-added' },
      'one-school-places': { unit: 'places', layer: 'places-of-one-school' },
    };
    const s = scoreDocument(
      TEXT,
      GOLD,
      [read('新增学位1200个', 1200, { indicator: 'one-school-places' })],
      terms,
    );
    // Drawn on another layer, the quantity is missing from its own: a miss as well as a wrong reading.
    expect(s).toMatchObject({ found: 0, read: 1, correct: 0 });
    expect(s.wrong.map((w) => w.kinds)).toEqual([['wrong layer']]);
    const right = scoreDocument(TEXT, GOLD, [read('新增学位1200个', 1200)], terms);
    expect(right).toMatchObject({ found: 1, correct: 1, wrong: [] });
  });

  it('never finds a gold fact no layer draws, and reading it is a wrong layer', () => {
    const gold: Gold = {
      ...GOLD,
      facts: [fact('1200个', 1200, { layer: null }), GOLD.facts[1] as GoldFact],
    };
    const readIt = scoreDocument(TEXT, gold, [read('新增学位1200个', 1200)]);
    expect(readIt).toMatchObject({ gold: 2, found: 0, read: 1, correct: 0 });
    expect(readIt.wrong.map((w) => w.kinds)).toEqual([['wrong layer']]);
    expect(readIt.misses.map((m) => m.quote)).toEqual(['1200个', '800个']);
    const leftOut = scoreDocument(TEXT, gold, []);
    expect(leftOut).toMatchObject({ found: 0, read: 0, correct: 0 });
    expect(precision(leftOut)).toBe(1);
  });

  it('reports a different qualifier without counting it, and compares ranges whole', () => {
    const text = '每人每月补助300至500元。';
    const gold: Gold = {
      ...GOLD,
      facts: [fact('300至500元', 300, { upper: 500, qualifier: 'atLeast', unit: 'yuan' })],
      notFacts: [],
    };
    const at = { quote: '补助300至500元', start: 4, end: 14 };
    const range = scoreDocument(text, gold, [{ ...read('某县', 300), ...at, upper: 500 }]);
    expect(range).toMatchObject({ found: 1, correct: 1 });
    expect(range.qualifierSlips).toHaveLength(1);
    const lowerOnly = scoreDocument(text, gold, [{ ...read('某县', 300), ...at, upper: null }]);
    expect(lowerOnly).toMatchObject({ found: 0, correct: 0 });
    expect(lowerOnly.wrong[0]?.kinds).toEqual(['wrong value']);
  });
});

describe('datesAgree', () => {
  it.each([
    ['2024', '2024-05-20', true],
    ['2024-05-20', '2024-05', true],
    [null, null, true],
    ['2024-05', '2024-06-01', false],
    ['2023', '2024', false],
    ['2024', null, false],
    [null, '2024', false],
  ] as const)('%s ~ %s: %s', (gold, readDate, agree) => {
    expect(datesAgree(gold, readDate)).toBe(agree);
  });
});

describe('goldProblems', () => {
  it('accepts a gold that places every quote and covers every numeral but dates', () => {
    expect(goldProblems(`${TEXT}2024年5月20日。`, GOLD)).toEqual([]);
  });

  it('names a numeral in neither list, a quote not in the text, a repeated quote, an overlap', () => {
    const gold: Gold = {
      ...GOLD,
      facts: [...GOLD.facts, fact('学位1200个', 1200), fact('3所', 3)],
      notFacts: [],
    };
    expect(goldProblems(`${TEXT}又新增800个。`, gold)).toEqual([
      'fact «800个» occurs 2 times: say which with nth',
      'fact «3所» is not in the text',
      '«学位1200个» and «1200个» overlap at 8',
      '«800» at 21 is in neither list',
      '«45» at 35 is in neither list',
      '«12345» at 41 is in neither list',
      '«800» at 50 is in neither list',
    ]);
  });

  it('places a repeated quote by nth, and the score follows it', () => {
    const text = `${TEXT}又新增800个。`;
    const gold: Gold = {
      ...GOLD,
      facts: [GOLD.facts[0] as GoldFact, fact('800个', 800, { nth: 2 })],
      notFacts: [...GOLD.notFacts, { quote: '800个', why: 'repeated' }],
    };
    expect(goldProblems(text, gold)).toEqual(['«800个» and «800个» overlap at 50']);
    const second = { ...read('某县', 800), quote: '又新增800个', start: 47, end: 54 };
    expect(scoreDocument(text, gold, [second])).toMatchObject({ found: 1, correct: 1 });
  });
});

describe('occurrences', () => {
  it('finds a quote only where no digit is glued to it', () => {
    expect(occurrences('甲15.3人，乙5.3人', '5.3人')).toEqual([{ start: 8, end: 12 }]);
    expect(occurrences('近百所，三百所', '百所')).toEqual([{ start: 1, end: 3 }]);
  });
});
