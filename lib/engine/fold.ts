/**
 * Folding for matching: lower case, accents dropped, curly apostrophes straightened, one
 * UTF-16 code unit in, one out. Keeping the length lets a match in folded text be an offset
 * into the original text with no mapping table.
 */

const TABLE_SIZE = 0x2500;

const SPECIAL: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\t': ' ', '\n': ' ', '\r': ' ', '\f': ' ', '\v': ' ',
  '\u2010': '-', '\u2011': '-',
  'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ı': 'i', 'ß': 's', 'ð': 'd', 'Ð': 'd', 'þ': 't', 'Þ': 't',
};

/** Folded code and word-ness in one read (FoldTables.classes): the folded code in the low 16 bits, this bit for letters and digits. */
export const WORD_BIT = 0x10000;

export interface FoldTables {
  /** The folded code of each code below the table's length. */
  fold: Uint16Array;
  /** 1 for letters and digits. */
  word: Uint8Array;
  /** For the scan loop that sees every character of a page: `fold | (word ? WORD_BIT : 0)`, of the folded code. */
  classes: Int32Array;
}

let tables: FoldTables | undefined;

/**
 * The tables, built on first use rather than when the module loads: the content script carries
 * this module (the reader's corrections are folded names), and building them costs about 7 ms
 * that most pages, with no correction to fold, never need.
 */
export function foldTables(): FoldTables {
  return (tables ??= buildTables());
}

function buildTables(): FoldTables {
  const fold = new Uint16Array(TABLE_SIZE);
  const word = new Uint8Array(TABLE_SIZE);
  const classes = new Int32Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const ch = String.fromCharCode(code);
    let folded = SPECIAL[ch];
    if (folded === undefined) {
      const base = ch.normalize('NFD')[0] ?? ch;
      const lower = base.toLowerCase();
      folded = lower.length === 1 ? lower : base;
    }
    fold[code] = folded.charCodeAt(0);
    word[code] = /[\p{L}\p{N}]/u.test(ch) ? 1 : 0;
  }
  for (let code = 0; code < TABLE_SIZE; code++) {
    const folded = fold[code] ?? code;
    const isWord = folded < TABLE_SIZE ? word[folded] === 1 : folded >= 0x3040;
    classes[code] = folded | (isWord ? WORD_BIT : 0);
  }
  return { fold, word, classes };
}

export function foldCode(code: number): number {
  return code < TABLE_SIZE ? (foldTables().fold[code] ?? code) : code;
}

export function isWordCode(code: number): boolean {
  if (code < TABLE_SIZE) return foldTables().word[code] === 1;
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
