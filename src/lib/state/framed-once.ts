/**
 * The share dialog's pictures drawn once each: a PNG and an SVG of one size and view share one
 * drawing, a map of its own that takes seconds in software WebGL.
 */
import type { FramedRequest, MapPixels } from '../map/capture';

/** Draws a picture of the view at a request's size, or null before the map has loaded. */
type Framed = (request: FramedRequest) => Promise<MapPixels | null>;

/**
 * `framed`, drawing each request once per `view` (a key naming what is shown: the view's link
 * and language) and handing the same pixels to each later ask. Nothing (the map not yet loaded)
 * or a failure is forgotten, so asking again tries again. Held by one open dialog, so the
 * drawings go when it closes.
 */
export function framedOnce(
  framed: Framed,
): (request: FramedRequest, view: string) => ReturnType<Framed> {
  const drawn = new Map<string, ReturnType<Framed>>();
  return (request, view) => {
    const key = JSON.stringify([view, request]);
    const known = drawn.get(key);
    if (known) return known;
    const pixels = framed(request);
    drawn.set(key, pixels);
    const forget = () => void drawn.delete(key);
    pixels.then((p) => p ?? forget(), forget);
    return pixels;
  };
}
