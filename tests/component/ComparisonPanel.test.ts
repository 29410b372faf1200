import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { comparisonModel } from '../../src/lib/compare/comparison';
import type { Region, RegionCode } from '../../src/lib/domain/schema';
import ComparisonPanel from '../../src/lib/ui/ComparisonPanel.svelte';
import { atlas as built } from '../fixtures/dataset';

const atlas = built();

/** 哈密市, a region of China the fixture's documents give no figures for, as the base has it. */
const HAMI: Region = {
  code: '650500' as RegionCode,
  name: { zh: '哈密市', en: 'Hami' },
  level: 'prefecture',
  parent: '650000' as RegionCode,
  members: [],
  aliases: [],
};

function setup(codes: string[], lang: 'zh' | 'en' = 'en', year: number | null = null) {
  const props = {
    comparison: comparisonModel(atlas, codes as RegionCode[], year, new Map([[HAMI.code, HAMI]])),
    regions: atlas.dataset.regions,
    lang,
    onadd: vi.fn(),
    onremove: vi.fn(),
    onclear: vi.fn(),
    onquote: vi.fn(),
    showValues: true,
  };
  render(ComparisonPanel, { props });
  return props;
}

describe('ComparisonPanel', () => {
  it('with one region, asks for another and shows no values yet', () => {
    setup(['500113']);
    expect(screen.getByText(/Add one more region/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('puts the regions side by side, family by family, saying "no value", like with like in each row', () => {
    setup(['500113', '610727', 'cq-metro']);
    const table = screen.getByRole('table');
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(heads).toEqual(['Banan District', 'Lueyang County', 'Chongqing Metropolitan Area']);
    const places = within(table)
      .getByRole('rowheader', { name: /^New school places, compulsory stage/ })
      .closest('tr')!;
    const cells = within(places).getAllByRole('cell');
    expect(cells[0]?.textContent).toContain('22,500 places');
    expect(cells[1]?.textContent).toContain('≥ 1,600 places (target)');
    expect(cells[2]?.textContent).toContain('no value');
    expect(table.textContent).not.toContain('scopes differ');
  });

  it('puts a region of China beyond the documents beside them, saying it has no figures yet', () => {
    setup(['500113', HAMI.code], 'zh');
    const chosen = screen.getByRole('list');
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.not.stringContaining('暂无数据'),
      expect.stringMatching(/^哈密市 \(暂无数据\)/),
    ]);
    const heads = [...screen.getByRole('table').querySelectorAll('thead th')];
    expect(heads.map((th) => th.textContent?.trim())).toEqual(['巴南区', '哈密市']);
  });

  it('says "no value as of" the year, names the families no region reports, in Chinese too', () => {
    setup(['500113', '610727'], 'zh', 2023);
    expect(screen.getAllByText('2023年无数据').length).toBeGreaterThan(0);
    expect(screen.getByText(/以下指标族对所比较的地区均无数据/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: /地区对比/ }).textContent).toContain('2023年');
  });

  it('says so in one line when no compared region has any value at the year', () => {
    setup(['500113', '610727'], 'en', 2020);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/No value for any compared region as of 2020/)).toBeTruthy();
  });

  it('removes a region, clears the comparison, and opens a sentence', async () => {
    const props = setup(['500113', '610727']);
    await fireEvent.click(
      screen.getByRole('button', { name: 'Remove Lueyang County from the comparison' }),
    );
    expect(props.onremove).toHaveBeenCalledWith('610727');
    await fireEvent.click(screen.getByRole('button', { name: 'Clear comparison' }));
    expect(props.onclear).toHaveBeenCalled();
    const quote = screen.getAllByRole('button', { name: /Show the source sentence: Banan/ })[0]!;
    await fireEvent.click(quote);
    expect(props.onquote).toHaveBeenCalledWith('004', quote.getAttribute('data-item'));
  });

  it('adds a region from its own search box', async () => {
    const props = setup(['500113']);
    const box = screen.getByRole('combobox', { name: 'Add a region to compare' });
    await fireEvent.input(box, { target: { value: 'Lueyang' } });
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(props.onadd).toHaveBeenCalledWith('610727');
    expect((box as HTMLInputElement).value).toBe('');
  });

  it("reads a governed value against its national standard in each region's cell", () => {
    setup(['500000', '610727']);
    const row = within(screen.getByRole('table'))
      .getByRole('rowheader', { name: /^Urban–rural junior secondary difference coefficient/ })
      .closest('tr')!;
    const note = row.querySelector('[data-standard="qb2017-junior-difference-coefficient"]');
    expect(note?.textContent).toContain('≤ 0.45 (junior secondary)');
    expect(note?.textContent).toContain('meets the national standard');
  });
});
