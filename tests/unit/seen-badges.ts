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

/**
 * The name a badge follows: badges sit right after the (last piece of the) name they belong to.
 * The page holds only an opaque key per entity; `entityOf` says whose it is (the annotator knows).
 */
function nameBefore(host: Element, entityOf: (key: string) => string): string {
  let el = host.previousElementSibling;
  while (el && !el.hasAttribute('data-footnote-key')) el = el.previousElementSibling;
  const key = el?.getAttribute('data-footnote-key');
  return key ? entityOf(key) : '';
}

/** Turns the page's keys back into entity ids, from what the annotator found. */
export function entitiesOf(annotator: { found(): Array<{ id: string }>; keyOf(id: string): string | undefined }): (key: string) => string {
  const byKey = new Map(annotator.found().map((f) => [annotator.keyOf(f.id), f.id]));
  return (key) => byKey.get(key) ?? `?${key}`;
}

export function seenBadges(root: ParentNode, entityOf: (key: string) => string = (key) => key): SeenBadge[] {
  return [...root.querySelectorAll('[data-footnote-badge]')].map((host) => {
    const inner = shadows.get(host)?.querySelector('.b');
    if (!inner) throw new Error('a badge without its drawing: was keepBadgeShadows() called?');
    const flags = ['data-compact', 'data-stale', 'data-fresh', 'data-loan'].filter((a) => inner.hasAttribute(a)).map((a) => a.slice(5));
    return {
      on: nameBefore(host, entityOf),
      kind: host.getAttribute('data-footnote-badge') ?? '',
      // The label is inside the closed root, on the drawing a screen reader reads.
      label: inner.getAttribute('aria-label') ?? '',
      text: inner.getAttribute('data-text') ?? '',
      flags,
    };
  });
}
