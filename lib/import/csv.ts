/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, a header row. */

export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
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
  return rows.map((cells, i) => ({
    line: i + 2,
    fields: Object.fromEntries(wanted.map(([name, k]) => [name, (cells[k] ?? '').trim()])),
  }));
}
