import { render, screen } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import { describe, expect, it } from 'vitest';
import { valueAsOf } from '../../src/lib/data/time-rule';
import { indexDataset, type Atlas } from '../../src/lib/data/atlas';
import type {
  Fact,
  FactScope,
  IndicatorId,
  LayerId,
  PartialDate,
  RegionCode,
  SourceId,
} from '../../src/lib/domain/schema';
import { drawnLayer } from '../../src/lib/layers/layer-specs';
import { tooltipModel } from '../../src/lib/layers/tooltip';
import { regionValueAsOf } from '../../src/lib/data/time-rule';
import { atlas as built } from '../fixtures/dataset';
import Tooltip from '../../src/lib/ui/Tooltip.svelte';
import { MINI } from '../fixtures/mini-dataset';

const atlas = indexDataset(MINI);

type TooltipProps = ComponentProps<typeof Tooltip>;

/** Renders the tooltip at (0, 0) in Chinese with nothing but what a test sets. */
function showTooltip(props: Pick<TooltipProps, 'region' | 'layer'> & Partial<TooltipProps>) {
  render(Tooltip, {
    props: {
      value: null,
      indicator: null,
      source: null,
      alongside: [],
      targets: [],
      otherScopes: [],
      judgements: [],
      lang: 'zh',
      x: 0,
      y: 0,
      ...props,
    },
  });
}

/** Facts with their indicators, as the view model hands them to the tooltip. */
const withIndicators = (a: Atlas, facts: readonly Fact[]) =>
  facts.map((fact) => ({ fact, indicator: a.indicators.get(fact.indicator)! }));

describe('Tooltip', () => {
  it('shows region, indicator, qualified value, date and source at the given point', () => {
    const facts = (atlas.factsByRegion.get('500000' as RegionCode) ?? []).filter(
      (f) => f.indicator === 'paired-rural-schools',
    );
    showTooltip({
      region: atlas.regions.get('500000' as RegionCode)!,
      layer: drawnLayer({ kind: 'indicator', id: 'paired-rural-schools' as IndicatorId }, atlas),
      value: valueAsOf(facts, null, atlas.sources),
      indicator: atlas.indicators.get('paired-rural-schools' as IndicatorId)!,
      source: atlas.sources.get('000' as SourceId)!,
      lang: 'en',
      x: 40,
      y: 60,
    });
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('Chongqing');
    expect(tip.textContent).toContain('≥ 800 schools');
    expect(tip.textContent).toMatch(/2023-11-15\s*\(publication date\)/);
    expect(tip.textContent).toContain('Source: Chongqing advances');
    expect(tip.style.left).toBe('40px');
  });

  it('says "no data" for a region without a value', () => {
    showTooltip({
      region: atlas.regions.get('640100' as RegionCode)!,
      layer: drawnLayer({ kind: 'indicator', id: 'investment' as IndicatorId }, atlas),
    });
    expect(screen.getByRole('tooltip').textContent).toContain('无数据');
  });

  // 汉中's new places with kindergartens: a value drawn and a target standing beside it.
  const inclKindergartens = (a: Atlas) =>
    drawnLayer({ kind: 'concept', id: 'places-incl-kindergartens' as LayerId }, a)!;

  it('names the layer, its family and the scope of the value', () => {
    const a = built();
    const layer = inclKindergartens(a);
    const ids = layer.indicators.map((i) => i.id);
    const value = regionValueAsOf(a, '610700' as RegionCode, ids, null)!;
    const indicator = a.indicators.get(value.fact.indicator)!;
    showTooltip({
      region: a.regions.get('610700' as RegionCode)!,
      layer,
      value,
      indicator,
      lang: 'en',
    });
    const text = screen.getByRole('tooltip').textContent ?? '';
    expect(text).toContain(layer.name.en);
    expect(text).toContain('School places');
    expect(text).toContain(`Scope: ${indicator.scope.en}`);
  });

  it('lists the facts given alongside the value, with their indicators', () => {
    const a = built();
    const layer = inclKindergartens(a);
    const ids = layer.indicators.map((i) => i.id);
    const value = regionValueAsOf(a, '610700' as RegionCode, ids, null)!;
    // No two facts of one region share a layer and a date in the seeds; any fact stands in.
    const alongside = withIndicators(a, value.targets);
    expect(alongside.length).toBeGreaterThan(0);
    showTooltip({
      region: a.regions.get('610700' as RegionCode)!,
      layer,
      value,
      indicator: a.indicators.get(value.fact.indicator)!,
      alongside,
    });
    const text = screen.getByRole('tooltip').textContent ?? '';
    expect(text).toContain('同日另报：');
    for (const other of alongside) expect(text).toContain(other.indicator.name.zh);
  });

  it('lists the standing targets the map does not draw', () => {
    const a = built();
    const layer = inclKindergartens(a);
    const ids = layer.indicators.map((i) => i.id);
    const value = regionValueAsOf(a, '610700' as RegionCode, ids, null)!;
    const targets = withIndicators(a, value.targets);
    expect(targets.length).toBeGreaterThan(0);
    showTooltip({
      region: a.regions.get('610700' as RegionCode)!,
      layer,
      value,
      indicator: a.indicators.get(value.fact.indicator)!,
      targets,
      lang: 'en',
    });
    const text = screen.getByRole('tooltip').textContent ?? '';
    expect(text).toContain('Targets also set:');
    expect(text).toContain(`${targets[0]!.fact.value.toLocaleString('en')} places`);
  });

  it('says the region’s figures of the same concept at other scopes apart, with no value of its own', () => {
    const a = built();
    const layer = drawnLayer({ kind: 'concept', id: 'places-compulsory' as LayerId }, a)!;
    const other = (a.factsByRegion.get('610700' as RegionCode) ?? []).find(
      (f) => f.indicator === 'new-places-incl-kindergartens',
    )!;
    showTooltip({
      region: a.regions.get('610700' as RegionCode)!,
      layer,
      otherScopes: withIndicators(a, [other]),
      lang: 'en',
    });
    const text = screen.getByRole('tooltip').textContent ?? '';
    expect(text).toContain('no data');
    expect(text).toContain('Other scopes (not compared on this layer):');
    expect(text).toContain('New school places, incl. kindergartens');
  });

  /** Shows Chongqing's first fact as if its own sentence stated `scope` (and `date`, if given). */
  function showWithScope(scope: FactScope, date?: PartialDate): string {
    const [fact] = atlas.factsByRegion.get('500000' as RegionCode) ?? [];
    showTooltip({
      region: atlas.regions.get('500000' as RegionCode)!,
      layer: drawnLayer({ kind: 'indicator', id: fact!.indicator }, atlas),
      value: valueAsOf([{ ...fact!, ...(date ? { date } : {}), scope }], null, atlas.sources),
      indicator: atlas.indicators.get(fact!.indicator)!,
      lang: 'en',
    });
    return screen.getByRole('tooltip').textContent ?? '';
  }

  it('says the scope the value’s own sentence states', () => {
    showWithScope({
      levels: 'junior',
      period: { kind: 'flow', from: '2019', to: '2023-11-15' },
      purpose: null,
      base: null,
    });
    expect(screen.getByRole('tooltip').querySelector('.own-scope')?.textContent?.trim()).toBe(
      'junior secondary · total 2019 to 2023-11-15',
    );
  });

  it('gives the date once when the value’s own scope runs to it', () => {
    const text = showWithScope(
      {
        levels: 'unstated',
        period: { kind: 'flow', from: null, to: '2023-05' },
        purpose: null,
        base: null,
      },
      '2023-05',
    );
    expect(text).toContain('total to 2023-05');
    expect(text.split('2023-05').length - 1).toBe(1);
  });

  it('says the national standard of a governed value and whether it meets it', () => {
    const a = built();
    const layer = drawnLayer({ kind: 'concept', id: 'difference-coefficient' as LayerId }, a)!;
    const model = tooltipModel(a, '500000' as RegionCode, layer, null)!;
    showTooltip({ ...model, lang: 'en' });
    const text = screen.getByRole('tooltip').textContent ?? '';
    expect(text).toContain('National standard ≤ 0.45 (junior secondary)');
    expect(text).toContain('meets the national standard');
  });
});
