/**
 * annotate: prints the players, clubs and staff a dataset's names match in text or HTML files.
 *
 *   npm run -s annotate -- [--rumours] --dataset <dataset.json> <file> [<file> ...]
 *
 * One JSON line per file on stdout: {"file": "<path as given>", "mentions": [...]}, mentions in
 * text order as {start, end, text, entityId, kind}; with --rumours also "rumours": [...], the
 * transfer claims lib/rumours reads, as {playerId, clubId, status, outlet, author, start, end}
 * (start and end: the sentence that says it). Offsets are UTF-16 code units into:
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
import { annotatePage, type PageInput } from '../lib/annotate';
import { readPage } from '../lib/rumours/page-facts';
import { today as clockToday } from '../lib/clock';

const HELP = `Usage: npm run -s annotate -- [--rumours] --dataset <dataset.json> <file> [<file> ...]

Finds the dataset's players, clubs and staff in each file (.txt as text, .html as its visible
text) and prints one JSON line per file: {"file": ..., "mentions": [{start, end, text, entityId, kind}]}.

Options:
  --dataset <file>  a Footnote dataset (format v1), e.g. public/dataset.json after npm run dataset:build
  --rumours         also print "rumours": [{playerId, clubId, status, outlet, author, start, end}],
                    the transfer rumours the text reports (docs/rumours.md); outlet is null when
                    the text credits no one and the file names no site (.txt files)
  -h, --help        this help`;

function fail(message: string): never {
  console.error(`annotate: ${message}`);
  process.exit(2);
}

/** A file as a page: a .txt file is one block with no facts; an HTML file's body gives a block per paragraph, heading..., its head the facts. */
function readFile(path: string): PageInput {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (!/^\.x?html?$/i.test(extname(path))) return { blocks: [raw], facts: { siteName: null, url: null, date: null, author: null } };
  const { document } = parseHTML(raw);
  // No "day read" here: a file has none, and the tool's output must not depend on the clock.
  const lang = document.documentElement?.getAttribute('lang') || undefined;
  return { ...readPage(document as unknown as Document, null), lang };
}

function main(args: string[]) {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(HELP);
    return;
  }
  const rumours = args.includes('--rumours');
  const datasetAt = args.indexOf('--dataset');
  const datasetPath = datasetAt < 0 ? undefined : args[datasetAt + 1];
  if (!datasetPath) fail(`--dataset <dataset.json> is required\n\n${HELP}`);
  const files = args.filter((a, i) => i !== datasetAt && i !== datasetAt + 1 && a !== '--rumours');
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
  const today = clockToday();
  for (const file of files) {
    const page = annotatePage(index, readFile(resolve(file)), { rumours, today });
    process.stdout.write(`${JSON.stringify({ file, ...page })}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
