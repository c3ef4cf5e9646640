/**
 * Where the one-click source lives. Production builds fetch transfermarkt-datasets' own
 * address; test builds (`--mode test`) point at a local fixture server, set at build time
 * (`FOOTNOTE_UPSTREAM_BASE`, default TEST_UPSTREAM_BASE; see wxt.config.ts), like the pinned
 * "today" of lib/clock.ts. Kept apart from lib/upstream-update.ts so wxt.config.ts can read it.
 */

/** Where transfermarkt-datasets publishes its files (its README). */
export const UPSTREAM_BASE = 'https://pub-e682421888d945d684bcae8890b0ec20.r2.dev/data/';
/** The fixture server of the browser tests (tests/e2e/upstream.test.ts). */
export const TEST_UPSTREAM_BASE = 'http://127.0.0.1:47615/data/';
export const UPSTREAM_LABEL = 'transfermarkt-datasets (CC0, updated weekly upstream)';
/** The layer the source installs (one, replaced by each newer snapshot). */
export const UPSTREAM_LAYER = 'transfermarkt-datasets';

declare const __FOOTNOTE_UPSTREAM_BASE__: string | undefined;

export function upstreamBase(): string {
  return typeof __FOOTNOTE_UPSTREAM_BASE__ === 'string' && __FOOTNOTE_UPSTREAM_BASE__ ? __FOOTNOTE_UPSTREAM_BASE__ : UPSTREAM_BASE;
}

/** The origin pattern the reader grants in the click (no port: a pattern without one covers every port). */
export function upstreamOrigin(base = upstreamBase()): string {
  const { protocol, hostname } = new URL(base);
  return `${protocol}//${hostname}/*`;
}
