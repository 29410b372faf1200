/**
 * Matching runs on simplified characters; quotes and offsets stay in the original text. OpenCC's
 * Taiwan→mainland conversion keeps the length for these documents, but phrase rules could change
 * it, so a length change falls back to converting one character at a time.
 */
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Simplified text with the same length as the input, so offsets carry over unchanged. */
export function simplifiedView(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}
