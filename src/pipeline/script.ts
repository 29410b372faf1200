/**
 * Matching runs on simplified characters; quotes and offsets stay in the original text. OpenCC's
 * Taiwan→mainland conversion keeps the length for these documents, but phrase rules could change
 * it, so a length change falls back to converting one character at a time.
 */
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

// Some sites set figures in full-width digits («１２所», «３．５亿元»): they read as the ASCII
// digits they are, one character for one, and a full-width point between them as a point.
const FULL_WIDTH_DIGIT = /[０-９]/gu;
const FULL_WIDTH_POINT = /(?<=[０-９])．(?=[０-９])/gu;
const halfWidthDigits = (text: string): string =>
  text
    .replace(FULL_WIDTH_POINT, '.')
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * Simplified text with the same length as the input, so offsets carry over unchanged; its
 * full-width digits are ASCII digits.
 */
export function simplifiedView(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return halfWidthDigits(whole);
  let out = '';
  for (const ch of text) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return halfWidthDigits(out);
}
