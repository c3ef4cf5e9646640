import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { ask } from '../../components/ask';
import { isoDay } from '../../lib/dataset/dates';
import '../../components/styles.css';

const params = new URLSearchParams(location.search);
render(
  <Popup
    api={{ status: () => ask('status'), search: (query) => ask('search', { query }), record: (id) => ask('record', { id }) }}
    today={isoDay(new Date())}
    initialRecord={params.get('record') ?? undefined}
  />,
  document.getElementById('app')!,
);
