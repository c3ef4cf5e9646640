import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { Popup } from '../../components/Popup';
import { createAsk } from '../../lib/messaging/client';
import { pageApi } from '../../lib/messaging/page-api';
import { storageItems } from '../../lib/storage-items';
import { today } from '../../lib/clock';
import '../../components/styles.css';

const ask = createAsk((message) => browser.runtime.sendMessage(message));
// An empty search finds nothing but has the background ready the search index before the first keystroke.
void ask('search', { query: '' }).catch(() => undefined);
const items = storageItems(storage);
const params = new URLSearchParams(location.search);
// A hover card's "Full record" leaves the record to show here when it opens the popup itself.
const pending = await items.pendingRecord.getValue();
if (pending) await items.pendingRecord.removeValue();

// The page this popup is about: ?tab=<id> (the tests, a card), else the active tab unless that is one of ours.
const tabParam = Number(params.get('tab'));
const active = Number.isInteger(tabParam) && tabParam > 0 ? undefined : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
const tabId = Number.isInteger(tabParam) && tabParam > 0 ? tabParam : active && !active.url?.startsWith(location.origin) ? active.id : undefined;

const page =
  tabId === undefined
    ? undefined
    : pageApi(tabId, {
        ask,
        sendToTab: (id, message) => browser.tabs.sendMessage(id, message),
        connect: (id, name) => browser.tabs.connect(id, { name }),
        wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        requestOrigins: (origins) => browser.permissions.request({ origins }),
        notePending: (siteId) => items.pendingSite.setValue(siteId),
      });

render(
  <Popup
    api={{ status: () => ask('status'), search: (query) => ask('search', { query }), record: (id) => ask('record', { id }) }}
    today={today()}
    initialRecord={params.get('record') ?? pending ?? undefined}
    page={page}
  />,
  document.getElementById('app')!,
);
