import { browser } from 'wxt/browser';
import { DataService } from './data';
import { SitesService } from './sites';
import { LearnedService } from './learned/service';
import { dispatch } from './messages';
import { UPDATE_ALARM } from './updates';
import { UPSTREAM_ALARM } from './upstream';
import { items, settingsReady } from './items';
import { PageSettingsService } from './page-settings';
import { MatchSessions } from '../../lib/engine/match-sessions';

export default defineBackground(() => {
  const data = new DataService();
  const sites = new SitesService();
  const learned = new LearnedService(data.db);
  // The pages being read, matched here: the name index never goes to a page (lib/engine/match-sessions.ts).
  const matching = new MatchSessions();
  const settings = new PageSettingsService(items, settingsReady);
  browser.tabs.onRemoved.addListener((tabId) => matching.drop(`${tabId}:`));
  const origin = browser.runtime.getURL('/').replace(/\/$/, '');

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void data.ensureBundled();
    sites.register().catch((e) => console.error('Footnote: could not register the content script', e));
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(() => void data.ensureBundled());
  // A worker woken for any reason checks too: an install cut short is completed.
  void data.ensureBundled();

  // Sites switched on or off in another of the reader's browsers (storage.sync) apply here too.
  items.sites.watch((next) => void sites.followStoredChange(next));

  browser.permissions.onAdded.addListener(({ origins = [] }) => void sites.granted(origins));
  browser.permissions.onRemoved.addListener(() => void sites.reflectPermissions());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void data.update();
    if (alarm.name === UPSTREAM_ALARM) void data.upstream();
  });

  // Other extensions cannot message us (no externally_connectable), but check anyway.
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    void dispatch(raw, sender, { data, sites, learned, matching, settings }, origin).then(sendResponse);
    return true;
  });
});
