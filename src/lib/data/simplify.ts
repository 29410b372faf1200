/**
 * Traditional → simplified conversion for reading a Hant source. OpenCC's dictionaries are
 * large, so the converter is imported on first use, never in the first view's bundle.
 */

export type Convert = (text: string) => string;

let cached: Promise<Convert> | null = null;

/** A converter from traditional (Taiwan/Hong Kong usage) to simplified (mainland) characters. */
export function loadSimplifier(): Promise<Convert> {
  cached ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 'tw', to: 'cn' }));
  return cached;
}

/**
 * Converts each segment on its own: a phrase conversion may change a run's length, and the
 * highlights must still start and end where the original text's offsets say.
 */
export function convertSegments<T extends { text: string }>(
  segments: readonly T[],
  convert: Convert,
): T[] {
  return segments.map((s) => ({ ...s, text: convert(s.text) }));
}
