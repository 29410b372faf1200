import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { indexDataset } from '../../src/lib/data/atlas';
import type { SourceId } from '../../src/lib/domain/schema';
import { documentView, type TextState } from '../../src/lib/data/source-items';
import SourceViewer from '../../src/lib/ui/SourceViewer.svelte';
import { MINI, MINI_TEXTS } from '../fixtures/mini-dataset';

const atlas = indexDataset(MINI);

/** The document's text as arrived, unless the test gives its state. */
function setup(source: string, highlight: string | null, state?: TextState) {
  const onpick = vi.fn();
  const onclose = vi.fn();
  const text = state ?? { status: 'ready', text: MINI_TEXTS[source as SourceId] ?? '' };
  const r = render(SourceViewer, {
    props: {
      document: documentView(atlas, source as SourceId, text)!,
      highlight,
      lang: 'en',
      onpick,
      onclose,
    },
  });
  return { onpick, onclose, ...r };
}

describe('SourceViewer', () => {
  it('shows the whole text with every extracted item highlighted', () => {
    const { container } = setup('000', null);
    const text = container.querySelector('.text')?.textContent ?? '';
    expect(text).toBe(MINI_TEXTS['000' as SourceId]);
    expect(container.querySelectorAll('mark')).toHaveLength(10);
  });

  it('marks the chosen item as current and scrolls to it', () => {
    const spy = vi.spyOn(Element.prototype, 'scrollIntoView');
    // The files share one document (vite.config.ts): the next one gets the plain method back.
    onTestFinished(() => spy.mockRestore());
    const { container } = setup('003', 'f-ly-training');
    const current = container.querySelector('mark[aria-current="true"]');
    expect(current?.textContent).toBe('年均培训教师7000余人次');
    expect(spy).toHaveBeenCalled();
  });

  it('picks the region and layer of a clicked highlight', async () => {
    const { onpick } = setup('003', null);
    await fireEvent.click(screen.getByRole('button', { name: '组建教育集团8个' }));
    expect(onpick).toHaveBeenCalledWith(
      '610727',
      { kind: 'measure', id: 'education-groups' },
      expect.any(String),
    );
  });

  it('shows a traditional document as written, and simplified on request', async () => {
    const { container } = setup('001', null);
    expect(container.querySelector('mark')?.textContent).toBe('健全完善集團化辦學退出機制');
    await fireEvent.click(screen.getByRole('button', { name: 'Show in simplified characters' }));
    await waitFor(() =>
      expect(container.querySelector('mark')?.textContent).toBe('健全完善集团化办学退出机制'),
    );
    const toggle = screen.getByRole('button', { name: 'Show as written (traditional)' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('says the text is on its way, with the document named and closable', async () => {
    const { container, onclose } = setup('003', null, { status: 'loading' });
    expect(screen.getByRole('status').textContent).toBe('Loading the document’s text…');
    expect(screen.getByRole('heading').textContent).toBe('Hanzhong and Lueyang reports');
    expect(container.querySelector('.text')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Close the document' }));
    expect(onclose).toHaveBeenCalled();
  });

  it('says why a text cannot be shown, with no script toggle', () => {
    const message = 'data/texts.json: HTTP 404';
    const { container } = setup('001', null, { status: 'failed', message });
    expect(screen.getByRole('alert').textContent).toContain(message);
    expect(screen.queryByRole('button', { name: 'Show in simplified characters' })).toBeNull();
    expect(container.querySelector('mark')).toBeNull();
  });
});
