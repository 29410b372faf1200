/**
 * The dataset file's text: each top-level list with one record a line, so a diff still shows a
 * changed record as its own line, without the indentation `JSON.stringify(…, null, 1)` spends on
 * every field (about 1 KiB of the first view's brotli bytes for the seeds' dataset).
 */

/** `value`'s JSON with each top-level field on a line, a list's records one a line; ends in a newline. */
export function recordsPerLine(value: Readonly<Record<string, unknown>>): string {
  const fields = Object.entries(value).map(([key, field]) => {
    const text = Array.isArray(field)
      ? field.length === 0
        ? '[]'
        : `[\n${field.map((record) => JSON.stringify(record)).join(',\n')}\n]`
      : JSON.stringify(field);
    return `${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}
