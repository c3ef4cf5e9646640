/**
 * A club's "contracts ending soonest": the squad's contracts that end from today to 18 months on
 * (the next summer window and the one after: what a reader of transfer news weighs), soonest
 * first. Contracts whose end has passed are not "ending": they are listed apart, latest first,
 * since the data may simply not know of a renewal. A deal years away is neither.
 */
import type { Player } from '../dataset/types';
import { addMonths } from '../dataset/dates';

export const EXPIRING_MONTHS = 18;

export interface Expiring {
  soon: Player[];
  ended: Player[];
}

export function contractsEndingSoonest(squad: readonly Player[], today: string, limit = 5): Expiring {
  const horizon = addMonths(today, EXPIRING_MONTHS);
  const dated = squad.flatMap((p) => (p.contract?.until ? [{ p, until: p.contract.until }] : []));
  const soon = dated.filter((d) => d.until >= today && d.until <= horizon).sort((a, b) => a.until.localeCompare(b.until) || a.p.name.localeCompare(b.p.name));
  const ended = dated.filter((d) => d.until < today).sort((a, b) => b.until.localeCompare(a.until) || a.p.name.localeCompare(b.p.name));
  return { soon: soon.slice(0, limit).map((d) => d.p), ended: ended.slice(0, limit).map((d) => d.p) };
}
