/**
 * Whether a request failed because the background stopped before answering (the browser ended
 * its worker mid-install, or the extension reloaded), rather than because it refused. The
 * browser says so in its own words, which a reader should not have to read: the install works in
 * a new generation that only becomes the data when complete, so the data is unchanged.
 */
const INTERRUPTED = [
  // Chromium: the worker was stopped with the reply pending.
  /message channel closed before a response was received/i,
  /message port closed before a response was received/i,
  /receiving end does not exist/i,
  // Firefox.
  /promised response from onmessage listener went out of scope/i,
  /extension context invalidated/i,
  // lib/messaging/client.ts: no reply at all.
  /background did not answer/i,
];

export function isInterrupted(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return INTERRUPTED.some((pattern) => pattern.test(message));
}
