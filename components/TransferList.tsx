/** A player's completed transfers, newest first: date, from, to and the fee in words. */
import type { Transfer } from '../lib/dataset/types';
import { feeWords, formatDay } from './format';

export function TransferList({ transfers }: { transfers: Transfer[] }) {
  return (
    <ol class="transfers" aria-label="Completed transfers">
      {transfers.map((t) => (
        <li key={t.id} data-transfer={t.id}>
          <time dateTime={t.date}>{formatDay(t.date)}</time>
          {' · '}<bdi>{t.from.name}</bdi>{' → '}<bdi>{t.to.name}</bdi>
          <span class="muted small"> · {feeWords(t.fee)}</span>
        </li>
      ))}
    </ol>
  );
}
