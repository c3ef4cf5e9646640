/**
 * Reads data/ from disk for dataset:build and the tests: the curated files, and the generated
 * layers under them (data/fpl/, data/base/). The assembling and merging are lib/'s.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assembleDataset, type Assembled, type CuratedFiles, type SourceFile } from '../lib/dataset/assemble';
import { mergeLayers, type MergeResult } from '../lib/dataset/merge';
import { validateDataset } from '../lib/dataset/validate';
import type { Dataset } from '../lib/dataset/types';

const file = (path: string): SourceFile => ({ path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') });
const jsonFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => join(dir, n)) : []);

export function readCurated(dataDir: string): CuratedFiles {
  return {
    meta: file(join(dataDir, 'meta.json')),
    clubs: jsonFiles(join(dataDir, 'clubs')).map((path) => {
      const squad = path.replace(/\.json$/, '.csv');
      return { json: file(path), ...(existsSync(squad) ? { csv: file(squad) } : {}) };
    }),
    rumours: jsonFiles(join(dataDir, 'rumours')).map(file),
  };
}

export function assembleCurated(dataDir: string): Assembled {
  return assembleDataset(readCurated(dataDir));
}

/** The generated layers, lowest first: FPL club facts (its names rank lowest), the transfermarkt base. */
export const GENERATED_LAYERS = ['fpl', 'base'];

export interface Layer {
  label: string;
  dataset: Dataset;
}

/** Generated layers that are present, each validated strictly (they are ours). */
export function generatedLayers(dataDir: string): Layer[] {
  return GENERATED_LAYERS.flatMap((dir) =>
    jsonFiles(join(dataDir, dir)).map((path) => {
      const valid = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
      if (!valid.ok) throw new Error(`${relative(process.cwd(), path)}: ${valid.problems.slice(0, 5).join('; ')}`);
      return { label: relative(dataDir, path), dataset: valid.dataset };
    }),
  );
}

/**
 * The bundle: the generated layers under the curated one, merged. The curated layer's ids win
 * (they are the documented ones other files refer to).
 */
export function mergeBundle(curated: Dataset, generated: Layer[]): MergeResult {
  const layers = [...generated, { label: 'curated', dataset: curated }];
  return mergeLayers(layers.map((l) => l.dataset), { ids: 'highest', labels: layers.map((l) => l.label) });
}
