/**
 * The reader's settings as a page sees them: the content script asks here instead of reading
 * storage.sync itself, so it carries neither the corrections' chunked format nor the sites list
 * (its first bundle stays small: tests/unit/content-bundle.test.ts). The page's site is the
 * sender's own URL, never something the page says.
 */
import { siteIdForUrl } from '../../lib/sites/sites';
import { addMuted, addNotThis, correctionsForSite } from '../../lib/corrections';
import { loadCorrections, loadPrefs, type StorageItems } from '../../lib/storage-items';
import type { PageCorrection, PageSettings } from '../../lib/protocol';
import { serial } from '../../lib/serial';
import { correctionsToWire } from '../../lib/engine/match-wire';

/** The site a page's "not this person" belongs to: its host, as the sites list names an added site. */
const siteOf = (url: string): string => siteIdForUrl(url) ?? '';

export class PageSettingsService {
  // Two corrections made at once must not both read the list before either writes it.
  private readonly serialise = serial();

  constructor(private readonly items: StorageItems, private readonly ready: Promise<unknown> = Promise.resolve()) {}

  /** The badge preferences, and the corrections that apply on the page's site (muted names apply everywhere). */
  async forPage(url: string): Promise<PageSettings> {
    await this.ready;
    const [prefs, corrections] = await Promise.all([loadPrefs(this.items), loadCorrections(this.items)]);
    return { prefs, corrections: correctionsToWire(correctionsForSite(corrections, siteOf(url))) };
  }

  /** Stores a correction the reader made in a card on the page (every open tab re-annotates from the change). */
  correct(url: string, correction: PageCorrection): Promise<true> {
    return this.serialise(async () => {
      await this.ready;
      const before = await loadCorrections(this.items);
      const { form, entityId, name } = correction;
      const next =
        correction.kind === 'mute'
          ? addMuted(before, form)
          : addNotThis(before, { site: siteOf(url), form, entityId, label: { form, name } });
      await this.items.corrections.setValue(next);
      return true as const;
    });
  }
}
