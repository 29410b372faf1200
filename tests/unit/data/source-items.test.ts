import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import { sourceItems } from '../../../src/lib/data/source-items';
import type { SourceId } from '../../../src/lib/domain/schema';
import { MINI } from '../../fixtures/mini-dataset';

const atlas = indexDataset(MINI);

describe('sourceItems', () => {
  it('gathers facts, measures and events of one source in text order, each with its layer', () => {
    const items = sourceItems(atlas, '003' as SourceId);
    expect(items.map((i) => i.start)).toEqual([...items.map((i) => i.start)].sort((a, b) => a - b));
    expect(items.find((i) => i.id === 'e-ly-2021')?.layer).toEqual({ kind: 'events' });
    expect(items.find((i) => i.id === 'm-ly-groups')?.layer).toEqual({
      kind: 'measure',
      id: 'education-groups',
    });
    expect(items).toHaveLength(11);
  });
});
