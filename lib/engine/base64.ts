/** Base64 for typed arrays, in plain code so lib/ runs the same in Node, workers and pages. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

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
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    chunk[k++] = ALPHABET.charCodeAt(n >> 18);
    chunk[k++] = ALPHABET.charCodeAt((n >> 12) & 63);
    chunk[k++] = ALPHABET.charCodeAt((n >> 6) & 63);
    chunk[k++] = ALPHABET.charCodeAt(n & 63);
    if (k >= 4092) flush();
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
    chunk[k++] = ALPHABET.charCodeAt(n >> 18);
    chunk[k++] = ALPHABET.charCodeAt((n >> 12) & 63);
    chunk[k++] = rest === 2 ? ALPHABET.charCodeAt((n >> 6) & 63) : 61;
    chunk[k++] = 61;
  }
  flush();
  return parts.join('');
}

export function decodeBase64(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 3 < end; i += 4) {
    const n = (LOOKUP[text.charCodeAt(i)] << 18) | (LOOKUP[text.charCodeAt(i + 1)] << 12) | (LOOKUP[text.charCodeAt(i + 2)] << 6) | LOOKUP[text.charCodeAt(i + 3)];
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  if (end - i >= 2) {
    const n = (LOOKUP[text.charCodeAt(i)] << 18) | (LOOKUP[text.charCodeAt(i + 1)] << 12) | (end - i === 3 ? LOOKUP[text.charCodeAt(i + 2)] << 6 : 0);
    out[o++] = n >> 16;
    if (end - i === 3) out[o++] = (n >> 8) & 255;
  }
  return out;
}
