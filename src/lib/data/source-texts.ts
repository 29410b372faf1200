/**
 * The sources' texts, fetched the first time a reader opens a document (not in the first view):
 * validated at the door with the same schema the build wrote them with, and each document's quotes
 * checked against its text when it is asked for. Failure is a value naming the file, never an
 * exception, so the viewer can say it and the rest of the atlas keeps working.
 */
import type { Dataset, SourceId } from '../domain/schema';
import { checkQuotes, SourceTextsSchema, type SourceTexts } from '../domain/source-texts';
import { TEXTS_URL } from './dataset-url';
import { fetchJson } from './fetch-json';
import { issueMessage } from './issue-message';

/** One document's text, or why it cannot be shown. */
export type TextResult = { ok: true; text: string } | { ok: false; message: string };

/** Fetches, validates and checks the text of one source. */
export type LoadSourceText = (source: SourceId) => Promise<TextResult>;

type TextsResult = { ok: true; texts: SourceTexts } | { ok: false; message: string };

/** The texts file, fetched and validated; a message naming the file when it is missing or broken. */
async function fetchTexts(url: string, fetcher: typeof fetch): Promise<TextsResult> {
  const fetched = await fetchJson(url, fetcher);
  if (!fetched.ok) return fetched;
  const parsed = SourceTextsSchema.safeParse(fetched.body, { error: issueMessage });
  if (parsed.success) return { ok: true, texts: parsed.data };
  const first = parsed.error.issues[0];
  const where = first?.path.join('.') || '(root)';
  return {
    ok: false,
    message: `${url}: invalid texts at ${where}: ${first?.message ?? 'unknown'}`,
  };
}

/**
 * The loader of `dataset`'s texts from `url`: the file is fetched once and kept once valid (a
 * failed fetch is tried again on the next call); a text is given only if every quote of its
 * document is found in it at its offsets, else the first that is not is named.
 */
export function sourceTextLoader(
  dataset: Pick<Dataset, 'facts' | 'measures' | 'events'>,
  fetcher: typeof fetch = fetch,
  url: string = TEXTS_URL,
): LoadSourceText {
  let texts: Promise<TextsResult> | null = null;
  return async (source) => {
    texts ??= fetchTexts(url, fetcher);
    const loaded = await texts;
    if (!loaded.ok) {
      texts = null;
      return loaded;
    }
    const text = loaded.texts[source];
    if (text === undefined) return { ok: false, message: `${url}: no text for document ${source}` };
    const wrong: string[] = [];
    checkQuotes(dataset, source, text, (path, message) =>
      wrong.push(`${path.join('.')}: ${message}`),
    );
    if (wrong.length > 0)
      return {
        ok: false,
        message: `${url}: the text of document ${source} does not hold its quotes (${wrong[0]})`,
      };
    return { ok: true, text };
  };
}
