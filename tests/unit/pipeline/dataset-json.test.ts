import { describe, expect, it } from 'vitest';
import { recordsPerLine } from '../../../src/pipeline/dataset-json.ts';

describe('recordsPerLine', () => {
  const value = {
    schemaVersion: 1,
    release: { version: 'abc', date: '2026-12-07' },
    sources: [
      { id: '000', title: { zh: '甲', en: 'A' } },
      { id: '001', title: { zh: '乙', en: 'B' } },
    ],
    standards: [],
  };

  it('puts each field on a line and each record of a list on its own, keeping the order', () => {
    expect(recordsPerLine(value)).toBe(
      [
        '{',
        '"schemaVersion": 1,',
        '"release": {"version":"abc","date":"2026-12-07"},',
        '"sources": [',
        '{"id":"000","title":{"zh":"甲","en":"A"}},',
        '{"id":"001","title":{"zh":"乙","en":"B"}}',
        '],',
        '"standards": []',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('reads back as the same value', () => {
    expect(JSON.parse(recordsPerLine(value))).toEqual(value);
  });
});
