import { describe, expect, it } from 'vitest';
import { iframeSnippet } from '../../../src/lib/export/embed';

describe('iframeSnippet', () => {
  it('frames the link with a title, escaped for an attribute', () => {
    const html = iframeSnippet('https://x.test/?v=2&embed=1', 'A "quoted" <b>title</b> & more');
    expect(html).toContain('src="https://x.test/?v=2&amp;embed=1"');
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(html).toMatch(/^<iframe [^<>]*><\/iframe>$/);
  });
});
