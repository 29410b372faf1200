import type { Lang } from '../state/types';

/** First visit follows the browser's language: any Chinese variant gives zh, anything else en. */
export function preferredLang(languages: readonly string[]): Lang {
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') || first === '' ? 'zh' : 'en';
}
