import type { Dataset } from '../dataset/types';
import { commonWords, plainWords } from './common-words';
import { compileNameIndex, type NameIndex } from './name-index';

/** The index as the extension and the tools build it: with the English word lists. */
export function compileWithWordLists(dataset: Dataset, version?: string): NameIndex {
  return compileNameIndex(dataset, { commonWords: commonWords(), plainWords: plainWords(), version });
}
