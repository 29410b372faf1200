/** Fakes of the browser for the view model's tests: a window with an address bar, and loaders. */
import type { AtlasViewDeps } from '../../../src/lib/state/atlas-view.svelte';
import type { UrlSyncWindow } from '../../../src/lib/state/url-sync.svelte';

/** A window at `search` whose history calls only rewrite the address bar. */
export function fakeWindow(search = ''): UrlSyncWindow {
  const location = { origin: 'http://127.0.0.1:4173', pathname: '/', hash: '', search };
  const go = (_d: unknown, _t: string, url?: string | URL | null) => {
    const s = String(url ?? '');
    location.search = s.includes('?') ? s.slice(s.indexOf('?')) : '';
  };
  return {
    location,
    history: { pushState: go, replaceState: go },
    addEventListener: () => {},
    removeEventListener: () => {},
    setTimeout: () => 0,
    clearTimeout: () => {},
  };
}

/** Loaders that never finish and a clipboard that records what it was given. */
export const DEPS: AtlasViewDeps & { copied: string[] } = {
  copied: [],
  loadCounties: () => new Promise(() => {}),
  writeClipboard: async (text) => {
    DEPS.copied.push(text);
  },
};
