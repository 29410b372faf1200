import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/build.ts';
import { RELEASE_FILE } from '../../../src/pipeline/release.ts';
import { buildAndWrite } from '../../../src/pipeline/build-dataset.ts';
import { verifyDataset } from '../../../src/pipeline/verify.ts';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { seedsCopy } from '../../fixtures/seeds-copy.ts';

const scratch = scratchFolders();

const root = join(import.meta.dirname, '../../..');
const doc003 = '003_ecacec5df72f904d.txt';
/** The committed sources' texts, which the drafts below are checked against. */
const TEXTS = JSON.parse(readFileSync(join(root, 'public/data/texts.json'), 'utf8'));

function editCatalogue<T>(seeds: string, name: string, change: (json: T) => void) {
  const path = join(seeds, name);
  const json = JSON.parse(readFileSync(path, 'utf8')) as T;
  change(json);
  writeFileSync(path, JSON.stringify(json));
}

describe('bad input fails with the file and the place', () => {
  it('an empty document', () => {
    const seeds = seedsCopy(scratch);
    writeFileSync(join(seeds, doc003), '  \n');
    expect(() => buildDataset(seeds)).toThrow(`seeds/${doc003}:1:1: document is empty`);
  });

  it('a binary file', () => {
    const seeds = seedsCopy(scratch);
    writeFileSync(join(seeds, doc003), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(() => buildDataset(seeds)).toThrow(`seeds/${doc003}:byte 4: binary file`);
  });

  it('a file that is not UTF-8', () => {
    const seeds = seedsCopy(scratch);
    writeFileSync(
      join(seeds, doc003),
      Buffer.concat([Buffer.from('第一行\n汉中'), Buffer.from([0xba, 0xba])]),
    );
    expect(() => buildDataset(seeds)).toThrow(`seeds/${doc003}:2:3: not valid UTF-8`);
  });

  it('a file the catalogue names that is missing', () => {
    const seeds = seedsCopy(scratch);
    rmSync(join(seeds, doc003));
    expect(() => buildDataset(seeds)).toThrow(
      `seeds/${doc003}: named by seeds/catalogue.json (document 003) but missing`,
    );
  });

  it('a document edited so that a catalogued quote no longer matches', () => {
    const seeds = seedsCopy(scratch);
    const text = readFileSync(join(seeds, doc003), 'utf8');
    writeFileSync(join(seeds, doc003), text.replace('略阳县:砥砺奋进', '略阳县:奋进'));
    expect(() => buildDataset(seeds)).toThrow(
      /seeds\/003_ecacec5df72f904d\.txt:\d+:\d+: section marker "略阳县:砥砺奋进" not found/,
    );
  });

  it('a quote that does not match its offsets', () => {
    const draft = JSON.parse(readFileSync(join(root, 'public/data/dataset.json'), 'utf8'));
    draft.facts[0].start += 1;
    expect(() => verifyDataset(draft, TEXTS)).toThrow(
      /seeds\/000_0bd3f541b0f1f904\.txt:\d+:\d+: quote of .* no longer matches/,
    );
  });

  it('a mention of a measure that does not match its offsets', () => {
    const draft = JSON.parse(readFileSync(join(root, 'public/data/dataset.json'), 'utf8'));
    draft.measures[0].mentions.at(-1).start += 1;
    expect(() => verifyDataset(draft, TEXTS)).toThrow(
      /seeds\/\d{3}_[0-9a-f]+\.txt: mention of .* not found at \d+-\d+ \(measures\.0\.mentions\.\d+\)/,
    );
  });

  it('a value that is not what its quote says', () => {
    const draft = JSON.parse(readFileSync(join(root, 'public/data/dataset.json'), 'utf8'));
    draft.facts[0].value += 1;
    expect(() => verifyDataset(draft, TEXTS)).toThrow(
      /seeds\/000_0bd3f541b0f1f904\.txt:\d+:\d+: value \d+ of .* is not what its quote says/,
    );
  });

  it('a fact without its own scope', () => {
    const draft = JSON.parse(readFileSync(join(root, 'public/data/dataset.json'), 'utf8'));
    delete draft.facts[1].scope;
    expect(() => verifyDataset(draft, TEXTS)).toThrow(
      /seeds\/000_0bd3f541b0f1f904\.txt:\d+:\d+: fact .* has no scope read from its sentence/,
    );
  });

  it('an unknown region in the catalogue', () => {
    const seeds = seedsCopy(scratch);
    editCatalogue<{ documents: { defaultRegion: string }[] }>(seeds, 'catalogue.json', (c) => {
      c.documents[3]!.defaultRegion = '999999';
    });
    expect(() => buildDataset(seeds)).toThrow(
      'seeds/catalogue.json:documents.3.defaultRegion: unknown region 999999',
    );
  });

  it('an unknown indicator on a fact', () => {
    const draft = JSON.parse(readFileSync(join(root, 'public/data/dataset.json'), 'utf8'));
    draft.facts[2].indicator = 'no-such-indicator';
    expect(() => verifyDataset(draft, TEXTS)).toThrow(
      /seeds\/000_0bd3f541b0f1f904\.txt:\d+:\d+: unknown indicator no-such-indicator/,
    );
  });

  it('an indicator with a unit the app does not know', () => {
    const seeds = seedsCopy(scratch);
    editCatalogue<{ indicators: { unit: string }[] }>(seeds, 'indicators.json', (c) => {
      c.indicators[0]!.unit = 'furlongs';
    });
    expect(() => buildDataset(seeds)).toThrow(
      /seeds\/indicators\.json:indicators\.0\.unit: Invalid option/,
    );
  });

  type Entry = { id: string; concept: string; layer: string };
  const indicator = (c: { indicators: Entry[] }, id: string) =>
    c.indicators.find((i) => i.id === id)!;

  it('a layer that would draw unlike quantities on one scale', () => {
    const seeds = seedsCopy(scratch);
    editCatalogue<{ indicators: Entry[] }>(seeds, 'indicators.json', (c) => {
      indicator(c, 'rural-teacher-living-subsidy').layer = 'performance-pay-funds';
    });
    expect(() => buildDataset(seeds)).toThrow(
      /seeds\/indicators\.json:layer performance-pay-funds: performance-pay-added .* and rural-teacher-living-subsidy .* differ in concept, unit, kind or scope/,
    );
  });

  it('one concept at one scope split over two layers', () => {
    const seeds = seedsCopy(scratch);
    editCatalogue<{ indicators: Entry[] }>(seeds, 'indicators.json', (c) => {
      indicator(c, 'subject-guidance-centres').layer = 'more-guidance-centres';
    });
    expect(() => buildDataset(seeds)).toThrow(
      /seeds\/indicators\.json:layer more-guidance-centres: subject-guidance-centres draws what teacher-development-centres draws/,
    );
  });

  it.each([
    [
      'new-school-places',
      'no-such-concept',
      /indicators\.4\.concept: unknown concept no-such-concept/,
    ],
    ['schools-compulsory', 'places-added', /concept: unit schools is not its concept's places/],
  ])('an indicator of a concept the vocabulary lacks, or of another unit (%s)', (id, to, error) => {
    const seeds = seedsCopy(scratch);
    editCatalogue<{ indicators: Entry[] }>(seeds, 'indicators.json', (c) => {
      indicator(c, id).concept = to;
    });
    expect(() => buildDataset(seeds)).toThrow(error);
  });

  it('words in the vocabulary for a concept the catalogue lacks', () => {
    const seeds = seedsCopy(scratch);
    editCatalogue<{ vocabulary: { concepts: Record<string, unknown> } }>(
      seeds,
      'vocabulary.json',
      (c) => {
        c.vocabulary.concepts['no-such-concept'] = { words: ['学校'] };
      },
    );
    expect(() => buildDataset(seeds)).toThrow(
      /seeds\/vocabulary\.json:concepts\.no-such-concept: unknown concept no-such-concept/,
    );
  });

  it('duplicate ids in a catalogue', () => {
    const seeds = seedsCopy(scratch);
    editCatalogue<{ measures: unknown[] }>(seeds, 'measures.json', (c) => {
      c.measures.push(c.measures[0]);
    });
    expect(() => buildDataset(seeds)).toThrow(
      /seeds\/measures\.json:measures\.\d+\.id: duplicate id education-groups/,
    );
  });

  it('duplicate ids in the dataset', () => {
    const draft = JSON.parse(readFileSync(join(root, 'public/data/dataset.json'), 'utf8'));
    draft.events.push(draft.events[0]);
    expect(() => verifyDataset(draft, TEXTS)).toThrow(/duplicate id/);
  });
});

describe('a failed build', () => {
  it('leaves the previous dataset as it was', () => {
    const seeds = seedsCopy(scratch);
    const out = join(seeds, '..', 'dataset.json');
    const texts = join(seeds, '..', 'texts.json');
    const coverage = join(seeds, '..', 'coverage.json');
    writeFileSync(out, 'previous');
    writeFileSync(join(seeds, doc003), '');
    expect(() => buildAndWrite(seeds, out, texts, coverage)).toThrow(/document is empty/);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(existsSync(texts)).toBe(false);
    expect(existsSync(coverage)).toBe(false);
  });

  it('writes every file when it succeeds', () => {
    const seeds = seedsCopy(scratch, true);
    const out = join(seeds, '..');
    buildAndWrite(seeds, join(out, 'dataset.json'), join(out, 'texts.json'), join(out, 'c.json'));
    for (const file of ['dataset.json', 'texts.json'])
      expect(readFileSync(join(out, file), 'utf8')).toBe(
        readFileSync(join(root, 'public/data', file), 'utf8'),
      );
  });
});

describe('the release record', () => {
  const withRelease = (record: string) => {
    const seeds = seedsCopy(scratch);
    writeFileSync(join(seeds, RELEASE_FILE), record);
    return seeds;
  };

  it('stamps the dataset with the recorded version and date, first in the file', () => {
    const { dataset, datasetJson } = buildDataset(join(root, 'seeds'));
    const recorded = JSON.parse(readFileSync(join(root, 'seeds', RELEASE_FILE), 'utf8'));
    expect(dataset.release).toEqual(recorded);
    expect(datasetJson.indexOf('"release"')).toBeLessThan(datasetJson.indexOf('"sources"'));
  });

  it('refuses content whose release is not recorded, naming the file and the way out', () => {
    const seeds = withRelease('{"version": "000000000000", "date": "2026-01-01"}');
    expect(() => buildDataset(seeds)).toThrow(
      /release\.json: records version 000000000000.*--release/,
    );
  });

  it('says what a broken record should look like', () => {
    expect(() => buildDataset(withRelease('{"version": 1}'))).toThrow(/release\.json: needs/);
    expect(() => buildDataset(withRelease('{'))).toThrow(/release\.json: not JSON/);
  });

  it('records a new release when asked, and builds it the next time', () => {
    const seeds = seedsCopy(scratch);
    const out = join(seeds, '..');
    buildAndWrite(
      seeds,
      join(out, 'd.json'),
      join(out, 't.json'),
      join(out, 'c.json'),
      '2026-12-01',
    );
    const record = JSON.parse(readFileSync(join(seeds, RELEASE_FILE), 'utf8'));
    expect(record.date).toBe('2026-12-01');
    expect(buildDataset(seeds).dataset.release).toEqual(record);
  });
});
