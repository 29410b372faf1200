import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import { atlasSubtitle, coveredAreas } from '../../../src/lib/data/covered-areas';
import type { Dataset, RegionCode, SourceId } from '../../../src/lib/domain/schema';
import { atlas as built } from '../../fixtures/dataset';

describe('the areas the documents are about', () => {
  it('names the seeds’ areas as the header always has, in both languages', () => {
    const areas = coveredAreas(built());
    expect(areas.map((a) => a.code)).toEqual(['500000', '640100', '610700']);
    expect(atlasSubtitle(areas, 'zh')).toBe(
      '重庆、银川、汉中的数字与里程碑，每个数字都可追溯到原文',
    );
    expect(atlasSubtitle(areas, 'en')).toBe(
      'Numbers and milestones for Chongqing, Yinchuan and Hanzhong, each traced to its source sentence',
    );
  });

  it('grows with a document about another area, and counts them past four', () => {
    const ds = built().dataset;
    const source = ds.sources[0];
    if (!source) throw new Error('no source');
    const more = (codes: string[]): Dataset => ({
      ...ds,
      sources: [
        ...ds.sources,
        ...codes.map((code, i) => ({
          ...source,
          id: `9${i}0` as SourceId,
          defaultRegion: code as RegionCode,
        })),
      ],
    });
    const withLueyang = coveredAreas(indexDataset(more(['610727'])));
    expect(withLueyang).toHaveLength(3); // 略阳县 is Hanzhong's
    const five = coveredAreas(indexDataset(more(['610000', '100000'])));
    expect(atlasSubtitle(five, 'en')).toMatch(/^Numbers and milestones for 5 areas of China/);
  });
});
