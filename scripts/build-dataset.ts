/**
 * Builds public/dataset.json: the curated files of data/ (meta.json, clubs/, rumours/: small
 * files people review; any problem fails the build and names its file and line) merged on top of
 * the generated layers, data/fpl/ and data/base/ (docs/data.md).
 *
 *   npm run dataset:build [-- --out <file>] [--same-names]
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateDataset } from '../lib/dataset/validate';
import { locateProblem } from '../lib/dataset/assemble';
import { sameNamePlayers } from '../lib/dataset/merge';
import { assembleCurated, generatedLayers, mergeBundle } from './data-dir';

function main() {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outPath = outAt >= 0 ? args[outAt + 1] : 'public/dataset.json';
  // "--out" as the last word used to crash in path.resolve with a message about paths[0].
  if (!outPath) throw new Error('--out needs a file to write (npm run dataset:build -- --out <file.json>)');
  const out = resolve(outPath);
  const { dataset, origins } = assembleCurated(resolve('data'));
  const result = validateDataset(dataset);
  if (!result.ok) {
    for (const problem of result.problems) console.error(locateProblem(problem, origins));
    console.error(`dataset:build: ${result.problems.length} problem(s); nothing written`);
    process.exit(1);
  }
  const generated = generatedLayers(resolve('data'));
  const merged = mergeBundle(result.dataset, generated);
  for (const skipped of merged.skipped) console.error(`dataset:build: left out: ${skipped}`);
  const d = merged.dataset;
  const json = `${JSON.stringify(d)}\n`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const same = sameNamePlayers(d);
  if (args.includes('--same-names')) {
    for (const g of same) console.error(`  ${g.name}: ${g.players.map((p) => `${p.id} (${p.birthDate ?? 'no birth date'}, ${p.clubId ?? 'no club'})`).join('; ')}`);
  }
  console.error(
    `dataset:build: ${relative(process.cwd(), out)}: ${d.players.length} players, ${d.clubs.length} clubs, ` +
      `${d.staff?.length ?? 0} staff, ${d.rumours?.length ?? 0} rumours from ${generated.length + 1} layers ` +
      `(${(json.length / 1024).toFixed(0)} kB, ${(gzipSync(json).length / 1024).toFixed(0)} kB gzipped); ` +
      `${same.length} names shared by more than one player (--same-names lists them)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
