import { describe, expect, it } from 'vitest';
import {
  axisPosition,
  buildAxis,
  PLAY_INTERVAL_MS,
  PLAY_INTERVAL_REDUCED_MS,
  TimelineController,
  type Scheduler,
  yearAtPointer,
} from '../../../src/lib/timeline/controller';

/** A scheduler the test drives by hand: `tick()` runs the pending callback once. */
function manualScheduler() {
  let fn: (() => void) | null = null;
  const intervals: number[] = [];
  const scheduler: Scheduler = {
    every(ms, f) {
      intervals.push(ms);
      fn = f;
      return () => (fn = null);
    },
  };
  return { scheduler, intervals, tick: () => fn?.(), active: () => fn !== null };
}

function setup(start: number | null, reduced = false) {
  let year = start;
  const s = manualScheduler();
  const playing: boolean[] = [];
  const tl = new TimelineController({
    range: { min: 2015, max: 2023 },
    year: () => year,
    onchange: (y) => (year = y),
    scheduler: s.scheduler,
    reducedMotion: () => reduced,
    onplaying: (p) => playing.push(p),
  });
  return { tl, s, playing, year: () => year };
}

describe('buildAxis', () => {
  const axis = buildAxis({ min: 2015, max: 2025 }, [
    { date: '2021-12', title: 'b' },
    { date: '2017', title: 'a' },
    { date: '1990', title: 'outside' },
  ]);

  it('has a tick per year, labelling the ends and every fifth', () => {
    expect(axis.ticks.map((t) => t.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(axis.ticks.filter((t) => t.major).map((t) => t.year)).toEqual([2015, 2020, 2025]);
    expect(axis.ticks[0]?.position).toBe(0);
    expect(axis.ticks.at(-1)?.position).toBe(1);
  });

  it('places milestones in date order, months within their year, and leaves out the rest', () => {
    expect(axis.milestones.map((m) => [m.title, m.year])).toEqual([
      ['a', 2017],
      ['b', 2021],
    ]);
    expect(axis.milestones[1]?.position).toBeCloseTo((2021 + 11 / 12 - 2015) / 10);
  });
});

describe('TimelineController', () => {
  it('reads "latest" as the last year', () => {
    expect(setup(null).tl.year).toBe(2023);
  });

  it('steps by one and by a page, bounded at both ends', () => {
    const { tl, year } = setup(2016);
    tl.step(-1);
    expect(year()).toBe(2015);
    tl.step(-1);
    expect(year()).toBe(2015);
    tl.pageStep(1);
    expect(year()).toBe(2020);
    tl.pageStep(1);
    expect(year()).toBeNull();
  });

  it('goes home to the first year and end to "latest"', () => {
    const { tl, year } = setup(2019);
    tl.home();
    expect(year()).toBe(2015);
    tl.end();
    expect(year()).toBeNull();
  });

  it('plays a year per tick and stops at the end', () => {
    const { tl, s, year, playing } = setup(2021);
    tl.play();
    expect(s.intervals).toEqual([PLAY_INTERVAL_MS]);
    s.tick();
    expect(year()).toBe(2022);
    s.tick();
    expect(year()).toBeNull();
    expect(tl.playing).toBe(false);
    expect(s.active()).toBe(false);
    expect(playing).toEqual([true, false]);
  });

  it('plays from the start when at the end', () => {
    const { tl, year } = setup(null);
    tl.play();
    expect(year()).toBe(2015);
  });

  it('waits longer between years when motion is reduced', () => {
    const { tl, s } = setup(2015, true);
    tl.play();
    expect(s.intervals).toEqual([PLAY_INTERVAL_REDUCED_MS]);
  });

  it('pauses when the user moves', () => {
    const { tl, s, year } = setup(2015);
    tl.play();
    tl.step(1);
    expect(tl.playing).toBe(false);
    s.tick();
    expect(year()).toBe(2016);
  });
});

describe('milestone years', () => {
  it('groups milestones by year, in date order, each group at its year tick', () => {
    const axis = buildAxis({ min: 2017, max: 2025 }, [
      { date: '2021-12', title: 'a' },
      { date: '2021-03', title: 'b' },
      { date: '2021', title: 'c' },
      { date: '2017-12-04', title: 'd' },
    ]);
    expect(axis.years.map((y) => [y.year, y.milestones.map((m) => m.title)])).toEqual([
      [2017, ['d']],
      [2021, ['c', 'b', 'a']],
    ]);
    expect(axis.years.map((y) => y.position)).toEqual([0, 0.5]);
  });
});

describe('yearAtPointer', () => {
  const range = { min: 2015, max: 2025 };
  const track = { left: 100, width: 500 };

  it('maps the track linearly onto the years, ends included', () => {
    expect(yearAtPointer(100, track, range)).toBe(2015);
    expect(yearAtPointer(350, track, range)).toBe(2020);
    expect(yearAtPointer(600, track, range)).toBe(2025);
  });

  it('clamps a pointer dragged past either end', () => {
    expect(yearAtPointer(-40, track, range)).toBe(2015);
    expect(yearAtPointer(9000, track, range)).toBe(2025);
  });

  it('gives nothing for a track that is not laid out', () => {
    expect(yearAtPointer(300, { left: 0, width: 0 }, range)).toBeNull();
  });
});

describe('axis positions', () => {
  it('places a milestone on the axis where its month falls', () => {
    const axis = buildAxis({ min: 2020, max: 2022 }, [{ date: '2021-07', title: 'x' }]);
    expect(axis.milestones[0]?.position).toBeCloseTo(0.75);
  });

  it('clamps a year outside the axis to its ends, and centres a one-year axis', () => {
    expect(axisPosition({ min: 2020, max: 2022 }, 2030)).toBe(1);
    expect(axisPosition({ min: 2020, max: 2022 }, 2010)).toBe(0);
    expect(axisPosition({ min: 2021, max: 2021 }, 2021)).toBe(0.5);
  });
});
