/**
 * seeds/standards.json: the national thresholds, validated and tied to the indicator catalogue.
 * A threshold whose indicator the catalogue lacks fails the build, so every standard has a
 * concept the reader's figures can be assessed in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { StandardSchema, type Standard } from '../lib/domain/schema.ts';
import type { IndicatorEntry } from './catalogue.ts';
import { BuildError } from './errors.ts';

const FILE = 'seeds/standards.json';

/**
 * The thresholds of `seedsDir`, in file order; none when the folder has no standards.json.
 * Throws a BuildError naming the entry whose indicator is unknown or whose unit is not its
 * indicator's, or whose id repeats.
 */
export function loadStandards(seedsDir: string, indicators: readonly IndicatorEntry[]): Standard[] {
  const path = join(seedsDir, 'standards.json');
  if (!existsSync(path)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BuildError(FILE, null, `not valid JSON (${(e as Error).message})`);
  }
  const parsed = z.object({ standards: z.array(StandardSchema) }).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BuildError(FILE, issue ? issue.path.join('.') : null, issue?.message ?? 'invalid');
  }
  const units = new Map<string, string>(indicators.map((i) => [i.id, i.unit]));
  const seen = new Set<string>();
  parsed.data.standards.forEach((s, i) => {
    if (seen.has(s.id)) throw new BuildError(FILE, `standards.${i}.id`, `duplicate id ${s.id}`);
    seen.add(s.id);
    const unit = units.get(s.indicator);
    if (unit === undefined)
      throw new BuildError(
        FILE,
        `standards.${i}.indicator`,
        `${s.id} governs ${s.indicator}, which seeds/indicators.json does not have: add the concept there first`,
      );
    if (unit !== s.unit)
      throw new BuildError(
        FILE,
        `standards.${i}.unit`,
        `${s.id} is in ${s.unit} but ${s.indicator} counts in ${unit}`,
      );
  });
  return parsed.data.standards;
}
