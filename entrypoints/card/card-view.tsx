/** The hover card's UI (Preact and the Card component), loaded on the first hover or focus (entrypoints/content/parts.ts). */
import { render } from 'preact';
import { Card } from '../../components/Card';
import type { EntitySummary } from '../../lib/protocol';
import css from '../../components/card.css?inline';

export interface CardProps {
  summary: EntitySummary;
  today: string;
  onFullRecord: () => void;
  onClose: () => void;
}

export interface CardView {
  /** The card's own CSS, for its shadow root. */
  css: string;
  show: (root: ShadowRoot, props: CardProps) => void;
  clear: (root: ShadowRoot) => void;
}

export const cardView: CardView = {
  css,
  show: (root, props) => render(<Card {...props} />, root),
  clear: (root) => render(null, root),
};
