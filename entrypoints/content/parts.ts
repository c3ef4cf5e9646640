/**
 * Parts of the content script that many pages never need are not in its first bundle: they load
 * the first time they are wanted. Writing names and badges (a tracked site's pages without a
 * footballer's name never need it), the hover card, learning while reading. The background injects them with
 * scripting.executeScript into this frame's isolated world (the content script's own world,
 * never the page's), where each part registers itself on the world's global; the content script
 * then finds it there. Nothing is listed in web_accessible_resources, so a page can neither load
 * a part nor learn from one that Footnote is installed.
 */
import type { CardView } from '../card/card-view';
import type { HoverCards } from '../card/hover-card';
import type { createLearner } from '../learn/learner';
import type { BlockWriter } from '../write/block-writer';

export interface Parts {
  /** The hover card: its controller and its UI (entrypoints/content/card-trigger.ts starts it on first use). */
  card: { view: CardView; HoverCards: typeof HoverCards };
  learn: { createLearner: typeof createLearner };
  /** The name wrappers and badges (the annotator starts it when it first has something to write). */
  write: { BlockWriter: typeof BlockWriter };
}
export type PartName = keyof Parts;

/** The isolated world's global: a page script has its own and cannot see this one. */
const world = globalThis as typeof globalThis & { footnoteParts?: Partial<Parts> };

/** Called by a part's entrypoint when the background has injected it. */
export function registerPart<K extends PartName>(name: K, part: Parts[K]): void {
  world.footnoteParts = { ...world.footnoteParts, [name]: part };
}

/** A loader for one part: the first call asks the background to inject it, every later call shares that answer. */
export function partLoader<K extends PartName>(name: K, inject: (name: K) => Promise<unknown>): () => Promise<Parts[K]> {
  let loading: Promise<Parts[K]> | undefined;
  return () => {
    const ready = world.footnoteParts?.[name];
    if (ready) return Promise.resolve(ready);
    loading ??= inject(name).then(() => {
      const part = world.footnoteParts?.[name];
      if (!part) throw new Error(`Footnote: the ${name} part did not load`);
      return part;
    });
    // A failed load may be retried by the next hover.
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
