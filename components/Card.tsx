/**
 * The hover card: who he is, how long his contract has left, who wants him. Rendered by the
 * content script into a closed shadow root, so page styles cannot reach it.
 */
import { Fragment } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { contractStatus, loanWords, optionWords, URGENCY_WORDS } from '../lib/contract/status';
import { STATUS_WORDS } from '../lib/contract/rumours';
import { formatDate } from '../lib/dataset/dates';
import { initials } from '../lib/dataset/names';
import type { EntitySummary } from '../lib/protocol';
import { ageWords, KIND_WORDS } from './format';
import { Provenance } from './Provenance';

export interface CardProps {
  summary: EntitySummary;
  today: string;
  onFullRecord: () => void;
  onClose: () => void;
  /** The reader says this match is wrong (lib/corrections.ts); the card offers it only when given. */
  onCorrect?: (kind: 'not-this' | 'mute') => void;
  /** The name as the page wrote it: what "Mute this name" mutes. */
  mentionText?: string;
  /** "Don't show on this site": called once the reader has confirmed. Without it the button is not shown. */
  onSiteOff?: () => void;
  /** The site's name, for the confirmation. */
  site?: string;
}

export function Card({ summary, today, onFullRecord, onClose, onCorrect, mentionText, onSiteOff, site }: CardProps) {
  const person = summary.player ?? summary.staff;
  const headingId = `footnote-card-${summary.id}`;
  return (
    <div class="card" role="dialog" aria-labelledby={headingId} data-entity={summary.id}>
      <header class="card__head">
        <span class="avatar" aria-hidden="true">{initials(summary.kind === 'club' ? summary.clubName ?? summary.name : summary.name)}</span>
        <div class="card__title">
          <h2 id={headingId}><bdi>{summary.name}</bdi></h2>
          <p class="muted">{subtitle(summary, today).map((part, i) => <Fragment key={part}>{i > 0 && ' · '}<bdi>{part}</bdi></Fragment>)}</p>
        </div>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
      </header>
      {person && <ContractLines summary={summary} today={today} />}
      {summary.kind === 'club' && <Expiring summary={summary} today={today} />}
      <Rumours summary={summary} />
      <footer class="card__foot">
        {summary.provenance ? <Provenance provenance={summary.provenance} /> : <span class="muted small">Data as of {formatDate(summary.asOf)}</span>}
        <button type="button" class="full" onClick={onFullRecord}>Full record</button>
      </footer>
      {onCorrect && (
        <p class="card__correct small">
          Wrong match for “<bdi>{mentionText ?? summary.name}</bdi>”?{' '}
          <button type="button" class="link" onClick={() => onCorrect('not-this')}>Not this person</button>
          {' · '}
          <button type="button" class="link" onClick={() => onCorrect('mute')}>Mute this name</button>
        </p>
      )}
      {onSiteOff && <SiteOff site={site} onConfirm={onSiteOff} />}
    </div>
  );
}

/** The parts of the line under the name, each shown isolated: data text must not reorder Footnote's words around it. */
function subtitle(summary: EntitySummary, today: string): string[] {
  if (summary.kind === 'club') {
    const parts = [summary.club?.league, summary.club?.country].filter((p): p is string => Boolean(p));
    return parts.length ? parts : [KIND_WORDS.club];
  }
  const person = summary.player ?? summary.staff;
  const role = summary.player?.position ?? (summary.staff?.role === 'manager' ? 'Manager' : summary.staff?.role === 'executive' ? 'Executive' : undefined);
  const club = person?.clubId === null ? 'Free agent' : summary.clubName;
  const age = ageWords(person, today)?.split(' ')[0];
  return [club, role, age ? `${age} years` : undefined].filter((p): p is string => Boolean(p));
}

function ContractLines({ summary, today }: { summary: EntitySummary; today: string }) {
  const person = (summary.player ?? summary.staff)!;
  const status = contractStatus(person, summary.asOf, today);
  const extra = [optionWords(person.contract), loanWords(summary.player?.loan, () => summary.loanFromName ?? '')].filter(Boolean);
  return (
    <section class="contract" data-urgency={status.urgency}>
      <p class="urgency">
        <span class="dot" aria-hidden="true" />
        {URGENCY_WORDS[status.urgency]}
      </p>
      {/* The words of a stale end carry the caveat with the data's date ("may have been renewed"): said once, there. */}
      {status.urgency !== 'unknown' && <p class="contract__words">{capitalise(status.words)}</p>}
      {extra.map((line) => <p class="muted small" key={line}>{capitalise(line!)}</p>)}
    </section>
  );
}

function Expiring({ summary, today }: { summary: EntitySummary; today: string }) {
  const soon = summary.expiring ?? [];
  const ended = summary.ended ?? [];
  if (!soon.length && !ended.length) return null;
  return (
    <section>
      <h3>Contracts ending soonest</h3>
      {soon.length ? (
        <ul class="list">
          {soon.slice(0, 3).map((p) => (
            <li key={p.id} data-urgency={contractStatus(p, summary.asOf, today).urgency}>
              <bdi>{p.name}</bdi> <span class="muted">{p.contract?.until ? formatDate(p.contract.until) : ''}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">None in the next 18 months.</p>
      )}
      {ended.length > 0 && (
        <p class="muted small" data-testid="ended-contracts">
          Ended, may have been renewed: {ended.slice(0, 3).map((p, i) => <Fragment key={p.id}>{i > 0 && ', '}<bdi>{p.name}</bdi></Fragment>)}
        </p>
      )}
    </section>
  );
}

function Rumours({ summary }: { summary: EntitySummary }) {
  if (summary.kind === 'staff') return null;
  if (!summary.latestRumours.length) return <p class="muted small">No transfer rumours in the data.</p>;
  return (
    <section>
      <h3>Latest rumours{summary.rumourCount > summary.latestRumours.length ? ` (${summary.rumourCount} in all)` : ''}</h3>
      <ol class="list">
        {summary.latestRumours.map((r) => (
          <li key={r.id} data-status={r.status}>
            {summary.kind === 'club' && r.playerName ? <><bdi class="rumour__player">{r.playerName}</bdi> </> : <><bdi class="rumour__club">{r.clubName ?? '—'}</bdi> </>}
            <span class="status">{STATUS_WORDS[r.status]}</span>
            {r.learned?.cameTrue && <span class="status"> · came true</span>}
            <br />
            <span class="muted small">
              {formatDate(r.date)} · <bdi>{r.source.outlet}</bdi>
              {r.source.author && <> · <bdi>{r.source.author}</bdi></>}
              {r.learned && <> · <span class="seen">seen while reading on <bdi>{r.learned.sightings.at(-1)?.site}</bdi></span></>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "Don't show on this site", then a confirmation (switching a site off is one click in the popup to undo, but unexpected here). */
function SiteOff({ site, onConfirm }: { site?: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const [answered, setAnswered] = useState(false);
  useLayoutEffect(() => {
    if (asking) confirm.current?.focus();
    else if (answered) ask.current?.focus();
  }, [asking, answered]);
  if (!asking) {
    return (
      <p class="siteoff">
        <button type="button" class="quiet" ref={ask} onClick={() => setAsking(true)}>Don’t show on this site</button>
      </p>
    );
  }
  return (
    <div class="siteoff" role="group" aria-label="Switch Footnote off on this site">
      <p>Switch Footnote off on {site ? <bdi>{site}</bdi> : 'this site'}? The popup can switch it on again.</p>
      <button type="button" class="full" ref={confirm} onClick={onConfirm}>Switch off</button>{' '}
      <button type="button" class="quiet" onClick={() => { setAsking(false); setAnswered(true); }}>Cancel</button>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
