const WORDS_PER_MINUTE = 220;
const WORD = /[\p{L}\p{N}'’-]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Words as WORD counts them, for ASCII text: runs of letters, digits, ' and -, with no array of matches. */
function asciiWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = c | 32;
    const part = (letter >= 97 && letter <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45;
    if (part && !inWord) words++;
    inWord = part;
  }
  return words;
}

export const countWords = (text: string): number =>
  ASCII.test(text) ? asciiWords(text) : (text.match(WORD)?.length ?? 0);

export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
