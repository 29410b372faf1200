import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawWhenIdle, isPrintKey, printsUnasked } from '../../src/lib/ui/print-ahead';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

/** Sets what the page says of its visibility, and tells it as the browser does. */
function visibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('isPrintKey', () => {
  it('is Ctrl+P or Cmd+P, whatever the case, and nothing else', () => {
    expect(isPrintKey(key({ key: 'p', ctrlKey: true }))).toBe(true);
    expect(isPrintKey(key({ key: 'p', metaKey: true }))).toBe(true);
    expect(isPrintKey(key({ key: 'P', ctrlKey: true }))).toBe(true);
    expect(isPrintKey(key({ key: 'p' }))).toBe(false);
    expect(isPrintKey(key({ key: 'p', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isPrintKey(key({ key: 'p', ctrlKey: true, altKey: true }))).toBe(false);
    expect(isPrintKey(key({ key: 'o', ctrlKey: true }))).toBe(false);
  });
});

describe('printsUnasked', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a desktop’s pointer, one that is fine and hovers', () => {
    const asked: string[] = [];
    const answer = (matches: boolean) =>
      vi.stubGlobal('matchMedia', (query: string) => {
        asked.push(query);
        return { matches };
      });
    answer(true);
    expect(printsUnasked()).toBe(true);
    answer(false);
    expect(printsUnasked()).toBe(false);
    expect(asked[0]).toBe('(hover: hover) and (pointer: fine)');
  });
});

describe('drawWhenIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    visibility('visible');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    visibility('visible');
  });

  it('draws once the view has stood still, not before, and not once cancelled', () => {
    const draw = vi.fn();
    drawWhenIdle(draw);
    // Longer than a played timeline's step, with reduced motion too (2.5 s).
    vi.advanceTimersByTime(4000);
    expect(draw).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1001);
    expect(draw).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20_000);
    window.dispatchEvent(new Event('blur'));
    expect(draw).toHaveBeenCalledTimes(1);
    const again = vi.fn();
    drawWhenIdle(again)();
    vi.advanceTimersByTime(20_000);
    window.dispatchEvent(new Event('blur'));
    expect(again).not.toHaveBeenCalled();
  });

  it('draws at once, and once, when the reader turns to the browser’s menus', () => {
    const draw = vi.fn();
    drawWhenIdle(draw);
    vi.advanceTimersByTime(100);
    window.dispatchEvent(new Event('blur'));
    expect(draw).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20_000);
    window.dispatchEvent(new Event('blur'));
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('waits for an idle moment where the browser says when', () => {
    let idle: (() => void) | null = null;
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => ((idle = cb), 7));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const draw = vi.fn();
    const cancel = drawWhenIdle(draw);
    vi.advanceTimersByTime(5000);
    expect(draw).not.toHaveBeenCalled();
    expect(idle).not.toBeNull();
    cancel();
    expect(cancelled).toEqual([7]);
  });

  it('waits while the page is hidden, and draws once it is shown', () => {
    const draw = vi.fn();
    visibility('hidden');
    drawWhenIdle(draw);
    vi.advanceTimersByTime(10_000);
    expect(draw).not.toHaveBeenCalled();
    visibility('visible');
    vi.advanceTimersByTime(1);
    expect(draw).toHaveBeenCalledTimes(1);
    // Shown again later, it is not drawn again.
    visibility('hidden');
    visibility('visible');
    vi.advanceTimersByTime(1);
    expect(draw).toHaveBeenCalledTimes(1);
  });
});
