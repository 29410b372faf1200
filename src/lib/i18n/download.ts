/** Words for a download under way: how much has arrived, of how much when that is known. */
import type { Lang } from './lang';
import { t } from './strings';

/** Megabytes with one decimal, as the county file (≈ 1.4 MB) is counted in tenths. */
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

/**
 * "县界下载中：0.4 / 1.4 MB" / "Downloading county borders: 0.4 of 1.4 MB", or, without a total,
 * "县界下载中：已收到 0.4 MB" / "Downloading county borders: 0.4 MB received".
 */
export function countiesProgressText(
  progress: { received: number; total: number | null },
  lang: Lang,
): string {
  const head = t(lang, 'countiesLoading');
  const { received, total } = progress;
  if (lang === 'zh') {
    return total === null
      ? `${head}：${t(lang, 'countiesReceived')} ${mb(received)} MB`
      : `${head}：${mb(received)} / ${mb(total)} MB`;
  }
  return total === null
    ? `${head}: ${mb(received)} MB ${t(lang, 'countiesReceived')}`
    : `${head}: ${mb(received)} of ${mb(total)} MB`;
}
