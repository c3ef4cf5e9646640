/**
 * The one place Footnote reads the clock. Everything else in lib/ takes "today" (or "now") as a
 * parameter; entrypoints call these and pass the result down.
 *
 * Test builds pin "today" at build time (`FOOTNOTE_TODAY`, default TEST_TODAY), so what the
 * browser tests expect — an age, "ended", the Bosman window — holds on any date the tests run.
 * Event times (installed at, last checked) always come from the real clock.
 */
import { isoDay } from './dataset/dates';

/** The "today" of test builds unless FOOTNOTE_TODAY says otherwise. */
export const TEST_TODAY = '2026-12-01';

declare const __FOOTNOTE_TODAY__: string | undefined;

/** The pinned day of this build, if any (a compile-time constant; see wxt.config.ts). */
export function pinnedToday(): string | undefined {
  return typeof __FOOTNOTE_TODAY__ === 'string' && __FOOTNOTE_TODAY__ ? __FOOTNOTE_TODAY__ : undefined;
}

export function now(): Date {
  return new Date();
}

/** Today as an ISO date (UTC). */
export function today(): string {
  return pinnedToday() ?? isoDay(now());
}
