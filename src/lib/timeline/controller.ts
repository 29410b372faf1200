/**
 * The timeline without a DOM: the axis (a tick per year, milestones placed on it) and the
 * moves a slider offers — step, page step, home, end, play and pause. The year itself lives in
 * the view state; the controller reads it and asks for changes through `onchange`.
 *
 * The last year of the axis is reported as `null` ("the latest"), so a view at the end of the
 * timeline keeps showing the latest year when the data grows.
 *
 * Reduced motion: play still steps year by year (the change of year is the content, not
 * decoration) but waits longer between steps, so every year can be read without motion
 * carrying the eye; the map is expected not to animate the change either.
 */
import { fractionalYear, yearOf } from '../domain/dates';

/** Inclusive range of years. */
export interface YearRange {
  min: number;
  max: number;
}

export interface MilestoneInput {
  /** ISO date, possibly partial ("2021-12"). */
  date: string;
  title: string;
}

export interface PlacedMilestone extends MilestoneInput {
  year: number;
  /** 0 at the start of the axis, 1 at its end. */
  position: number;
  /** 0 on the axis; milestones that would overlap an earlier one stack above it. */
  lane: number;
}

/** Milestones closer than this share of the axis would overlap: the later one goes up a lane. */
export const LANE_GAP = 0.015;

export interface Tick {
  year: number;
  position: number;
  /** Labelled: the ends and every fifth year. */
  major: boolean;
}

export interface Axis {
  range: YearRange;
  ticks: Tick[];
  milestones: PlacedMilestone[];
}

/** Calls `fn` every `ms` milliseconds until the returned function is called. */
export interface Scheduler {
  every(ms: number, fn: () => void): () => void;
}

export const PAGE_STEP = 5;
export const PLAY_INTERVAL_MS = 1000;
export const PLAY_INTERVAL_REDUCED_MS = 2500;

/** Where a fractional year falls on the axis: 0 at its start, 1 at its end, clamped. */
export function axisPosition(range: YearRange, t: number): number {
  const span = range.max - range.min;
  return span === 0 ? 0.5 : Math.min(1, Math.max(0, (t - range.min) / span));
}

/** Where a date falls on the axis: months place it within its year. */
const positionOf = (range: YearRange, date: string) => axisPosition(range, fractionalYear(date));

export function buildAxis(range: YearRange, milestones: readonly MilestoneInput[]): Axis {
  const ticks: Tick[] = [];
  for (let year = range.min; year <= range.max; year++)
    ticks.push({
      year,
      position: positionOf(range, `${year}`),
      major: year === range.min || year === range.max || year % 5 === 0,
    });
  const placed: PlacedMilestone[] = [];
  const sorted = milestones
    .filter((m) => yearOf(m.date) >= range.min && yearOf(m.date) <= range.max)
    .map((m) => ({ ...m, year: yearOf(m.date), position: positionOf(range, m.date) }))
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const m of sorted) {
    const near = placed.filter((p) => Math.abs(p.position - m.position) < LANE_GAP);
    let lane = 0;
    while (near.some((p) => p.lane === lane)) lane++;
    placed.push({ ...m, lane });
  }
  return { range, ticks, milestones: placed };
}

/**
 * The year under a pointer at `clientX` on a track whose box starts at `left` and is `width`
 * pixels wide (both in client pixels): fractional, clamped to the range; null for a track with
 * no width (not laid out). TimelineController.set rounds it.
 */
export function yearAtPointer(
  clientX: number,
  track: { left: number; width: number },
  range: YearRange,
): number | null {
  if (!(track.width > 0)) return null;
  const fraction = Math.min(1, Math.max(0, (clientX - track.left) / track.width));
  return range.min + fraction * (range.max - range.min);
}

export interface TimelineOptions {
  range: YearRange;
  /** The view's year; null is the latest. */
  year: () => number | null;
  onchange: (year: number | null) => void;
  scheduler: Scheduler;
  reducedMotion: () => boolean;
  onplaying?: (playing: boolean) => void;
}

export class TimelineController {
  #o: TimelineOptions;
  #cancel: (() => void) | null = null;

  constructor(options: TimelineOptions) {
    this.#o = options;
  }

  /** The year shown: the view's, clamped to the axis; "latest" is the last year. */
  get year(): number {
    const { min, max } = this.#o.range;
    return Math.min(max, Math.max(min, this.#o.year() ?? max));
  }

  get playing(): boolean {
    return this.#cancel !== null;
  }

  /** Any move the user makes takes over from playback. */
  set(year: number): void {
    this.pause();
    this.#go(year);
  }

  step(delta: number): void {
    this.set(this.year + delta);
  }

  pageStep(direction: 1 | -1): void {
    this.step(direction * PAGE_STEP);
  }

  home(): void {
    this.set(this.#o.range.min);
  }

  end(): void {
    this.set(this.#o.range.max);
  }

  /** Steps a year at a time to the end; from the end, starts again at the beginning. */
  play(): void {
    if (this.playing) return;
    const { min, max } = this.#o.range;
    if (min === max) return;
    if (this.year >= max) this.#go(min);
    const ms = this.#o.reducedMotion() ? PLAY_INTERVAL_REDUCED_MS : PLAY_INTERVAL_MS;
    this.#cancel = this.#o.scheduler.every(ms, () => {
      this.#go(this.year + 1);
      if (this.year >= max) this.pause();
    });
    this.#o.onplaying?.(true);
  }

  pause(): void {
    if (!this.#cancel) return;
    this.#cancel();
    this.#cancel = null;
    this.#o.onplaying?.(false);
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  #go(year: number): void {
    const { min, max } = this.#o.range;
    const clamped = Math.min(max, Math.max(min, Math.round(year)));
    this.#o.onchange(clamped === max ? null : clamped);
  }
}
