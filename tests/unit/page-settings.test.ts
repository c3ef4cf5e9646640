/**
 * The settings a page's content script asks the background for (entrypoints/background/page-settings.ts):
 * the badge preferences, and the corrections that apply on the sending page's site; and the
 * corrections a card sends back, stored for that site.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { PageSettingsService } from '../../entrypoints/background/page-settings';
import { storageItems } from '../../lib/storage-items';
import { addMuted, addNotThis, correctionForm, NO_CORRECTIONS } from '../../lib/corrections';
import { DEFAULT_PREFS } from '../../lib/prefs';

const BBC = 'https://www.bbc.co.uk/sport/football/articles/x';
const SKY = 'https://www.skysports.com/football/news/y';
const items = () => storageItems(storage);

beforeEach(() => fakeBrowser.reset());

describe('a page\'s settings', () => {
  test('the stored preferences, validated; the defaults when none are stored', async () => {
    const service = new PageSettingsService(items());
    expect((await service.forPage(BBC)).prefs).toEqual(DEFAULT_PREFS);
    await items().prefs.setValue({ badges: { contract: false, rumours: true }, compact: true, hoverDelay: 'soon' });
    const { prefs } = await service.forPage(BBC);
    expect(prefs.badges).toEqual({ contract: false, rumours: true });
    expect(prefs.compact).toBe(true);
    expect(prefs.hoverDelay).toBe(DEFAULT_PREFS.hoverDelay);
  });

  test('a muted name applies on every site; "not this person" only on the site it was said on', async () => {
    let c = addMuted(NO_CORRECTIONS, 'Real');
    c = addNotThis(c, { site: 'bbc.co.uk', form: 'Alonso', entityId: 'marcos-alonso' });
    await items().corrections.setValue(c);
    const service = new PageSettingsService(items());
    const notThis = `${correctionForm('Alonso')}\u0000marcos-alonso`;
    expect((await service.forPage(BBC)).corrections).toEqual({ muted: ['real'], notThis: [notThis] });
    expect((await service.forPage(SKY)).corrections).toEqual({ muted: ['real'], notThis: [] });
  });

  test('waits for the settings to be moved into sync before reading them', async () => {
    let moved!: () => void;
    const ready = new Promise<void>((resolve) => (moved = resolve));
    const service = new PageSettingsService(items(), ready);
    const answer = service.forPage(BBC);
    await items().corrections.setValue(addMuted(NO_CORRECTIONS, 'Kane'));
    moved();
    expect((await answer).corrections.muted).toEqual(['kane']);
  });
});

describe('a correction from a card', () => {
  test('"not this person" is stored for the sending page\'s site, with its label', async () => {
    const service = new PageSettingsService(items());
    await service.correct(BBC, { kind: 'not-this', form: 'Alonso', entityId: 'marcos-alonso', name: 'Marcos Alonso' });
    const stored = await items().corrections.getValue();
    expect(stored.notThis).toEqual([{ site: 'bbc.co.uk', form: correctionForm('Alonso'), entityId: 'marcos-alonso', label: { form: 'Alonso', name: 'Marcos Alonso' } }]);
    expect((await service.forPage(SKY)).corrections.notThis).toEqual([]);
  });

  test('a muted name is stored once, for every site', async () => {
    const service = new PageSettingsService(items());
    await service.correct(BBC, { kind: 'mute', form: 'Real', entityId: 'real-madrid', name: 'Real Madrid' });
    await service.correct(SKY, { kind: 'mute', form: 'real', entityId: 'real-madrid', name: 'Real Madrid' });
    expect((await items().corrections.getValue()).muted).toEqual([{ form: 'real', label: 'Real' }]);
    expect((await service.forPage(SKY)).corrections.muted).toEqual(['real']);
  });

  test('corrections sent at once are all kept: each reads what the one before it wrote', async () => {
    const service = new PageSettingsService(items());
    await Promise.all(['Kane', 'Saka', 'Rice'].map((form) => service.correct(BBC, { kind: 'mute', form, entityId: 'x', name: form })));
    expect((await items().corrections.getValue()).muted.map((m) => m.form).sort()).toEqual(['kane', 'rice', 'saka']);
  });

  test('one over the budget is refused with the clear message, and what was stored stays', async () => {
    let c = NO_CORRECTIONS;
    for (let i = 0; i < 250; i++) c = addNotThis(c, { site: `site-${i}.example.com`, form: `Surname${i}`, entityId: `first-surname-${i}`, label: { form: `Surname${i}`, name: `First Surname${i}` } });
    await items().corrections.setValue(c);
    const service = new PageSettingsService(items());
    const long = 'x'.repeat(290);
    let refused: unknown;
    for (let i = 0; i < 200 && !refused; i++) {
      await service.correct(BBC, { kind: 'not-this', form: `${long}${i}`, entityId: `someone-${i}`, name: long }).catch((e: unknown) => (refused = e));
    }
    expect(String(refused)).toMatch(/cannot keep more corrections/);
    const stored = await items().corrections.getValue();
    expect(stored.notThis.length).toBeGreaterThan(250);
    expect(stored.notThis.slice(0, 250)).toEqual(c.notThis);
  });
});
