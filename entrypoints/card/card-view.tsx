/** The hover card's UI (Preact and the Card component), loaded on the first hover or focus (entrypoints/content/parts.ts). */
import { render } from 'preact';
import { Card, type CardProps } from '../../components/Card';
import css from '../../components/card.css?inline';

export interface CardView {
  /** The card's own CSS, for its shadow root. */
  css: string;
  /** Renders the card with all of its props (corrections, "Don't show on this site" and the rest). */
  show: (root: ShadowRoot, props: CardProps) => void;
  clear: (root: ShadowRoot) => void;
}

export const cardView: CardView = {
  css,
  show: (root, props) => render(<Card {...props} />, root),
  clear: (root) => render(null, root),
};
