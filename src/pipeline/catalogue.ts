/**
 * The seed catalogues (documents, regions, families, concepts, indicators, measures, event rules) and their schemas.
 * Everything the extractor knows about language lives in these JSON files, so a new document
 * or a new indicator needs a catalogue entry, not a code change.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  BilingualSchema,
  ConceptSchema,
  EventKindSchema,
  FamilySchema,
  IndicatorKindSchema,
  PartialDateSchema,
  RegionSchema,
  ScopeSchema,
  StatusSchema,
  UnitSchema,
} from '../lib/domain/schema.ts';
import { layerConflicts } from '../lib/domain/concept-layers.ts';
import { BuildError } from './errors.ts';
import { loadRegionBase, regionUniverse, type RegionUniverse } from './region-base.ts';
import {
  barScopes,
  composeMatch,
  SeedMatchSchema,
  VocabularySchema,
  type Match,
} from './vocabulary.ts';

const SectionSchema = z.object({
  /** The section starts at the first occurrence of this string (inside the body). */
  startAt: z.string().min(1),
  region: z.string().min(1),
  /** Status of quantities in the section unless a sentence says otherwise. */
  status: z.optional(StatusSchema),
});

export const DocumentEntrySchema = z.object({
  id: z.string().regex(/^\d{3}$/),
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  title: BilingualSchema,
  publisher: z.string().min(1),
  published: z.nullable(PartialDateSchema),
  publishedBasis: z.object({ kind: z.enum(['stated', 'inferred']), note: z.string().min(1) }),
  /** Verbatim text the publication date is read from; it anchors the publication event. */
  publishedQuote: z.string().min(1).nullable(),
  script: z.enum(['Hans', 'Hant']),
  defaultRegion: z.string().min(1),
  defaultStatus: StatusSchema,
  body: z.object({
    startAfter: z.string().min(1).optional(),
    endBefore: z.string().min(1).optional(),
  }),
  /** Strings inside the body that are not article text (photo captions); every occurrence is skipped. */
  mask: z.array(z.string().min(1)),
  sections: z.array(SectionSchema),
  /** Where the document was published, when its adder gave it. */
  url: z.string().url().optional(),
});
export type DocumentEntry = z.infer<typeof DocumentEntrySchema>;

export const IndicatorEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: BilingualSchema,
  unit: UnitSchema,
  kind: IndicatorKindSchema,
  group: z.string().min(1),
  family: z.string().min(1),
  concept: z.string().regex(/^[a-z0-9-]+$/),
  layer: z.string().regex(/^[a-z0-9-]+$/),
  scope: ScopeSchema,
  match: SeedMatchSchema,
});
/** An indicator with its reading rule composed from the vocabulary (vocabulary.ts). */
export type IndicatorEntry = Omit<z.infer<typeof IndicatorEntrySchema>, 'match'> & { match: Match };

export const MeasureEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: BilingualSchema,
  group: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
  /** Regular expressions on the keyword's clause that give the keyword another sense there. */
  unless: z.array(z.string().min(1)).optional(),
});
export type MeasureEntry = z.infer<typeof MeasureEntrySchema>;

export const EventRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: EventKindSchema,
  /** Regular expression on a simplified sentence; named groups fill the title templates. */
  pattern: z.string().min(1),
  /** Templates: {region}, {regionEn}, {year} and any named group of the pattern. */
  title: BilingualSchema,
});
export type EventRule = z.infer<typeof EventRuleSchema>;

/** All catalogues of one seeds directory, validated. */
export interface Catalogues {
  seedsDir: string;
  documents: DocumentEntry[];
  /** The dataset's regions: the catalogue's, and the base regions the documents are about. */
  regions: z.infer<typeof RegionSchema>[];
  /** Every region a document may name: the catalogue over the region base. */
  universe: RegionUniverse;
  families: z.infer<typeof FamilySchema>[];
  /** The vocabulary of concepts the indicators count in. */
  concepts: z.infer<typeof ConceptSchema>[];
  indicators: IndicatorEntry[];
  measures: MeasureEntry[];
  events: EventRule[];
}

function readJson<T>(seedsDir: string, name: string, key: string, schema: z.ZodType<T>): T {
  const path = join(seedsDir, name);
  const file = `seeds/${name}`;
  if (!existsSync(path)) throw new BuildError(file, null, 'catalogue file is missing');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BuildError(file, null, `not valid JSON (${(e as Error).message})`);
  }
  const parsed = z.object({ [key]: schema }).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BuildError(file, issue ? issue.path.join('.') : null, issue?.message ?? 'invalid');
  }
  return parsed.data[key] as T;
}

function checkRegexes(file: string, where: string, sources: string[]): void {
  for (const s of sources) {
    try {
      new RegExp(s, 'u');
    } catch (e) {
      throw new BuildError(file, where, `bad pattern ${s} (${(e as Error).message})`);
    }
  }
}

function checkUnique(file: string, key: string, ids: string[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new BuildError(file, `${key}.${i}.id`, `duplicate id ${id}`);
    seen.add(id);
  });
}

/**
 * Read and cross-check every catalogue of a seeds directory, with the region base at
 * `regionBasePath` (the committed one by default).
 */
export function loadCatalogues(seedsDir: string, regionBasePath?: string): Catalogues {
  const documents = readJson(seedsDir, 'catalogue.json', 'documents', z.array(DocumentEntrySchema));
  const catalogueRegions = readJson(seedsDir, 'regions.json', 'regions', z.array(RegionSchema));
  const universe = regionUniverse(catalogueRegions, loadRegionBase(regionBasePath));
  const families = readJson(seedsDir, 'families.json', 'families', z.array(FamilySchema));
  const concepts = readJson(seedsDir, 'concepts.json', 'concepts', z.array(ConceptSchema));
  const seedIndicators = readJson(
    seedsDir,
    'indicators.json',
    'indicators',
    z.array(IndicatorEntrySchema),
  );
  const vocabulary = readJson(seedsDir, 'vocabulary.json', 'vocabulary', VocabularySchema);
  const measures = readJson(seedsDir, 'measures.json', 'measures', z.array(MeasureEntrySchema));
  const events = readJson(seedsDir, 'events.json', 'rules', z.array(EventRuleSchema));
  checkUnique(
    'seeds/catalogue.json',
    'documents',
    documents.map((d) => d.id),
  );
  checkUnique(
    'seeds/families.json',
    'families',
    families.map((f) => f.id),
  );
  checkUnique(
    'seeds/concepts.json',
    'concepts',
    concepts.map((c) => c.id),
  );
  checkUnique(
    'seeds/indicators.json',
    'indicators',
    seedIndicators.map((i) => i.id),
  );
  checkUnique(
    'seeds/measures.json',
    'measures',
    measures.map((m) => m.id),
  );
  checkUnique(
    'seeds/events.json',
    'rules',
    events.map((r) => r.id),
  );
  const codes = universe.byCode;
  documents.forEach((d, i) => {
    if (!codes.has(d.defaultRegion))
      throw new BuildError(
        'seeds/catalogue.json',
        `documents.${i}.defaultRegion`,
        `unknown region ${d.defaultRegion}`,
      );
    d.sections.forEach((s, j) => {
      if (!codes.has(s.region))
        throw new BuildError(
          'seeds/catalogue.json',
          `documents.${i}.sections.${j}.region`,
          `unknown region ${s.region}`,
        );
    });
  });
  const familyIds = new Set<string>(families.map((f) => f.id));
  const conceptById = new Map<string, (typeof concepts)[number]>(concepts.map((c) => [c.id, c]));
  for (const id of Object.keys(vocabulary.concepts))
    if (!conceptById.has(id))
      throw new BuildError('seeds/vocabulary.json', `concepts.${id}`, `unknown concept ${id}`);
  const bars = barScopes(vocabulary, concepts, seedIndicators);
  const indicators: IndicatorEntry[] = seedIndicators.map((ind, i) => {
    if (!familyIds.has(ind.family))
      throw new BuildError(
        'seeds/indicators.json',
        `indicators.${i}.family`,
        `unknown family ${ind.family}`,
      );
    const concept = conceptById.get(ind.concept);
    const unit = concept?.unit;
    if (concept === undefined || unit !== ind.unit)
      throw new BuildError(
        'seeds/indicators.json',
        `indicators.${i}.concept`,
        unit === undefined
          ? `unknown concept ${ind.concept}`
          : `unit ${ind.unit} is not its concept's ${unit}`,
      );
    const match = composeMatch(vocabulary, concept, ind.match, `indicators.${i}`, bars.get(ind.id));
    checkRegexes('seeds/indicators.json', `indicators.${i}`, [
      ...match.keywords,
      ...(match.unless ?? []),
      ...(match.within ?? []),
      ...(match.unlessSentence ?? []),
    ]);
    return { ...ind, match };
  });
  const mixed = layerConflicts(indicators);
  if (mixed !== null)
    throw new BuildError('seeds/indicators.json', `layer ${mixed.layer}`, mixed.reason);
  measures.forEach((m, i) =>
    checkRegexes('seeds/measures.json', `measures.${i}`, [...m.keywords, ...(m.unless ?? [])]),
  );
  events.forEach((r, i) => checkRegexes('seeds/events.json', `rules.${i}`, [r.pattern]));
  const listed = new Set(documents.map((d) => d.file));
  for (const file of readdirSync(seedsDir).sort())
    if (file.endsWith('.txt') && !listed.has(file))
      throw new BuildError(
        `seeds/${file}`,
        null,
        'not listed in seeds/catalogue.json: add documents with npm run add-document -- FILE --published YYYY-MM-DD',
      );
  const regions = universe.datasetRegions(
    documents.flatMap((d) => [d.defaultRegion, ...d.sections.map((s) => s.region)]),
  );
  return {
    seedsDir,
    documents,
    regions,
    universe,
    families,
    concepts,
    indicators,
    measures,
    events,
  };
}
