/**
 * A file a reader picked in the options page, turned into a dataset: format v1 JSON, or a
 * transfermarkt-datasets players.csv, either of them optionally gzipped.
 */
import { validateRecords } from '../dataset/validate';
import type { Dataset } from '../dataset/types';
import { importTransfermarkt } from './transfermarkt';
import { UPDATE_MAX_BYTES } from '../update';
import { readAtMost } from '../read-at-most';

/** The largest file an import reads, before and after gunzip: the same limit as updates. */
export const IMPORT_MAX_BYTES = UPDATE_MAX_BYTES;

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/** The refusal of a file over the limit, in the reader's words (also said before it is read). */
export function tooLarge(name: string, bytes: number, maxBytes = IMPORT_MAX_BYTES): string | undefined {
  return bytes > maxBytes ? `${name} is ${megabytes(bytes)}; Footnote imports files up to ${megabytes(maxBytes)}` : undefined;
}

export class ImportProblems extends Error {
  constructor(message: string, readonly problems: string[]) {
    super(message);
  }
}

export interface FileImport {
  dataset: Dataset;
  /** Rows skipped, in words with their line. */
  notes: string[];
  kind: 'json' | 'transfermarkt';
}

/** A gunzip that stops (throws) once its output passes maxBytes: a small .gz can unpack to gigabytes. */
export type Gunzip = (gz: Uint8Array, maxBytes: number) => Promise<Uint8Array>;

/**
 * Where JSON.parse stopped, as "line L, column C" (1-based), from either browser's message:
 * V8 says "at position N" (newer ones add "(line L column C)"), Firefox "at line L column C".
 */
export function jsonErrorPlace(text: string, message: string): string | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    return `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
  }
  // "Unexpected end of JSON input": the place is the end.
  if (/end of (JSON|data)/i.test(message)) return jsonErrorPlace(text, `position ${text.length}`);
  // Some V8 versions name no place when the very first character cannot start JSON.
  const first = /\S/.exec(text);
  if (first && !/[{["\-0-9tfn]/.test(first[0])) return jsonErrorPlace(text, `position ${first.index}`);
  return undefined;
}

/** A name that says JSON (a .json file, gzipped or not). */
const JSON_NAME = /\.json(\.gz)?$/i;

/**
 * `name` is the picked file's name: a `.json` file is read as JSON whatever it starts with, so
 * one that is not JSON is told so (with where it breaks), never that it is not a players.csv.
 */
export async function datasetFromFile(bytes: Uint8Array, gunzip: Gunzip, maxBytes = IMPORT_MAX_BYTES, name = ''): Promise<FileImport> {
  const big = tooLarge('The file', bytes.byteLength, maxBytes);
  if (big) throw new ImportProblems(big, []);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const raw = gzipped ? await gunzip(bytes, maxBytes) : bytes;
  const unpacked = tooLarge('Unpacked, the file', raw.byteLength, maxBytes);
  if (unpacked) throw new ImportProblems(unpacked, []);
  const text = new TextDecoder().decode(raw).replace(/^\uFEFF/, '');
  if (JSON_NAME.test(name) || /^\s*[{[]/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const place = jsonErrorPlace(text, (error as Error).message);
      throw new ImportProblems(`The file is not JSON${place ? `: it breaks at ${place}` : ''}`, [(error as Error).message]);
    }
    // A bad record is left out and listed; only a file that is not a dataset at all is refused.
    const valid = validateRecords(json);
    if (!valid.ok) throw new ImportProblems('The file is not a valid Footnote dataset', valid.problems);
    if (valid.dataset.players.length + valid.dataset.clubs.length === 0 && valid.skipped.length) {
      throw new ImportProblems('No record of the file is valid', valid.skipped.slice(0, 50));
    }
    return { dataset: valid.dataset, notes: valid.skipped, kind: 'json' };
  }
  let result;
  try {
    result = importTransfermarkt(text);
  } catch (error) {
    throw new ImportProblems('The file could not be read as a transfermarkt players.csv', [(error as Error).message]);
  }
  const valid = validateRecords(result.dataset);
  if (!valid.ok) throw new ImportProblems('The converted data is not valid', valid.problems);
  return { dataset: valid.dataset, notes: [...result.skipped.map((s) => `line ${s.line}: skipped: ${s.reason}`), ...valid.skipped], kind: 'transfermarkt' };
}

/** The browser's own gunzip, read chunk by chunk so it stops at the limit. */
export const gunzipInBrowser: Gunzip = (gz, maxBytes) =>
  readAtMost(new Blob([gz as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip')).getReader(), maxBytes, {
    // A download cut short or a damaged file: nothing of it is used, never a partial import.
    failed: (error) => new ImportProblems(`The file is cut off or damaged: its gzip data does not end properly (${error.message})`, []),
    tooLarge: () => new ImportProblems(`Unpacked, the file is over ${megabytes(maxBytes)}; Footnote imports files up to ${megabytes(maxBytes)}`, []),
  });
