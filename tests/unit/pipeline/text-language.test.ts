/**
 * A document mostly in Latin script (an English-language paper's item on a county): the reader
 * reads Chinese reports, so the review says in one line that its figures were not read, while a
 * Chinese report that quotes a few English words gets no such note.
 */
import { describe, expect, it } from 'vitest';
import { languageNote, latinShare } from '../../../src/pipeline/text-language.ts';
import { reviewText } from '../../../src/pipeline/review-text.ts';
import type { Review } from '../../../src/pipeline/review.ts';
import type { Dataset } from '../../../src/lib/domain/schema.ts';

const ENGLISH =
  'Yongde county in Yunnan, 永德县, opened three boarding schools this autumn, ' +
  'adding 2,400 places; 97.5 percent of parents said they were satisfied.';
const CHINESE_WITH_ENGLISH =
  '本县建成“智慧校园”（Smart Campus）平台，接入学校42所，开通AI课堂和STEM课程，覆盖学生1.8万人。';

describe('the language of a document', () => {
  it('finds an English item mostly Latin, even when it names the county in Chinese', () => {
    expect(latinShare(ENGLISH)).toBeGreaterThan(0.9);
    expect(languageNote(ENGLISH)).toMatch(/mostly in Latin script.*reads Chinese.*not read/);
    expect(languageNote(ENGLISH)).toMatch(/may still be added/);
  });

  it('gives no note on a Chinese report that quotes English names and acronyms', () => {
    expect(latinShare(CHINESE_WITH_ENGLISH)).toBeLessThan(0.5);
    expect(languageNote(CHINESE_WITH_ENGLISH)).toBeNull();
    expect(languageNote('2025年　95.3%　1.2万')).toBeNull();
  });

  it('prints the note as one line under the review’s header', () => {
    const note = languageNote(ENGLISH) as string;
    const review: Review = {
      source: '009',
      region: '530923',
      regionBasis: 'given',
      notes: [note],
      facts: [],
      measures: [],
      events: [],
      unread: [],
      unknownPlaces: [],
      ambiguousPlaces: [],
    };
    const dataset = { regions: [], indicators: [], release: null } as unknown as Dataset;
    const lines = reviewText(review, dataset, { file: 'seeds/009.txt', dryRun: true }).split('\n');
    expect(lines[1]).toBe(`note: ${note}`);
    expect(lines.filter((l) => l.includes('Latin script'))).toHaveLength(1);
  });
});
