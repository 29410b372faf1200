import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../src/lib/data/atlas';
import { regionDetail } from '../../src/lib/data/region-detail';
import type { FactId, RegionCode } from '../../src/lib/domain/schema';
import RegionPanel from '../../src/lib/ui/RegionPanel.svelte';
import { MINI } from '../fixtures/mini-dataset';
import { atlas as built } from '../fixtures/dataset';

const atlas = indexDataset(MINI);
/** The comparison props of a region not in it, for tests about something else. */
const NOT_COMPARED = { compared: false, compareFull: false, oncompare: vi.fn() };

function setup(
  code: string,
  lang: 'zh' | 'en' = 'en',
  year: number | null = null,
  compare = { compared: false, compareFull: false },
  drawn = true,
) {
  const onselect = vi.fn();
  const onquote = vi.fn();
  const onclose = vi.fn();
  const oncompare = vi.fn();
  const detail = regionDetail(atlas, code as RegionCode, year);
  render(RegionPanel, {
    props: {
      detail,
      indicators: atlas.indicators,
      lang,
      onselect,
      onclose,
      onquote,
      ...compare,
      oncompare,
      drawn,
    },
  });
  return { onselect, onclose, onquote, oncompare };
}

describe('RegionPanel', () => {
  it('adds the region to the comparison, removes it again, and says when the comparison is full', async () => {
    const { oncompare } = setup('610727');
    await fireEvent.click(screen.getByRole('button', { name: 'Add to comparison' }));
    expect(oncompare).toHaveBeenCalledWith('610727', true);
    cleanup();
    const again = setup('610727', 'zh', null, { compared: true, compareFull: true });
    await fireEvent.click(screen.getByRole('button', { name: '移出对比' }));
    expect(again.oncompare).toHaveBeenCalledWith('610727', false);
    cleanup();
    setup('610727', 'en', null, { compared: false, compareFull: true });
    expect(screen.getByRole('button', { name: 'Add to comparison' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByText('Comparison full (4 regions at most)')).toBeTruthy();
  });

  it('says so when the map has no shape for the region, in either language', () => {
    const compare = { compared: false, compareFull: false };
    setup('610727', 'en', null, compare, false);
    expect(screen.getByRole('note').textContent).toBe(
      'This region has no shape on the map yet, so the map cannot show where it is',
    );
    cleanup();
    setup('610727', 'zh', null, compare, false);
    expect(screen.getByRole('note').textContent).toBe('地图上还没有该地区的形状，无法显示它的位置');
    cleanup();
    setup('610727');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows both names, the level and a button to the parent', async () => {
    const { onselect } = setup('610727');
    expect(screen.getByRole('heading', { name: '略阳县' })).toBeTruthy();
    expect(screen.getByText('Lueyang County')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Hanzhong' }));
    expect(onselect).toHaveBeenCalledWith('610700');
  });

  it('gives each value its qualifier, status and quote, and opens the quote in its source', async () => {
    const { onquote } = setup('610727');
    expect(screen.getByText('≥ 1,600 places (target)')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /年均培训教师7000余人次/ }));
    expect(onquote).toHaveBeenCalledWith('003', 'f-ly-training');
  });

  it('says when a date is the source publication date', () => {
    setup('500000', 'zh');
    expect(screen.getAllByText(/2023-11-15.*文献发布日期/).length).toBeGreaterThan(0);
    expect(screen.getByText('≥ 800所')).toBeTruthy();
  });

  it('lists measures and milestones in date order', () => {
    setup('610727');
    const times = screen
      .getAllByRole('listitem')
      .map((li) => li.querySelector('time')?.textContent)
      .filter(Boolean);
    expect(times).toEqual(['2021', '2022']);
    expect(screen.getByRole('button', { name: '“组建教育集团8个”' })).toBeTruthy();
  });

  it('lists sub-regions with their own values as buttons', async () => {
    const { onselect } = setup('610700');
    await fireEvent.click(screen.getByRole('button', { name: 'Lueyang County' }));
    expect(onselect).toHaveBeenCalledWith('610727');
    expect(screen.getByText('Schools: 53 schools')).toBeTruthy();
  });

  it('closes from its own button', async () => {
    const { onclose } = setup('610727');
    await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onclose).toHaveBeenCalledOnce();
  });

  it("fades the values dated after the timeline's year", () => {
    setup('610727', 'en', 2022);
    const after = document.querySelectorAll('dd.after');
    expect(after.length).toBeGreaterThan(0);
    for (const dd of after)
      expect(dd.getAttribute('title')).toBe(
        'Not yet reached or announced in the year on the timeline',
      );
  });

  it("fades an undated value until its document's year, as the map hides it", () => {
    setup('500000', 'en', 2020);
    const undated = document.querySelector('[data-fact="f-cq-schools"]')?.closest('dd');
    expect(undated?.classList.contains('after')).toBe(true);
  });

  it('marks which of several values is the one shown for the year', () => {
    const latest = MINI.facts.find((f) => f.id === 'f-ly-schools')!;
    const earlier = { ...latest, id: 'f-ly-schools-2021' as FactId, date: '2021', value: 50 };
    const two = indexDataset({ ...MINI, facts: [...MINI.facts, earlier] });
    const marked = (year: number) => {
      const { unmount } = render(RegionPanel, {
        props: {
          detail: regionDetail(two, '610727' as RegionCode, year),
          indicators: two.indicators,
          lang: 'en',
          onselect: vi.fn(),
          onclose: vi.fn(),
          onquote: vi.fn(),
          ...NOT_COMPARED,
          drawn: true,
        },
      });
      const ids = [...document.querySelectorAll('dd.current [data-fact]')].map((e) =>
        e.getAttribute('data-fact'),
      );
      unmount();
      return ids;
    };
    expect(marked(2022)).toEqual(['f-ly-schools-2021']);
    expect(marked(2023)).toEqual(['f-ly-schools']);
  });

  it('names the family and scope of each indicator, and shows a range as a range', () => {
    const a = built();
    const fact = a.dataset.facts.find((f) => f.upper !== undefined)!;
    const detail = regionDetail(a, fact.region, null);
    render(RegionPanel, {
      props: {
        detail,
        indicators: a.indicators,
        lang: 'zh',
        onselect: vi.fn(),
        onclose: vi.fn(),
        onquote: vi.fn(),
        ...NOT_COMPARED,
        drawn: true,
      },
    });
    const ind = a.indicators.get(fact.indicator)!;
    const family = a.dataset.families.find((f) => f.id === ind.family)!;
    const about = [...document.querySelectorAll('dt .about')].map((e) =>
      (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(about).toContain(`指标族: ${family.name.zh} · 口径: ${ind.scope.zh}`);
    expect(screen.getAllByText('3至5年').length).toBeGreaterThan(0);
    expect(screen.queryByText('3年')).toBeNull();
  });

  it('says beside each value the scope its own sentence states', () => {
    const a = built();
    const fact = a.dataset.facts.find((f) => f.quote.includes('79.36亿元'))!;
    const scopeOf = (lang: 'zh' | 'en') => {
      render(RegionPanel, {
        props: {
          detail: regionDetail(a, fact.region, null),
          indicators: a.indicators,
          lang,
          onselect: vi.fn(),
          onclose: vi.fn(),
          onquote: vi.fn(),
          ...NOT_COMPARED,
          drawn: true,
        },
      });
      const text = document.querySelector(`[data-fact="${fact.id}"] .own-scope`)?.textContent;
      cleanup();
      return text;
    };
    expect(scopeOf('zh')).toBe('中小学和幼儿园 · 2021至2022累计 · 用于校舍建设');
    expect(scopeOf('en')).toBe(
      'schools and kindergartens · total 2021 to 2022 · for school building',
    );
  });

  it('reads a governed figure against its national standard, in words, the citation one step away', async () => {
    const a = built();
    for (const [lang, bar, verdict, cite] of [
      ['zh', '≤ 0.45（初中）', '达到国家标准', '依据'],
      ['en', '≤ 0.45 (junior secondary)', 'meets the national standard', 'Source of the standard'],
    ] as const) {
      render(RegionPanel, {
        props: {
          detail: regionDetail(a, '500000' as RegionCode, null),
          indicators: a.indicators,
          lang,
          onselect: vi.fn(),
          onclose: vi.fn(),
          onquote: vi.fn(),
          ...NOT_COMPARED,
          drawn: true,
        },
      });
      const note = document.querySelector('[data-standard="qb2017-junior-difference-coefficient"]');
      expect(note?.closest('[data-fact]')?.textContent).toContain('0.415');
      expect(note?.textContent).toContain(bar);
      expect(note?.textContent).toContain(verdict);
      const summary = screen.getByText(cite);
      expect(note?.querySelector('details')?.open).toBe(false);
      await fireEvent.click(summary);
      expect(note?.querySelector('details')?.textContent).toContain('教督〔2017〕6号');
      cleanup();
    }
  });
});
