// Injected by the background on the first hover or focus (entrypoints/content/parts.ts says why and how).
import { registerPart } from '../content/parts';
import { cardView } from './card-view';
import { HoverCards } from './hover-card';

export default defineUnlistedScript(() => registerPart('card', { view: cardView, HoverCards }));
