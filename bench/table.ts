/**
 * The bench's one table: every figure of issue 12 with the reference it is compared with, the
 * value the goal is about (a ratio, a size or a score) and whether the goal is met.
 */
import type { LayerSwitch } from './layer-switch';
import type { LighthouseScores } from './lighthouse';
import type { Rebuilds, Transfer } from './transfer';
import type { Timings } from './timing';

type Failed = { error: string };

export interface Results {
  focus: Timings<'app' | 'bare' | 'echarts'> | Failed;
  counties: Timings<'app' | 'bare'> | Failed;
  layerSwitch: LayerSwitch | Failed;
  lighthouse: Record<'app' | 'bare' | 'echarts', LighthouseScores> | Failed;
  transfer: Transfer;
  rebuilds: Rebuilds;
  rawBytes: Record<string, number>;
}

export interface Row {
  figure: string;
  app: string;
  reference: string;
  /** What the goal is about: a ratio to the reference, a size or a score. */
  value: string;
  goal: string;
  /** null when the figure has no goal (reported beside the bare page only). */
  met: boolean | null;
}

const ms = (x: number | null) => (x === null ? '—' : `${x.toFixed(0)} ms`);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mb = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} MB`);

function ratioRow(
  figure: string,
  app: number | null,
  ref: number | null,
  refName: string,
  max: number,
): Row {
  const ratio = app !== null && ref ? app / ref : null;
  return {
    figure,
    app: ms(app),
    reference: `${refName} ${ms(ref)}`,
    value: ratio === null ? '—' : `× ${ratio.toFixed(2)}`,
    goal: `≤ ${max.toFixed(2)}`,
    met: ratio === null ? false : ratio <= max,
  };
}

const failedRow = (figure: string, f: Failed): Row => ({
  figure,
  app: 'failed',
  reference: '',
  value: f.error.slice(0, 60),
  goal: '',
  met: false,
});

const sizeRow = (figure: string, bytes: number, maxKiB: number): Row => ({
  figure,
  app: kib(bytes),
  reference: '',
  value: kib(bytes),
  goal: `≤ ${maxKiB} KiB`,
  met: bytes <= maxKiB * 1024,
});

export function rows(r: Results): Row[] {
  const out: Row[] = [];
  const { focus, counties, layerSwitch: sw, lighthouse: lh, transfer: t } = r;
  if ('error' in focus) out.push(failedRow('regions on screen, map idle', focus));
  else {
    const { app, bare, echarts } = focus.pages;
    out.push(
      ratioRow('regions on screen', app.regionsMs, echarts.regionsMs, 'ECharts', 0.5),
      ratioRow('map idle (focus)', app.ms, bare.ms, 'bare', 1),
      {
        figure: 'JS heap at idle',
        app: mb(app.heapMB),
        reference: `bare ${mb(bare.heapMB)}, ECharts ${mb(echarts.heapMB)}`,
        value: app.heapMB && bare.heapMB ? `× ${(app.heapMB / bare.heapMB).toFixed(2)}` : '—',
        goal: 'report',
        met: null,
      },
      {
        figure: 'browser memory at idle',
        app: mb(app.memoryMB),
        reference: `bare ${mb(bare.memoryMB)}, ECharts ${mb(echarts.memoryMB)}`,
        value:
          app.memoryMB && bare.memoryMB ? `× ${(app.memoryMB / bare.memoryMB).toFixed(2)}` : '—',
        goal: 'report',
        met: null,
      },
    );
  }
  out.push(
    sizeRow('first view, brotli', t.total.brotli, 500),
    sizeRow('first view, gzip', t.total.gzip, 500),
    sizeRow('before regions-visible, brotli', t.beforeRegions.brotli, 60),
    sizeRow('before regions-visible, gzip', t.beforeRegions.gzip, 60),
  );
  if ('error' in lh) out.push(failedRow('Lighthouse mobile', lh));
  else {
    const { app, bare, echarts } = lh;
    out.push(
      {
        figure: 'Lighthouse performance',
        app: String(app.performance),
        reference: `ECharts ${echarts.performance}, bare ${bare.performance}`,
        value: String(app.performance),
        goal: `≥ ${echarts.performance}`,
        met: app.performance >= echarts.performance,
      },
      {
        figure: 'Lighthouse TBT',
        app: ms(app.totalBlockingTime),
        reference: `ECharts ${ms(echarts.totalBlockingTime)}, bare ${ms(bare.totalBlockingTime)}`,
        value: ms(app.totalBlockingTime),
        goal: `≤ ${ms(echarts.totalBlockingTime)}`,
        met: app.totalBlockingTime <= echarts.totalBlockingTime,
      },
      {
        figure: 'Lighthouse FCP / LCP',
        app: `${ms(app.firstContentfulPaint)} / ${ms(app.largestContentfulPaint)}`,
        reference: `ECharts ${ms(echarts.firstContentfulPaint)} / ${ms(echarts.largestContentfulPaint)}`,
        value: '',
        goal: 'report',
        met: null,
      },
      ...(['accessibility', 'bestPractices', 'seo'] as const).map((k) => ({
        figure: `Lighthouse ${k === 'bestPractices' ? 'best practices' : k}`,
        app: String(app[k]),
        reference: `ECharts ${echarts[k]}, bare ${bare[k]}`,
        value: String(app[k]),
        goal: '100',
        met: app[k] === 100,
      })),
    );
  }
  if ('error' in counties) out.push(failedRow('counties idle', counties));
  else
    out.push(
      ratioRow('counties idle (China)', counties.pages.app.ms, counties.pages.bare.ms, 'bare', 0.2),
    );
  if ('error' in sw) out.push(failedRow('layer switch, year step', sw));
  else
    out.push(
      ratioRow('layer switch → idle', sw.appMs, sw.bareMs, 'setPaintProperty', 1),
      ratioRow('year step → idle', sw.yearStepMs, sw.bareRecolourMs, 'setPaintProperty', 1),
      {
        figure: 'sources rebuilt',
        app: `${sw.metadataEvents + r.rebuilds.metadataEvents} loads, ${sw.setDataCalls + r.rebuilds.setDataCalls} setData`,
        reference: `${r.rebuilds.moves} pan/zoom moves, ${sw.runs * sw.switchesPerRun} switches`,
        value: String(
          sw.metadataEvents + r.rebuilds.metadataEvents + sw.setDataCalls + r.rebuilds.setDataCalls,
        ),
        goal: '0',
        met:
          sw.metadataEvents +
            r.rebuilds.metadataEvents +
            sw.setDataCalls +
            r.rebuilds.setDataCalls ===
          0,
      },
    );
  return out;
}

/** The rows as a fixed-width text table. */
export function table(rs: readonly Row[]): string {
  const head: Row = {
    figure: 'figure',
    app: 'app',
    reference: 'reference',
    value: 'value',
    goal: 'goal',
    met: null,
  };
  const cells = (r: Row) => [
    r.figure,
    r.app,
    r.reference,
    r.value,
    r.goal,
    r === head ? 'met' : r.met === null ? '' : r.met ? 'yes' : 'NO',
  ];
  const all = [head, ...rs].map(cells);
  const widths = all[0]?.map((_, i) => Math.max(...all.map((c) => c[i]?.length ?? 0))) ?? [];
  return all
    .map((c) =>
      c
        .map((x, i) => x.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
