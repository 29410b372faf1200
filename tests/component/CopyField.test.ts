import { fireEvent, render, screen } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import CopyField from '../../src/lib/ui/CopyField.svelte';

type Props = ComponentProps<typeof CopyField>;

/** The embed code's field in Chinese, with what a test sets. */
function setup(props: Partial<Props> = {}) {
  const oncopy = vi.fn();
  const r = render(CopyField, {
    props: {
      id: 'embed-code',
      what: 'embed',
      value: '<iframe src="https://example.org/?embed=1"></iframe>',
      label: '嵌入代码',
      rows: 3,
      lang: 'zh',
      copied: null,
      oncopy,
      ...props,
    },
  });
  return { ...r, oncopy, button: screen.getByTestId('copy-embed') };
}

describe('CopyField', () => {
  it('names the field by its label and copies its text under its own name', async () => {
    const { oncopy, button } = setup();
    const field = screen.getByRole('textbox', { name: '嵌入代码' });
    expect(field.tagName).toBe('TEXTAREA');
    expect((field as HTMLTextAreaElement).value).toContain('embed=1');
    expect(button.textContent).toBe('复制');
    await fireEvent.click(button);
    expect(oncopy).toHaveBeenCalledWith(
      'embed',
      '<iframe src="https://example.org/?embed=1"></iframe>',
    );
  });

  it('selects all of its text when focused, to copy by hand', async () => {
    setup();
    const field = screen.getByTestId<HTMLTextAreaElement>('embed-code');
    await fireEvent.focus(field);
    expect(field.selectionEnd - field.selectionStart).toBe(field.value.length);
  });

  it('is one line named by another element without a label', () => {
    render(CopyField, {
      props: {
        id: 'share-link',
        what: 'link',
        value: 'https://example.org/?r=500113',
        labelledby: 'heading',
        lang: 'en',
        copied: null,
        oncopy: () => {},
      },
    });
    const field = screen.getByTestId('share-link');
    expect(field.tagName).toBe('INPUT');
    expect(field.getAttribute('aria-labelledby')).toBe('heading');
    expect(screen.getByTestId('copy-link').textContent).toBe('Copy');
  });

  it('reports the last copy only when it was its own', async () => {
    const { button, rerender } = setup({ copied: { what: 'link', ok: false } });
    expect(button.textContent).toBe('复制');
    expect(screen.getByRole('status').textContent?.trim()).toBe('');
    await rerender({ copied: { what: 'embed', ok: true } });
    expect(button.textContent).toBe('已复制');
    expect(screen.getByRole('status').textContent?.trim()).toBe('');
  });

  it('says when it could not copy, so the reader selects the text', async () => {
    const { button, rerender } = setup({ copied: { what: 'embed', ok: true } });
    await rerender({ copied: { what: 'embed', ok: false } });
    expect(button.textContent).toBe('复制');
    expect(screen.getByRole('status').textContent).toContain('请选中上面的文字');
  });
});
