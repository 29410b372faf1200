/**
 * The picture's legend: each block of the view's legend (layers/legend.ts) as a heading and
 * rows of marks and labels, as ui/Legend.svelte shows it, laid out as shapes.
 */
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/strings';
import { t as tStandard, tf } from '../i18n/strings-standard';
import type { LegendBlock } from '../layers/legend';
import { HATCH_INK, MILESTONE_COLOUR, NO_DATA } from '../scales/color';
import { INK, LINE, wrap, type Measure, type Shape } from './picture-shapes';

/** One legend row: its mark's shapes in a box `width` wide and `height` tall at (x, y), and its label. */
interface Row {
  mark: (x: number, y: number) => Shape[];
  label: string;
  width?: number;
  height?: number;
}

const swatch =
  (fill: string | null, o: { stroke?: string; dashed?: boolean; alpha?: number } = {}) =>
  (x: number, y: number): Shape[] => [
    {
      kind: 'rect',
      x: x + 1,
      y: y + 2,
      width: 16,
      height: 11,
      fill,
      alpha: o.alpha,
      stroke: o.stroke,
      lineWidth: 1.5,
      dash: o.dashed ? NO_DATA.dash : undefined,
    },
  ];

/** A value short of the standard: its colour hatched, as the map and Legend.svelte draw it. */
const hatched =
  (mark: Row['mark'], on: boolean) =>
  (x: number, y: number): Shape[] => [
    ...mark(x, y),
    ...(on
      ? [{ kind: 'hatch', x: x + 1, y: y + 2, width: 16, height: 11, ink: HATCH_INK } as const]
      : []),
  ];

/** A wider region's colour under the counties' white veil, as the map and Legend.svelte draw it. */
const veiled = (colour: string) => (x: number, y: number) => [
  ...swatch(colour, { alpha: 0.85 })(x, y),
  ...swatch('#ffffff', { alpha: 0.55 })(x, y),
];

const dot =
  (colour: string, hollow: boolean, r = 5) =>
  (x: number, y: number): Shape[] => [
    hollow
      ? { kind: 'circle', cx: x + 9, cy: y + LINE / 2, r, fill: null, stroke: colour, lineWidth: 2 }
      : { kind: 'circle', cx: x + 9, cy: y + LINE / 2, r, fill: colour },
  ];

/** A legend block as a heading and rows, as Legend.svelte shows it. */
function blockRows(block: LegendBlock, lang: Lang): { title: string; rows: Row[] } {
  switch (block.kind) {
    case 'choropleth': {
      // Drawn against a standard, the picture names the threshold; its classes say the verdicts.
      const named: Row[] = block.judged
        ? [
            {
              mark: () => [],
              label: tf(lang, 'drawnAgainst', { threshold: block.judged.threshold }),
            },
          ]
        : [];
      const rows: Row[] = [
        ...named,
        ...block.classes.map((c) => ({
          mark: hatched(swatch(c.colour), c.hatched),
          label: c.label,
        })),
      ];
      if (block.target)
        rows.push({
          mark: swatch(block.target.colour, { stroke: '#333', dashed: true, alpha: 0.3 }),
          label: t(lang, 'targetLegend'),
        });
      if (block.inherited) {
        const from = block.inherited.from.join(lang === 'zh' ? '、' : ', ');
        rows.push({
          mark: hatched(veiled(block.inherited.colour), block.inherited.hatched),
          label: t(lang, 'inheritedLegend').replace('{regions}', from),
        });
      }
      rows.push({
        mark: swatch(NO_DATA.fill, { stroke: NO_DATA.outline, dashed: true }),
        label: block.judged ? tStandard(lang, 'drawnNoFigure') : t(lang, 'noData'),
      });
      return { title: block.title, rows };
    }
    case 'symbols': {
      // Circles sit on one baseline, as on screen, in a column as wide as the largest.
      const rows: Row[] = block.sizes.map((size) => {
        const height = Math.max(LINE, size.radius * 2 + 3);
        return {
          mark: (x, y) => [
            {
              kind: 'circle',
              cx: x + block.box / 2,
              cy: y + height - size.radius - 1,
              r: size.radius,
              fill: block.colour,
              alpha: 0.7,
              stroke: block.colour,
              lineWidth: 1,
            },
          ],
          label: size.label,
          width: block.box,
          height,
        };
      });
      if (block.target)
        rows.push({ mark: dot(block.colour, true, 6), label: t(lang, 'targetLegend') });
      return { title: block.title, rows };
    }
    case 'milestones':
      return {
        title: t(lang, 'events'),
        rows: [
          { mark: dot(MILESTONE_COLOUR, false), label: t(lang, 'milestoneDone') },
          ...(block.upcoming
            ? [{ mark: dot(MILESTONE_COLOUR, true), label: t(lang, 'milestoneAhead') }]
            : []),
        ],
      };
    case 'measure':
      return {
        title: block.title,
        rows: [
          {
            mark: swatch(null, { stroke: block.colour }),
            label: `${t(lang, 'measureLegend')} (${block.regionCount})`,
          },
        ],
      };
    default:
      return block satisfies never;
  }
}

/** The legend's shapes from (x, y), no wider than `maxWidth`, and its size. */
export function legendShapes(
  measure: Measure,
  blocks: readonly LegendBlock[],
  lang: Lang,
  at: { x: number; y: number; maxWidth: number },
): { shapes: Shape[]; width: number; height: number } {
  const shapes: Shape[] = [];
  let y = at.y;
  let width = 0;
  for (const block of blocks) {
    const { title, rows } = blockRows(block, lang);
    for (const line of wrap((s) => measure(s, 12, 600), title, at.maxWidth)) {
      shapes.push({ kind: 'text', x: at.x, y: y + 11, text: line, px: 12, weight: 600, fill: INK });
      width = Math.max(width, measure(line, 12, 600));
      y += LINE;
    }
    const indent = Math.max(18, ...rows.map((r) => r.width ?? 18)) + 6;
    for (const row of rows) {
      const lines = wrap((s) => measure(s, 11, 400), row.label, at.maxWidth - indent);
      const height = Math.max(row.height ?? LINE, lines.length * 14);
      // The label's lines centred on the row, whose mark may be taller.
      const top = y + (height - lines.length * 14) / 2;
      shapes.push(...row.mark(at.x, y));
      lines.forEach((line, i) => {
        shapes.push({
          kind: 'text',
          x: at.x + indent,
          y: top + 11 + i * 14,
          text: line,
          px: 11,
          weight: 400,
          fill: INK,
        });
        width = Math.max(width, indent + measure(line, 11, 400));
      });
      y += height + 2;
    }
    y += 4;
  }
  return { shapes, width, height: y - at.y };
}
