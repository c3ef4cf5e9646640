/** A record's rumours, the dataset's and those read on the reader's pages, with filters by source and status. */
import { useState } from 'preact/hooks';
import { familyOf, type Family } from '../lib/rumours/score';
import type { RumourView } from '../lib/protocol';
import type { Transfer } from '../lib/dataset/types';
import { RumourList } from './RumourList';
import { RumourTimeline } from './RumourTimeline';

type Source = 'all' | 'dataset' | 'read';
const FAMILIES: Array<[Family | 'all', string]> = [
  ['all', 'Any status'], ['interest', 'Interest'], ['talks/bid', 'Talks and bids'], ['agreed/completed', 'Agreed or done'], ['cooled/denied', 'Cooled or denied'],
];

export function RumourRecord({ rumours, transfers = [] }: { rumours: RumourView[]; transfers?: Transfer[] }) {
  const [source, setSource] = useState<Source>('all');
  const [family, setFamily] = useState<Family | 'all'>('all');
  const hasLearned = rumours.some((r) => r.learned);
  const shown = rumours.filter((r) => (source === 'all' || (source === 'read') === !!r.learned) && (family === 'all' || familyOf(r.status) === family));
  return (
    <>
      {rumours.length > 1 && (
        <div class="rumour-filters">
          {hasLearned && (
            <label>
              Source{' '}
              <select value={source} onChange={(e) => setSource((e.currentTarget as HTMLSelectElement).value as Source)}>
                <option value="all">All</option>
                <option value="dataset">The data</option>
                <option value="read">Seen while reading</option>
              </select>
            </label>
          )}
          <label>
            Status{' '}
            <select value={family} onChange={(e) => setFamily((e.currentTarget as HTMLSelectElement).value as Family | 'all')}>
              {FAMILIES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </label>
        </div>
      )}
      <RumourTimeline rumours={shown} transfers={transfers} />
      <RumourList rumours={shown} empty={rumours.length ? 'No rumours match these filters.' : 'No transfer rumours in the data.'} />
    </>
  );
}
