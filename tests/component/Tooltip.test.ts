import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { valueAsOf } from '../../src/lib/data/time-rule';
import { indexDataset } from '../../src/lib/data/atlas';
import type { IndicatorId, RegionCode, SourceId } from '../../src/lib/domain/schema';
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
        indicator: atlas.indicators.get('paired-rural-schools' as IndicatorId)!,
        value: valueAsOf(facts, null, atlas.sources),
        source: atlas.sources.get('000' as SourceId)!,
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
        indicator: atlas.indicators.get('investment' as IndicatorId)!,
        value: null,
        source: null,
        lang: 'zh',
        x: 0,
        y: 0,
      },
    });
    expect(screen.getByRole('tooltip').textContent).toContain('无数据');
  });
});
