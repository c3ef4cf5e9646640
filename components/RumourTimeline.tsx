/**
 * Rumours as dots on a date axis, coloured by status, above the list; a player's completed
 * transfers are marks on the same axis, so a rumour and the move it came to sit side by side.
 */
import { daysBetween } from '../lib/dataset/dates';
import type { Transfer } from '../lib/dataset/types';
import { formatDay } from './format';
import type { RumourView } from '../lib/protocol';
import { feeWords } from './format';

export function RumourTimeline({ rumours, transfers = [] }: { rumours: RumourView[]; transfers?: Transfer[] }) {
  const dates = [...rumours.map((r) => r.date), ...transfers.map((t) => t.date)].sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (dates.length < 2 || first === undefined || last === undefined) return null;
  const span = Math.max(1, daysBetween(first, last));
  const left = (date: string) => `${(daysBetween(first, date) / span) * 100}%`;
  return (
    <div class="timeline" aria-hidden="true">
      <div class="timeline__axis">
        {rumours.map((r) => (
          <span
            key={r.id}
            class="timeline__dot"
            data-status={r.status}
            data-source={r.learned ? 'read' : 'dataset'}
            style={{ left: left(r.date) }}
            title={`${formatDay(r.date)}: ${r.status}${r.clubName ? `, ${r.clubName}` : ''}`}
          />
        ))}
        {transfers.map((t) => (
          <span key={t.id} class="timeline__move" style={{ left: left(t.date) }} title={`${formatDay(t.date)}: joined ${t.to.name} from ${t.from.name} (${feeWords(t.fee)})`} />
        ))}
      </div>
      <div class="timeline__labels">
        <span>{formatDay(first)}</span>
        <span>{formatDay(last)}</span>
      </div>
    </div>
  );
}
