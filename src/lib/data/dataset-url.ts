/**
 * Where the dataset file is, relative to the page (Vite `public/`; DATASET.md's file). In a
 * module of its own so the page's small entry (main.ts) can request it early without pulling in
 * the schemas that load.ts validates it with.
 */
export const DATASET_URL = 'data/dataset.json';

/**
 * Where the sources' texts are (written beside the dataset by the build), fetched the first time a
 * reader opens a document (source-texts.ts).
 */
export const TEXTS_URL = 'data/texts.json';
