import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId, Region } from '../../../src/lib/domain/schema';
import { BOM } from '../../../src/lib/export/csv';
import {
  datasetCsv,
  datasetJson,
  pictureName,
  screenCsv,
  viewSubject,
  type DownloadView,
} from '../../../src/lib/export/downloads';
import { VALUE_COLUMNS } from '../../../src/lib/export/rows';
import { layerSpecs } from '../../../src/lib/layers/layer-specs';
import { MINI } from '../../fixtures/mini-dataset';

const atlas = indexDataset(MINI);
const PLACES = 'new-school-places' as IndicatorId;
const view = (over: Partial<DownloadView> = {}): DownloadView => ({
  atlas,
  specs: layerSpecs([{ kind: 'indicator', id: PLACES }], atlas, 2023),
  lang: 'zh',
  year: 2023,
  region: null,
  compared: [],
  link: 'https://a.test/?v=2',
  linkOf: (f) => `https://a.test/?q=${f.id}`,
  ...over,
});

describe('downloads', () => {
  it('names the on-screen CSV by its layers, year and language', () => {
    expect(screenCsv(view()).name).toBe('balanced-education_new-school-places_2023_zh.csv');
  });

  it('puts the selected region first in the names', () => {
    const region = MINI.regions.find((r) => r.code === '610727') as Region;
    expect(pictureName(view({ region, lang: 'en' }))).toBe(
      'balanced-education_lueyang-county_new-school-places_2023_en.png',
    );
  });

  it('names a view without value layers "map"', () => {
    expect(viewSubject({ specs: [], region: null, compared: [] })).toEqual(['map']);
  });

  it('names every region compared in place of the one chosen, in their order', () => {
    const byCode = (code: string) => MINI.regions.find((r) => r.code === code) as Region;
    const compared = ['500113', '610727'].map(byCode);
    expect(pictureName(view({ region: byCode('610727'), compared, lang: 'zh' }), 'svg')).toBe(
      'balanced-education_banan-district_lueyang-county_new-school-places_2023_zh.svg',
    );
  });

  it('writes CSV with a BOM and the value columns', () => {
    const file = datasetCsv(view());
    expect(file.name).toBe('balanced-education_dataset_all-years_zh.csv');
    expect(file.text.startsWith(BOM)).toBe(true);
    const rows = csvParse(file.text.slice(1));
    expect(rows.columns).toEqual([...VALUE_COLUMNS]);
    expect(rows).toHaveLength(MINI.facts.length);
  });

  it('writes the dataset as loaded, with its release and the link it came from', () => {
    const file = datasetJson(view());
    const body = JSON.parse(file.text);
    expect(body.dataset).toEqual(JSON.parse(JSON.stringify(MINI)));
    expect(body.release).toBe(MINI.release ?? null);
    expect(body.downloadedFrom).toBe('https://a.test/?v=2');
    expect(file.name).toMatch(/^balanced-education_dataset_.*all-years_zh-en\.json$/);
  });
});
