/**
 * "Switching Footnote off gives the page back exactly", as two functions that run inside the
 * page (self-contained: both browser drivers pass them to the page as they are). The first is
 * installed before the page's scripts run; the second compares afterwards.
 */

export interface Restored {
  same: boolean;
  extra: number;
  html: boolean;
  detail: string;
}

/** Records every text node of the body and its text at DOMContentLoaded. */
export function recordTextNodes(): void {
  document.addEventListener('DOMContentLoaded', () => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    (window as unknown as { __footnoteSnapshot: unknown }).__footnoteSnapshot = { nodes, data: nodes.map((n) => n.data), html: document.body.innerHTML };
  });
}

/**
 * Whether the body still has the text nodes it had at DOMContentLoaded, in the same order with
 * the same text. `extra` counts text nodes that appeared since (a page's own scripts add some).
 */
export function compareTextNodes(): Restored {
  const snap = (window as unknown as { __footnoteSnapshot: { nodes: Text[]; data: string[]; html: string } }).__footnoteSnapshot;
  const now: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) now.push(n as Text);
  const known = new Set(snap.nodes);
  const kept = now.filter((n) => known.has(n));
  const same = kept.length === snap.nodes.length && kept.every((n, i) => n === snap.nodes[i] && n.data === snap.data[i]);
  const extra = now.length - kept.length;
  return { same, extra, html: document.body.innerHTML === snap.html, detail: `${kept.length} of ${snap.nodes.length} text nodes kept, ${extra} new` };
}
