/** The page's badges, as the popup shows them beside each name. */
import { badgesFor } from '../lib/page/badge-model';
import type { EntitySummary } from '../lib/protocol';

export function Badges({ summary, today }: { summary: EntitySummary; today: string }) {
  return (
    <span class="badges">
      {badgesFor(summary, today).map((b) => (
        <span key={b.kind} class="badge" data-kind={b.kind} data-urgency={b.urgency} data-stale={b.stale ? '' : undefined} data-fresh={b.fresh ? '' : undefined} title={b.label} aria-label={b.label} role="img">
          {b.kind === 'rumours' ? `⇄ ${b.text}` : b.text}
          {b.loan ? ' loan' : ''}
        </span>
      ))}
    </span>
  );
}
