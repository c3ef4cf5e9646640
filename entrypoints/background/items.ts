/** The background's handle on Footnote's stored settings (lib/storage-items.ts). */
import { storage } from 'wxt/utils/storage';
import { storageItems } from '../../lib/storage-items';

export const items = storageItems(storage);
