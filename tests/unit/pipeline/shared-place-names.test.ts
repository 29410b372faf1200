/**
 * Names several places of China share (龙华区 of 深圳 and 海口, 鼓楼区 of four cities, 市中区 of
 * 济南 and 枣庄 in one province): a shared name is the place the text or the region it speaks for
 * puts it in, or none, and a document reads the same alone as beside others, in any order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Fact } from '../../../src/lib/domain/schema.ts';
import { buildDataset } from '../../../src/pipeline/build.ts';
import { appendToCatalogue, catalogueEntry } from '../../../src/pipeline/intake.ts';
import { inferRegion } from '../../../src/pipeline/subject.ts';
import { placeNames, resolveShared } from '../../../src/pipeline/place-names.ts';
import {
  unplacedReason,
  ambiguousPlaces,
  attributeCarried,
  namedRegions,
} from '../../../src/pipeline/regions.ts';
import { clauseAround } from '../../../src/pipeline/text.ts';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { seedsCopy } from '../../fixtures/seeds-copy.ts';
import { UNIVERSE as universe, CHINA as china, CHINA_INDEX as index } from './china-regions.ts';

/** The region the figure written `quote` in `text` is given, the text speaking for `subject`. */
function regionOf(text: string, quote: string, subject: string) {
  const at = text.indexOf(quote);
  const paragraph = text.lastIndexOf('\n', at) + 1;
  return attributeCarried(index, text, clauseAround(text, at), subject, paragraph, { subject });
}

describe('names the region base shares', () => {
  it('are counted: some thirty names of some seventy regions, a dozen within one province', () => {
    const shared = placeNames(china).filter((n) => n.codes.length > 1);
    expect(shared.length).toBeGreaterThanOrEqual(30);
    expect(shared.find((n) => n.name === '龙华区')?.codes.sort()).toEqual(['440309', '460106']);
    expect(shared.find((n) => n.name === '鼓楼区')?.codes).toHaveLength(4);
    const withinOneProvince = shared.filter(
      (n) => new Set(n.codes.map((c) => c.slice(0, 2))).size < n.codes.length,
    );
    expect(withinOneProvince.map((n) => n.name)).toEqual(
      expect.arrayContaining(['市中区', '新华区', '桥西区']),
    );
  });
});

describe('a shared name is the place the text puts it in', () => {
  it.each([
    ['海口市龙华区新增学位1200个', '1200个', '460000', '460106'],
    ['深圳市龙华区新增学位3000个', '3000个', '440000', '440309'],
    ['福州市鼓楼区新建学校5所', '5所', '350000', '350102'],
    ['南京市鼓楼区新建学校4所', '4所', '320000', '320106'],
    ['徐州市鼓楼区新建学校3所', '3所', '320000', '320302'],
    ['济南市市中区新增学位900个', '900个', '370000', '370103'],
    ['枣庄市市中区新增学位800个', '800个', '370000', '370402'],
  ])('«%s»: its city named before it', (text, quote, subject, code) => {
    expect(regionOf(text, quote, subject)).toBe(code);
  });

  it('reads the nearest enclosing place named before it, in either order', () => {
    const text = '江苏省公示。南京市：玄武区新建学校2所。徐州市：鼓楼区新建学校3所。';
    expect(regionOf(text, '3所', '320000')).toBe('320302');
    const swapped = '江苏省公示。徐州市：泉山区新建学校2所。南京市：鼓楼区新建学校3所。';
    expect(regionOf(swapped, '3所', '320000')).toBe('320106');
  });

  it('weighs a place named paragraphs before below the region the text is about', () => {
    const text = '福州市教育局通报。学习南京市经验。\n鼓楼区新增学位900个';
    expect(regionOf(text, '900个', '350100')).toBe('350102');
  });

  it('lets a place named paragraphs before choose among those the region holds', () => {
    const text = '江苏省通报。徐州市教育局报告如下。\n鼓楼区新建学校3所';
    expect(regionOf(text, '3所', '320000')).toBe('320302');
  });

  it.each([
    ['龙华区新增学位1200个', '460100', '460106'],
    ['龙华区新增学位1200个', '440300', '440309'],
    ['鼓楼区新建学校5所', '350100', '350102'],
    ['鼓楼区新建学校5所', '410200', '410204'],
    ['朝阳区新增学位2000个', '110000', '110105'],
    ['朝阳区新增学位2000个', '220100', '220104'],
    ['和平区新增学位600个', '120000', '120101'],
    ['和平区新增学位600个', '210100', '210102'],
    ['市中区新增学位900个', '370100', '370103'],
    ['市中区新增学位900个', '511100', '511102'],
  ])('«%s» in a report on %s: the one inside the region it speaks for', (text, subject, code) => {
    expect(regionOf(text, text.match(/\d+\D$/u)?.[0] ?? '', subject)).toBe(code);
  });

  it('widens the subject to its city and province: 龙华区 in a report on 琼山区 is 海口’s', () => {
    const text = '琼山区新增学位500个；龙华区新增学位1200个';
    expect(regionOf(text, '1200个', '460107')).toBe('460106');
    expect(regionOf(text, '500个', '460107')).toBe('460107');
  });

  it('reads a short name shared by a region and a place inside it as the enclosing one', () => {
    const byCode = universe.byCode;
    expect(resolveShared(byCode, ['220000', '220200'], '', ['220322'])).toBe('220000');
    expect(resolveShared(byCode, ['650100', '650121'], '', [])).toBe('650100');
  });
});

describe('a shared name nothing places is given to none of its regions', () => {
  const text = '山东省通报。市中区新增学位900个，新建学校2所；寿光市新增学位700个';

  it('leaves the figures of its clauses to no region, naming the candidates', () => {
    const place = regionOf(text, '900个', '370000');
    expect(place).toMatchObject({ name: '市中区', codes: ['370103', '370402'] });
    expect(regionOf(text, '2所', '370000')).toEqual(place);
    expect(regionOf(text, '700个', '370000')).toBe('370783');
    if (typeof place === 'string') throw new Error('resolved');
    expect(unplacedReason(index, place)).toContain('济南市市中区 370103, 枣庄市市中区 370402');
  });

  it('is listed for the review, once per mention, and only where it may take figures', () => {
    const body = { start: 0, end: text.length };
    expect(ambiguousPlaces(index, text, body, '370000').map((p) => p.name)).toEqual(['市中区']);
    // In a report on 海南 a 鼓楼区 is of no region the report speaks for.
    const elsewhere = '海南省通报。学习鼓楼区经验，新增学位900个';
    expect(
      ambiguousPlaces(index, elsewhere, { start: 0, end: elsewhere.length }, '460000'),
    ).toEqual([]);
  });

  it('is not a region named: the clause stays with no other', () => {
    expect(namedRegions(index, text, { start: 0, end: 20 }, '370000')).toEqual([]);
  });
});

describe('the subject of a report naming a shared name in its title', () => {
  it.each([
    ['关于海口市龙华区县域义务教育优质均衡发展督导评估的反馈意见', '460106'],
    ['关于深圳市龙华区县域义务教育优质均衡发展督导评估的反馈意见', '440309'],
    ['福州市鼓楼区教育局2025年工作总结', '350102'],
  ])('«%s» is %s', (title, code) => {
    expect(inferRegion(universe, title, '')).toBe(code);
  });

  it('is not a region the shared name alone cannot choose', () => {
    expect(inferRegion(universe, '鼓楼区教育局2025年工作总结', '福州市教育局')).toBe('350100');
  });
});

describe('a document reads the same alone and beside others, in any order', () => {
  const scratch = scratchFolders();
  const reports: readonly (readonly [string, string, string])[] = [
    ['海口市教育局通报', '龙华区今年新增学位1200个，新建学校3所。', '460100'],
    ['深圳市教育局通报', '龙华区今年新增学位3000个，新建学校6所。', '440300'],
  ];

  /** The facts of each report (by title) when `order` of them is built with the seeds. */
  function build(order: readonly (readonly [string, string, string])[]): Map<string, string[]> {
    const seeds = seedsCopy(scratch);
    let catalogue = readFileSync(join(seeds, 'catalogue.json'), 'utf8');
    const ids: [string, string][] = [];
    order.forEach(([title, body, region], i) => {
      const id = String(900 + i);
      const entry = catalogueEntry({
        id,
        file: `${id}_${String(i).padStart(16, '0')}.txt`,
        published: '2025-06-30',
        region,
        title: { zh: title, en: title },
        publisher: 'not stated',
        url: null,
        script: 'Hans',
      });
      writeFileSync(join(seeds, entry.file), `${title}\n${body}\n`);
      catalogue = appendToCatalogue(catalogue, entry);
      ids.push([id, title]);
    });
    writeFileSync(join(seeds, 'catalogue.json'), catalogue);
    const { facts } = buildDataset(seeds).dataset;
    const read = (f: Fact) => `${f.region} ${f.indicator} ${f.value}`;
    return new Map(
      ids.map(([id, title]) => [title, facts.filter((f) => f.source === id).map(read)]),
    );
  }

  it('gives the figures under a heading no region is named by to none', () => {
    const report = [
      '山东省教育厅通报',
      '二、市中区\n全区新增学位900个。\n三、寿光市\n全市新增学位700个。',
      '370000',
    ] as const;
    expect(build([report]).get('山东省教育厅通报')).toEqual([
      expect.stringMatching(/^370783 .* 700$/u),
    ]);
  }, 60_000);

  it('gives each report’s 龙华区 its own city’s district', () => {
    const both = build(reports);
    expect(both.get('海口市教育局通报')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^460106 .* 1200$/u)]),
    );
    expect(both.get('深圳市教育局通报')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^440309 .* 3000$/u)]),
    );
    expect(build([...reports].reverse())).toEqual(both);
    for (const report of reports)
      expect(build([report]).get(report[0])).toEqual(both.get(report[0]));
  }, 60_000);
});
