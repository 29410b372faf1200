import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { Fact, IndicatorId, RegionCode } from '../../../src/lib/domain/schema';
import { layerSpecs } from '../../../src/lib/layers/layer-specs';
import { datasetRows, screenRows, VALUE_COLUMNS } from '../../../src/lib/export/rows';
import { MINI } from '../../fixtures/mini-dataset';
import { atlas as built } from '../../fixtures/dataset';

const atlas = indexDataset(MINI);
const PLACES = 'new-school-places' as IndicatorId;
const specs = layerSpecs([{ kind: 'indicator', id: PLACES }], atlas, null);

describe('screenRows', () => {
  const rows = screenRows(specs, atlas, { lang: 'en', year: 2023, link: 'https://a.test/?v=2' });

  it('has one row per region the drawn layer shows, with the value the map shows', () => {
    const spec = specs.find((s) => s.kind === 'symbols' || s.kind === 'choropleth');
    if (!spec || (spec.kind !== 'symbols' && spec.kind !== 'choropleth'))
      throw new Error('no spec');
    expect(rows).toHaveLength(spec.valuesByRegion.size);
    for (const row of rows) {
      const shown = spec.valuesByRegion.get(row.region_code as RegionCode);
      expect(row.value).toBe(shown?.fact.value);
      expect(row.quote).toBe(shown?.fact.quote);
    }
  });

  it('fills every column, names in both languages and the document in the view language', () => {
    const row = rows[0];
    expect(Object.keys(row ?? {})).toEqual([...VALUE_COLUMNS]);
    const region = atlas.regions.get(row?.region_code as RegionCode);
    expect(row?.region_zh).toBe(region?.name.zh);
    expect(row?.region_en).toBe(region?.name.en);
    expect(row?.indicator).toBe(PLACES);
    expect(row?.unit).toBe('places');
    expect(row?.as_of).toBe(2023);
    expect(row?.link).toBe('https://a.test/?v=2');
    expect(row?.document_title).toBe(
      atlas.sources.get(MINI.facts[0]!.source)?.title.en ?? row?.document_title,
    );
  });

  it('has no rows when no value layer is drawn', () => {
    expect(screenRows([], atlas, { lang: 'zh', year: null, link: '' })).toEqual([]);
  });
});

describe('datasetRows', () => {
  const linkOf = (f: Fact) => `link-${f.id}`;
  const rows = datasetRows(atlas, 'zh', linkOf);

  it('has every fact, each linked to the view that opens it', () => {
    expect(rows).toHaveLength(MINI.facts.length);
    rows.forEach((row, i) => {
      const fact = MINI.facts[i]!;
      expect(row.link).toBe(`link-${fact.id}`);
      expect(row.quote).toBe(fact.quote);
      expect([row.start, row.end]).toEqual([fact.start, fact.end]);
      expect(row.upper).toBe(fact.upper ?? null);
      expect(row.document_title).toBe(atlas.sources.get(fact.source)?.title.zh);
    });
  });
});

describe('the national standard in the rows', () => {
  it('carries the threshold, the verdict and the citation of a governed figure', () => {
    const rows = datasetRows(built(), 'zh', () => 'https://a.test/');
    const row = rows.find(
      (r) => r.indicator === 'difference-coefficient' && r.region_code === '500000',
    );
    expect(row).toMatchObject({
      value: 0.415,
      standard: 'qb2017-junior-difference-coefficient',
      standard_levels: 'junior',
      standard_comparator: '<=',
      standard_value: 0.45,
      standard_verdict: 'meets',
      standard_short_by: 0,
    });
    expect(row?.standard_citation).toContain('教督〔2017〕6号');
  });

  it('leaves the columns empty where no standard governs the figure', () => {
    const rows = datasetRows(built(), 'en', () => 'https://a.test/');
    const row = rows.find((r) => r.indicator === 'new-school-places');
    expect(row?.standard).toBeNull();
    expect(row?.standard_verdict).toBeNull();
  });
});
