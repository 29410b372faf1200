/** The two languages of the interface and of every bilingual name in the dataset. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** First visit follows the browser's language: any Chinese variant gives zh, anything else en. */
export function preferredLang(languages: readonly string[]): Lang {
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') || first === '' ? 'zh' : 'en';
}
