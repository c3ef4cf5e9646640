import { monthsBetween } from '../lib/dataset/dates';
import { formatDay } from './format';
import type { DataMeta } from '../lib/protocol';

/** Data older than this many months is called out wherever it is shown. */
export const STALE_AFTER_MONTHS = 3;

export function isStale(asOf: string, today: string): boolean {
  return monthsBetween(asOf, today) >= STALE_AFTER_MONTHS;
}

export function StaleNote({ meta, today }: { meta: DataMeta; today: string }) {
  if (!isStale(meta.asOf, today)) return null;
  return (
    <p class="stale" role="note">
      Data as of {formatDay(meta.asOf)}: {monthsBetween(meta.asOf, today)} months old, so contracts and rumours may have moved on.
    </p>
  );
}
