/**
 * storage.sync's own keys (WXT's `sync:` prefix off) for the settings a page's content script
 * watches. A module of its own, so the content script's first bundle carries the keys and nothing
 * else of the settings' stored form (lib/sync-settings.ts).
 */
export const SYNC_KEYS = { prefs: 'prefs', corrections: 'corrections' } as const;
