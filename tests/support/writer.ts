import { BlockWriter, type WriterOptions } from '../../entrypoints/write/block-writer';

/**
 * The annotator's writer for DOM tests: made at once, where the content script first loads the
 * write part (entrypoints/content/parts.ts).
 */
export const writeNow = (options: WriterOptions): Promise<BlockWriter> => Promise.resolve(new BlockWriter(document, options));
