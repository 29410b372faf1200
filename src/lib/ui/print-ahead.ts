/**
 * When the printed sheet's map is drawn ahead, and when printing waits for it instead. Drawing
 * it is a second MapLibre map for a few seconds (CPU, memory, a phone's battery), so it is drawn
 * only where the reader can print without asking the page first, once the view has stood still,
 * while the page is visible and the browser idle:
 *
 * - Ctrl+P (Cmd+P) is the page's to catch: it draws the sheet's map first, then prints, so it
 *   needs nothing drawn ahead (`isPrintKey`).
 * - The browser's menu (and Chromium's page.pdf()) lays the page out right after `beforeprint`,
 *   with no time to draw: only a map drawn ahead is printed there, else the live map as drawn
 *   (print-capture.svelte.ts). That is a desktop's way to print, so a desktop (a fine pointer
 *   that hovers) draws ahead.
 * - A phone or tablet prints from a share menu, seldom, or from the print button, which draws
 *   first: it draws nothing ahead, and its menu prints the live map as drawn.
 *
 * A reader exploring passes through views a second or two each (a played timeline steps every
 * 1 s, or 2.5 s with reduced motion), and each drawing costs a second map's work (about 2 s of
 * CPU where WebGL runs in software): only a view looked at for a while is drawn, or at once when
 * the reader turns to the browser's own menus, which takes the focus from the page (`blur`).
 */

/** How long the view stands still before its sheet's map is drawn: longer than a timeline step. */
const STILL_MS = 5000;
/** The longest the drawing waits for an idle moment once the view has stood still. */
const IDLE_TIMEOUT_MS = 10_000;

/** Whether the page can be printed from the browser's menu unasked: a desktop's pointer. */
export function printsUnasked(): boolean {
  return window.matchMedia('(hover: hover) and (pointer: fine)').matches;
}

/** Whether `e` is the browser's print shortcut: Ctrl+P, or Cmd+P on a Mac. */
export function isPrintKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p';
}

/**
 * Calls `draw` once: when the view has stood still, the page is visible (a hidden tab waits until
 * it is shown) and the browser idle (`requestIdleCallback` where it exists), or at once when the
 * window loses the focus to the browser's menus; returns what cancels it.
 */
export function drawWhenIdle(draw: () => void): () => void {
  let cancelIdle = () => {};
  const cancel = () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', whenIdle);
    window.removeEventListener('blur', now);
    cancelIdle();
  };
  const now = () => {
    cancel();
    draw();
  };
  const whenIdle = () => {
    if (document.visibilityState !== 'visible') return;
    document.removeEventListener('visibilitychange', whenIdle);
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(now, { timeout: IDLE_TIMEOUT_MS });
      cancelIdle = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(now, 0);
      cancelIdle = () => clearTimeout(id);
    }
  };
  const timer = setTimeout(() => {
    document.addEventListener('visibilitychange', whenIdle);
    whenIdle();
  }, STILL_MS);
  window.addEventListener('blur', now);
  return cancel;
}
