/** The app's one way to fetch a file: JSON or a message naming the file, never an exception. */
export type Fetched = { ok: true; body: unknown } | { ok: false; message: string };

/** How much of a download has arrived: bytes so far, and the whole when the server says it. */
export interface Progress {
  received: number;
  /** From Content-Length; null when it is missing or counts compressed bytes. */
  total: number | null;
}

/** Reads the body chunk by chunk, telling `onProgress` after each, then parses it. */
async function readWithProgress(
  res: Response,
  onProgress: (progress: Progress) => void,
): Promise<unknown> {
  if (!res.body) return res.json();
  const encoding = res.headers.get('Content-Encoding');
  const length = Number(res.headers.get('Content-Length'));
  // A compressed response's length counts the compressed bytes; the stream gives decoded ones.
  const declared =
    (!encoding || encoding === 'identity') && Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const report = () =>
    onProgress({ received, total: declared !== null && received <= declared ? declared : null });
  report();
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    report();
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

/** Fetches and parses `url`; with `onProgress`, reports the bytes as they arrive. */
export async function fetchJson(
  url: string,
  fetcher: typeof fetch,
  onProgress?: (progress: Progress) => void,
): Promise<Fetched> {
  try {
    const res = await fetcher(url);
    if (!res.ok) return { ok: false, message: `${url}: HTTP ${res.status}` };
    const body = onProgress ? await readWithProgress(res, onProgress) : await res.json();
    return { ok: true, body };
  } catch (err) {
    return { ok: false, message: `${url}: ${err instanceof Error ? err.message : String(err)}` };
  }
}
