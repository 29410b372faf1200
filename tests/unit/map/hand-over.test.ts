import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MARK } from '../../../src/lib/map/debug';
import { DRAFT_PIXEL_RATIO } from '../../../src/lib/map/density';
import type { Framing } from '../../../src/lib/map/first-paint';
import { REGIONS_VISIBLE, type FirstPaint } from '../../../src/lib/map/first-paint-view';
import { HandOver } from '../../../src/lib/map/hand-over';

const FRAMING: Framing = { camera: { center: [106.5, 29.5], zoom: 7 } };

/** A stand-in for MapLibre's map: its `idle` listeners, fired by `idle()`. */
function fakeMap() {
  let listeners: (() => void)[] = [];
  const map = {
    on: (_: 'idle', f: () => void) => listeners.push(f),
    off: (_: 'idle', f: () => void) => (listeners = listeners.filter((g) => g !== f)),
    once: (_: 'idle', f: () => void) => {
      const once = () => {
        map.off('idle', once);
        f();
      };
      map.on('idle', once);
    },
  };
  const idle = () => [...listeners].forEach((f) => f());
  return { map: map as unknown as Parameters<HandOver['follow']>[0], idle };
}

/** A stand-in for the first picture; `covers` says whether its hand-over succeeds. */
const picture = (covers = true) => ({
  handOver: vi.fn(() => covers),
  remove: vi.fn(),
});

/** Starts a hand-over as MapView does, with stand-ins for everything it touches. */
function start(covers: boolean, framing: Framing | null = FRAMING) {
  const container = new EventTarget() as HTMLElement;
  const shot = picture(covers);
  const handOver = new HandOver(container, shot as unknown as FirstPaint, framing);
  const { map, idle } = fakeMap();
  const density = { set: vi.fn() };
  const onShown = vi.fn();
  handOver.follow(map, container, density, onShown);
  return { handOver, container, shot, map, idle, density, onShown };
}

const marked = (name: string) => performance.getEntriesByName(name).length > 0;

beforeEach(() => {
  vi.stubGlobal('window', {});
  performance.clearMarks();
});
afterEach(() => {
  vi.unstubAllGlobals();
  performance.clearMarks();
});

describe('HandOver', () => {
  it('draws in draft under the picture, once at full density, then shows the map at its idle', () => {
    const { handOver, shot, idle, density, onShown } = start(true);
    expect(shot.handOver).toHaveBeenCalledOnce();
    expect(handOver.mapOptions).toEqual({ pixelRatio: DRAFT_PIXEL_RATIO });
    idle();
    expect(density.set).toHaveBeenCalledExactlyOnceWith(null);
    expect(shot.remove).not.toHaveBeenCalled();
    expect(onShown).not.toHaveBeenCalled();
    expect(marked(MARK.mapIdle)).toBe(false);
    idle();
    expect(shot.remove).toHaveBeenCalledOnce();
    expect(onShown).toHaveBeenCalledOnce();
    expect(marked(MARK.mapIdle)).toBe(true);
    expect(marked(REGIONS_VISIBLE)).toBe(true);
    idle();
    expect(onShown).toHaveBeenCalledOnce();
    expect(density.set).toHaveBeenCalledOnce();
  });

  it('starts at full density and shows the map at its first idle when no picture covers it', () => {
    for (const { covers, framing } of [
      { covers: false, framing: FRAMING },
      { covers: true, framing: null },
    ]) {
      performance.clearMarks();
      const { handOver, shot, idle, density, onShown } = start(covers, framing);
      expect(handOver.mapOptions).toEqual({});
      // Without a framing the picture cannot stand for the map: it goes at once.
      if (!framing) expect(shot.remove).toHaveBeenCalled();
      idle();
      expect(onShown).toHaveBeenCalledOnce();
      expect(density.set).not.toHaveBeenCalled();
      expect(marked(MARK.mapIdle)).toBe(true);
    }
  });

  it('shows the map at once to a reader who moves it in draft, and only once', () => {
    const { container, shot, idle, density, onShown } = start(true);
    container.dispatchEvent(new Event('pointerdown'));
    expect(density.set).toHaveBeenCalledExactlyOnceWith(null);
    expect(shot.remove).toHaveBeenCalledOnce();
    expect(onShown).toHaveBeenCalledOnce();
    container.dispatchEvent(new Event('wheel'));
    idle();
    expect(onShown).toHaveBeenCalledOnce();
    expect(density.set).toHaveBeenCalledOnce();
    expect(marked(MARK.mapIdle)).toBe(true);
  });

  it('waits for an idle of the map as shown, never of its draft', () => {
    const { handOver, map, idle } = start(true);
    const done = vi.fn();
    handOver.atShownIdle(map, done);
    idle();
    expect(done).not.toHaveBeenCalled();
    // The idle of the frame at full density: the map is shown at it.
    idle();
    expect(done).toHaveBeenCalledOnce();
    idle();
    expect(done).toHaveBeenCalledOnce();
  });

  it('takes the picture away when the map goes before it is shown', () => {
    const { handOver, shot } = start(true);
    handOver.dispose();
    expect(shot.remove).toHaveBeenCalled();
  });
});
