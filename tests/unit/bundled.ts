import { resolve } from 'node:path';
import { assembleDataset } from '../../scripts/build-dataset';
import { validateDataset } from '../../lib/dataset/validate';
import type { Dataset } from '../../lib/dataset/types';

/** The bundled dataset, assembled from data/ exactly as `npm run dataset:build` does. */
export function bundledDataset(): Dataset {
  const result = validateDataset(assembleDataset(resolve('data')).dataset);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.dataset;
}
