/**
 * annotate: prints the players, clubs and staff a dataset's names match in text or HTML files.
 *
 *   npm run -s annotate -- --dataset <dataset.json> <file> [<file> ...]
 *
 * One JSON line per file on stdout: {"file": "<path as given>", "mentions": [...]}, mentions in
 * text order as {start, end, text, entityId, kind}. Offsets are UTF-16 code units into:
 *   .txt  the file's text (UTF-8, a leading BOM dropped, nothing else changed);
 *   .html the body's visible text as Footnote reads it: text outside scripts, styles, code,
 *         forms, navigation and hidden elements, each block's whitespace collapsed to single
 *         spaces, blocks joined by blank lines.
 * Each file is one page. Messages go to stderr; an invalid dataset or a missing file exits 2.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve, extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { validateDataset } from '../lib/dataset/validate';
import { compileWithWordLists } from '../lib/engine/compile';
import { PageMatcher, type Mention, type PageOptions } from '../lib/engine/page-matcher';
import type { NameIndex } from '../lib/engine/name-index';
import { visibleBlocks } from '../lib/page/blocks';

const HELP = `Usage: npm run -s annotate -- --dataset <dataset.json> <file> [<file> ...]

Finds the dataset's players, clubs and staff in each file (.txt as text, .html as its visible
text) and prints one JSON line per file: {"file": ..., "mentions": [{start, end, text, entityId, kind}]}.

Options:
  --dataset <file>  a Footnote dataset (format v1), e.g. public/dataset.json after npm run dataset:build
  -h, --help        this help`;

function fail(message: string): never {
  console.error(`annotate: ${message}`);
  process.exit(2);
}

/** A file's text as blocks: a .txt file is one block; an HTML file's body gives one per paragraph, heading... */
export function readPageBlocks(path: string): string[] {
  return readPage(path).blocks;
}

/** The same, with the page's language (`<html lang>`) when an HTML file states one. */
export function readPage(path: string): { blocks: string[]; lang?: string } {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (!/^\.x?html?$/i.test(extname(path))) return { blocks: [raw] };
  const { document } = parseHTML(raw);
  const lang = document.documentElement?.getAttribute('lang') || undefined;
  return { blocks: visibleBlocks(document.body as unknown as Node), lang };
}

/** Mentions of one page fed block by block, as the extension reads it, with offsets into the blocks joined by blank lines. */
export function annotateBlocks(index: NameIndex, blocks: string[], options: PageOptions = {}): Mention[] {
  const page = new PageMatcher(index, options);
  const ids = blocks.map((b) => page.add(b));
  const out: Mention[] = [];
  let offset = 0;
  blocks.forEach((block, i) => {
    for (const m of page.mentions(ids[i])) out.push({ ...m, start: m.start + offset, end: m.end + offset });
    offset += block.length + 2;
  });
  return out;
}

function main(args: string[]) {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(HELP);
    return;
  }
  const at = args.indexOf('--dataset');
  if (at < 0 || !args[at + 1]) fail(`--dataset <dataset.json> is required\n\n${HELP}`);
  const datasetPath = args[at + 1];
  const files = args.filter((_, i) => i !== at && i !== at + 1);
  if (files.length === 0) fail('no input files given');
  const unknown = files.find((f) => f.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}`);
  for (const file of [datasetPath, ...files]) if (!existsSync(resolve(file))) fail(`no such file: ${file}`);

  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(datasetPath), 'utf8'));
  } catch (error) {
    fail(`${datasetPath} is not JSON: ${(error as Error).message}`);
  }
  const result = validateDataset(json);
  if (!result.ok) fail(`${datasetPath} is not a valid dataset:\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
  const index = compileWithWordLists(result.dataset);
  // The engine never reads the clock: the command gives it today (no page is from after it).
  const today = new Date().toISOString().slice(0, 10);
  for (const file of files) {
    const { blocks, lang } = readPage(resolve(file));
    const mentions = annotateBlocks(index, blocks, { today, lang });
    process.stdout.write(`${JSON.stringify({ file, mentions })}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
