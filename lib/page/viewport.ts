/**
 * What the annotator needs to know about the screen, as a small interface: the browser's
 * implementation (entrypoints/content/viewport.ts) uses IntersectionObserver, checkVisibility,
 * requestAnimationFrame and the Page Visibility API; DOM tests pass `everythingInView()`
 * (tests/support/viewport.ts).
 */
/** Where a block is: within about two screens of what the reader sees, or above or below that. */
export type Place = 'near' | 'above' | 'below';

export interface Viewport {
  /** Calls `near` (once) when `element` is within about two screens of what the reader sees; the result cancels. */
  watch(element: Element, near: () => void): () => void;
  /** Where the element is now, from its box: within about two screens of the viewport, or above or below that. */
  place(element: Element): Place;
  /** Whether the element's text is rendered at all (`checkVisibility()`): hidden text is neither matched nor wrapped. */
  rendered(element: Element): boolean;
  /** Runs `write` before the next frame is drawn: the one write batch of that frame. */
  frame(write: () => void): void;
  /**
   * Whether a watched element has not been placed yet: its first report (near or not) has not
   * come, it was reported near and waits to be handed over, or the reader is scrolling and the
   * waiting blocks are placed when the scrolling pauses. "Settled" waits for this (a bounded number
   * of frames), since how many frames the first report takes depends on how busy the browser is.
   */
  pending(): boolean;
  /** Says that everything handed over has been written: nothing is queued to write (the viewport may do what it deferred). */
  wrote(): void;
  /** Resolves when the tab is shown (at once if it is): hidden tabs do nothing. */
  shown(): Promise<void>;
  disconnect(): void;
}
