/**
 * The timeline without a DOM: the axis (a tick per year, milestones grouped by year) and the
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
}

/**
 * The milestones of one year, drawn as one marker at the year's tick. One target per year, not
 * per milestone: milestones months apart would overlap, and a target smaller than 24 px or
 * crowded by its neighbours cannot be hit by a finger (WCAG 2.5.8). A marker sets its year.
 */
export interface MilestoneYear {
  year: number;
  position: number;
  /** In date order. */
  milestones: PlacedMilestone[];
}

export interface Tick {
  year: number;
  position: number;
  /** Labelled: the ends and every fifth year. */
  major: boolean;
}

export interface Axis {
  range: YearRange;
  ticks: Tick[];
  /** Every milestone within the range, in date order. */
  milestones: PlacedMilestone[];
  /** The same, one group per year that has any, in year order. */
  years: MilestoneYear[];
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
  const placed: PlacedMilestone[] = milestones
    .filter((m) => yearOf(m.date) >= range.min && yearOf(m.date) <= range.max)
    .map((m) => ({ ...m, year: yearOf(m.date), position: positionOf(range, m.date) }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const years: MilestoneYear[] = [];
  for (const m of placed) {
    const last = years.at(-1);
    if (last?.year === m.year) last.milestones.push(m);
    else years.push({ year: m.year, position: positionOf(range, `${m.year}`), milestones: [m] });
  }
  return { range, ticks, milestones: placed, years };
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
