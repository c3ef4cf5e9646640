import { formatDate } from '../lib/dataset/dates';
import { STATUS_WORDS } from '../lib/contract/rumours';
import type { RumourView } from '../lib/protocol';

export function RumourList({ rumours, full = true }: { rumours: RumourView[]; full?: boolean }) {
  if (rumours.length === 0) return <p class="muted">No transfer rumours in the data.</p>;
  return (
    <ol class="rumours">
      {rumours.map((r) => (
        <li key={r.id} class="rumour" data-status={r.status}>
          <div class="rumour__head">
            <time dateTime={r.date}>{formatDate(r.date)}</time>
            <span class="rumour__status" data-status={r.status}>{STATUS_WORDS[r.status]}</span>
            {r.clubName && <span class="rumour__club">{r.clubName}</span>}
          </div>
          {full && r.summary && <p class="rumour__summary">{r.summary}</p>}
          <div class="rumour__source">
            {r.source.url ? (
              <a href={r.source.url} target="_blank" rel="noopener noreferrer">{r.source.outlet}</a>
            ) : (
              <span>{r.source.outlet}</span>
            )}
            {r.source.author && <span> · {r.source.author}</span>}
          </div>
        </li>
      ))}
    </ol>
  );
}
