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
import { styleShadow } from './shadow-styles';

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

export function createBadge(doc: Document, model: BadgeModel, compact = false): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(OWN_ATTRIBUTE, '');
  host.setAttribute('data-footnote-badge', model.kind);
  const shadow = host.attachShadow({ mode: 'closed' });
  styleShadow(shadow, () => sheetFor(doc), css);
  const inner = doc.createElement('span');
  inner.className = 'b';
  inner.setAttribute('role', 'img');
  inner.setAttribute('aria-label', model.label);
  inner.title = model.label;
  inner.setAttribute('data-kind', model.kind);
  inner.setAttribute('data-text', model.text);
  if (model.urgency) inner.setAttribute('data-urgency', model.urgency);
  if (model.loan) inner.setAttribute('data-loan', '');
  if (model.stale) inner.setAttribute('data-stale', '');
  if (model.fresh) inner.setAttribute('data-fresh', '');
  if (compact) inner.setAttribute('data-compact', '');
  shadow.append(inner);
  return host;
}
