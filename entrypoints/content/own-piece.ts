/** Whether an element is one of Footnote's pieces on the page: shared by the card's trigger (content) and its controller (the card part). */
import { MENTION_SELECTOR } from '../../lib/page/wrap';
import { BADGE_SELECTOR } from '../write/badges';

/**
 * The name wrapper or badge at or around `element`, if the annotator holds it (`mentionAt`): a
 * page can copy our markup, but not into the annotator's own map of what it wrote.
 */
export function ownPiece(element: Element, mentionAt: (piece: Element) => unknown): Element | undefined {
  const found = element.closest(`${MENTION_SELECTOR}, ${BADGE_SELECTOR}`);
  return found && mentionAt(found) ? found : undefined;
}
