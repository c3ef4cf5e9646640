/**
 * Footnote's own guard around WXT's "content script started" event (checked against wxt 0.21.4).
 *
 * When a content script starts, WXT's ContentScriptContext dispatches a CustomEvent named
 * `<extension id>:content:wxt:content-script-started` on the document, and every older context
 * listening for it invalidates itself: that is how an updated or re-injected script stops the old
 * one. The event is a plain DOM event on the page's document and the extension id is public, so a
 * page can dispatch it too and switch Footnote off; WXT does not check where it came from
 * (`noScriptStartedPostMessage` only stops the postMessage copy). We do not leave this to `ctx`.
 *
 * The page cannot write into the content script's isolated world, so each instance of this
 * script records a token there as it loads, before its own context announces itself. The event
 * is let through to `ctx` only when a newer instance has taken the token, or when this instance
 * has lost its extension (an update: `browser.runtime.id` is gone); otherwise it is stopped in
 * the capture phase on `window`, before the document's listeners see it.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const KEY = Symbol.for('footnote.content-script');
// Private in WXT's types, public at run time: the event name with this extension's id.
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
const holder = globalThis as unknown as Record<symbol, string | undefined>;

/** Call at module load: this instance becomes the newest one. */
export function claimNewest(): string {
  const token = Math.random().toString(36).slice(2);
  holder[KEY] = token;
  return token;
}

/** Whether a "started" event now comes from a real newer Footnote (or this one is orphaned). */
export function startedEventIsGenuine(token: string): boolean {
  return holder[KEY] !== token || browser.runtime?.id == null;
}

export function guardStartedEvent(token: string, signal: AbortSignal): void {
  window.addEventListener(
    STARTED,
    (event) => {
      if (!startedEventIsGenuine(token)) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
