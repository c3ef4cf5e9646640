import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { ask } from '../../components/ask';
import { pageApi } from '../../components/page-api';
import { isoDay } from '../../lib/dataset/dates';
import '../../components/styles.css';

const params = new URLSearchParams(location.search);
// A hover card's "Full record" leaves the record to show here when it opens the popup itself.
const pending = (await browser.storage.session.get('pendingRecord')).pendingRecord as string | undefined;
if (pending) await browser.storage.session.remove('pendingRecord');

// The page this popup is about: ?tab=<id> (the tests, a card), else the active tab unless that is one of ours.
const tabParam = Number(params.get('tab'));
const active = Number.isInteger(tabParam) && tabParam > 0 ? undefined : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
const tabId = Number.isInteger(tabParam) && tabParam > 0 ? tabParam : active && !active.url?.startsWith(location.origin) ? active.id : undefined;

render(
  <Popup
    api={{ status: () => ask('status'), search: (query) => ask('search', { query }), record: (id) => ask('record', { id }) }}
    today={isoDay(new Date())}
    initialRecord={params.get('record') ?? pending}
    page={tabId === undefined ? undefined : pageApi(tabId)}
  />,
  document.getElementById('app')!,
);
