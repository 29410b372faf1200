import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { nextSort, sortRows, type TableSort } from '../../src/lib/compare/sort';
import { comparisonTable, layerTable } from '../../src/lib/compare/table';
import { regionsInTreeOrder } from '../../src/lib/data/select';
import type { LayerId, RegionCode } from '../../src/lib/domain/schema';
import { drawnLayer } from '../../src/lib/layers/layer-specs';
import ValueTable from '../../src/lib/ui/ValueTable.svelte';
import { atlas as built } from '../fixtures/dataset';

const atlas = built();
const layer = drawnLayer({ kind: 'concept', id: 'places-compulsory' as LayerId }, atlas)!;
const NAME = 'New school places, compulsory stage';
const base = layerTable(atlas, layer, regionsInTreeOrder(atlas), null);

function setup(sort: TableSort | null, lang: 'zh' | 'en' = 'en', compare: RegionCode[] = []) {
  const keys = base.columns.map((c) => c.key);
  const table = { ...base, rows: sortRows(base.rows, keys, sort, lang) };
  const props = {
    table,
    sort,
    year: null,
    compare,
    lang,
    onsort: vi.fn(),
    onadd: vi.fn(),
    onremove: vi.fn(),
    onquote: vi.fn(),
  };
  return { ...render(ValueTable, { props }), props };
}

const rowNames = () =>
  screen
    .getAllByRole('rowheader')
    .map((th) => th.firstChild?.textContent?.trim() ?? '')
    .filter(Boolean);

describe('ValueTable', () => {
  it('is a real table: a caption, column headers and one row header per region', () => {
    setup(null);
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toMatch(`${NAME}: values by region`);
    expect(screen.getAllByRole('columnheader').length).toBe(base.columns.length + 2);
    expect(rowNames()).toEqual(base.rows.map((r) => r.region.name.en));
  });

  it('sorts from the header buttons, marks the sorted column with aria-sort and says the order', async () => {
    const { props, rerender } = setup(null);
    const button = screen.getByRole('button', { name: `Sort by ${NAME}` });
    await fireEvent.click(button);
    expect(props.onsort).toHaveBeenCalledWith('i:new-school-places');
    const sort = nextSort(null, 'i:new-school-places');
    const keys = base.columns.map((c) => c.key);
    await rerender({
      ...props,
      sort,
      table: { ...base, rows: sortRows(base.rows, keys, sort, 'en') },
    });
    const header = button.closest('th')!;
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const others = screen.getAllByRole('columnheader').filter((th) => th !== header);
    for (const th of others)
      if (th.hasAttribute('aria-sort')) expect(th.getAttribute('aria-sort')).toBe('none');
    expect(screen.getByRole('status').textContent).toBe(`Sorted by ${NAME}, descending`);
    const largest = [...base.rows].sort(
      (a, b) => (b.cells[0]?.value.fact.value ?? -1) - (a.cells[0]?.value.fact.value ?? -1),
    )[0]!;
    expect(rowNames()[0]).toBe(largest.region.name.en);
  });

  it('announces in Chinese too', () => {
    setup({ column: 'region', direction: 'ascending' }, 'zh');
    expect(screen.getByRole('status').textContent).toBe('已按“地区”升序排列');
    expect(rowNames()).toEqual(['巴南区', '重庆市', '汉中市', '略阳县']);
  });

  it('puts a region in the comparison from its checkbox, and takes it out again', async () => {
    const { props } = setup(null, 'en', ['610727' as RegionCode]);
    await fireEvent.click(
      screen.getByRole('checkbox', { name: 'Add Banan District to the comparison' }),
    );
    expect(props.onadd).toHaveBeenCalledWith('500113');
    await fireEvent.click(
      screen.getByRole('checkbox', { name: 'Remove Lueyang County from the comparison' }),
    );
    expect(props.onremove).toHaveBeenCalledWith('610727');
  });

  it('opens the sentence of a value, and says "no value" where a region has none', async () => {
    const { props } = setup(null);
    const [quote] = screen.getAllByRole('button', {
      name: `Show the source sentence: Banan District, ${NAME}`,
    });
    await fireEvent.click(quote!);
    const fact = base.rows.find((r) => r.region.code === '500113')!.cells[0]!.value.fact;
    expect(props.onquote).toHaveBeenCalledWith(fact.source, fact.id);
    expect(screen.getAllByText('no value').length).toBeGreaterThan(0);
  });

  it('groups the comparison table’s columns under their families', () => {
    const table = comparisonTable(atlas, ['500113', '610727'] as RegionCode[], null);
    render(ValueTable, {
      props: {
        table,
        sort: null,
        year: 2023,
        compare: ['500113', '610727'] as RegionCode[],
        lang: 'zh',
        onsort: vi.fn(),
        onadd: vi.fn(),
        onremove: vi.fn(),
        onquote: vi.fn(),
      },
    });
    const groups = document.querySelectorAll('th[scope="colgroup"]');
    const spans = [...groups].reduce((n, g) => n + Number(g.getAttribute('colspan')), 0);
    expect(spans).toBe(table.columns.length);
    expect(screen.getByText('所比较地区的全部指标（2023）')).toBeTruthy();
  });

  it('reads a governed value against its national standard', () => {
    const coefficient = drawnLayer(
      { kind: 'concept', id: 'difference-coefficient' as LayerId },
      atlas,
    )!;
    const table = layerTable(atlas, coefficient, regionsInTreeOrder(atlas), null);
    render(ValueTable, {
      props: {
        table,
        sort: null,
        year: null,
        compare: [],
        lang: 'zh',
        onsort: vi.fn(),
        onadd: vi.fn(),
        onremove: vi.fn(),
        onquote: vi.fn(),
      },
    });
    const notes = [...document.querySelectorAll('[data-standard]')].map((n) => n.textContent ?? '');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('≤ 0.45（初中）');
    expect(notes[0]).toContain('达到国家标准');
  });
});
