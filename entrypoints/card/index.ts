// Injected by the background on the first hover or focus (entrypoints/content/parts.ts says why and how).
import { registerPart } from '../content/parts';
import { cardView } from './card-view';

export default defineUnlistedScript(() => registerPart('card', cardView));
