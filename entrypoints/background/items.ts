/** The background's handle on Footnote's stored settings (lib/storage-items.ts). */
import { storage } from 'wxt/utils/storage';
import { moveSettingsToSync, storageItems } from '../../lib/storage-items';

export const items = storageItems(storage);

/**
 * Settings of a version before sync move into storage.sync the first time this version's
 * background runs (once: a mark in storage.local says it was done). Everything in the
 * background that reads the settings waits for it.
 */
export const settingsReady: Promise<unknown> = moveSettingsToSync(storage, items).catch((error) =>
  console.error('Footnote: could not move the settings into storage.sync', error),
);
