/**
 * The only place the app fetches its dataset. Validates with the same schema the build
 * used, then indexes. Failure is a value, never an exception, so the page can say what went wrong.
 */
import { DatasetSchema } from '../domain/schema';
import { indexDataset, type Atlas } from './atlas';

export type LoadResult = { ok: true; atlas: Atlas } | { ok: false; message: string };

export const DATASET_URL = 'data/dataset.json';

export async function loadAtlas(
  fetcher: typeof fetch = fetch,
  url: string = DATASET_URL,
): Promise<LoadResult> {
  let body: unknown;
  try {
    const res = await fetcher(url);
    if (!res.ok) return { ok: false, message: `${url}: HTTP ${res.status}` };
    body = await res.json();
  } catch (err) {
    return { ok: false, message: `${url}: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = DatasetSchema.safeParse(body);
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
