import { formatDate } from '../lib/dataset/dates';
import { STATUS_WORDS } from '../lib/contract/rumours';
import type { RumourView } from '../lib/protocol';
import { isWebUrl } from '../lib/dataset/text-safety';

export function RumourList({ rumours, full = true }: { rumours: RumourView[]; full?: boolean }) {
  if (rumours.length === 0) return <p class="muted">No transfer rumours in the data.</p>;
  return (
    <ol class="rumours">
      {rumours.map((r) => (
        <li key={r.id} class="rumour" data-status={r.status}>
          <div class="rumour__head">
            <time dateTime={r.date}>{formatDate(r.date)}</time>
            <span class="rumour__status" data-status={r.status}>{STATUS_WORDS[r.status]}</span>
            {r.clubName && <bdi class="rumour__club">{r.clubName}</bdi>}
          </div>
          {full && r.summary && <p class="rumour__summary"><bdi>{r.summary}</bdi></p>}
          <div class="rumour__source">
            {/* Checked again here: a link is only ever to a web page, whatever reached the store. */}
            {r.source.url && isWebUrl(r.source.url) ? (
              <a href={r.source.url} target="_blank" rel="noopener noreferrer"><bdi>{r.source.outlet}</bdi></a>
            ) : (
              <bdi>{r.source.outlet}</bdi>
            )}
            {r.source.author && <span> · <bdi>{r.source.author}</bdi></span>}
          </div>
        </li>
      ))}
    </ol>
  );
}
