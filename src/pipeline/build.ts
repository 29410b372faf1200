/**
 * seeds/ → dataset + coverage report, in memory. Every document goes through the same steps:
 * prepare (read, check, locate body), dates, facts, measures, events, then date coverage; the
 * assembled dataset is verified before anyone may write it.
 */
import type { Dataset, DatasetEvent, Fact, Measure, Release } from '../lib/domain/schema.ts';
import type { SourceTexts } from '../lib/domain/source-texts.ts';
import { loadCatalogues } from './catalogue.ts';
import { coverageReport, type CoverageEntry, type CoverageReport } from './coverage.ts';
import { recordsPerLine } from './dataset-json.ts';
import { findDates, type DateMention } from './dates.ts';
import { prepareDocument, type PreparedDocument } from './document.ts';
import { extractEvents } from './events.ts';
import { extractFacts } from './facts.ts';
import { compileIndicators } from './indicators.ts';
import { extractMeasures } from './measures.ts';
import { strayNumerals } from './numerals.ts';
import { regionIndex } from './regions.ts';
import { sentenceAround, type Span } from './text.ts';
import { contentVersion, recordedRelease } from './release.ts';
import { loadStandards } from './standards.ts';
import { verifyDataset } from './verify.ts';

/** The build's products, as values and as the exact bytes to write. */
export interface BuildOutput {
  dataset: Dataset;
  /** The sources' texts, apart from the dataset (public/data/texts.json). */
  texts: SourceTexts;
  coverage: CoverageReport;
  datasetJson: string;
  textsJson: string;
  coverageJson: string;
}

/** Dates become events when an event quote holds them, else they date facts of their sentence. */
function dateCoverage(
  doc: PreparedDocument,
  dates: DateMention[],
  facts: Fact[],
  events: (Span & { id: string })[],
): CoverageEntry[] {
  // A relative year (去年) is a word: the coverage report accounts for numerals.
  return dates
    .filter((d) => !d.relative)
    .map((d) => {
      const base = {
        source: doc.entry.id,
        start: d.start,
        end: d.end,
        text: doc.text.slice(d.start, d.end),
      };
      const inEvents = events.filter((e) => e.start <= d.start && d.end <= e.end).map((e) => e.id);
      if (inEvents.length > 0) return { ...base, outcome: 'event', ids: inEvents, reason: null };
      const sentence = sentenceAround(doc.work, d.start, d.end);
      const inSentence = facts.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
      const ids = (list: Fact[]) => list.map((f) => f.id as string);
      // "2019年以来" opens the running totals of its sentence, which are dated at publication.
      if (d.role === 'since' && inSentence.length > 0)
        return {
          ...base,
          outcome: 'date',
          ids: ids(inSentence),
          reason: 'starts the running totals of its sentence (以来)',
        };
      // Only the facts it dates: a stock later in the sentence is as of the report, not of this date.
      const dated = inSentence.filter((f) => f.date === d.date);
      if (dated.length > 0)
        return { ...base, outcome: 'date', ids: ids(dated), reason: 'dates facts of its sentence' };
      return {
        ...base,
        outcome: 'left-out',
        ids: [],
        reason: 'date not attached to a fact or event (context year)',
      };
    });
}

/** How to build: `release` names a new release for the built content instead of the recorded one. */
export interface BuildOptions {
  release?: (version: string) => Release;
}

/** Builds the dataset and coverage report from a seeds folder; throws a BuildError naming the place. */
export function buildDataset(seedsDir: string, options: BuildOptions = {}): BuildOutput {
  const cat = loadCatalogues(seedsDir);
  // All of China, whichever documents are built together: a document reads the same alone (a
  // dry run) as in the whole build, where names another document's province adds («龙华区» of
  // 深圳 beside 海口's) used to shadow its own.
  const china = [...cat.universe.byCode.values()];
  const regions = regionIndex(china, china);
  const matchers = compileIndicators(cat.indicators);
  const standards = loadStandards(seedsDir, cat.indicators);
  const facts: Fact[] = [];
  const measures: Measure[] = [];
  const events: DatasetEvent[] = [];
  const coverage: CoverageEntry[] = [];
  const texts: Record<string, string> = {};
  const sources = cat.documents.map((entry) => {
    const doc = prepareDocument(seedsDir, entry);
    const dates = findDates(
      doc.work,
      doc.body.start,
      doc.body.end,
      entry.published?.slice(0, 4) ?? null,
    );
    const found = extractFacts(doc, matchers, regions, dates, cat.placeFigures);
    const docEvents = extractEvents(doc, cat.events, regions, dates);
    facts.push(...found.facts);
    measures.push(...extractMeasures(doc, cat.measures, regions));
    events.push(...docEvents.events);
    const read = [
      ...found.coverage,
      ...dateCoverage(doc, dates, found.facts, [...docEvents.events, ...docEvents.repeats]),
    ];
    coverage.push(...[...read, ...strayNumerals(doc, read)].sort((a, b) => a.start - b.start));
    texts[entry.id] = doc.text;
    return {
      id: entry.id,
      file: doc.file,
      title: entry.title,
      publisher: entry.publisher,
      published: entry.published,
      publishedBasis: entry.publishedBasis,
      script: entry.script,
      defaultRegion: entry.defaultRegion,
      body: doc.body,
    };
  });
  const verified = verifyDataset(
    {
      schemaVersion: 1,
      sources,
      // The catalogue's regions, and the base regions an item or a document is about.
      regions: cat.universe.datasetRegions([
        ...cat.regions.map((r) => r.code),
        ...[...facts, ...measures, ...events].map((x) => x.region),
      ]),
      families: cat.families,
      concepts: cat.concepts,
      indicators: cat.indicators.map(
        ({ id, name, unit, kind, group, family, concept, layer, scope }) => ({
          id,
          name,
          unit,
          kind,
          group,
          family,
          concept,
          layer,
          scope,
        }),
      ),
      measureKinds: cat.measures.map(({ id, name, group }) => ({ id, name, group })),
      facts,
      measures,
      events,
      standards,
    },
    texts,
  );
  const content = verified.dataset;
  const version = contentVersion(content, verified.texts);
  const release = options.release?.(version) ?? recordedRelease(seedsDir, version);
  // The release goes first in the file, where a reader (and a diff) sees it at once.
  const { schemaVersion, ...rest } = content;
  const dataset: Dataset = release ? { schemaVersion, release, ...rest } : content;
  const report = coverageReport(coverage);
  return {
    dataset,
    texts: verified.texts,
    coverage: report,
    datasetJson: recordsPerLine(dataset),
    textsJson: `${JSON.stringify(verified.texts, null, 1)}\n`,
    coverageJson: `${JSON.stringify(report, null, 1)}\n`,
  };
}
