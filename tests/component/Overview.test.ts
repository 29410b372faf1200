import { render, screen } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/lib/domain/schema';
import Overview from '../../src/lib/ui/Overview.svelte';

const dataset = DatasetSchema.parse(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));

describe('Overview', () => {
  it('says which dataset this is and when it was released, in both languages', () => {
    const { unmount } = render(Overview, { props: { dataset, lang: 'en' } });
    const release = screen.getByTestId('release');
    expect(release.textContent).toContain(`Dataset version ${dataset.release?.version}`);
    expect(release.querySelector('time')?.getAttribute('datetime')).toBe(dataset.release?.date);
    unmount();
    render(Overview, { props: { dataset, lang: 'zh' } });
    expect(screen.getByTestId('release').textContent).toContain('数据版本');
  });
});
