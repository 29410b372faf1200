/** The document title names the view, so history entries and bookmarks are told apart. */
import { t } from '../i18n/strings';
import type { Lang } from '../i18n/lang';

/** ["巴南区", "新增学位", 2021] → "巴南区 · 新增学位 · 2021 — 义务教育优质均衡发展地图". Empty parts are skipped. */
export function viewTitle(
  lang: Lang,
  parts: readonly (string | number | null | undefined)[],
): string {
  const named = parts.filter((p) => p !== null && p !== undefined && p !== '');
  const app = t(lang, 'appTitle');
  return named.length === 0 ? app : `${named.join(' · ')} — ${app}`;
}
