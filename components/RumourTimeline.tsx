/** Rumours as dots on a date axis, coloured by status, above the list. */
import { daysBetween, formatDate } from '../lib/dataset/dates';
import type { RumourView } from '../lib/protocol';

export function RumourTimeline({ rumours }: { rumours: RumourView[] }) {
  const dates = rumours.map((r) => r.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (rumours.length < 2 || first === undefined || last === undefined) return null;
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
            title={`${formatDate(r.date)}: ${r.status}${r.clubName ? `, ${r.clubName}` : ''}`}
          />
        ))}
      </div>
      <div class="timeline__labels">
        <span>{formatDate(first)}</span>
        <span>{formatDate(last)}</span>
      </div>
    </div>
  );
}
