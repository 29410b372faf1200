import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/lib/data/atlas';
import type { IndicatorId, LayerId, MeasureId } from '../../src/lib/domain/schema';
import { layerSpecs } from '../../src/lib/layers/layer-specs';
import { legendModel } from '../../src/lib/layers/legend';
import type { LayerRef } from '../../src/lib/domain/layer-ref';
import Legend from '../../src/lib/ui/Legend.svelte';
import { MINI } from '../fixtures/mini-dataset';
import { atlas as built } from '../fixtures/dataset';

const atlas = indexDataset(MINI);
const ind = (id: string): LayerRef => ({ kind: 'indicator', id: id as IndicatorId });

function block(kind: string) {
  const el = document.querySelector(`[data-kind="${kind}"]`);
  if (!(el instanceof HTMLElement)) throw new Error(`no ${kind} block`);
  return within(el);
}

describe('Legend', () => {
  it('labels choropleth classes with formatted values, explains no data and the lower-is-better ramp', () => {
    render(Legend, {
      props: {
        blocks: legendModel(layerSpecs([ind('difference-coefficient')], atlas, null), 'en'),
        lang: 'en',
      },
    });
    const b = block('choropleth');
    expect(b.getByText('0.415')).toBeTruthy();
    expect(b.getByText('no data')).toBeTruthy();
    expect(b.getByText('lower is more balanced')).toBeTruthy();
  });

  it('shows symbol sizes with round values and explains targets', () => {
    render(Legend, {
      props: {
        blocks: legendModel(layerSpecs([ind('new-school-places')], atlas, 2023), 'zh'),
        lang: 'zh',
      },
    });
    const b = block('symbols');
    expect(b.getByText('20万个')).toBeTruthy();
    expect(b.getByText(/目标/)).toBeTruthy();
  });

  it('explains milestone markers and measures, top layer first', () => {
    render(Legend, {
      props: {
        blocks: legendModel(
          layerSpecs(
            [{ kind: 'events' }, { kind: 'measure', id: 'education-groups' as MeasureId }],
            atlas,
            null,
          ),
          'en',
        ),
        lang: 'en',
      },
    });
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
    render(Legend, {
      props: { blocks: legendModel(layerSpecs(stack, atlas, null), 'en'), lang: 'en' },
    });
    expect(document.querySelectorAll('[data-kind="measure"]')).toHaveLength(1);
  });

  it('names a family layer and its family, and says which levels each drawn member counts', () => {
    const ref: LayerRef = { kind: 'family', id: 'schools-count' as LayerId };
    render(Legend, {
      props: { blocks: legendModel(layerSpecs([ref], built(), null), 'en'), lang: 'en' },
    });
    const b = block('symbols');
    expect(b.getByText('Family: Schools, pupils and teachers')).toBeTruthy();
    expect(b.getByText('scopes differ; each value says its own')).toBeTruthy();
    expect(b.getByText('Compulsory-stage schools: compulsory stage only')).toBeTruthy();
    expect(b.getByText('Schools and kindergartens, all levels: all levels')).toBeTruthy();
  });

  it('gives a single indicator its full scope and no "scopes differ" note', () => {
    render(Legend, {
      props: {
        blocks: legendModel(layerSpecs([ind('new-school-places')], built(), null), 'zh'),
        lang: 'zh',
      },
    });
    const b = block('symbols');
    expect(b.getByText(/^义务教育阶段；/)).toBeTruthy();
    expect(b.queryByText('口径不一，见各数值')).toBeNull();
  });
});
