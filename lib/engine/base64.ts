/** Base64 for typed arrays, in plain code so lib/ runs the same in Node, workers and pages. */
import { at } from '../indexing';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const NOT_BASE64 = 255;
const LOOKUP = new Uint8Array(128).fill(NOT_BASE64);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** The 6-bit value of the character at `i`; anything outside the alphabet is corrupt input, not a zero. */
function sextet(text: string, i: number): number {
  const value = LOOKUP[text.charCodeAt(i)];
  if (value === undefined || value === NOT_BASE64) throw new RangeError(`base64: ${JSON.stringify(text.charAt(i))} at ${i} is not a base64 character`);
  return value;
}

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = new Array<number>(4096);
  let k = 0;
  const flush = () => {
    parts.push(String.fromCharCode(...chunk.slice(0, k)));
    k = 0;
  };
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (at(bytes, i) << 16) | (at(bytes, i + 1) << 8) | at(bytes, i + 2);
    chunk[k++] = ALPHABET.charCodeAt(n >> 18);
    chunk[k++] = ALPHABET.charCodeAt((n >> 12) & 63);
    chunk[k++] = ALPHABET.charCodeAt((n >> 6) & 63);
    chunk[k++] = ALPHABET.charCodeAt(n & 63);
    if (k >= 4092) flush();
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (at(bytes, i) << 16) | (rest === 2 ? at(bytes, i + 1) << 8 : 0);
    chunk[k++] = ALPHABET.charCodeAt(n >> 18);
    chunk[k++] = ALPHABET.charCodeAt((n >> 12) & 63);
    chunk[k++] = rest === 2 ? ALPHABET.charCodeAt((n >> 6) & 63) : 61;
    chunk[k++] = 61;
  }
  flush();
  return parts.join('');
}

export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 3 < end; i += 4) {
    const n = (sextet(text, i) << 18) | (sextet(text, i + 1) << 12) | (sextet(text, i + 2) << 6) | sextet(text, i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  if (end - i >= 2) {
    const n = (sextet(text, i) << 18) | (sextet(text, i + 1) << 12) | (end - i === 3 ? sextet(text, i + 2) << 6 : 0);
    out[o++] = n >> 16;
    if (end - i === 3) out[o++] = (n >> 8) & 255;
  }
  return out;
}
