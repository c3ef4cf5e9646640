// Injected by the background the first time a page has a name to write (entrypoints/content/parts.ts says why and how).
import { registerPart } from '../content/parts';
import { BlockWriter } from './block-writer';

export default defineUnlistedScript(() => registerPart('write', { BlockWriter }));
