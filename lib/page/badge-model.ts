/** What each badge says, from an entity's summary and today's date. No DOM here. */
import { contractStatus, type Urgency } from '../contract/status';
import { isFresh } from '../contract/rumours';
import { formatLongDate, formatMonthYear } from '../dataset/dates';
import type { EntitySummary } from '../protocol';

export type BadgeKind = 'contract' | 'rumours';

export interface BadgeModel {
  kind: BadgeKind;
  /** The few characters shown ("Jun 26", "3"). */
  text: string;
  /** The accessible name, in words. */
  label: string;
  urgency?: Urgency;
  loan?: boolean;
  stale?: boolean;
  fresh?: boolean;
}

export interface BadgePreferences {
  contract: boolean;
  rumours: boolean;
}

export function badgesFor(summary: EntitySummary, today: string, prefs: BadgePreferences = { contract: true, rumours: true }): BadgeModel[] {
  const badges: BadgeModel[] = [];
  const person = summary.player ?? summary.staff;
  if (person && prefs.contract) {
    const status = contractStatus(person, summary.asOf, today);
    if (status.urgency !== 'unknown') {
      const loan = summary.player?.loan ? `, on loan from ${summary.loanFromName ?? summary.player.loan.fromClubId}` : '';
      badges.push({
        kind: 'contract',
        text: status.urgency === 'free' ? 'Free' : formatMonthYear(status.until!),
        label: status.urgency === 'free' ? `Free agent${status.words.slice('free agent'.length)}` : `Contract ${status.words}${loan}`,
        urgency: status.urgency,
        loan: !!summary.player?.loan,
        stale: status.stale,
      });
    }
  }
  if (summary.kind === 'player' && prefs.rumours && summary.rumourCount > 0) {
    const latest = summary.latestRumours[0];
    const with_ = latest?.clubName ? `: ${latest.clubName}` : '';
    badges.push({
      kind: 'rumours',
      text: String(summary.rumourCount),
      label: `${summary.rumourCount} transfer rumour${summary.rumourCount === 1 ? '' : 's'}${latest ? `, latest ${formatLongDate(latest.date)}${with_}` : ''}`,
      fresh: isFresh(latest, today),
    });
  }
  return badges;
}
