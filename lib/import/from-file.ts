/**
 * A file a reader picked in the options page, turned into a dataset: format v1 JSON, or a
 * transfermarkt-datasets players.csv, either of them optionally gzipped.
 */
import { validateRecords } from '../dataset/validate';
import type { Dataset } from '../dataset/types';
import { importTransfermarkt } from './transfermarkt';

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

export async function datasetFromFile(bytes: Uint8Array, gunzip: (gz: Uint8Array) => Promise<Uint8Array>): Promise<FileImport> {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? await gunzip(bytes) : bytes;
  const text = new TextDecoder().decode(raw).replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ImportProblems('The file is not valid JSON', [(error as Error).message]);
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

/** The browser's own gunzip. */
export async function gunzipInBrowser(gz: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([gz as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
