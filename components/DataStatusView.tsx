/** The options page's data status: what is installed, from where, and when. */
import { formatDay, formatMoment } from './format';
import type { DataStatus } from '../lib/protocol';
import { StaleNote } from './StaleNote';

export function DataStatusView({ status, today }: { status: DataStatus | undefined; today: string }) {
  if (!status) return <p role="status">Loading…</p>;
  const meta = status.active;
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      {status.state === 'installing' && <p role="status">Installing the dataset…</p>}
      {status.state === 'error' && <p class="error" role="alert">{status.error}</p>}
      {meta && (
        <>
          <StaleNote meta={meta} today={today} />
          <dl class="facts" data-testid="data-status">
            <div><dt>Format</dt><dd>footnote-dataset, version {meta.version}</dd></div>
            <div><dt>As of</dt><dd>{formatDay(meta.asOf)}</dd></div>
            <div><dt>Source</dt><dd>{meta.source}</dd></div>
            <div><dt>Players</dt><dd data-count="players">{meta.counts.players}</dd></div>
            <div><dt>Clubs</dt><dd data-count="clubs">{meta.counts.clubs}</dd></div>
            <div><dt>Staff</dt><dd data-count="staff">{meta.counts.staff}</dd></div>
            <div><dt>Rumours</dt><dd data-count="rumours">{meta.counts.rumours}</dd></div>
            <div><dt>Installed</dt><dd>{formatMoment(meta.installedAt)}</dd></div>
          </dl>
        </>
      )}
    </section>
  );
}
