import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogues } from '../../../src/pipeline/catalogue.ts';
import { loadStandards } from '../../../src/pipeline/standards.ts';
import { buildDataset } from '../../../src/pipeline/build.ts';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { seedsCopy } from '../../fixtures/seeds-copy.ts';

const root = join(import.meta.dirname, '../../..');
const seeds = join(root, 'seeds');

/**
 * The thresholds of 教督〔2017〕6号 as the text states them, written out by hand from it
 * (indicator, level, comparator, value): the data must say exactly this, no more and no less.
 * Each level's threshold governs that level's indicator: primary and junior figures are drawn on
 * layers of their own.
 */
const OFFICIAL: readonly (readonly [string, string, string, number])[] = [
  ['qualified-teachers-per-100-pupils-primary', 'primary', '>=', 4.2],
  ['qualified-teachers-per-100-pupils-junior', 'junior', '>=', 5.3],
  ['backbone-teachers-per-100-pupils-primary', 'primary', '>=', 1],
  ['backbone-teachers-per-100-pupils-junior', 'junior', '>=', 1],
  ['pe-arts-teachers-per-100-pupils-primary', 'primary', '>=', 0.9],
  ['pe-arts-teachers-per-100-pupils-junior', 'junior', '>=', 0.9],
  ['teaching-floor-area-per-pupil-primary', 'primary', '>=', 4.5],
  ['teaching-floor-area-per-pupil-junior', 'junior', '>=', 5.8],
  ['sports-area-per-pupil-primary', 'primary', '>=', 7.5],
  ['sports-area-per-pupil-junior', 'junior', '>=', 10.2],
  ['equipment-value-per-pupil-primary', 'primary', '>=', 2000],
  ['equipment-value-per-pupil-junior', 'junior', '>=', 2500],
  ['multimedia-classrooms-per-100-pupils-primary', 'primary', '>=', 2.3],
  ['multimedia-classrooms-per-100-pupils-junior', 'junior', '>=', 2.4],
  ['difference-coefficient-primary', 'primary', '<=', 0.5],
  ['difference-coefficient', 'junior', '<=', 0.45],
  ['migrant-children-public-share', 'compulsory', '>=', 85],
  ['junior-retention-rate', 'junior', '>=', 95],
  ['disabled-children-enrolment-rate', 'compulsory', '>=', 95],
  ['public-satisfaction-rate', 'compulsory', '>=', 85],
];

const scratch = scratchFolders();

describe('the national standard as data', () => {
  const standards = loadStandards(seeds, loadCatalogues(seeds).indicators);

  it('holds every threshold of the official list, each once, with the value the text gives', () => {
    const data = standards.map((s) => [s.indicator, s.levels, s.comparator, s.value]);
    expect(data).toEqual(OFFICIAL);
  });

  it('cites the 2017 document, its number and an item for every threshold', () => {
    for (const s of standards) {
      expect(s.assessment).toBe('quality-balanced');
      expect(s.source.title.zh).toBe('县域义务教育优质均衡发展督导评估办法');
      expect(s.source.number).toBe('教督〔2017〕6号');
      expect(s.source.date.startsWith('2017')).toBe(true);
      expect(s.source.item.length).toBeGreaterThan(0);
    }
  });

  it('is copied into the dataset whole', () => {
    const built = JSON.parse(readFileSync(join(root, 'public/data/dataset.json'), 'utf8')) as {
      standards: unknown[];
    };
    expect(built.standards).toEqual(standards);
  });

  it('fails the build on a threshold whose indicator the catalogue lacks', () => {
    const dir = seedsCopy(scratch);
    const path = join(dir, 'standards.json');
    const json = JSON.parse(readFileSync(path, 'utf8')) as { standards: { indicator: string }[] };
    json.standards[3]!.indicator = 'class-size-primary';
    writeFileSync(path, JSON.stringify(json));
    expect(() => buildDataset(dir)).toThrow(
      'seeds/standards.json:standards.3.indicator: qb2017-junior-backbone-teachers-per-100-pupils governs class-size-primary',
    );
  });

  it('fails the build on a threshold in another unit than its indicator', () => {
    const dir = seedsCopy(scratch);
    const path = join(dir, 'standards.json');
    const json = JSON.parse(readFileSync(path, 'utf8')) as { standards: { unit: string }[] };
    json.standards[0]!.unit = 'percent';
    writeFileSync(path, JSON.stringify(json));
    expect(() => buildDataset(dir)).toThrow('seeds/standards.json:standards.0.unit');
  });
});
