import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../src/lib/data/atlas';
import type { GeoLoadResult } from '../../src/lib/data/load-geometry';
import type { CountyLineProps } from '../../src/lib/domain/geometry';
import type { TextResult } from '../../src/lib/data/source-texts';
import type { IndicatorId, LayerId, RegionCode, SourceId } from '../../src/lib/domain/schema';
import { SYMBOL_SLOTS } from '../../src/lib/layers/layer-specs';
import { AtlasView, type AtlasViewDeps } from '../../src/lib/state/atlas-view.svelte';
import { defaultSnapshot } from '../../src/lib/state/types';
import { UrlSync } from '../../src/lib/state/url-sync.svelte';
import { ViewState } from '../../src/lib/state/view-state.svelte';
import { MINI, MINI_TEXTS } from '../fixtures/mini-dataset';
import { TAB } from '../fixtures/tabs';
import { atlas as built } from '../fixtures/dataset';
import { DEPS, fakeWindow } from '../unit/state/fakes';

const atlas = indexDataset(MINI);
const S003 = '003' as SourceId;

function open(search = '', deps: AtlasViewDeps = DEPS) {
  const view = new ViewState(defaultSnapshot('zh'));
  const model = new AtlasView(atlas, view, new UrlSync(fakeWindow(search)), deps);
  const page = { title: '', documentElement: { lang: '' } };
  const stop = model.start(page);
  flushSync();
  return { model, view, page, stop };
}

describe('AtlasView', () => {
  it('reads the link, then names the view in the page title and sets the page language', () => {
    const { view, page, stop } = open('?r=610727&lang=en');
    expect(page.title).toBe('Lueyang County — Atlas of Quality-Balanced Compulsory Education');
    expect(page.documentElement.lang).toBe('en');
    view.setLang('zh');
    flushSync();
    expect(page.title).toBe('略阳县 — 义务教育优质均衡发展地图');
    expect(page.documentElement.lang).toBe('zh-Hans');
    stop();
  });

  it('draws the coefficient against its threshold when the reader asks, and writes it in the link', () => {
    const view = new ViewState(defaultSnapshot('en'));
    const win = fakeWindow('?l=boundaries,labels,i.difference-coefficient');
    const model = new AtlasView(built(), view, new UrlSync(win), DEPS);
    const stop = model.start({ title: '', documentElement: { lang: '' } });
    flushSync();
    const block = () => model.legend.find((b) => b.kind === 'choropleth');
    expect(block()).toMatchObject({ judgeable: true, judged: null });
    model.drawAgainstStandard(true);
    flushSync();
    expect(block()).toMatchObject({ judged: { id: 'qb2017-junior-difference-coefficient' } });
    expect(model.plan.choropleth?.hatched).toBe(true);
    expect(new URLSearchParams(win.location.search).get('std')).toBe('1');
    model.drawAgainstStandard(false);
    flushSync();
    expect(block()).toMatchObject({ judged: null });
    expect(new URLSearchParams(win.location.search).get('std')).toBeNull();
    stop();
  });

  it('draws milestones dated 2021 at 2021, though the document reporting them came out in 2023', () => {
    const { model, stop } = open('?l=boundaries,labels,events&y=2021');
    const ms = model.plan.states.get('610727' as RegionCode)?.ms;
    expect(ms).toBeGreaterThan(0);
    stop();
  });

  it('takes the topmost drawn indicator as active when the link names none, or one not drawn', () => {
    const { model, stop } = open('?l=i.difference-coefficient,i.new-school-places');
    expect(model.activeLayer?.ref.id).toBe('new-school-places');
    stop();
    const hidden = open('?l=i.new-school-places&i=difference-coefficient');
    expect(hidden.model.activeLayer?.ref.id).toBe('new-school-places');
    hidden.stop();
  });

  it('does not speak of a symbol layer that lost its slot', () => {
    const counts = atlas.dataset.indicators
      .filter((i) => i.kind === 'count' || i.kind === 'amount')
      .map((i) => `i.${i.id}`);
    const first = counts[0]!.slice(2);
    const { model, stop } = open(`?l=${counts.join(',')}&i=${first}`);
    expect(counts.length).toBeGreaterThan(SYMBOL_SLOTS);
    expect(model.activeLayer?.ref.id).not.toBe(first);
    expect(model.legend.map((b) => b.key)).not.toContain(`symbols:${first}`);
    stop();
  });

  it('speaks of the active indicator in the tooltip, at the pointer', () => {
    const { model, view, stop } = open('?l=boundaries,labels,i.new-school-places');
    view.hover('610727' as RegionCode);
    model.point({ x: 40, y: 50 });
    expect(model.tooltip).toMatchObject({
      indicator: { id: 'new-school-places' },
      value: { isTarget: true },
    });
    expect(model.tooltipAt).toEqual({ x: 40, y: 50 });
    stop();
  });

  it('loads an open document’s text, shows why it failed, and tries again when reopened', async () => {
    const answers: TextResult[] = [
      { ok: false, message: 'data/texts.json: HTTP 503' },
      { ok: true, text: MINI_TEXTS[S003] ?? '' },
    ];
    const asked: string[] = [];
    const { model, view, stop } = open('', {
      ...DEPS,
      loadSourceText: async (source) => {
        asked.push(source);
        return answers[asked.length - 1] ?? { ok: false, message: 'asked too often' };
      },
    });
    expect(asked).toEqual([]);
    view.openSource(S003, null);
    flushSync();
    expect(model.document?.body).toEqual({ status: 'loading' });
    await vi.waitFor(() => expect(model.document?.body.status).toBe('failed'));
    expect(model.document?.body).toEqual({
      status: 'failed',
      message: 'data/texts.json: HTTP 503',
    });
    expect(model.document?.items.length).toBeGreaterThan(0);
    model.closeSource();
    flushSync();
    view.openSource(S003, null);
    flushSync();
    await vi.waitFor(() => expect(model.document?.body.status).toBe('ready'));
    expect(asked).toEqual(['003', '003']);
    stop();
  });

  it('loads the counties once, when their layer is first on, and reports a failure', async () => {
    let calls = 0;
    const failing: AtlasViewDeps = {
      ...DEPS,
      loadCounties: async () => {
        calls++;
        return { ok: false, message: 'geo/china-counties.json: HTTP 404' };
      },
    };
    const { model, view, stop } = open('', failing);
    expect(model.counties.status).toBe('idle');
    view.toggleLayer({ kind: 'context', id: 'counties' }, atlas);
    flushSync();
    await Promise.resolve();
    expect(model.counties).toEqual({
      status: 'failed',
      message: 'geo/china-counties.json: HTTP 404',
    });
    view.toggleLayer({ kind: 'context', id: 'counties' }, atlas);
    view.toggleLayer({ kind: 'context', id: 'counties' }, atlas);
    flushSync();
    expect(calls).toBe(1);
    stop();
  });

  it('reports the download as it arrives, and tries again after a failure when asked', async () => {
    const answers: GeoLoadResult<'counties', CountyLineProps>[] = [
      { ok: false, message: 'geo/china-counties.json: HTTP 503' },
      { ok: true, collections: { counties: { type: 'FeatureCollection', features: [] } } },
    ];
    const progress: ((p: { received: number; total: number | null }) => void)[] = [];
    const retrying: AtlasViewDeps = {
      ...DEPS,
      loadCounties: async (onProgress) => {
        progress.push(onProgress);
        onProgress({ received: 500, total: 2000 });
        await Promise.resolve();
        return answers[progress.length - 1] ?? { ok: false, message: 'asked too often' };
      },
    };
    const { model, stop } = open('?l=boundaries,labels,counties', retrying);
    expect(model.counties).toEqual({ status: 'loading', progress: { received: 500, total: 2000 } });
    await vi.waitFor(() => expect(model.counties.status).toBe('failed'));
    model.retryCounties();
    expect(model.counties.status).toBe('loading');
    await vi.waitFor(() => expect(model.counties.status).toBe('ready'));
    expect(progress).toHaveLength(2);
    stop();
  });

  it('asks for the counties once though the layer goes on, off and on while they load', () => {
    let calls = 0;
    const slow: AtlasViewDeps = {
      ...DEPS,
      loadCounties: () => {
        calls++;
        return new Promise(() => {});
      },
    };
    const { model, view, stop } = open('?l=boundaries,labels,counties', slow);
    expect(model.counties.status).toBe('loading');
    view.toggleLayer({ kind: 'context', id: 'counties' }, atlas);
    flushSync();
    view.toggleLayer({ kind: 'context', id: 'counties' }, atlas);
    flushSync();
    expect(calls).toBe(1);
    expect(model.plan.countiesLoaded).toBe(false);
    stop();
  });

  it('copies the pinned share link, and says when the clipboard refuses', async () => {
    const { model, stop } = open('?r=500113');
    expect(await model.copyText(model.shareUrl())).toBe(true);
    expect(DEPS.copied.at(-1)).toMatch(/^http:\/\/127\.0\.0\.1:4173\/\?.*r=500113/);
    const refused = new AtlasView(atlas, model.view, model.sync, {
      ...DEPS,
      writeClipboard: () => Promise.reject(new Error('denied')),
    });
    expect(await refused.copyText(model.shareUrl())).toBe(false);
    stop();
  });

  it('links each value to a view of it: region, its layer alone, its year, its sentence', () => {
    const { model, stop } = open('?r=500000&lang=en');
    const fact = atlas.dataset.facts.find((f) => f.date !== null)!;
    const link = new URL(model.valueLink(fact));
    expect(link.searchParams.get('r')).toBe(fact.region);
    expect(link.searchParams.get('l')).toBe(`boundaries,labels,i.${fact.indicator}`);
    expect(link.searchParams.get('i')).toBe(fact.indicator);
    expect(link.searchParams.get('y')).toBe(fact.date!.slice(0, 4));
    expect(link.searchParams.get('s')).toBe(fact.source);
    expect(link.searchParams.get('q')).toBe(fact.id);
    expect(link.searchParams.get('lang')).toBe('en');
    stop();
  });

  it('names what the view shows and the documents behind it', () => {
    const { model, stop } = open('?r=610727&l=boundaries,labels,i.new-school-places&lang=en');
    expect(model.heading).toBe('Lueyang County · New school places');
    const ids = new Set(
      atlas.dataset.facts.filter((f) => f.indicator === 'new-school-places').map((f) => f.source),
    );
    expect(model.sources.map((s) => s.id)).toEqual([...ids].sort());
    stop();
  });

  it('speaks of a concept layer once it is turned on above an indicator, in the tooltip too', () => {
    const view = new ViewState(defaultSnapshot('en'));
    // The context layers alone: a link without v would open the first view's concept layer.
    const search = '?l=boundaries,labels&lang=en';
    const model = new AtlasView(built(), view, new UrlSync(fakeWindow(search)), DEPS);
    const stop = model.start({ title: '', documentElement: { lang: '' } });
    flushSync();
    model.toggleLayer({ kind: 'indicator', id: 'new-school-places' as IndicatorId });
    model.toggleLayer({ kind: 'concept', id: 'places-incl-kindergartens' as LayerId });
    flushSync();
    expect(model.activeLayer?.ref).toEqual({ kind: 'concept', id: 'places-incl-kindergartens' });
    model.hover('610700' as RegionCode);
    expect(model.tooltip).toMatchObject({
      layer: { name: { en: 'New school places, incl. kindergartens' } },
      indicator: { id: 'new-places-incl-kindergartens' },
    });
    stop();
  });

  it("derives the comparison from the link, outlines it on the map, and shows the tooltip's values", () => {
    const view = new ViewState(defaultSnapshot('en'));
    const win = fakeWindow('?v=2&cmp=500113,610727,cq-metro&lang=en');
    const model = new AtlasView(built(), view, new UrlSync(win), DEPS);
    const stop = model.start({ title: '', documentElement: { lang: '' } });
    flushSync();
    expect(model.plan.compared).toEqual(['500113', '610727', 'cq-metro']);
    const layer = model.activeLayer!;
    const row = model
      .comparison!.families.flatMap((f) => f.rows)
      .find((r) => r.layer.id === layer.ref.id);
    model.comparison!.regions.forEach((r, i) => {
      model.hover(r.code);
      expect(row?.cells[i]?.value ?? null).toEqual(model.tooltip?.value ?? null);
    });
    model.removeFromComparison('610727' as RegionCode);
    model.addToComparison('610700' as RegionCode);
    flushSync();
    expect(model.plan.compared).toEqual(['500113', 'cq-metro', '610700']);
    stop();
  });

  it('tabulates the active layer, or the comparison once two regions are in it, sorted on request', () => {
    const view = new ViewState(defaultSnapshot('en'));
    const model = new AtlasView(
      built(),
      view,
      new UrlSync(fakeWindow(`?v=2&tab=${TAB.table}`)),
      DEPS,
    );
    const stop = model.start({ title: '', documentElement: { lang: '' } });
    flushSync();
    expect(view.tab).toBe(TAB.table);
    expect(model.table?.kind).toBe('layer');
    model.sortTable('region');
    expect(model.table?.rows.map((r) => r.region.name.en)).toEqual(
      [...model.table!.rows.map((r) => r.region.name.en)].sort(),
    );
    model.addToComparison('500113' as RegionCode);
    expect(model.table?.kind).toBe('layer');
    model.addToComparison('610727' as RegionCode);
    expect(model.table?.kind).toBe('comparison');
    model.setTab(TAB.map);
    expect(view.tab).toBe(TAB.map);
    stop();
  });
});
