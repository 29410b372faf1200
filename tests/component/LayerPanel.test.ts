import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../src/lib/data/atlas';
import type { IndicatorId, LayerId } from '../../src/lib/domain/schema';
import { buildCatalogue } from '../../src/lib/layers/layer-catalogue';
import type { LayerRef } from '../../src/lib/domain/layer-ref';
import LayerPanel from '../../src/lib/ui/LayerPanel.svelte';
import type { CountiesState } from '../../src/lib/state/counties-loader.svelte';
import { MINI } from '../fixtures/mini-dataset';
import { atlas as built } from '../fixtures/dataset';

const catalogue = buildCatalogue(indexDataset(MINI));
const NO_DOWNLOAD = { counties: { status: 'idle' } as const, onretrycounties: () => {} };
// In MINI each indicator is a concept layer of its own, of the same id.
const coef: LayerRef = { kind: 'concept', id: 'difference-coefficient' as LayerId };

function setup(
  stack: LayerRef[] = [],
  lang: 'zh' | 'en' = 'en',
  counties: CountiesState = { status: 'idle' },
) {
  const ontoggle = vi.fn();
  const onmove = vi.fn();
  const onretrycounties = vi.fn();
  render(LayerPanel, {
    props: { catalogue, stack, lang, ontoggle, onmove, counties, onretrycounties },
  });
  return { ontoggle, onmove, onretrycounties };
}

describe('LayerPanel', () => {
  const COUNTIES: LayerRef = { kind: 'context', id: 'counties' };

  it('shows the county download under its layer: bytes of the total while it runs', () => {
    setup([COUNTIES], 'zh', {
      status: 'loading',
      progress: { received: 700_000, total: 1_400_000 },
    });
    expect(screen.getByRole('status').textContent?.trim()).toBe('县界下载中：0.7 / 1.4 MB');
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
  });

  it('says a failed county download failed, and offers to try again', async () => {
    const { onretrycounties } = setup([COUNTIES], 'en', {
      status: 'failed',
      message: 'geo/china-counties.json: HTTP 503',
    });
    expect(screen.getByRole('alert').textContent).toContain(
      'The county borders could not be downloaded (geo/china-counties.json: HTTP 503)',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onretrycounties).toHaveBeenCalledOnce();
  });

  it('says nothing about the counties before or after their download', () => {
    setup([COUNTIES], 'en', { status: 'idle' });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists layers with how many regions report them, checked when on the stack', async () => {
    setup([coef]);
    // The concept layer comes first; its fine indicator of the same name is folded away, and
    // rendered only once the reader opens the fold.
    const [box, ...folded] = screen.getAllByRole('checkbox', { name: /Difference coefficient/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(folded).toEqual([]);
    const fold = box!.closest('fieldset')!.querySelector('details')!;
    fold.open = true;
    await fireEvent(fold, new Event('toggle'));
    const [, fine] = screen.getAllByRole('checkbox', { name: /Difference coefficient/ });
    expect((fine as HTMLInputElement).checked).toBe(false);
    const [places] = screen.getAllByRole('checkbox', { name: /New school places.*3 regions/ });
    expect((places as HTMLInputElement).checked).toBe(false);
  });

  it('dispatches the ref when a layer is toggled', async () => {
    const { ontoggle } = setup();
    await fireEvent.click(screen.getByRole('checkbox', { name: /School groups/ }));
    expect(ontoggle).toHaveBeenCalledWith({ kind: 'measure', id: 'education-groups' });
  });

  it('filters by name in either language', async () => {
    setup([], 'zh');
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: '差异' } });
    expect(screen.getAllByRole('checkbox', { name: /综合差异系数/ }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('checkbox', { name: /新增学位/ })).toBeNull();
  });

  it('offers the base-map layers and milestones', () => {
    setup();
    expect(screen.getByRole('checkbox', { name: /All county borders/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Milestones/ })).toBeTruthy();
  });

  it('shows the order top first and moves layers, with the ends disabled', async () => {
    const { onmove } = setup([{ kind: 'context', id: 'labels' }, coef]);
    const up = screen.getAllByRole('button', { name: /Move up/ });
    expect((up[0] as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(
      screen.getByRole('button', { name: 'Move down: Difference coefficient' }),
    );
    expect(onmove).toHaveBeenCalledWith(coef, 'down');
  });

  it('lists families first with the regions each reports, their concept layers, then fine indicators', async () => {
    const ontoggle = vi.fn();
    const full = buildCatalogue(built());
    render(LayerPanel, {
      props: { catalogue: full, stack: [], lang: 'en', ontoggle, onmove: vi.fn(), ...NO_DOWNLOAD },
    });
    const first = document.querySelector('fieldset.family');
    expect(first?.querySelector('legend')?.textContent).toMatch(/\d+ regions/);
    const places = document.querySelector('[data-family="school-places"]') as HTMLElement;
    expect(places.querySelector('legend')?.textContent).toContain('School places 4 regions');
    expect(places.querySelector('details')?.open).toBe(false);
    // Every indicator of the family, whether or not a document has a figure for it yet.
    const members = full.families.find((f) => f.family.id === 'school-places')?.entries.length;
    expect(places.querySelector('summary')?.textContent).toBe(`Fine indicators (${members})`);
    expect(screen.queryByText(/all scopes together/)).toBeNull();
    const [layer] = screen.getAllByRole('checkbox', {
      name: /^New school places, compulsory stage 3 regions/,
    });
    await fireEvent.click(layer!);
    expect(ontoggle).toHaveBeenCalledWith({ kind: 'concept', id: 'places-compulsory' });
  }, 20_000); // renders the whole catalogue: slow when the machine is shared, not a time check

  // Its `open` followed "one of them is on" alone, so turning the last one off folded the list
  // the reader had opened, under the pointer, and its boxes were gone.
  it('keeps a fold the reader opened open when its last layer is turned off', async () => {
    const fine: LayerRef = { kind: 'indicator', id: 'new-school-places' as IndicatorId };
    const props = {
      catalogue: buildCatalogue(built()),
      ...NO_DOWNLOAD,
      stack: [] as LayerRef[],
      lang: 'en' as const,
      ontoggle: vi.fn(),
      onmove: vi.fn(),
    };
    const { rerender } = render(LayerPanel, { props });
    const fold = document.querySelector(
      '[data-family="school-places"] details',
    ) as HTMLDetailsElement;
    fold.open = true;
    await fireEvent(fold, new Event('toggle'));
    const box = () => document.querySelector('input[data-layer="indicator:new-school-places"]');
    expect(box()).not.toBeNull();
    await rerender({ ...props, stack: [fine] });
    await rerender({ ...props, stack: [] });
    expect(fold.open).toBe(true);
    expect(box()).not.toBeNull();
  }, 20_000); // renders the whole catalogue: slow when the machine is shared, not a time check

  it('opens the fine indicators while searching', async () => {
    render(LayerPanel, {
      props: {
        catalogue: buildCatalogue(built()),
        ...NO_DOWNLOAD,
        stack: [],
        lang: 'zh',
        ontoggle: vi.fn(),
        onmove: vi.fn(),
      },
    });
    const places = () =>
      document.querySelector('[data-family="school-places"] details') as HTMLDetailsElement;
    expect(places().open).toBe(false);
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: '新增学位' } });
    expect(places().open).toBe(true);
  });
});
