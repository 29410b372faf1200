import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../src/lib/data/atlas';
import type { IndicatorId, LayerId, MeasureId } from '../../src/lib/domain/schema';
import { layerSpecs } from '../../src/lib/layers/layer-specs';
import { legendModel } from '../../src/lib/layers/legend';
import type { LayerRef } from '../../src/lib/domain/layer-ref';
import Legend from '../../src/lib/ui/Legend.svelte';
import { MINI } from '../fixtures/mini-dataset';
import { atlas as built } from '../fixtures/dataset';

/** The parts of a governed layer's legend, loaded on need (Legend.svelte), once rendered. */
async function lazyParts(): Promise<void> {
  await Promise.all([
    import('../../src/lib/ui/StandardDrawing.svelte'),
    import('../../src/lib/ui/LegendThresholds.svelte'),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await tick();
}

const atlas = indexDataset(MINI);
const ind = (id: string): LayerRef => ({ kind: 'indicator', id: id as IndicatorId });

/** Renders the legend of a stack, as the view model would build it, at a year in a language. */
function show(
  stack: readonly LayerRef[],
  year: number | null,
  lang: 'zh' | 'en',
  data: ReturnType<typeof indexDataset> = atlas,
) {
  render(Legend, { props: { blocks: legendModel(layerSpecs(stack, data, year), lang), lang } });
}

function block(kind: string) {
  const el = document.querySelector(`[data-kind="${kind}"]`);
  if (!(el instanceof HTMLElement)) throw new Error(`no ${kind} block`);
  return within(el);
}

describe('Legend', () => {
  it.each([
    ['zh', '浅色：重庆市整体的数值（区县本身无数值）'],
    ['en', 'lighter: the figure for Chongqing as a whole (none for the district itself)'],
  ] as const)('names the wider region whose value the lighter counties show (%s)', (lang, text) => {
    show([ind('teacher-rotation-share')], null, lang, built());
    const entry = document.querySelector('[data-entry="inherited"]');
    expect(entry?.textContent?.trim()).toBe(text);
    expect(entry?.querySelectorAll('rect')).toHaveLength(2);
  });

  it('labels choropleth classes with formatted values, explains no data and the lower-is-better ramp', () => {
    show([ind('difference-coefficient')], null, 'en');
    const b = block('choropleth');
    expect(b.getByText('0.415')).toBeTruthy();
    expect(b.getByText('no data')).toBeTruthy();
    expect(b.getByText('lower is more balanced')).toBeTruthy();
  });

  it('says so when no region has a value at the year shown, and not otherwise', () => {
    // The built dataset's public-kindergarten share is dated 2023: nothing stands at 2017.
    show([ind('public-kindergarten-share')], 2017, 'en', built());
    const empty = document.querySelector('[data-kind="choropleth"] .none-shown');
    expect(empty?.textContent).toContain('No region has a value for this year');
    document.body.innerHTML = '';
    show([ind('public-kindergarten-share')], null, 'en', built());
    expect(document.querySelector('.none-shown')).toBeNull();
  });

  it('shows symbol sizes with round values and explains targets', () => {
    show([ind('new-school-places')], 2023, 'zh');
    const b = block('symbols');
    expect(b.getByText('20万个')).toBeTruthy();
    expect(b.getByText(/目标/)).toBeTruthy();
  });

  it('explains milestone markers and measures, top layer first', () => {
    show(
      [{ kind: 'events' }, { kind: 'measure', id: 'education-groups' as MeasureId }],
      null,
      'en',
    );
    const kinds = [...document.querySelectorAll('[data-kind]')].map((e) =>
      e.getAttribute('data-kind'),
    );
    expect(kinds).toEqual(['measure', 'milestones']);
    expect(screen.getByText(/regions reporting this measure \(3\)/)).toBeTruthy();
    expect(screen.getByText('milestone reached')).toBeTruthy();
  });

  it('lists only the topmost measure, as the map outlines only that one', () => {
    const measures = [...new Set(atlas.dataset.measures.map((m) => m.measure))].slice(0, 2);
    const stack = measures.map((id): LayerRef => ({ kind: 'measure', id }));
    show(stack, null, 'en');
    expect(document.querySelectorAll('[data-kind="measure"]')).toHaveLength(1);
  });

  it('names a concept layer of several readings and its family, and what the readings share', () => {
    const ref: LayerRef = { kind: 'concept', id: 'guidance-centres' as LayerId };
    show([ref], null, 'en', built());
    const b = block('symbols');
    expect(b.getByText('Family: Teaching-research bodies and activities')).toBeTruthy();
    expect(b.getAllByText('Subject guidance centres').length).toBeGreaterThan(0);
    expect(b.getByText(/^All: levels not stated; as of the report/)).toBeTruthy();
    expect(b.queryByText('scopes differ; each value says its own')).toBeNull();
  });

  it('folds more than two scope lines under a summary that counts them', () => {
    const ref: LayerRef = { kind: 'concept', id: 'guidance-centres' as LayerId };
    show([ref], null, 'zh', built());
    const [model] = legendModel(layerSpecs([ref], built(), null), 'zh');
    const lines = model?.kind === 'symbols' ? model.scopes : [];
    expect(lines.length).toBeGreaterThan(2);
    const fold = document.querySelector('details.scopes-fold');
    expect(fold).not.toBeNull();
    expect(fold?.hasAttribute('open')).toBe(false);
    expect(fold?.querySelector('summary')?.textContent).toBe(`口径（${lines.length}）`);
    expect(fold?.querySelectorAll('li')).toHaveLength(lines.length);
  });

  it('gives a single indicator its full scope and no "scopes differ" note', () => {
    show([ind('new-school-places')], null, 'zh', built());
    const b = block('symbols');
    expect(b.getByText(/^义务教育阶段；/)).toBeTruthy();
    expect(b.queryByText('口径不一，见各数值')).toBeNull();
  });

  it.each([
    ['zh', '国家标准 ≤ 0.45（初中）', '1 个地区达到 · 0 个未达到'],
    ['en', 'National standard ≤ 0.45 (junior secondary)', '1 meet it · 0 fall short'],
  ] as const)(
    'marks the national threshold on a layer it governs (%s)',
    async (lang, bar, counts) => {
      const a = built();
      const stack = [ind('difference-coefficient')];
      render(Legend, {
        props: { blocks: legendModel(layerSpecs(stack, a, null), lang, a.standards), lang },
      });
      await lazyParts();
      const entry = document.querySelector('[data-entry="standard"]');
      expect(entry?.textContent).toContain(bar);
      expect(entry?.textContent?.replace(/\s+/g, ' ')).toContain(counts);
    },
  );

  it('marks no threshold on a layer no standard governs', async () => {
    const a = built();
    const stack = [ind('new-school-places')];
    render(Legend, {
      props: { blocks: legendModel(layerSpecs(stack, a, null), 'en', a.standards), lang: 'en' },
    });
    await lazyParts();
    expect(document.querySelector('[data-entry="standard"]')).toBeNull();
  });

  describe('drawn against the national standard', () => {
    const a = built();
    const coefficient = [ind('difference-coefficient')];
    const blocks = (stack: readonly LayerRef[], against: boolean, lang: 'zh' | 'en') =>
      legendModel(layerSpecs(stack, a, null, against), lang, a.standards);

    it.each([
      [
        'zh',
        '着色依据：国家标准 ≤ 0.45（初中）',
        '达到国家标准（1 个地区）',
        '未达到国家标准（0 个地区）',
        '无数字',
      ],
      [
        'en',
        'Drawn against: National standard ≤ 0.45 (junior secondary)',
        'meets the standard (1)',
        'falls short (0)',
        'no figure',
      ],
    ] as const)(
      'names the threshold and lists the verdicts as classes (%s)',
      async (lang, named, meets, short, none) => {
        render(Legend, { props: { blocks: blocks(coefficient, true, lang), lang } });
        await lazyParts();
        const b = block('choropleth');
        expect(b.getByText(named)).toBeTruthy();
        expect(b.getByText(meets)).toBeTruthy();
        expect(b.getByText(none)).toBeTruthy();
        // "Falls short" is hatched as on the map, "meets" is not: never colour alone.
        const shortEntry = b.getByText(short).closest('li');
        expect(shortEntry?.querySelector('path')).not.toBeNull();
        expect(b.getByText(meets).closest('li')?.querySelector('path')).toBeNull();
        // The citation, one step away; the threshold's own line is the named one.
        expect(b.getByText('教督〔2017〕6号', { exact: false }).closest('details')).not.toBeNull();
        expect(document.querySelector('[data-entry="standard"]')).toBeNull();
        expect(document.querySelector('.note')?.textContent ?? '').not.toContain('balanced');
      },
    );

    it("hatches the wider region's colour on the veiled counties when it falls short", async () => {
      const junior = a.standards.find((s) => s.id === 'qb2017-junior-difference-coefficient')!;
      const strict = { ...a, standards: [{ ...junior, value: 0.4 }] };
      const legend = legendModel(
        layerSpecs(coefficient, strict, null, true),
        'en',
        strict.standards,
      );
      render(Legend, { props: { blocks: legend, lang: 'en' } });
      await lazyParts();
      const entry = document.querySelector('[data-entry="inherited"]');
      expect(entry?.querySelector('path')).not.toBeNull();
      expect(block('choropleth').getByText('falls short (1)')).toBeTruthy();
    });

    it('offers the choice on a governed layer and dispatches it, both ways', async () => {
      const ondraw = vi.fn();
      const { unmount } = render(Legend, {
        props: { blocks: blocks(coefficient, false, 'en'), lang: 'en', ondraw },
      });
      await lazyParts();
      const box = screen.getByRole('checkbox', { name: /Colour by the national standard/ });
      expect((box as HTMLInputElement).checked).toBe(false);
      void fireEvent.click(box);
      expect(ondraw).toHaveBeenLastCalledWith(true);
      unmount();
      render(Legend, { props: { blocks: blocks(coefficient, true, 'en'), lang: 'en', ondraw } });
      await lazyParts();
      const on = screen.getByRole('checkbox', { name: /Colour by the national standard/ });
      expect((on as HTMLInputElement).checked).toBe(true);
      void fireEvent.click(on);
      expect(ondraw).toHaveBeenLastCalledWith(false);
    });

    it('offers no choice where no one threshold governs, nor without a handler', async () => {
      render(Legend, {
        props: {
          blocks: blocks([ind('new-school-places')], true, 'en'),
          lang: 'en',
          ondraw: vi.fn(),
        },
      });
      await lazyParts();
      expect(screen.queryByRole('checkbox')).toBeNull();
      document.body.innerHTML = '';
      render(Legend, { props: { blocks: blocks(coefficient, false, 'en'), lang: 'en' } });
      await lazyParts();
      expect(screen.queryByRole('checkbox')).toBeNull();
    });
  });
});
