import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId, RegionCode } from '../../../src/lib/domain/schema';
import { layerSpecs } from '../../../src/lib/layers/layer-specs';
import { viewHeading, viewTitle } from '../../../src/lib/state/title';
import { MINI } from '../../fixtures/mini-dataset';

const atlas = indexDataset(MINI);
const lueyang = '610727' as RegionCode;
const places = 'new-school-places' as IndicatorId;

describe('viewTitle', () => {
  it('names region, indicator and year before the atlas, in the language', () => {
    const v = { region: lueyang, indicator: places, year: 2021 };
    expect(viewTitle(atlas, { ...v, lang: 'zh' })).toBe(
      '略阳县 · 新增学位 · 2021 — 义务教育优质均衡发展地图',
    );
    expect(viewTitle(atlas, { ...v, lang: 'en' })).toBe(
      'Lueyang County · New school places · 2021 — Atlas of Quality-Balanced Compulsory Education',
    );
  });

  it('skips what is not chosen or not known, down to the atlas alone', () => {
    const unknown = { region: 'nowhere' as RegionCode, indicator: null, year: null };
    expect(viewTitle(atlas, { ...unknown, lang: 'zh' })).toBe('义务教育优质均衡发展地图');
  });
});

describe('viewHeading', () => {
  it('names the region, then the layers that draw values, topmost first', () => {
    const specs = layerSpecs(
      [
        { kind: 'context', id: 'boundaries' },
        { kind: 'indicator', id: 'difference-coefficient' as IndicatorId },
        { kind: 'indicator', id: places },
      ],
      atlas,
      null,
    );
    const coefficient = atlas.indicators.get('difference-coefficient' as IndicatorId)!.name.en;
    expect(viewHeading(atlas, { region: lueyang, compare: [], lang: 'en' }, specs)).toBe(
      `Lueyang County · New school places · ${coefficient}`,
    );
    expect(viewHeading(atlas, { region: null, compare: [], lang: 'en' }, specs)).toBe(
      `New school places · ${coefficient}`,
    );
  });

  it('names every region compared, in their order, in place of the one chosen', () => {
    const compare = ['500113', lueyang] as RegionCode[];
    expect(viewHeading(atlas, { region: lueyang, compare, lang: 'zh' }, [])).toBe('巴南区、略阳县');
    expect(viewHeading(atlas, { region: null, compare, lang: 'en' }, [])).toBe(
      'Banan District, Lueyang County',
    );
  });

  it('names three compared regions of four and counts the whole', () => {
    const compare = MINI.regions.slice(0, 4).map((r) => r.code);
    const heading = viewHeading(atlas, { region: null, compare, lang: 'zh' }, []);
    expect(heading).toBe(
      `${MINI.regions
        .slice(0, 3)
        .map((r) => r.name.zh)
        .join('、')}等4地`,
    );
  });

  it('is empty when no region is chosen and nothing draws values', () => {
    expect(viewHeading(atlas, { region: null, compare: [], lang: 'zh' }, [])).toBe('');
  });
});
