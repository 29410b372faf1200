// jsdom has no layout, so it leaves out the scrolling API that components call on keyboard moves.
import { act, cleanup, setup } from '@testing-library/svelte';
import { beforeEach } from 'vitest';

Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// What `@testing-library/svelte/vitest` does, and more, here: the component files share one
// module graph and one document (vite.config.ts), so that module would be imported, and its hook
// registered, for the first file only. This setup file runs for every file: after each test its
// components are unmounted and what it wrote into the page itself (focus.test.ts) is removed, so
// the next test, of this file or another, starts from an empty page.
beforeEach(async () => {
  await setup();
  return async () => {
    await act();
    cleanup();
    document.body.replaceChildren();
  };
});
