import { formatDay } from './format';
import { STATUS_WORDS } from '../lib/contract/rumours';
import type { RumourView } from '../lib/protocol';
import type { Sighting } from '../lib/rumours/history';
import { isWebUrl } from '../lib/dataset/text-safety';

export function RumourList({ rumours, full = true, empty = 'No transfer rumours in the data.' }: { rumours: RumourView[]; full?: boolean; empty?: string }) {
  if (rumours.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ol class="rumours">
      {rumours.map((r) => (
        <li key={r.id} class="rumour" data-status={r.status} data-source={r.learned ? 'read' : 'dataset'}>
          <div class="rumour__head">
            <time dateTime={r.date}>{formatDay(r.date)}</time>
            <span class="rumour__status" data-status={r.status}>{STATUS_WORDS[r.status]}</span>
            {/* A club's record names the player of each rumour; a player's, the club. */}
            {r.playerName ? <bdi class="rumour__player">{r.playerName}</bdi> : r.clubName && <bdi class="rumour__club">{r.clubName}</bdi>}
            {r.learned?.cameTrue && <span class="rumour__true">came true</span>}
          </div>
          {full && r.summary && <p class="rumour__summary"><bdi>{r.summary}</bdi></p>}
          <div class="rumour__source">
            {/* Checked again here: a link is only ever to a web page, whatever reached the store. */}
            {r.source.url && isWebUrl(r.source.url) ? (
              <a href={r.source.url} target="_blank" rel="noopener noreferrer"><bdi>{r.source.outlet}</bdi></a>
            ) : (
              <bdi>{r.source.outlet}</bdi>
            )}
            {r.source.author && <span> · <bdi>{r.source.author}</bdi></span>}
          </div>
          {r.learned && <Sightings sightings={r.learned.sightings} full={full} />}
          {r.seenOn && <Sightings sightings={r.seenOn} full={full} also />}
        </li>
      ))}
    </ol>
  );
}

/**
 * The reader's pages a rumour was read on, in the order they were published: site, date, outlet,
 * journalist, the sentence, a link. `also`: a dataset rumour the reader read as well.
 */
function Sightings({ sightings, full, also = false }: { sightings: readonly Sighting[]; full: boolean; also?: boolean }) {
  const pages = sightings.length > 1 ? ` on ${sightings.length} pages` : '';
  return (
    <div class="rumour__seen">
      <p class="muted small">{also ? `Also read on ${sightings.length > 1 ? `${sightings.length} of ` : ''}your pages` : `Seen while reading${pages}`}</p>
      {full && (
        <ol class="sightings">
          {sightings.map((s, i) => (
            <li key={i} class="sighting">
              <span class="muted small">
                {s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.site}</a> : s.site}
                {' · '}{formatDay(s.date)}
                {s.outlet ? ` · ${s.outlet}` : ''}
                {s.author ? ` · ${s.author}` : ''}
              </span>
              <q class="sighting__sentence">{s.sentence}</q>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
