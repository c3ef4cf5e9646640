/**
 * What the shared scenarios (tests/e2e/scenarios.ts) need from a browser, so one scenario file runs
 * in Chromium (Playwright) and in Firefox (puppeteer over WebDriver BiDi) and the suites cannot
 * drift. Selectors are CSS; functions given to `evaluate` run in the tab and must be self-contained.
 */
import type { serve, StaticServer } from '../../../scripts/serve';
import { compareTextNodes, type Restored } from '../../../scripts/page-snapshot';

/** What a driver is started with: extra routes for its local server. */
export interface DriverOptions {
  routes?: Parameters<typeof serve>[0];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tab {
  /** The document's real address (an extension page's too). */
  location(): Promise<string>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  count(selector: string): Promise<number>;
  /** Waits until an element matches (`attached`) or none does (`detached`). */
  waitFor(selector: string, state?: 'attached' | 'detached', timeout?: number): Promise<void>;
  /** Waits until some element matching `selector` has text matching `text`. */
  waitForText(selector: string, text: RegExp, timeout?: number): Promise<void>;
  text(selector: string): Promise<string>;
  box(selector: string, index?: number): Promise<Box | undefined>;
  hover(selector: string, index?: number): Promise<void>;
  click(selector: string, index?: number): Promise<void>;
  /** Clicks the first element matching `selector` whose text is `text` (a button by its words). */
  clickText(selector: string, text: string): Promise<void>;
  /** Whether the checkbox or switch matching `selector` is on. */
  checked(selector: string): Promise<boolean>;
  /** Puts a file into a file input, as a reader picking it would. */
  upload(selector: string, path: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** A key, or a chord such as "Alt+Shift+ArrowDown". */
  press(key: string): Promise<void>;
  /** Types into the field, replacing what it held. */
  fill(selector: string, value: string): Promise<void>;
  /** Waits until `fn(arg)` is truthy in the tab. */
  waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  /** Moves the mouse to a point of the viewport, in `steps` moves. */
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  /** What the reader sees in the hover card, one block a line (its shadow root is closed). */
  cardText(): Promise<string>;
  /** The hover card's accessible name (the name of the person or club it is about). */
  cardName(): Promise<string | undefined>;
  /** The badges' labels as a reader's assistive technology gets them (they live in closed shadow roots). */
  badgeLabels(): Promise<string[]>;
  screenshot(path: string, options?: { fullPage?: boolean; clip?: Box }): Promise<void>;
  /** Makes this the tab the reader sees (a hidden tab's content script waits until it is shown). */
  bringToFront(): Promise<void>;
  /** Reloads the document and waits until it has loaded. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Record the body's text nodes at DOMContentLoaded, before any extension code runs (see `restoredExactly`). */
  snapshot?: boolean;
  /** Only the local server answers: a saved real page must not reach the network. */
  localOnly?: boolean;
  /** Collects the page's uncaught errors. */
  errors?: string[];
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  readonly server: StaticServer;
  /** A new tab at a web page, loaded. */
  open(url: string, options?: OpenOptions): Promise<Tab>;
  /** A new tab at one of the extension's pages (popup.html, options.html, welcome.html…). */
  openExtension(path: string): Promise<Tab>;
  /** Every open tab. */
  tabs(): Promise<Tab[]>;
  /** Switches Footnote on for a site, as the options page does. */
  track(site: string): Promise<void>;
  /** The browser's id for the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  /** Sends a message to the content script of the tab showing `url`. */
  sendToTab(url: string, message: unknown): Promise<void>;
  /**
   * Which entity each opaque `data-footnote-key` of the tab showing `url` stands for, asked from its
   * content script as the popup asks (`popup-cs-found`): the page itself never says.
   */
  pageKeys(url: string): Promise<PageKeys>;
  close(): Promise<void>;
}

export interface PageKeys {
  /** The key of an entity on the page ('' when it is not there, so selectors match nothing). */
  key(entityId: string): string;
  /** `[data-footnote-key="…"]` for an entity. */
  sel(entityId: string): string;
  entityOf(key: string | null): string | undefined;
}

/** PageKeys from a content script's `popup-cs-found` reply. */
export function pageKeysFrom(reply: unknown): PageKeys {
  const keys = (reply as { keys?: Record<string, string> } | undefined)?.keys ?? {};
  const byKey = new Map(Object.entries(keys).map(([id, key]) => [key, id]));
  const key = (id: string) => keys[id] ?? '';
  return { key, sel: (id) => `[data-footnote-key="${key(id)}"]`, entityOf: (k) => (k ? byKey.get(k) : undefined) };
}

/** The index among `selector`'s matches of the first whose text is `text` (-1 when none). */
export function indexOfText({ selector, text }: { selector: string; text: string }): number {
  return [...document.querySelectorAll<HTMLElement>(selector)].findIndex((e) => e.innerText.trim() === text);
}

export function hasText({ selector, text }: { selector: string; text: string }): boolean {
  return [...document.querySelectorAll<HTMLElement>(selector)].some((e) => e.innerText.trim() === text);
}

export { recordTextNodes } from '../../../scripts/page-snapshot';

/** Whether switching off gave the page back exactly (scripts/page-snapshot.ts). */
export function restoredExactly(tab: Tab): Promise<Restored> {
  return tab.evaluate(compareTextNodes, null);
}

/** Waits until the test build's content script says its latest batch has settled, and returns that state. */
export async function settled(tab: Tab): Promise<string> {
  await tab.waitFor('html[data-footnote-test^="settled"]', 'attached', 15_000);
  return tab.evaluate(() => document.documentElement.getAttribute('data-footnote-test') ?? '', null);
}

export async function switchedOff(tab: Tab): Promise<void> {
  await tab.waitFor('html[data-footnote-test="off"]', 'attached', 15_000);
}
