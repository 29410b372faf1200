import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import type { RegionCode } from '../../src/lib/domain/schema';
import {
  UrlSync,
  type LoadChinaLookup,
  type UrlSyncWindow,
} from '../../src/lib/state/url-sync.svelte';
import { ViewState } from '../../src/lib/state/view-state.svelte';
import { defaultSnapshot } from '../../src/lib/state/types';
import { ctx } from '../unit/state/url-fixture';

/** A fake window: an address bar, a history stack and the popstate listeners. */
function fakeWindow(search: string) {
  const entries = [search];
  let index = 0;
  const listeners = new Set<() => void>();
  const searchOf = (url: string | URL | null | undefined) => {
    const s = String(url ?? '');
    const q = s.indexOf('?');
    return q < 0 ? '' : s.slice(q);
  };
  const win = {
    location: {
      origin: 'http://127.0.0.1:4173',
      pathname: '/',
      hash: '',
      get search() {
        return entries[index] ?? '';
      },
    },
    history: {
      pushState: vi.fn((_d: unknown, _t: string, url?: string | URL | null) => {
        entries.splice(index + 1, entries.length, searchOf(url));
        index++;
      }),
      replaceState: vi.fn((_d: unknown, _t: string, url?: string | URL | null) => {
        entries[index] = searchOf(url);
      }),
    },
    addEventListener: (_: 'popstate', fn: () => void) => listeners.add(fn),
    removeEventListener: (_: 'popstate', fn: () => void) => listeners.delete(fn),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
  } satisfies UrlSyncWindow;
  const back = () => {
    index--;
    for (const fn of listeners) fn();
  };
  return { win, entries, back, current: () => entries[index] };
}

const region = (code: string) => ctx.knownRegion(code);

describe('UrlSync', () => {
  let sync: UrlSync;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    sync.stop();
    vi.useRealTimers();
  });

  function setup(search: string, lookup?: LoadChinaLookup) {
    const fake = fakeWindow(search);
    const view = new ViewState(defaultSnapshot('zh'));
    sync = new UrlSync(fake.win);
    sync.start(view, ctx, lookup);
    flushSync();
    return { ...fake, view };
  }

  it('reads the link at start, reports what it dropped and cleans the address bar', () => {
    const { view, current } = setup('?v=2&r=500228&y=1800');
    expect(view.region).toBe('500155');
    expect(sync.dropped).toEqual([{ key: 'y', raw: '1800', reason: 'out-of-range' }]);
    expect(current()).toBe('?v=2&r=500155');
  });

  it('keeps parameters it does not own in the address bar and every entry, with no notice', () => {
    const wild = 'from=singlemessage&isappinstalled=0';
    const { view, entries, current, back } = setup(`?r=500113&${wild}`);
    expect(sync.dropped).toEqual([]);
    expect(current()).toBe(`?v=2&r=500113&${wild}`);
    view.select(region('610727'));
    flushSync();
    view.setCamera({ center: [106, 29], zoom: 7 });
    flushSync();
    vi.advanceTimersByTime(1000);
    expect(entries).toEqual([`?v=2&r=500113&${wild}`, `?v=2&r=610727&c=106,29,7&${wild}`]);
    back();
    flushSync();
    expect(view.region).toBe('500113');
    expect(sync.dropped).toEqual([]);
    // The link to share is the view's own, not the chat app's.
    expect(sync.shareUrl(view.snapshot(), 2023)).toBe(
      'http://127.0.0.1:4173/?v=2&r=500113&l=boundaries,labels&y=2023',
    );
  });

  it('pushes a history entry for a discrete change', () => {
    const { view, win, entries } = setup('');
    view.select(region('500113'));
    flushSync();
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(entries).toEqual(['', '?v=2&r=500113']);
  });

  it('replaces the entry for camera moves, at most once per interval, with the last camera', () => {
    const { view, win, current } = setup('');
    for (let i = 0; i < 10; i++) {
      view.setCamera({ center: [106 + i / 10, 29], zoom: 7 });
      flushSync();
      vi.advanceTimersByTime(100);
    }
    expect(win.history.pushState).not.toHaveBeenCalled();
    // one at start, then one per 500 ms of the 1 s of moving
    expect(win.history.replaceState).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(500);
    expect(current()).toBe('?v=2&c=106.9,29,7');
  });

  it('gives a run of year steps one entry, and a later step its own', () => {
    const { view, win } = setup('');
    for (const year of [2018, 2019, 2020, 2021]) {
      view.setYear(year);
      flushSync();
      vi.advanceTimersByTime(1000);
    }
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toContain('y=2021');
    vi.advanceTimersByTime(2000);
    view.setYear(2022);
    flushSync();
    expect(win.history.pushState).toHaveBeenCalledTimes(2);
  });

  it('carries a pending camera into the next pushed entry', () => {
    const { view, win, entries } = setup('');
    view.setCamera({ center: [106, 29], zoom: 7 });
    flushSync();
    view.select(region('500113'));
    flushSync();
    vi.advanceTimersByTime(1000);
    expect(entries).toEqual(['', '?v=2&r=500113&c=106,29,7']);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('restores the view on Back without writing a new entry', () => {
    const { view, win, back } = setup('?v=2&r=610727');
    view.select(region('500113'));
    flushSync();
    back();
    flushSync();
    expect(view.region).toBe('610727');
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
  });

  describe('a region the dataset lacks', () => {
    /** Finds 哈密 by code, former code or name, and 大理 by name, after a download (a promise). */
    const find: LoadChinaLookup = async () => (raw) =>
      ['650500', '652200', '哈密'].includes(raw)
        ? ('650500' as RegionCode)
        : raw === '大理'
          ? ('532900' as RegionCode)
          : null;

    it('opens once found in all of China, the link rewritten to its code in the same entry', async () => {
      const { view, win, current } = setup('?v=2&r=652200&y=1800', find);
      expect(view.region).toBeNull();
      expect(sync.dropped).toEqual([{ key: 'y', raw: '1800', reason: 'out-of-range' }]);
      await vi.runAllTimersAsync();
      flushSync();
      expect(view.region).toBe('650500');
      expect(current()).toBe('?v=2&r=650500');
      expect(sync.dropped).toHaveLength(1);
      expect(win.history.pushState).not.toHaveBeenCalled();
    });

    it('is reported as dropped when all of China does not know it either', async () => {
      const { view } = setup('?v=2&r=不存在县', find);
      expect(sync.dropped).toEqual([]);
      await vi.runAllTimersAsync();
      expect(view.region).toBeNull();
      expect(sync.dropped).toEqual([{ key: 'r', raw: '不存在县', reason: 'unknown-id' }]);
    });

    it('compares the regions all of China has in the link’s order, and drops only the rest', async () => {
      const { view, win, current } = setup('?v=2&cmp=500113,652200,不存在县,大理,610727', find);
      expect(view.compare).toEqual(['500113', '610727']);
      expect(sync.dropped).toEqual([]);
      await vi.runAllTimersAsync();
      flushSync();
      expect(view.compare).toEqual(['500113', '650500', '532900', '610727']);
      expect(current()).toBe('?v=2&cmp=500113,650500,532900,610727');
      expect(sync.dropped).toEqual([{ key: 'cmp', raw: '不存在县', reason: 'unknown-id' }]);
      expect(win.history.pushState).not.toHaveBeenCalled();
    });

    it('compares regions of China a link names alone, as a comparison being built', async () => {
      const { view, current } = setup('?v=2&cmp=哈密', find);
      expect(view.compare).toEqual([]);
      await vi.runAllTimersAsync();
      flushSync();
      expect(view.compare).toEqual(['650500']);
      expect(current()).toBe('?v=2&cmp=650500');
      expect(sync.dropped).toEqual([]);
    });

    it('reports every region named when all of China cannot be fetched', async () => {
      const failing: LoadChinaLookup = () => Promise.reject(new Error('HTTP 503'));
      const { view } = setup('?v=2&r=哈密&cmp=500113,大理', failing);
      await vi.runAllTimersAsync();
      expect(view.region).toBeNull();
      expect(view.compare).toEqual(['500113']);
      expect(sync.dropped).toEqual([
        { key: 'r', raw: '哈密', reason: 'unknown-id' },
        { key: 'cmp', raw: '大理', reason: 'unknown-id' },
      ]);
    });

    it('does not override what the reader chose meanwhile', async () => {
      const { view, current } = setup('?v=2&r=哈密', find);
      view.select(region('610727'));
      flushSync();
      await vi.runAllTimersAsync();
      flushSync();
      expect(view.region).toBe('610727');
      expect(current()).toBe('?v=2&r=610727');
    });
  });

  it('stops listening after stop()', () => {
    const { view, win } = setup('');
    sync.stop();
    view.select(region('500113'));
    flushSync();
    expect(win.history.pushState).not.toHaveBeenCalled();
  });

  it("shares a pinned link on the page's own origin", () => {
    const { view } = setup('?v=2&r=610727');
    const url = new URL(sync.shareUrl(view.snapshot(), 2023));
    expect(url.origin).toBe('http://127.0.0.1:4173');
    expect(url.searchParams.get('r')).toBe('610727');
    expect(url.searchParams.get('y')).toBe('2023');
  });
});
