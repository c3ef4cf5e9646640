/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, a header row. */

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the unquoted run from `from` ends: the next comma or line end. */
function runEnd(text: string, from: number): number {
  let k = from;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === COMMA || c === LF || c === CR) break;
  }
  return k;
}

/**
 * Fields are sliced out of the text, not built a character at a time: an upstream players file
 * is tens of megabytes. A quote opens a quoted field only at the field's start; after its closing
 * quote, anything up to the comma is kept as written.
 */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      let out = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          // Never closed: the rest of the file is this field, as a lenient reader must take it.
          out += text.slice(j);
          j = n;
          break;
        }
        out += text.slice(j, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          out += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      const k = runEnd(text, j);
      value = out + text.slice(j, k);
      i = k;
    } else {
      const k = runEnd(text, i);
      value = text.slice(i, k);
      i = k;
    }
    row.push(value);
    if (i >= n) break;
    if (text.charCodeAt(i) === COMMA) {
      i++;
      // A comma at the very end leaves one empty field.
      if (i >= n) row.push('');
      continue;
    }
    if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i++;
    i++;
    rows.push(row);
    row = [];
  }
  if (row.length) rows.push(row);
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/**
 * Rows as objects keyed by the header row; `line` is the 1-based line of the row in the file
 * (header = 1). With `columns`, only those columns are read: the others never reach the caller.
 */
export function parseCsv(text: string, columns?: ReadonlySet<string>): Array<{ line: number; fields: Record<string, string> }> {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) return [];
  const names = header.map((h) => h.trim());
  const wanted = names.map((name, k) => [name, k] as const).filter(([name]) => !columns || columns.has(name));
  return rows.map((cells, i) => {
    const fields: Record<string, string> = {};
    for (const [name, k] of wanted) fields[name] = (cells[k] ?? '').trim();
    return { line: i + 2, fields };
  });
}
