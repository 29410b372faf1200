import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { z } from 'zod/mini';
import regionsFile from '../../seeds/regions.json';
import { RegionSchema } from '../../src/lib/domain/schema';
import Search from '../../src/lib/search/Search.svelte';
import { loadNormalisers } from '../../src/lib/search/normalise';

const regions = z.array(RegionSchema).parse(regionsFile.regions);
const codeOf = (zh: string) => regions.find((r) => r.name.zh === zh)?.code;

async function setup() {
  const onchoose = vi.fn();
  const load = vi.fn(loadNormalisers);
  render(Search, { props: { regions, lang: 'zh', onchoose, load } });
  const input = screen.getByRole('combobox');
  input.focus();
  await fireEvent.focus(input);
  await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  await load.mock.results[0]?.value;
  return { input, onchoose };
}

async function type(input: HTMLElement, text: string) {
  await fireEvent.input(input, { target: { value: text } });
}

describe('Search', () => {
  it('is a combobox that controls a listbox, closed at first', async () => {
    const { input } = await setup();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    expect(list?.getAttribute('role')).toBe('listbox');
  });

  it('says so, visibly, when nothing matches, and shows no empty list', async () => {
    const { input } = await setup();
    await type(input, 'xyz不存在');
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    expect(list?.hidden).toBe(true);
    const seen = [...document.querySelectorAll('p')].filter(
      (p) => p.textContent?.trim() === '没有匹配的地区' && p.getAttribute('aria-hidden') === 'true',
    );
    expect(seen).toHaveLength(1);
    // Announced once, by the status region; the visible line is not read twice.
    expect(screen.getByRole('status').textContent).toContain('没有匹配的地区');
    await type(input, '巴南');
    expect(document.querySelector('p[aria-hidden="true"]')).toBeNull();
  });

  it('chooses the first pinyin match with Enter', async () => {
    const { input, onchoose } = await setup();
    await type(input, 'ba nan');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onchoose).toHaveBeenCalledWith(codeOf('巴南区'));
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves through options with the arrows and marks the active one', async () => {
    const { input, onchoose } = await setup();
    await type(input, '南');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    const options = screen.getAllByRole('option');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onchoose).toHaveBeenCalledTimes(1);
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    const { input } = await setup();
    await type(input, 'Lueyang');
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('Lueyang');
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('finds traditional characters and says when nothing matches', async () => {
    const { input, onchoose } = await setup();
    await type(input, '銀川');
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onchoose).toHaveBeenCalledWith(codeOf('银川市'));
    await type(input, 'zzzz');
    expect(screen.getByRole('status').textContent).toContain('没有匹配的地区');
  });
});
