/** A full record: the popup's main view of a player, staff member or club. */
import { Fragment } from 'preact';
import { contractStatus, loanWords, optionWords, URGENCY_WORDS } from '../lib/contract/status';
import { clubShortName, initials } from '../lib/dataset/names';
import type { FullRecord } from '../lib/protocol';
import { ContractBar } from './ContractBar';
import { RumourRecord } from './RumourRecord';
import { TransferList } from './TransferList';
import { ageWords, KIND_WORDS, formatDay } from './format';
import { Provenance } from './Provenance';

interface Props {
  record: FullRecord;
  today: string;
  onOpen?: (id: string) => void;
}

export function RecordView({ record, today, onOpen }: Props) {
  return (
    <article class="record" aria-labelledby="record-name" data-record={record.id}>
      <header class="record__head">
        <span class="avatar" aria-hidden="true">{initials(record.kind === 'club' ? record.clubName ?? record.name : record.name)}</span>
        <div>
          <h2 id="record-name"><bdi>{record.name}</bdi></h2>
          <p class="muted">
            {KIND_WORDS[record.kind]}
            {record.clubName && record.kind !== 'club' && <> · <bdi>{record.clubName}</bdi></>}
          </p>
        </div>
      </header>
      {record.kind === 'club' ? <ClubFacts record={record} today={today} onOpen={onOpen} /> : <PersonFacts record={record} today={today} />}
      {record.kind !== 'staff' && (
        <section>
          <h3>Transfer rumours ({record.rumours.length})</h3>
          <RumourRecord rumours={record.rumours} transfers={record.transfers} />
        </section>
      )}
      {record.transfers && record.transfers.length > 0 && (
        <section>
          <h3>Completed transfers ({record.transfers.length})</h3>
          <TransferList transfers={record.transfers} />
        </section>
      )}
      {record.provenance ? <Provenance provenance={record.provenance} /> : <p class="muted small">Data as of {formatDay(record.asOf)}.</p>}
    </article>
  );
}

function PersonFacts({ record, today }: { record: FullRecord; today: string }) {
  const person = record.player ?? record.staff;
  if (!person) return null;
  const status = contractStatus(person, record.asOf, today);
  const player = record.player;
  const option = optionWords(person.contract);
  const loan = loanWords(player?.loan, () => record.loanFromName ?? player?.loan?.fromClubId ?? '');
  const rows: Array<[string, string | undefined]> = [
    ['Club', person.clubId === null ? 'Free agent' : record.clubName],
    ['Position', player?.position ?? (record.staff?.role === 'executive' ? 'Executive' : record.staff?.role === 'manager' ? 'Manager' : undefined)],
    ['Age', ageWords(person, today)],
    ['Nationality', player?.nationality],
    ['Contract', status.urgency === 'unknown' && person.clubId !== null ? 'End date not known' : status.words],
    ['Option', option],
    ['Loan', loan],
    ['Confidence', person.contract?.confidence],
    ['Note', person.contract?.note],
  ];
  return (
    <section>
      <p class="urgency" data-urgency={status.urgency} data-stale={status.stale ? 'true' : undefined}>
        {URGENCY_WORDS[status.urgency]}
        {status.stale ? ' (may have been renewed)' : ''}
      </p>
      <ContractBar contract={person.contract} status={status} today={today} />
      <dl class="facts">
        {rows.filter(([, value]) => value).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd><bdi>{value}</bdi></dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ClubFacts({ record, today, onOpen }: Props) {
  const club = record.club!;
  const names = [club.name, clubShortName(club), ...(club.aliases ?? [])].filter((n, i, all) => all.indexOf(n) === i);
  return (
    <section>
      <dl class="facts">
        <div><dt>Names</dt><dd>{names.map((n, i) => <Fragment key={n}>{i > 0 && ', '}<bdi>{n}</bdi></Fragment>)}</dd></div>
        {club.league && <div><dt>League</dt><dd><bdi>{club.league}</bdi>{club.country && <> (<bdi>{club.country}</bdi>)</>}</dd></div>}
      </dl>
      <h3>Contracts ending soonest</h3>
      {record.expiring?.length ? (
        <ul class="expiring">
          {record.expiring.map((p) => {
            const status = contractStatus(p, record.asOf, today);
            return (
              <li key={p.id}>
                <button type="button" class="link" onClick={() => onOpen?.(p.id)}><bdi>{p.name}</bdi></button>
                <span class="urgency-chip" data-urgency={status.urgency}>{p.contract?.until ? formatDay(p.contract.until) : ''}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{record.ended?.length ? 'No contract in the data ends in the next 18 months.' : 'No contract dates for this club’s players in the data.'}</p>
      )}
      {!!record.ended?.length && (
        <p class="muted small">
          Ended, may have been renewed:{' '}
          {record.ended.map((p, i) => <Fragment key={p.id}>{i > 0 && ', '}<button type="button" class="link" onClick={() => onOpen?.(p.id)}><bdi>{p.name}</bdi></button></Fragment>)}
        </p>
      )}
    </section>
  );
}
