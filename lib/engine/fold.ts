/**
 * Folding for matching: lower case, accents dropped, curly apostrophes straightened, one
 * UTF-16 code unit in, one out. Keeping the length lets a match in folded text be an offset
 * into the original text with no mapping table.
 */

const TABLE_SIZE = 0x2500;
const FOLD = new Uint16Array(TABLE_SIZE);
/** 1 for letters and digits (after folding). */
const WORD = new Uint8Array(TABLE_SIZE);

const SPECIAL: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\t': ' ', '\n': ' ', '\r': ' ', '\f': ' ', '\v': ' ',
  '\u2010': '-', '\u2011': '-',
  'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ı': 'i', 'ß': 's', 'ð': 'd', 'Ð': 'd', 'þ': 't', 'Þ': 't',
};

for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  let folded = SPECIAL[ch];
  if (folded === undefined) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    folded = lower.length === 1 ? lower : base;
  }
  FOLD[code] = folded.charCodeAt(0);
}
for (let code = 0; code < TABLE_SIZE; code++) {
  WORD[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0;
}

/**
 * Folded code and word-ness in one read, for the scan loop that sees every character of a page:
 * the folded code in the low 16 bits, WORD_BIT set for letters and digits.
 */
export const WORD_BIT = 0x10000;
/** The classes of codes below FOLD_CLASS.length; above it, see foldClass. */
export const FOLD_CLASS = new Int32Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const folded = FOLD[code] ?? code;
  FOLD_CLASS[code] = folded | (isWordCode(folded) ? WORD_BIT : 0);
}

/** `foldCode(code) | (isWordCode(foldCode(code)) ? WORD_BIT : 0)`, from a class table (FOLD_CLASS). */
export function foldClass(code: number, classes: Int32Array = FOLD_CLASS): number {
  if (code < classes.length) return classes[code] ?? code;
  return code >= 0x3040 ? code | WORD_BIT : code;
}

export function foldCode(code: number): number {
  return code < TABLE_SIZE ? (FOLD[code] ?? code) : code;
}

export function isWordCode(code: number): boolean {
  if (code < TABLE_SIZE) return WORD[code] === 1;
  // Surrogates and CJK: letters for our purposes; nothing in a dataset of names starts there.
  return code >= 0x3040;
}

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 4096) {
    const end = Math.min(text.length, i + 4096);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) codes[j - i] = foldCode(text.charCodeAt(j));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** A surface form as stored in the trie: folded, runs of spaces made one. */
export function foldForm(form: string): string {
  return fold(form).trim().replace(/ +/g, ' ');
}

export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
