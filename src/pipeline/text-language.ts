/**
 * Which writing a document is mostly in, for the review: the reader reads Chinese reports, so a
 * document mostly in Latin script (an English-language daily's news of a county) has its figures
 * left unread, and the review says so in one line rather than listing each numeral as a puzzle.
 */

/**
 * Letters of the Latin script over letters of the Latin and Han scripts together, in the text's
 * body (digits, punctuation and spaces count in neither). A text with no letters at all has 0.
 */
export function latinShare(text: string): number {
  let latin = 0;
  let han = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  return latin + han === 0 ? 0 : latin / (latin + han);
}

// A Chinese report quoting English names, units or a 英文 title stays well under half Latin
// letters even counting each Latin letter against one Han character; an English text that names
// the county in Chinese once is nearly all Latin.
const MOSTLY_LATIN = 0.5;

/**
 * The review's note on the document's language, or null for a Chinese text: one sentence saying
 * that a text mostly in Latin script was not read for figures, and that it may still be added.
 */
export function languageNote(text: string): string | null {
  if (latinShare(text) <= MOSTLY_LATIN) return null;
  return (
    'the text is mostly in Latin script (English?) and the reader reads Chinese reports, ' +
    'so its figures were not read; the document may still be added as a source'
  );
}
