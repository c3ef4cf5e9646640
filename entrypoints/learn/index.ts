// Injected by the background once a page has settled (entrypoints/content/parts.ts says why and how).
import { registerPart } from '../content/parts';
import { createLearner } from './learner';

export default defineUnlistedScript(() => registerPart('learn', { createLearner }));
