import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../../src/lib/domain/schema';
import { checkQuotes, SourceTextsSchema } from '../../../src/lib/domain/source-texts';
import { MINI, MINI_TEXTS } from '../../fixtures/mini-dataset';

const S003 = '003' as SourceId;
const TEXT_003 = MINI_TEXTS[S003] ?? '';

/** The paths of the issues `checkQuotes` reports for source 003 of `ds`, read against `text`. */
function misplaced(ds: Parameters<typeof checkQuotes>[0], text = TEXT_003): string[] {
  const paths: string[] = [];
  checkQuotes(ds, S003, text, (path) => paths.push(path.join('.')));
  return paths;
}

describe('checkQuotes', () => {
  it('finds every quote of the fixture at its offsets', () => {
    for (const [source, text] of Object.entries(MINI_TEXTS)) {
      const issues: string[] = [];
      checkQuotes(MINI, source, text, (path) => issues.push(path.join('.')));
      expect(issues, source).toEqual([]);
    }
  });

  it('names a fact, an event and a mention whose quote is not at its offsets', () => {
    const shift = <T extends { start: number; end: number }>(x: T): T => ({
      ...x,
      start: x.start + 1,
      end: x.end + 1,
    });
    const fi = MINI.facts.findIndex((f) => f.source === S003);
    const ei = MINI.events.findIndex((e) => e.source === S003);
    const mi = MINI.measures.findIndex((m) => m.source === S003);
    const facts = MINI.facts.map((f, i) => (i === fi ? shift(f) : f));
    const events = MINI.events.map((e, i) => (i === ei ? shift(e) : e));
    const measures = MINI.measures.map((m, i) =>
      i === mi ? { ...m, mentions: m.mentions.map(shift) } : m,
    );
    expect(misplaced({ facts, events, measures })).toEqual([
      `facts.${fi}.quote`,
      `events.${ei}.quote`,
      `measures.${mi}.mentions.0`,
    ]);
  });

  it('reads only the records of the source it is given', () => {
    // A text of other characters holds none of 003's quotes, and the other sources' are not read.
    expect(misplaced(MINI, 'x'.repeat(TEXT_003.length)).length).toBeGreaterThan(0);
    const others = {
      facts: MINI.facts.filter((f) => f.source !== S003),
      measures: MINI.measures.filter((m) => m.source !== S003),
      events: MINI.events.filter((e) => e.source !== S003),
    };
    expect(misplaced(others, 'x')).toEqual([]);
  });
});

describe('SourceTextsSchema', () => {
  it('takes texts by source id, and refuses an empty text or a key that is no source id', () => {
    expect(SourceTextsSchema.safeParse(MINI_TEXTS).success).toBe(true);
    expect(SourceTextsSchema.safeParse({ '003': '' }).success).toBe(false);
    expect(SourceTextsSchema.safeParse({ doc: 'text' }).success).toBe(false);
  });
});
