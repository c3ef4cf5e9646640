import { resolve } from 'node:path';
import { validateDataset } from '../../lib/dataset/validate';
import type { Dataset } from '../../lib/dataset/types';
import { assembleCurated, generatedLayers, mergeBundle } from '../../scripts/data-dir';

/** The curated layer alone, assembled from data/ as `npm run dataset:build` does. */
export function curatedDataset(): Dataset {
  const result = validateDataset(assembleCurated(resolve('data')).dataset);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.dataset;
}

let bundle: Dataset | undefined;
/** The bundled dataset as shipped: the curated layer merged over the generated ones. */
export function bundledDataset(): Dataset {
  bundle ??= mergeBundle(curatedDataset(), generatedLayers(resolve('data'))).dataset;
  return structuredClone(bundle);
}
