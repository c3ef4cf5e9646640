/**
 * Badges as a reader meets them, for DOM tests. Badge text and flags live in closed shadow
 * roots (a reader's copy never includes them); `keepBadgeShadows()` keeps the roots badges
 * attach, as the browser's renderer sees them, so a test can read what is drawn.
 */
import { vi } from 'vitest';

const shadows = new WeakMap<Element, ShadowRoot>();

/** Call in beforeEach (and vi.restoreAllMocks() after). */
export function keepBadgeShadows(): void {
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadows.set(this, root);
    return root;
  });
}

export interface SeenBadge {
  /** The entity of the name the badge follows. */
  on: string;
  kind: string;
  label: string;
  text: string;
  /** Visual flags: compact, stale, fresh, loan. */
  flags: string[];
}

/** The name a badge follows: badges sit right after the (last piece of the) name they belong to. */
function nameBefore(host: Element): string {
  let el = host.previousElementSibling;
  while (el && !el.hasAttribute('data-footnote-entity')) el = el.previousElementSibling;
  return el?.getAttribute('data-footnote-entity') ?? '';
}

export function seenBadges(root: ParentNode): SeenBadge[] {
  return [...root.querySelectorAll('[data-footnote-badge]')].map((host) => {
    const inner = shadows.get(host)?.querySelector('.b');
    if (!inner) throw new Error('a badge without its drawing: was keepBadgeShadows() called?');
    const flags = ['data-compact', 'data-stale', 'data-fresh', 'data-loan'].filter((a) => inner.hasAttribute(a)).map((a) => a.slice(5));
    return {
      on: nameBefore(host),
      kind: host.getAttribute('data-footnote-badge') ?? '',
      label: host.getAttribute('aria-label') ?? '',
      text: inner.getAttribute('data-text') ?? '',
      flags,
    };
  });
}
