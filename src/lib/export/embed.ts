/** The `<iframe>` an article pastes to embed a view of the atlas. */

/** Escapes text for a double-quoted HTML attribute. */
function attr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Size of the frame: room for the map, its legend and the timeline below it. */
export const EMBED_SIZE = { width: 800, height: 600 } as const;

/**
 * The snippet: the embed link, a title naming the view for screen readers (the frame's accessible
 * name), no border, loaded when scrolled near. Width 100% up to the stated width, so it fits a
 * phone's column.
 */
export function iframeSnippet(url: string, title: string): string {
  return (
    `<iframe src="${attr(url)}" title="${attr(title)}" width="${EMBED_SIZE.width}"` +
    ` height="${EMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}
