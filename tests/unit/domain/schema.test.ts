import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  DatasetSchema,
  FactIdSchema,
  FactSchema,
  MeasureSchema,
  PartialDateSchema,
  RegionCodeSchema,
  RegionSchema,
  ScopeSchema,
  SourceIdSchema,
  SourceSchema,
} from '../../../src/lib/domain/schema';
import { MINI } from '../../fixtures/mini-dataset';

/** A valid fact of the mini dataset's shape, with `patch` applied. */
const fact = (patch: Record<string, unknown> = {}) => ({
  id: 'f1',
  region: '610700',
  indicator: 'new-school-places',
  value: 3,
  qualifier: 'atLeast',
  status: 'achieved',
  date: '2022',
  source: '003',
  quote: 'q',
  start: 0,
  end: 1,
  ...patch,
});

/** The paths of the issues `schema` raises for `value`, or [] when it passes. */
function failures(schema: z.ZodMiniType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('the contract schemas (zod/mini)', () => {
  it.each([
    [RegionCodeSchema, '500155', true],
    [RegionCodeSchema, 'cq-south', true],
    [RegionCodeSchema, '5', false],
    [RegionCodeSchema, 'x'.repeat(25), false],
    [RegionCodeSchema, '500 155', false],
    [SourceIdSchema, '003', true],
    [SourceIdSchema, '03', false],
    [SourceIdSchema, '0034', false],
    [FactIdSchema, 'f', true],
    [FactIdSchema, '', false],
    [PartialDateSchema, '2023', true],
    [PartialDateSchema, '2021-12', true],
    [PartialDateSchema, '2017-12-04', true],
    [PartialDateSchema, '2017-1', false],
    [PartialDateSchema, '2017/12', false],
  ] as const)('%#: %s → %s', (schema, value, ok) => {
    expect(schema.safeParse(value).success).toBe(ok);
  });

  it('brands a parsed id without changing its value', () => {
    const code = RegionCodeSchema.parse('500155');
    expect(code).toBe('500155');
    // The brand is a type only: a plain string does not pass for a RegionCode.
    // @ts-expect-error a string is not a RegionCode
    const unbranded: z.infer<typeof RegionCodeSchema> = '500155';
    expect(unbranded).toBe(code);
  });

  it('takes offsets that are whole and not negative, and values that are finite', () => {
    expect(failures(FactSchema, fact())).toEqual([]);
    expect(failures(FactSchema, fact({ start: -1 }))).toEqual(['start']);
    expect(failures(FactSchema, fact({ end: 1.5 }))).toEqual(['end']);
    expect(failures(FactSchema, fact({ value: Infinity }))).toEqual(['value']);
    expect(failures(FactSchema, fact({ value: NaN }))).toEqual(['value']);
    expect(failures(FactSchema, fact({ value: '3' }))).toEqual(['value']);
  });

  it('takes a range only with an upper end above its value and a qualifier other than exact', () => {
    expect(failures(FactSchema, fact({ upper: 5 }))).toEqual([]);
    expect(failures(FactSchema, fact({ upper: 3 }))).toEqual(['upper']);
    expect(failures(FactSchema, fact({ upper: 5, qualifier: 'exact' }))).toEqual(['upper']);
  });

  it('takes a fact’s own scope when it has one, with its fields and their words', () => {
    const scope = {
      levels: 'junior',
      period: { kind: 'flow', from: '2019', to: '2023-03' },
      purpose: 'school-building',
      base: null,
    };
    expect(FactSchema.parse(fact({ scope })).scope).toEqual(scope);
    const rate = { ...scope, period: { kind: 'rate', from: null, to: null, per: 'month' } };
    expect(failures(FactSchema, fact({ scope: rate }))).toEqual([]);
    expect(failures(FactSchema, fact({ scope: { ...scope, levels: 'middle' } }))).toEqual([
      'scope.levels',
    ]);
    expect(
      failures(
        FactSchema,
        fact({ scope: { ...scope, period: { ...scope.period, to: '2023/03' } } }),
      ),
    ).toEqual(['scope.period.to']);
    expect(failures(FactSchema, fact({ scope: { ...scope, purpose: 'misc' } }))).toEqual([
      'scope.purpose',
    ]);
    expect(failures(FactSchema, fact({ scope: { ...scope, base: undefined } }))).toEqual([
      'scope.base',
    ]);
  });

  it('needs at least one mention of a measure', () => {
    const measure = MINI.measures[0];
    expect(failures(MeasureSchema, measure)).toEqual([]);
    expect(failures(MeasureSchema, { ...measure, mentions: [] })).toEqual(['mentions']);
  });

  it('keeps the nullable and optional fields so, and drops keys it does not know', () => {
    const region = MINI.regions.find((r) => r.parent === null);
    expect(region).toBeDefined();
    expect(RegionSchema.parse({ ...region, extra: 1 })).toEqual(region);
    expect(failures(RegionSchema, { ...region, parent: undefined })).toEqual(['parent']);
    const source = MINI.sources[0];
    expect(failures(SourceSchema, { ...source, published: null })).toEqual([]);
    expect(failures(DatasetSchema, { ...MINI, release: undefined })).toEqual([]);
  });

  it('gives a scope the bilingual words and its comparable fields', () => {
    const scope = { zh: '义务教育', en: 'compulsory', levels: 'compulsory', period: 'stock' };
    expect(ScopeSchema.parse({ ...scope, base: null })).toEqual({ ...scope, base: null });
    expect(failures(ScopeSchema, { ...scope, base: '' })).toEqual(['base']);
    expect(failures(ScopeSchema, { ...scope, zh: '', base: null })).toEqual(['zh']);
  });

  it('cross-checks the dataset: ids, regions and sources', () => {
    expect(failures(DatasetSchema, MINI)).toEqual([]);
    const [first] = MINI.facts;
    const [measure] = MINI.measures;
    expect(first && measure).toBeDefined();
    if (!first || !measure) return;
    const facts = [{ ...first, region: 'zz99' }, ...MINI.facts];
    expect(failures(DatasetSchema, { ...MINI, facts })).toEqual(
      expect.arrayContaining(['facts.0.region', 'facts.1.id']),
    );
    const elsewhere = [{ ...first, source: '999' }, ...MINI.facts.slice(1)];
    expect(failures(DatasetSchema, { ...MINI, facts: elsewhere })).toEqual(['facts.0.source']);
    const mentions = [{ ...measure.mentions[0], source: '999' }];
    const measures = [{ ...measure, mentions }, ...MINI.measures.slice(1)];
    expect(failures(DatasetSchema, { ...MINI, measures })).toEqual([
      'measures.0.mentions.0.source',
    ]);
  });

  it('parses without ever building code: the CSP has no unsafe-eval', () => {
    const original = globalThis.Function;
    const built: unknown[] = [];
    globalThis.Function = new Proxy(original, {
      construct: (target, args: string[]) => (built.push(args), Reflect.construct(target, args)),
      apply: (target, self, args: string[]) => (
        built.push(args),
        Reflect.apply(target, self, args)
      ),
    });
    try {
      // A schema built now, as well as the ones built at import, parses by interpretation.
      const fresh = z.object({ a: z.string(), b: z.array(z.object({ c: z.number() })) });
      for (let i = 0; i < 3; i++) {
        expect(DatasetSchema.safeParse(MINI).success).toBe(true);
        expect(fresh.safeParse({ a: 'x', b: [{ c: 1 }] }).success).toBe(true);
      }
    } finally {
      globalThis.Function = original;
    }
    expect(built).toEqual([]);
  });
});
