/** The app's one way to fetch a file: JSON or a message naming the file, never an exception. */
export type Fetched = { ok: true; body: unknown } | { ok: false; message: string };

export async function fetchJson(url: string, fetcher: typeof fetch): Promise<Fetched> {
  try {
    const res = await fetcher(url);
    if (!res.ok) return { ok: false, message: `${url}: HTTP ${res.status}` };
    return { ok: true, body: await res.json() };
  } catch (err) {
    return { ok: false, message: `${url}: ${err instanceof Error ? err.message : String(err)}` };
  }
}
