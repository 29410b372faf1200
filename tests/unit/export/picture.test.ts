import { describe, expect, it } from 'vitest';
import type { IndicatorId } from '../../../src/lib/domain/schema';
import { layerSpecs } from '../../../src/lib/layers/layer-specs';
import { legendModel, type LegendBlock } from '../../../src/lib/layers/legend';
import { atlas } from '../../fixtures/dataset';
import { planPicture, withLabels, type PictureInput } from '../../../src/lib/export/picture';
import { PICTURE_SIZES } from '../../../src/lib/export/picture-sizes';
import { pictureSvg } from '../../../src/lib/export/picture-svg';
import { LINE, type Measure } from '../../../src/lib/export/picture-shapes';
import { HATCH_INK, VERDICT_COLOURS } from '../../../src/lib/scales/color';

/** Every character as wide as 0.6 of its size: enough to lay out by. */
const measure: Measure = (text, px) => text.length * px * 0.6;

const MILESTONES = { kind: 'milestones', key: 'events', upcoming: true } as LegendBlock;

const input = (size: PictureInput['size']): PictureInput => ({
  size,
  legend: [MILESTONES],
  lang: 'en',
  text: {
    title: 'Atlas',
    subtitle: 'Banan District, Lueyang County, Yinchuan · School places',
    year: '2023',
    sources: 'Sources: Chongqing Daily, 2023-11-14',
    disclaimer: 'Boundaries are illustrative.',
  },
});

/** The box a shape covers. */
function extent(s: ReturnType<typeof planPicture>['shapes'][number]) {
  switch (s.kind) {
    case 'rect':
    case 'hatch':
      return { x0: s.x, y0: s.y, x1: s.x + s.width, y1: s.y + s.height };
    case 'circle':
      return { x0: s.cx - s.r, y0: s.cy - s.r, x1: s.cx + s.r, y1: s.cy + s.r };
    case 'text':
      return { x0: s.x, y0: s.y - s.px, x1: s.x + measure(s.text, s.px, s.weight), y1: s.y };
  }
}

describe('planPicture', () => {
  it.each(Object.entries(PICTURE_SIZES))('keeps every shape on the %s picture', (_, size) => {
    const plan = planPicture(input(size), measure);
    expect([plan.width, plan.height]).toEqual([size.width, size.height]);
    for (const s of plan.shapes) {
      const e = extent(s);
      expect(e.x0).toBeGreaterThanOrEqual(0);
      expect(e.y0).toBeGreaterThanOrEqual(0);
      expect(e.x1).toBeLessThanOrEqual(size.width);
      expect(e.y1).toBeLessThanOrEqual(size.height);
    }
  });

  it('names the view and every compared region in its title band', () => {
    const texts = planPicture(input(PICTURE_SIZES.landscape), measure)
      .shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []))
      .join(' ');
    for (const words of ['Atlas', 'Banan District', 'Lueyang County', 'Yinchuan', '2023'])
      expect(texts).toContain(words);
  });

  it('frames the map clear of the legend: beside it when wide, above it when narrow', () => {
    const wide = planPicture(input(PICTURE_SIZES.landscape), measure);
    const bare = planPicture({ ...input(PICTURE_SIZES.landscape), legend: [] }, measure);
    expect(wide.mapPadding.left).toBeGreaterThan(bare.mapPadding.left + 50);
    expect(wide.mapPadding.bottom).toBe(bare.mapPadding.bottom);
    const narrow = planPicture(input(PICTURE_SIZES.narrow), measure);
    const bareNarrow = planPicture({ ...input(PICTURE_SIZES.narrow), legend: [] }, measure);
    expect(narrow.mapPadding.left).toBe(bareNarrow.mapPadding.left);
    expect(narrow.mapPadding.bottom).toBeGreaterThan(bareNarrow.mapPadding.bottom + 20);
  });
});

describe('pictureSvg', () => {
  it('sets the words as SVG text, escaped, over the map as an image', () => {
    const plan = planPicture(
      {
        ...input(PICTURE_SIZES.square),
        text: { ...input(PICTURE_SIZES.square).text, title: 'A & B <1>' },
      },
      measure,
    );
    const svg = pictureSvg(plan, 'data:image/png;base64,AAAA', 2, 'en');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('width="1080" height="1080" viewBox="0 0 540 540"');
    expect(svg).toContain('<image href="data:image/png;base64,AAAA"');
    expect(svg).toContain('>A &amp; B &lt;1&gt;</text>');
    expect(svg.match(/<text /g)?.length).toBe(plan.shapes.filter((s) => s.kind === 'text').length);
  });

  it('names the threshold a layer is drawn against, and its verdicts, in words', () => {
    const a = atlas();
    const stack = [{ kind: 'indicator' as const, id: 'difference-coefficient' as IndicatorId }];
    const legend = legendModel(layerSpecs(stack, a, null, true), 'en', a.standards);
    const texts = planPicture({ ...input(PICTURE_SIZES.landscape), legend }, measure)
      .shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []))
      .join(' ');
    for (const words of ['Drawn against:', '≤ 0.45', 'meets the standard (1)', 'no figure'])
      expect(texts).toContain(words);
  });

  it('hatches the "falls short" swatch, as the map and the page legend do, in the PNG and the SVG', () => {
    const a = atlas();
    const stack = [{ kind: 'indicator' as const, id: 'difference-coefficient' as IndicatorId }];
    const legend = legendModel(layerSpecs(stack, a, null, true), 'en', a.standards);
    const plan = planPicture({ ...input(PICTURE_SIZES.landscape), legend }, measure);
    const short = plan.shapes.find((s) => s.kind === 'text' && s.text.startsWith('falls short'));
    const hatches = plan.shapes.filter((s) => s.kind === 'hatch');
    // One hatching, over the swatch on the row of "falls short", and none on "meets".
    expect(hatches).toHaveLength(1);
    const [hatch] = hatches;
    if (short?.kind !== 'text' || hatch?.kind !== 'hatch') throw new Error('no such row');
    expect(hatch.ink).toBe(HATCH_INK);
    expect(short.y).toBeGreaterThan(hatch.y);
    expect(short.y - hatch.y).toBeLessThan(LINE);
    expect(hatch.x + hatch.width).toBeLessThan(short.x);
    const swatches = plan.shapes.filter(
      (s) => s.kind === 'rect' && s.x === hatch.x && s.y === hatch.y,
    );
    expect(swatches.map((s) => s.kind === 'rect' && s.fill)).toEqual([VERDICT_COLOURS.short]);
    // The SVG fills the same box with a pattern of the same ink.
    const svg = pictureSvg(plan, 'data:image/png;base64,AAAA', 2, 'en');
    const id = /<pattern id="([^"]+)"[^>]*>.*?stroke="([^"]+)"/.exec(svg);
    expect(id?.[2]).toBe(HATCH_INK);
    expect(svg).toContain(
      `<rect x="${hatch.x}" y="${hatch.y}" width="16" height="11" fill="url(#${id?.[1]})"/>`,
    );
  });

  it("sets the view's named regions as text where the map placed them, under the legend", () => {
    const plan = planPicture(input(PICTURE_SIZES.landscape), measure);
    const placed = [
      { text: '银川市', x: 400, y: 120, px: 14 },
      { text: '汉中市 & <b>', x: 420, y: 300, px: 14 },
    ];
    const labelled = withLabels(plan, placed);
    // First, so the bands and the legend card stay over them.
    expect(labelled.shapes.slice(placed.length)).toEqual(plan.shapes);
    expect(labelled.shapes[0]).toMatchObject({
      kind: 'text',
      text: '银川市',
      x: 400,
      centred: true,
    });
    const svg = pictureSvg(labelled, 'data:,', 2, 'zh');
    expect(svg).toMatch(
      /<text x="400" y="124\.67"[^>]* text-anchor="middle"[^>]* paint-order="stroke">银川市<\/text>/,
    );
    expect(svg).toContain('>汉中市 &amp; &lt;b&gt;</text>');
    expect(withLabels(plan, [])).toEqual(plan);
  });

  it('draws no hatching on a layer on its scale of values', () => {
    const a = atlas();
    const stack = [{ kind: 'indicator' as const, id: 'difference-coefficient' as IndicatorId }];
    const legend = legendModel(layerSpecs(stack, a, null), 'en', a.standards);
    const plan = planPicture({ ...input(PICTURE_SIZES.landscape), legend }, measure);
    expect(plan.shapes.some((s) => s.kind === 'hatch')).toBe(false);
    expect(pictureSvg(plan, 'data:,', 2, 'en')).not.toContain('<pattern');
  });
});
