/**
 * Badge elements: a built-in <span> host in the page, carrying only `data-footnote-badge` (its
 * kind), and a closed shadow root holding everything else. A page cannot define the host's
 * element (it is not a custom element), cannot reach its root (no attachInternals on a span, and
 * the root is attached before the host enters the page), and cannot read the label: the
 * accessible name and tooltip live inside the root. The visible text is CSS generated content, so
 * a reader's copy and the page's innerText never include it.
 */
import type { BadgeModel } from '../../lib/page/badge-model';
import { OWN_ATTRIBUTE } from '../../lib/page/blocks';
import css from './badge.css?inline';
import { shadowMode, styleShadow } from '../content/shadow-styles';
import type { Scheme } from '../../lib/page/scheme';

export const BADGE_SELECTOR = 'span[data-footnote-badge]';
const sheets = new WeakMap<Document, CSSStyleSheet>();

function sheetFor(doc: Document): CSSStyleSheet {
  let sheet = sheets.get(doc);
  if (!sheet) {
    const View = doc.defaultView ?? globalThis;
    sheet = new (View as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(doc, sheet);
  }
  return sheet;
}

export interface BadgeLook {
  /** Dots instead of words. */
  compact?: boolean;
  /** The scheme of the page's background where the badge sits (lib/page/scheme.ts). */
  scheme?: Scheme;
  /** The page's body text size in px: badges never grow past it (a headline's badge is body-sized). */
  bodySizePx?: number;
}

/**
 * A badge. Its inner element takes keyboard focus (the host delegates it), so a reader can reach
 * the name's card from the keyboard wherever the name is; focus and hover on it open the card
 * (hover-card.ts), and the label stays inside the closed root.
 */
export function createBadge(doc: Document, model: BadgeModel, look: BadgeLook = {}): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(OWN_ATTRIBUTE, '');
  host.setAttribute('data-footnote-badge', model.kind);
  const shadow = host.attachShadow({ mode: shadowMode(doc), delegatesFocus: true });
  styleShadow(shadow, () => sheetFor(doc), css);
  const inner = doc.createElement('span');
  inner.className = 'b';
  inner.setAttribute('role', 'img');
  inner.setAttribute('aria-label', model.label);
  inner.tabIndex = 0;
  inner.title = model.label;
  inner.setAttribute('data-kind', model.kind);
  inner.setAttribute('data-text', model.text);
  inner.setAttribute('data-theme', look.scheme ?? 'light');
  if (look.bodySizePx) inner.style.setProperty('--footnote-body-size', `${look.bodySizePx}px`);
  if (model.urgency) inner.setAttribute('data-urgency', model.urgency);
  if (model.loan) inner.setAttribute('data-loan', '');
  if (model.stale) inner.setAttribute('data-stale', '');
  if (model.fresh) inner.setAttribute('data-fresh', '');
  if (look.compact) inner.setAttribute('data-compact', '');
  shadow.append(inner);
  return host;
}
