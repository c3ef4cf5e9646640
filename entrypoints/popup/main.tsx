import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { ask } from '../../components/ask';
import { isoDay } from '../../lib/dataset/dates';
import '../../components/styles.css';

const params = new URLSearchParams(location.search);
// A hover card's "Full record" leaves the record to show here when it opens the popup itself.
const pending = (await browser.storage.session.get('pendingRecord')).pendingRecord as string | undefined;
if (pending) await browser.storage.session.remove('pendingRecord');
render(
  <Popup
    api={{ status: () => ask('status'), search: (query) => ask('search', { query }), record: (id) => ask('record', { id }) }}
    today={isoDay(new Date())}
    initialRecord={params.get('record') ?? pending}
  />,
  document.getElementById('app')!,
);
