import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDocument } from '../../../src/pipeline/add-document.ts';
import { buildDataset } from '../../../src/pipeline/build.ts';
import type { Review } from '../../../src/pipeline/review.ts';
import { GEO_FILES } from '../../../src/lib/domain/geometry.ts';
import { scratchFolders } from '../../fixtures/scratch.ts';

const root = join(import.meta.dirname, '../../..');
/** A county report of our own, in Yunnan: outside every seed's region. */
const BINCHUAN = join(root, 'tests/fixtures/documents/yunnan-binchuan-county-news.txt');
/** What extra.json is cut from. */
const GEOMETRY = [GEO_FILES.focus, GEO_FILES.counties, 'geo/china-regions.json'];

const scratch = scratchFolders();

/**
 * A repository in a temp dir: seeds, the built data and the geometry the regions' shapes are cut
 * from, as add-document finds them.
 */
function repoCopy(): string {
  const dir = scratch('atlas-add-');
  cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
  for (const f of ['data/dataset.json', 'data/coverage.json', ...GEOMETRY])
    cpSync(join(root, 'public', f), join(dir, 'public', f), { recursive: true });
  return dir;
}

/** Every file under seeds/ and public/data/ with its hash: what "no file changed" compares. */
function state(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['seeds', 'public/data'])
    for (const f of readdirSync(join(dir, sub)))
      out[`${sub}/${f}`] = createHash('sha256')
        .update(readFileSync(join(dir, sub, f)))
        .digest('hex');
  return out;
}

function run(dir: string, ...argv: string[]) {
  return runWith(undefined, dir, ...argv);
}

/** As `run`, with `extraGeometry` in place of the real cut (undefined: the real one). */
function runWith(extraGeometry: Parameters<typeof addDocument>[3], dir: string, ...argv: string[]) {
  const printed: string[] = [];
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const status = addDocument(argv, dir, (line) => printed.push(line), extraGeometry);
  const stderr = errors.mock.calls.map((c) => String(c[0]));
  errors.mockRestore();
  return { status, stdout: printed.join('\n'), stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('npm run add-document: bad input', () => {
  const dir = repoCopy();
  const write = (name: string, bytes: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const cases: [string, string[], RegExp][] = [
    [
      'a missing file',
      [join(dir, 'nope.txt'), '--published', '2024-05-20'],
      /nope\.txt: no such file/,
    ],
    ['an empty file', [write('empty.txt', '  \n'), '--published', '2024-05-20'], /empty/],
    [
      'a file that is not UTF-8',
      [
        write('gbk.txt', Buffer.from([0xb1, 0xf6, 0xb4, 0xa8, 0xcf, 0xd8])),
        '--published',
        '2024-05-20',
      ],
      /gbk\.txt: not valid UTF-8/,
    ],
    [
      'a binary file',
      [write('bin.txt', Buffer.from([0x41, 0, 0x42])), '--published', '2024-05-20'],
      /binary/,
    ],
    ['no date', [BINCHUAN], /--published YYYY-MM-DD is required/],
    ['a malformed date', [BINCHUAN, '--published', '20.5.2024'], /20\.5\.2024: not a date/],
    [
      'a day that does not exist',
      [BINCHUAN, '--published', '2023-02-29'],
      /2023-02-29: not a date/,
    ],
    [
      'an unknown code',
      [BINCHUAN, '--published', '2024-05-20', '--region', '999999'],
      /999999: no region/,
    ],
    [
      'an unknown name',
      [BINCHUAN, '--published', '2024-05-20', '--region', '不存在县'],
      /不存在县: no region/,
    ],
    [
      'a name two regions share',
      [BINCHUAN, '--published', '2024-05-20', '--region', '朝阳区'],
      /110105 北京市朝阳区, 220104 长春市朝阳区/,
    ],
    [
      'a document already in seeds/',
      [join(root, 'seeds/003_ecacec5df72f904d.txt'), '--published', '2023-03-21'],
      /already in seeds\/ as document 003/,
    ],
    ['an unknown option', [BINCHUAN, '--published', '2024-05-20', '--colour', 'red'], /--colour/],
  ];
  it.each(cases)('%s: one line, exit 2, no file changed', (_, argv, message) => {
    const before = state(dir);
    const { status, stdout, stderr } = run(dir, ...argv);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(message);
    expect(stderr[0]).not.toContain('\n');
    expect(state(dir)).toEqual(before);
  });
});

describe('npm run add-document: a county report from outside the seeds’ regions', () => {
  it('leaves nothing in the temporary folder, where it builds on a copy of seeds/', () => {
    const dir = repoCopy();
    const scratch = mkdtempSync(join(tmpdir(), 'atlas-scratch-'));
    const tmp = process.env.TMPDIR;
    // os.tmpdir() reads TMPDIR at each call: the staging copy is made in `scratch`.
    process.env.TMPDIR = scratch;
    try {
      expect(run(dir, BINCHUAN, '--published', '2024-05-20', '--dry-run').status).toBe(0);
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
    // It used to remove the copy and leave its folder: one empty folder per run.
    expect(readdirSync(scratch)).toEqual([]);
    rmSync(scratch, { recursive: true });
  });

  it('--dry-run prints the review as the contract’s JSON and changes nothing', () => {
    const dir = repoCopy();
    const before = state(dir);
    const { status, stdout } = run(
      dir,
      BINCHUAN,
      '--published',
      '2024-05-20',
      '--dry-run',
      '--json',
    );
    expect(status).toBe(0);
    const review = JSON.parse(stdout) as Review;
    expect(Object.keys(review)).toEqual(
      expect.arrayContaining([
        'source',
        'region',
        'facts',
        'measures',
        'events',
        'unread',
        'unknownPlaces',
      ]),
    );
    expect(review).toMatchObject({ source: '005', region: '532924', regionBasis: 'inferred' });
    // A Chinese report: no note on its language.
    expect(review.notes).toEqual([]);
    expect(review.facts.find((f) => f.value === 86)).toMatchObject({
      region: '532924',
      status: 'achieved',
    });
    expect(review.facts.every((f) => f.sentence.includes(f.quote))).toBe(true);
    for (const u of review.unread) expect(u.reason).not.toBe('');
    expect(state(dir)).toEqual(before);
  });

  it('adds it: the file byte for byte, its entry, the region and its parents, a new release', () => {
    const dir = repoCopy();
    // The shapes are the next test's: here the cut is left out.
    const { status, stdout } = runWith(
      () => ({ ok: true, message: '' }),
      dir,
      BINCHUAN,
      '--published',
      '2024-05-20',
      '--region',
      '大理州宾川县',
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^added seeds\/005_[0-9a-f]{16}\.txt as document 005: subject 宾川县 532924/,
    );
    // Each fact with the scope its own sentence states.
    expect(stdout).toContain('scope: compulsory, stock at 2024-05-20');
    const added = readdirSync(join(dir, 'seeds')).find((f) => f.startsWith('005_')) as string;
    expect(readFileSync(join(dir, 'seeds', added))).toEqual(readFileSync(BINCHUAN));
    const dataset = JSON.parse(readFileSync(join(dir, 'public/data/dataset.json'), 'utf8'));
    expect(dataset.sources.at(-1)).toMatchObject({
      id: '005',
      published: '2024-05-20',
      defaultRegion: '532924',
    });
    const codes = dataset.regions.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['532924', '532900', '530000']));
    expect(
      dataset.facts.filter((f: { source: string }) => f.source === '005').length,
    ).toBeGreaterThan(0);
    // The written files are what build:data makes of the new seeds: the release is recorded.
    const rebuilt = buildDataset(join(dir, 'seeds'));
    expect(rebuilt.datasetJson).toBe(readFileSync(join(dir, 'public/data/dataset.json'), 'utf8'));
    // The same text again is refused.
    expect(run(dir, BINCHUAN, '--published', '2024-05-20').status).toBe(2);
  });

  it('cuts the shapes of its regions for the map, and says so', () => {
    const dir = repoCopy();
    const { status, stdout } = run(dir, BINCHUAN, '--published', '2024-05-20');
    expect(status).toBe(0);
    expect(stdout).toMatch(/geo\/extra\.json: 1 county, 1 prefecture, 0 province, 0 group/);
    // Its province has no figure of its own: the map draws it from context.json's outline.
    expect(stdout).toMatch(/from geo\/context\.json: 530000/);
    const extra = JSON.parse(readFileSync(join(dir, 'public', GEO_FILES.extra), 'utf8'));
    const cut = (object: string) =>
      extra.objects[object].geometries.map(
        (g: { properties: { code: string } }) => g.properties.code,
      );
    expect([cut('county'), cut('prefecture'), cut('province')]).toEqual([
      ['532924'],
      ['532900'],
      [],
    ]);
  });

  it('keeps the document when its shapes cannot be cut, and fails saying how to cut them', () => {
    const dir = repoCopy();
    const { status, stderr } = runWith(
      () => ({ ok: false, message: 'no china-counties.json' }),
      dir,
      BINCHUAN,
      '--published',
      '2024-05-20',
    );
    expect(status).toBe(1);
    expect(stderr).toEqual([expect.stringMatching(/document was added.*no china-counties\.json/)]);
    expect(readdirSync(join(dir, 'seeds')).some((f) => f.startsWith('005_'))).toBe(true);
  });
});

describe('npm run add-document: a prefecture’s report listing its counties', () => {
  const DALI = join(root, 'tests/fixtures/documents/yunnan-dali-prefecture-summary.txt');
  it('gives each county the figures of its clauses, and the prefecture those of the whole', () => {
    const { status, stdout } = run(
      repoCopy(),
      DALI,
      '--published',
      '2024-12-09',
      '--dry-run',
      '--json',
    );
    expect(status).toBe(0);
    const review = JSON.parse(stdout) as Review;
    // Inferred from the title's «大理州»; «云县» inside «祥云县» is not a place of its own.
    expect(review).toMatchObject({ region: '532900', regionBasis: 'inferred' });
    const regionOf = (value: number) => review.facts.find((f) => f.value === value)?.region;
    expect(regionOf(1200)).toBe('532924');
    expect(regionOf(21000)).toBe('532924');
    expect(regionOf(180000000)).toBe('532923');
    expect(regionOf(3)).toBe('532923');
    expect(regionOf(26000)).toBe('532900');
    // «全州12个县市» counts places: it is neither a region nor a fact.
    expect(review.facts.some((f) => f.value === 12)).toBe(false);
  });
});

describe('npm run build:data', () => {
  it('fails on a document in seeds/ that the catalogue does not list, naming it', () => {
    const dir = repoCopy();
    cpSync(BINCHUAN, join(dir, 'seeds/005_unlisted.txt'));
    expect(() => buildDataset(join(dir, 'seeds'))).toThrow(
      /seeds\/005_unlisted\.txt: not listed in seeds\/catalogue\.json/,
    );
  });
});
