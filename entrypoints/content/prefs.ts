/**
 * The reader's settings a page needs (badge preferences, the corrections on its site), asked of
 * the background (entrypoints/background/page-settings.ts), which reads and validates them: the
 * content script carries neither storage's chunked format nor the sites list. It only watches
 * storage.sync's keys for them (lib/sync-keys.ts), so a change applies at once.
 */
import { browser } from 'wxt/browser';
import type { Ask } from '../../lib/messaging/client';
import type { PageCorrections } from '../../lib/corrections';
import { DEFAULT_PREFS, type Prefs } from '../../lib/prefs';
import { SYNC_KEYS } from '../../lib/sync-keys';
import { correctionsFromWire } from '../../lib/engine/match-wire';

/** The settings as the page uses them: the corrections as sets, as the matcher reads them (the message carries arrays). */
export interface SettingsInUse {
  prefs: Prefs;
  corrections: PageCorrections;
}

export const DEFAULT_SETTINGS: SettingsInUse = { prefs: DEFAULT_PREFS, corrections: { muted: new Set(), notThis: new Set() } };

/**
 * This page's settings. A background that cannot answer gives `fallback` (the defaults at first,
 * the settings in use afterwards): the page is still matched, and the matcher's own failure is
 * what the reader is told about.
 */
export async function loadSettings(ask: Ask, fallback: SettingsInUse = DEFAULT_SETTINGS): Promise<SettingsInUse> {
  try {
    const { prefs, corrections } = await ask('page-settings', {});
    return { prefs, corrections: correctionsFromWire(corrections) };
  } catch (error) {
    console.error('Footnote: could not read the settings, so the page keeps those it had', error);
    return fallback;
  }
}

/**
 * Calls back whenever the preferences or the corrections change (the corrections' header, at
 * their own key, changes with every write: its checksum does); returns the unwatch function.
 */
export function watchSettings(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && (changes[SYNC_KEYS.prefs] || changes[SYNC_KEYS.corrections])) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
