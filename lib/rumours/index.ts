export { extractRumours } from './extract';
export { readPageFacts, readPage } from './page-facts';
export type { PageFacts, RumourClaim, RumourInput } from './types';
