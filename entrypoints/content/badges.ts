/**
 * Badge elements: a <footnote-badge> host in the page (with data-footnote-badge and an
 * accessible name) and a closed shadow root whose text is CSS generated content, so a reader's
 * copy and the page's innerText never include it.
 */
import type { BadgeModel } from '../../lib/page/badge-model';
import { OWN_ATTRIBUTE } from '../../lib/page/blocks';
import css from './badge.css?inline';
import { styleShadow } from './shadow-styles';

export const BADGE_TAG = 'footnote-badge';
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
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute(OWN_ATTRIBUTE, '');
  host.setAttribute('data-footnote-badge', model.kind);
  host.setAttribute('role', 'img');
  host.setAttribute('aria-label', model.label);
  host.title = model.label;
  const shadow = host.attachShadow({ mode: 'closed' });
  styleShadow(shadow, () => sheetFor(doc), css);
  const inner = doc.createElement('span');
  inner.className = 'b';
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
