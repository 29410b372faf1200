import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import RegionList from '../../src/lib/ui/RegionList.svelte';
import { RegionSchema, type Region } from '../../src/lib/domain/schema';

const regions: Region[] = [
  { code: '500000', name: { zh: '重庆市', en: 'Chongqing' }, level: 'province', parent: null },
  {
    code: '500113',
    name: { zh: '巴南区', en: 'Banan District' },
    level: 'county',
    parent: '500000',
  },
  {
    code: '500154',
    name: { zh: '开州区', en: 'Kaizhou District' },
    level: 'county',
    parent: '500000',
  },
].map((r) => RegionSchema.parse({ ...r, members: [], aliases: [] }));

function setup(selected: string | null = null) {
  const onselect = vi.fn();
  const onhover = vi.fn();
  render(RegionList, {
    props: { regions, lang: 'zh', selected: selected as Region['code'] | null, onselect, onhover },
  });
  return { onselect, onhover, list: screen.getByRole('listbox') };
}

describe('RegionList', () => {
  it('lists every region as an option in the current language', () => {
    setup();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringContaining('重庆市'),
      expect.stringContaining('巴南区'),
      expect.stringContaining('开州区'),
    ]);
  });

  it('moves with the arrow keys and selects with Enter', async () => {
    const { onselect, onhover, list } = setup();
    await fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(onhover).toHaveBeenLastCalledWith('500113');
    await fireEvent.keyDown(list, { key: 'Enter' });
    expect(onselect).toHaveBeenLastCalledWith('500113');
  });

  it('clears the selection with Escape', async () => {
    const { onselect, list } = setup('500113');
    await fireEvent.keyDown(list, { key: 'Escape' });
    expect(onselect).toHaveBeenLastCalledWith(null);
  });

  it('marks the selected region and points the active descendant at it', () => {
    const { list } = setup('500154');
    expect(screen.getByRole('option', { selected: true }).dataset.code).toBe('500154');
    expect(list.getAttribute('aria-activedescendant')).toBe('region-option-500154');
  });
});
