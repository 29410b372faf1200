/**
 * The texts of the documents a reader opens, which the first view does not load: each fetched the
 * first time its document is open (data/source-texts.ts, itself imported then), then kept. A
 * failure stays while its document is open and is tried again when the document is next opened.
 */
import { untrack } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { Dataset, SourceId } from '../domain/schema';
import type { LoadSourceText } from '../data/source-texts';
import type { TextState } from '../data/source-items';

export class SourceTextStore {
  readonly #states = new SvelteMap<SourceId, TextState>();
  readonly #fetch: LoadSourceText;

  /** Loads `dataset`'s texts with `load`, by default from their file (data/source-texts.ts). */
  constructor(dataset: Pick<Dataset, 'facts' | 'measures' | 'events'>, load?: LoadSourceText) {
    let fromFile: LoadSourceText | null = null;
    this.#fetch =
      load ??
      (async (source) => {
        fromFile ??= (await import('../data/source-texts')).sourceTextLoader(dataset);
        return fromFile(source);
      });
  }

  /** The state of `source`'s text: loading until it has arrived or failed. */
  of(source: SourceId): TextState {
    return this.#states.get(source) ?? { status: 'loading' };
  }

  /** Inside an effect root: loads the text of the document `open()` names, whenever that changes. */
  follow(open: () => SourceId | null): void {
    $effect(() => {
      const source = open();
      // untrack: loading writes the states, which this effect must not then re-run on.
      if (source !== null) untrack(() => this.#load(source));
    });
  }

  /** Fetches `source`'s text unless it is here or on its way. */
  #load(source: SourceId): void {
    const now = this.#states.get(source);
    if (now && now.status !== 'failed') return;
    this.#states.set(source, { status: 'loading' });
    void this.#fetch(source).then((r) =>
      this.#states.set(
        source,
        r.ok ? { status: 'ready', text: r.text } : { status: 'failed', message: r.message },
      ),
    );
  }
}
