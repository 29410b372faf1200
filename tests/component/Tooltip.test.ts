import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { valueAsOf } from '../../src/lib/data/time-rule';
import { indexDataset } from '../../src/lib/data/atlas';
import type { IndicatorId, LayerId, RegionCode, SourceId } from '../../src/lib/domain/schema';
import { drawnLayer } from '../../src/lib/layers/layer-specs';
import { valueScopeNote } from '../../src/lib/layers/scope-notes';
import { regionValueAsOf } from '../../src/lib/data/time-rule';
import { atlas as built } from '../fixtures/dataset';
import Tooltip from '../../src/lib/ui/Tooltip.svelte';
import { MINI } from '../fixtures/mini-dataset';

const atlas = indexDataset(MINI);

describe('Tooltip', () => {
  it('shows region, indicator, qualified value, date and source at the given point', () => {
    const facts = (atlas.factsByRegion.get('500000' as RegionCode) ?? []).filter(
      (f) => f.indicator === 'paired-rural-schools',
    );
    render(Tooltip, {
      props: {
        region: atlas.regions.get('500000' as RegionCode)!,
        layer: drawnLayer({ kind: 'indicator', id: 'paired-rural-schools' as IndicatorId }, atlas),
        value: valueAsOf(facts, null, atlas.sources),
        indicator: atlas.indicators.get('paired-rural-schools' as IndicatorId)!,
        scopeNote: null,
        source: atlas.sources.get('000' as SourceId)!,
        alongside: [],
        targets: [],
        lang: 'en',
        x: 40,
        y: 60,
      },
    });
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('Chongqing');
    expect(tip.textContent).toContain('≥ 800 schools');
    expect(tip.textContent).toMatch(/2023-11-15\s*\(publication date\)/);
    expect(tip.textContent).toContain('Source: Chongqing advances');
    expect(tip.style.left).toBe('40px');
  });

  it('says "no data" for a region without a value', () => {
    render(Tooltip, {
      props: {
        region: atlas.regions.get('640100' as RegionCode)!,
        layer: drawnLayer({ kind: 'indicator', id: 'investment' as IndicatorId }, atlas),
        value: null,
        indicator: null,
        scopeNote: null,
        source: null,
        alongside: [],
        targets: [],
        lang: 'zh',
        x: 0,
        y: 0,
      },
    });
    expect(screen.getByRole('tooltip').textContent).toContain('无数据');
  });

  it('names the family and says next to the value which levels a family layer value counts', () => {
    const a = built();
    const layer = drawnLayer({ kind: 'family', id: 'places' as LayerId }, a)!;
    const ids = layer.indicators.map((i) => i.id);
    const code = [...a.factsByRegion.keys()].find(
      (c) => regionValueAsOf(a, c, ids, null)?.fact.indicator === 'new-places-incl-kindergartens',
    )!;
    const value = regionValueAsOf(a, code, ids, null)!;
    const indicator = a.indicators.get(value.fact.indicator)!;
    render(Tooltip, {
      props: {
        region: a.regions.get(code)!,
        layer,
        value,
        indicator,
        scopeNote: valueScopeNote(layer, indicator, 'en'),
        source: null,
        alongside: [],
        targets: [],
        lang: 'en',
        x: 0,
        y: 0,
      },
    });
    const text = screen.getByRole('tooltip').textContent ?? '';
    expect(layer.mixedScopes).toBe(true);
    expect(text).toContain('School places');
    expect(text).toMatch(/places\s*\(incl\. kindergartens\)/);
    expect(text).toContain('Scope: incl. kindergartens');
  });

  it('lists the facts a region reports for the same date on the layer, with their indicators', () => {
    const a = built();
    const layer = drawnLayer({ kind: 'family', id: 'investment' as LayerId }, a)!;
    const ids = layer.indicators.map((i) => i.id);
    const value = regionValueAsOf(a, '610727' as RegionCode, ids, null)!;
    const indicator = a.indicators.get(value.fact.indicator)!;
    const alongside = value.alongside.map((fact) => ({
      fact,
      indicator: a.indicators.get(fact.indicator)!,
    }));
    expect(alongside.length).toBeGreaterThan(0);
    render(Tooltip, {
      props: {
        region: a.regions.get('610727' as RegionCode)!,
        layer,
        value,
        indicator,
        scopeNote: valueScopeNote(layer, indicator, 'zh'),
        source: null,
        alongside,
        targets: [],
        lang: 'zh',
        x: 0,
        y: 0,
      },
    });
    const text = screen.getByRole('tooltip').textContent ?? '';
    expect(text).toContain('同日另报：');
    for (const other of alongside) expect(text).toContain(other.indicator.name.zh);
  });

  it('lists the standing targets the map does not draw', () => {
    const a = built();
    const layer = drawnLayer({ kind: 'family', id: 'places' as LayerId }, a)!;
    const ids = layer.indicators.map((i) => i.id);
    const value = regionValueAsOf(a, '610700' as RegionCode, ids, 2023)!;
    const targets = value.targets.map((fact) => ({
      fact,
      indicator: a.indicators.get(fact.indicator)!,
    }));
    expect(targets.length).toBeGreaterThan(0);
    render(Tooltip, {
      props: {
        region: a.regions.get('610700' as RegionCode)!,
        layer,
        value,
        indicator: a.indicators.get(value.fact.indicator)!,
        scopeNote: null,
        source: null,
        alongside: [],
        targets,
        lang: 'en',
        x: 0,
        y: 0,
      },
    });
    const text = screen.getByRole('tooltip').textContent ?? '';
    expect(text).toContain('Targets also set:');
    expect(text).toContain('11,600 places');
  });
});
