/** Rumours as dots on a date axis, coloured by status, above the list. */
import { daysBetween } from '../lib/dataset/dates';
import { formatDay } from './format';
import type { RumourView } from '../lib/protocol';

export function RumourTimeline({ rumours }: { rumours: RumourView[] }) {
  if (rumours.length < 2) return null;
  const dates = rumours.map((r) => r.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span = Math.max(1, daysBetween(first, last));
  return (
    <div class="timeline" aria-hidden="true">
      <div class="timeline__axis">
        {rumours.map((r) => (
          <span
            key={r.id}
            class="timeline__dot"
            data-status={r.status}
            data-source={r.learned ? 'read' : 'dataset'}
            style={{ left: `${(daysBetween(first, r.date) / span) * 100}%` }}
            title={`${formatDay(r.date)}: ${r.status}${r.clubName ? `, ${r.clubName}` : ''}`}
          />
        ))}
      </div>
      <div class="timeline__labels">
        <span>{formatDay(first)}</span>
        <span>{formatDay(last)}</span>
      </div>
    </div>
  );
}
