/**
 * The files the share dialog offers: what the map shows and the whole dataset as CSV, the
 * dataset as JSON, and the names of all of them (the PNG's too). Pure: the dialog saves them.
 */
import type { Atlas } from '../data/atlas';
import type { Fact, Region } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { regionWords } from '../i18n/region-list';
import type { LayerSpec } from '../layers/layer-specs';
import { toCsv } from './csv';
import { exportFileName } from './file-names';
import { datasetRows, screenRows, VALUE_COLUMNS } from './rows';

/** What a download needs of the view: the view model gives it. */
export interface DownloadView {
  atlas: Atlas;
  specs: readonly LayerSpec[];
  lang: Lang;
  /** The year shown (the latest when none is chosen); null when nothing is dated. */
  year: number | null;
  region: Region | null;
  /** The regions compared, in the order chosen; empty when none. */
  compared: readonly Region[];
  /** The view's share link. */
  link: string;
  /** A link that opens one value (AtlasView.valueLink). */
  linkOf: (fact: Fact) => string;
}

/** A file to save. */
export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

const CSV = 'text/csv;charset=utf-8';

/**
 * What the view shows, for file names: the regions compared, else the one chosen (in English
 * words, three named and more counted, as the title names them), then the drawn layers' ids.
 */
export function viewSubject(v: Pick<DownloadView, 'specs' | 'region' | 'compared'>): string[] {
  const layers = [...v.specs]
    .reverse()
    .flatMap((s) => (s.kind === 'choropleth' || s.kind === 'symbols' ? [s.layer.ref.id] : []));
  const regions = v.compared.length > 0 ? v.compared : v.region ? [v.region] : [];
  const subject = [...regionWords(regions.map((r) => r.name.en)), ...layers];
  return subject.length > 0 ? subject : ['map'];
}

const yearWord = (year: number | null) => year ?? 'latest';

/** The drawn layers' values per region as of the year shown. */
export function screenCsv(v: DownloadView): DownloadFile {
  const rows = screenRows(v.specs, v.atlas, { lang: v.lang, year: v.year, link: v.link });
  return {
    name: exportFileName({
      subject: viewSubject(v),
      year: yearWord(v.year),
      lang: v.lang,
      ext: 'csv',
    }),
    type: CSV,
    text: toCsv(rows, VALUE_COLUMNS),
  };
}

/** Every value of the dataset, each with the link that opens it. */
export function datasetCsv(v: DownloadView): DownloadFile {
  return {
    name: exportFileName({ subject: ['dataset'], year: 'all-years', lang: v.lang, ext: 'csv' }),
    type: CSV,
    text: toCsv(datasetRows(v.atlas, v.lang, v.linkOf), VALUE_COLUMNS),
  };
}

/**
 * The dataset as loaded and validated (both languages, the documents' full texts), under the
 * release it is and the link it was downloaded from.
 */
export function datasetJson(v: DownloadView): DownloadFile {
  const release = v.atlas.dataset.release ?? null;
  const body = { release, downloadedFrom: v.link, dataset: v.atlas.dataset };
  return {
    name: exportFileName({
      subject: ['dataset', release?.version ?? ''],
      year: 'all-years',
      lang: 'zh-en',
      ext: 'json',
    }),
    type: 'application/json',
    text: `${JSON.stringify(body, null, 1)}\n`,
  };
}

/** The picture's name (PNG or SVG): what the view shows, its year and language. */
export function pictureName(
  v: Pick<DownloadView, 'specs' | 'region' | 'compared' | 'year' | 'lang'>,
  ext: 'png' | 'svg' = 'png',
): string {
  return exportFileName({ subject: viewSubject(v), year: yearWord(v.year), lang: v.lang, ext });
}

/** Saves a file through a temporary link: the browser's own download, no server involved. */
export function save(name: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not now: the browser may still be reading the blob for the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
