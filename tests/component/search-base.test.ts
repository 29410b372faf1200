/** The search list over all of China: regions with data marked, the others told apart by parents. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { z } from 'zod/mini';
import regionsFile from '../../seeds/regions.json';
import { RegionSchema, type Region, type RegionCode } from '../../src/lib/domain/schema';
import Search from '../../src/lib/search/Search.svelte';
import { BASIC_NORMALISERS } from '../../src/lib/search/normalise';

const regions = z.array(RegionSchema).parse(regionsFile.regions);
const place = (code: string, zh: string, parent: string): Region => ({
  code: code as RegionCode,
  name: { zh, en: zh },
  level: 'county',
  parent: parent as RegionCode,
  members: [],
  aliases: [],
});
// Two 巴南区 of the base: the dataset's (500113, with data) and an invented one under 汉中市.
const base = [place('500113', '巴南区', '500000'), place('610799', '巴南区', '610700')];

async function typeAfterBase(text: string) {
  const loadBase = vi.fn(async () => base);
  render(Search, {
    props: {
      regions,
      lang: 'zh',
      onchoose: vi.fn(),
      loadBase,
      load: async () => BASIC_NORMALISERS,
    },
  });
  const input = screen.getByRole('combobox');
  await fireEvent.focus(input);
  await waitFor(() => expect(loadBase).toHaveBeenCalledTimes(1));
  await fireEvent.input(input, { target: { value: text } });
  return screen.findAllByRole('option');
}

describe('Search over the region base', () => {
  it('marks the region with data, in its accessible name, and lists it first', async () => {
    const options = await typeAfterBase('巴南区');
    expect(options).toHaveLength(2);
    expect(options[0]?.textContent).toContain('有数据');
    expect(options[0]?.textContent).toContain('重庆市');
    expect(options[1]?.textContent).not.toContain('有数据');
    expect(options[1]?.textContent).toContain('汉中市');
  });

  it('searches the dataset alone until the base is asked for', async () => {
    render(Search, {
      props: { regions, lang: 'en', onchoose: vi.fn(), load: async () => BASIC_NORMALISERS },
    });
    const input = screen.getByRole('combobox');
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: '巴南区' } });
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]?.textContent).toContain('has figures');
  });
});
