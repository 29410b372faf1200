import { describe, expect, it } from 'vitest';
import { documentCitation, isoDay, viewCitation } from '../../../src/lib/export/cite';
import type { Release, Source } from '../../../src/lib/domain/schema';
import { MINI } from '../../fixtures/mini-dataset';

const release: Release = { version: 'b00064d139cb', date: '2026-11-30' };
const accessed = new Date(2026, 11, 1);
const url = 'https://atlas.test/?v=2&r=500113';

describe('viewCitation', () => {
  it('GB/T 7714: atlas, view [DB/OL], version, (release date)[access date], link', () => {
    const c = viewCitation({
      lang: 'zh',
      atlas: '义务教育优质均衡发展地图',
      view: '巴南区 · 新增学位 · 2023',
      release,
      url,
      accessed,
    });
    expect(c.gbt).toBe(
      `义务教育优质均衡发展地图. 巴南区 · 新增学位 · 2023[DB/OL]. 版本 b00064d139cb. (2026-11-30)[2026-12-01]. ${url}`,
    );
    expect(c.apa).toBe(
      `义务教育优质均衡发展地图. (2026年11月30日). 巴南区 · 新增学位 · 2023 (版本 b00064d139cb) [数据集]. 检索于 2026年12月1日，来源 ${url}`,
    );
  });

  it('APA in English: group author, date, title, version, [Data set], retrieval date, link', () => {
    const c = viewCitation({
      lang: 'en',
      atlas: 'Atlas of Quality-Balanced Compulsory Education',
      view: 'Banan District · New school places · 2023',
      release,
      url,
      accessed,
    });
    expect(c.apa).toBe(
      `Atlas of Quality-Balanced Compulsory Education. (2026, November 30). Banan District · New school places · 2023 (Version b00064d139cb) [Data set]. Retrieved December 1, 2026, from ${url}`,
    );
  });

  it('a view of nothing in particular cites the atlas by its name, once', () => {
    const c = viewCitation({ lang: 'en', atlas: 'Atlas', view: '', release, url, accessed });
    expect(c.gbt).toBe(`Atlas[DB/OL]. Version b00064d139cb. (2026-11-30)[2026-12-01]. ${url}`);
    expect(c.apa.startsWith('Atlas (Version b00064d139cb) [Data set]. (2026, November 30).')).toBe(
      true,
    );
  });

  it('without a release: no version, no date', () => {
    const c = viewCitation({
      lang: 'en',
      atlas: 'Atlas',
      view: 'X',
      release: undefined,
      url,
      accessed,
    });
    expect(c.gbt).toBe(`Atlas. X[DB/OL]. [2026-12-01]. ${url}`);
    expect(c.apa).toContain('(n.d.). X [Data set].');
  });
});

describe('documentCitation', () => {
  const source = MINI.sources[0] as Source;

  it('cites the document by its publisher, title and date', () => {
    const zh = documentCitation(source, 'zh');
    expect(zh.gbt).toBe(`${source.publisher}. ${source.title.zh}[EB/OL]. (${source.published}).`);
    expect(zh.apa).toBe(`${source.publisher}. (2023年11月15日). ${source.title.zh}.`);
  });

  it('in English keeps the published title and adds its translation in brackets', () => {
    const en = documentCitation({ ...source, published: '2023-05' }, 'en');
    expect(en.apa).toBe(
      `${source.publisher}. (2023, May). ${source.title.zh} [${source.title.en}].`,
    );
  });

  it('an unknown date is said so in APA and left out in GB/T 7714', () => {
    const c = documentCitation({ ...source, published: null }, 'en');
    expect(c.apa).toContain('(n.d.)');
    expect(c.gbt.endsWith('[EB/OL].')).toBe(true);
  });
});

describe('isoDay', () => {
  it('is the local calendar day', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
