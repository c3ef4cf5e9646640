/**
 * Contract time as a bar: from signing (or, when unknown, from today) to the end date, with
 * the last six months (the Bosman window) marked and today as a tick.
 */
import { addMonths, daysBetween } from '../lib/dataset/dates';
import { formatDay } from './format';
import { BOSMAN_MONTHS, type ContractStatus } from '../lib/contract/status';
import type { Contract } from '../lib/dataset/types';

export function ContractBar({ contract, status, today }: { contract?: Contract; status: ContractStatus; today: string }) {
  const until = contract?.until;
  if (!until) return null;
  const from = contract.since && contract.since < today ? contract.since : today < until ? today : addMonths(until, -12);
  const span = Math.max(1, daysBetween(from, until));
  const at = (date: string) => Math.min(100, Math.max(0, (daysBetween(from, date) / span) * 100));
  const bosman = at(addMonths(until, -BOSMAN_MONTHS));
  const now = at(today);
  return (
    <div class="contract-bar" data-urgency={status.urgency} aria-hidden="true">
      <div class="contract-bar__track">
        <div class="contract-bar__elapsed" style={{ width: `${now}%` }} />
        <div class="contract-bar__bosman" style={{ left: `${bosman}%`, width: `${100 - bosman}%` }} title="Last six months" />
        <div class="contract-bar__today" style={{ left: `${now}%` }} />
      </div>
      <div class="contract-bar__labels">
        <span>{formatDay(from)}</span>
        <span>{formatDay(until)}</span>
      </div>
    </div>
  );
}
