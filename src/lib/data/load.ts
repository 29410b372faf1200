/**
 * The only place the app fetches its dataset. Validates with the same schema the build
 * used, then indexes. Failure is a value, never an exception, so the page can say what went wrong.
 */
import { fetchJson } from './fetch-json';
import { DatasetSchema } from '../domain/schema';
import { issueMessage } from './issue-message';
import { indexDataset, type Atlas } from './atlas';
import { DATASET_URL } from './dataset-url';

export { DATASET_URL };

export type LoadResult = { ok: true; atlas: Atlas } | { ok: false; message: string };

export async function loadAtlas(
  fetcher: typeof fetch = fetch,
  url: string = DATASET_URL,
): Promise<LoadResult> {
  const fetched = await fetchJson(url, fetcher);
  if (!fetched.ok) return fetched;
  const body = fetched.body;
  const parsed = DatasetSchema.safeParse(body, { error: issueMessage });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') : '';
    return {
      ok: false,
      message: `${url}: invalid dataset at ${where || '(root)'}: ${first?.message ?? 'unknown'}`,
    };
  }
  return { ok: true, atlas: indexDataset(parsed.data) };
}
