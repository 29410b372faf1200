import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Timeline from '../../src/lib/timeline/Timeline.svelte';
import type { Scheduler } from '../../src/lib/timeline/controller';

const milestones = [
  { date: '2017-12', title: '行动计划印发' },
  { date: '2021', title: '通过国家评估' },
  { date: '2021-12', title: '通过省级评估' },
];

function setup(year: number | null) {
  const onchange = vi.fn();
  let tick: (() => void) | null = null;
  const scheduler: Scheduler = {
    every: (_ms, fn) => {
      tick = fn;
      return () => (tick = null);
    },
  };
  const r = render(Timeline, {
    props: {
      range: { min: 2015, max: 2023 },
      milestones,
      year,
      lang: 'zh',
      onchange,
      scheduler,
      reducedMotion: () => false,
    },
  });
  return { ...r, onchange, slider: screen.getByRole('slider'), tick: () => tick?.() };
}

describe('Timeline', () => {
  it('exposes the year as a slider with bounds and a spoken value', () => {
    const { slider } = setup(null);
    expect(slider.getAttribute('aria-valuemin')).toBe('2015');
    expect(slider.getAttribute('aria-valuemax')).toBe('2023');
    expect(slider.getAttribute('aria-valuenow')).toBe('2023');
    expect(slider.getAttribute('aria-valuetext')).toBe('2023（最新）');
  });

  it.each([
    ['ArrowRight', 2020],
    ['ArrowUp', 2020],
    ['ArrowLeft', 2018],
    ['ArrowDown', 2018],
    ['PageUp', null],
    ['PageDown', 2015],
    ['Home', 2015],
    ['End', null],
  ])('moves with %s', async (key, expected) => {
    const { slider, onchange } = setup(2019);
    slider.focus();
    await fireEvent.keyDown(slider, { key });
    expect(onchange).toHaveBeenLastCalledWith(expected);
  });

  it('follows the year it is given', async () => {
    const { slider, rerender } = setup(2019);
    await rerender({ year: 2016 });
    expect(slider.getAttribute('aria-valuenow')).toBe('2016');
    expect(slider.getAttribute('aria-valuetext')).toBe('2016');
  });

  it('offers each year with milestones as one focusable button naming them all', async () => {
    const { onchange } = setup(2019);
    const button = screen.getByRole('button', { name: '2017-12 行动计划印发' });
    button.focus();
    expect(document.activeElement).toBe(button);
    await fireEvent.click(button);
    expect(onchange).toHaveBeenLastCalledWith(2017);
    // The count it shows is part of its name (the visible text is in the spoken one).
    const both = screen.getByRole('button', {
      name: '2 个里程碑: 2021 通过国家评估; 2021-12 通过省级评估',
    });
    expect(both.textContent).toContain('2');
    await fireEvent.click(both);
    expect(onchange).toHaveBeenLastCalledWith(2021);
  });

  it('plays and pauses from its button', async () => {
    const { onchange, tick } = setup(2019);
    const play = screen.getByRole('button', { name: '播放' });
    await fireEvent.click(play);
    expect(screen.getByRole('button', { name: '暂停' })).toBe(play);
    tick();
    expect(onchange).toHaveBeenLastCalledWith(2020);
    await fireEvent.click(play);
    expect(screen.getByRole('button', { name: '播放' })).toBe(play);
  });

  it('sets the year where the pointer presses and drags', async () => {
    const { slider, onchange } = setup(2019);
    slider.getBoundingClientRect = () => ({ left: 0, width: 800 }) as DOMRect;
    await fireEvent.pointerDown(slider, { clientX: 100, pointerId: 1 });
    expect(onchange).toHaveBeenLastCalledWith(2016);
    await fireEvent.pointerMove(slider, { clientX: 400, pointerId: 1 });
    expect(onchange).toHaveBeenLastCalledWith(2019);
    await fireEvent.pointerUp(slider, { pointerId: 1 });
    await fireEvent.pointerMove(slider, { clientX: 0, pointerId: 1 });
    expect(onchange).toHaveBeenCalledTimes(2);
  });
});
