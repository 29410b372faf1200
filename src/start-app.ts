/** The app proper, loaded by main.ts once the regions are on screen. */
import { mount } from 'svelte';
import App from './App.svelte';
import UpdatePrompt from './lib/ui/UpdatePrompt.svelte';
import type { FirstPaint } from './lib/map/first-paint-view';
import './app.css';

export function startApp(
  target: HTMLElement,
  props: { firstPaint: FirstPaint | null; fetcher: typeof fetch },
): void {
  mount(App, { target, props });
  // Apart from the app, so offline use and updates do not depend on the data having loaded.
  mount(UpdatePrompt, { target: document.body });
}
