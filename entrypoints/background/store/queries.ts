/** Read side of the store: what the popup, options page and content scripts ask for. */
import type { Club, Player, Rumour, Staff } from '../../../lib/dataset/types';
import type { DataMeta, EntitySummary, FullRecord, RumourView, SearchHit } from '../../../lib/protocol';
import { deserialiseNameIndex, type NameIndex, type SerialisedNameIndex } from '../../../lib/engine/name-index';
import { queryWords } from '../../../lib/search';
import { SearchIndex, searchEntries, type SearchEntry } from '../../../lib/search-index';
import { newestFirst } from '../../../lib/contract/rumours';
import { clubShortName } from '../../../lib/dataset/names';
import { summaryOf } from '../../../lib/rumours/join';
import { activeMeta } from './install';
import { factGroupsOf, factProvenance } from '../../../lib/dataset/merge';
import { generationRange, type DB } from './db';
import { heldMatchIndex, heldNameIndex, heldSearch } from './held';
import { contractsEndingSoonest } from '../../../lib/contract/expiring';
import { today as clockToday } from '../../../lib/clock';

/** Drops the storage generation from a stored row. */
function strip<T extends object>(row: (T & { gen: number }) | undefined): T | undefined {
  if (!row) return undefined;
  const { gen: _gen, ...rest } = row;
  return rest as unknown as T;
}

export async function nameIndex(db: DB): Promise<SerialisedNameIndex | null> {
  const meta = await activeMeta(db);
  if (!meta) return null;
  return heldNameIndex.get(db, meta, async () => (await db.get('nameIndex', meta.gen))?.index ?? null);
}

/** The name index in use, ready to match with: the same object for as long as the data does not change. */
export async function matchIndex(db: DB): Promise<NameIndex | null> {
  const meta = await activeMeta(db);
  if (!meta) return null;
  return heldMatchIndex.get(db, meta, async () => {
    const packed = await nameIndex(db);
    return packed ? deserialiseNameIndex(packed) : null;
  });
}

/**
 * Built from the derived row its install wrote (or, for data installed before there were
 * derived rows, from the rows themselves).
 */
function searchIndexOf(db: DB, meta: DataMeta): Promise<SearchIndex> {
  return heldSearch.get(db, meta, async () => {
    const derived = await db.get('derived', meta.gen);
    if (derived) return new SearchIndex(JSON.parse(derived.search) as SearchEntry[]);
    const range = generationRange(meta.gen);
    const [clubs, players, staff] = await Promise.all([db.getAll('clubs', range), db.getAll('players', range), db.getAll('staff', range)]);
    return new SearchIndex(searchEntries({ format: 'footnote-dataset', version: 1, asOf: meta.asOf, source: meta.source, clubs, players, staff }));
  });
}

/** Hits for a query, best first. An empty query finds nothing but gets the index ready (the popup sends one as it opens). */
export async function search(db: DB, query: string, limit = 20): Promise<SearchHit[]> {
  const meta = await activeMeta(db);
  if (!meta) return [];
  const index = await searchIndexOf(db, meta);
  return queryWords(query).length === 0 ? [] : index.search(query, limit);
}

/** `today` decides which of a club's contracts are "ending soonest" and which have ended. */
export async function record(db: DB, id: string, today: string = clockToday()): Promise<FullRecord | null> {
  const meta = await activeMeta(db);
  return meta ? recordIn(db, meta, id, new Map(), today) : null;
}

/** One record of the active generation; `clubs` caches club rows across calls. */
async function recordIn(db: DB, meta: DataMeta, id: string, clubs: Map<string, Club | undefined>, today: string): Promise<FullRecord | null> {
  const gen = meta.gen;
  const club = async (clubId: string | null | undefined) => {
    if (!clubId) return undefined;
    if (!clubs.has(clubId)) clubs.set(clubId, strip(await db.get('clubs', [gen, clubId])));
    return clubs.get(clubId);
  };
  const views = async (rumours: Rumour[], withPlayer = false): Promise<RumourView[]> =>
    Promise.all(newestFirst(rumours).map(async (r) => ({
      ...r,
      clubName: r.clubId ? clubShortName((await club(r.clubId)) ?? { name: r.clubId }) : undefined,
      // A club's rumours are about many players: each names his.
      ...(withPlayer ? { playerName: (await db.get('players', [gen, r.playerId]))?.name ?? r.playerId } : {}),
    })));

  const stored = strip(await db.get('players', [gen, id]));
  if (stored) {
    const { person: player, provenance, asOf } = withProvenance(stored, meta);
    const rumours = await views(await db.getAllFromIndex('rumours', 'byPlayer', [gen, id]));
    const transfers = (await db.getAllFromIndex('transfers', 'byPlayer', [gen, id]))
      .map((t) => strip(t))
      .filter((t) => t !== undefined)
      .sort((a, b) => b.date.localeCompare(a.date));
    const own = await club(player.clubId);
    return {
      id, kind: 'player', name: player.name, asOf, provenance, player, ...(transfers.length ? { transfers } : {}),
      clubName: own ? clubShortName(own) : undefined,
      loanFromName: player.loan ? clubShortName((await club(player.loan.fromClubId)) ?? { name: player.loan.fromClubId }) : undefined,
      rumourCount: rumours.length, latestRumours: rumours.slice(0, 3), rumours,
    };
  }
  const storedStaff = strip(await db.get('staff', [gen, id]));
  if (storedStaff) {
    const { person: staff, provenance, asOf } = withProvenance(storedStaff, meta);
    const own = await club(staff.clubId);
    return { id, kind: 'staff', name: staff.name, asOf, provenance, staff, clubName: own ? clubShortName(own) : undefined, rumourCount: 0, latestRumours: [], rumours: [] };
  }
  const own = await club(id);
  if (own) {
    const squad = (await db.getAllFromIndex('players', 'byClub', [gen, id])).flatMap((p) => {
      const person = strip(p);
      return person ? [withProvenance(person, meta).person] : [];
    });
    const { soon: expiring, ended } = contractsEndingSoonest(squad, today);
    const rumours = await views(await db.getAllFromIndex('rumours', 'byClub', [gen, id]), true);
    return { id, kind: 'club', name: own.name, asOf: meta.asOf, club: own, clubName: clubShortName(own), expiring, ended, rumourCount: rumours.length, latestRumours: rumours.slice(0, 3), rumours };
  }
  return null;
}

/**
 * A person with the source and date of each group of his facts resolved, and his `asOf` set to
 * his contract's (the date a passed end date is read against), whatever level the file kept it at.
 */
function withProvenance<T extends Player | Staff>(person: T, meta: DataMeta): { person: T; provenance: FullRecord['provenance']; asOf: string } {
  const defaults = meta.defaults ?? { asOf: meta.asOf, source: meta.source };
  const provenance = Object.fromEntries(factGroupsOf(person).map((g) => [g, factProvenance(person, g, defaults)]));
  const asOf = (provenance.contract ?? provenance.club ?? { asOf: person.asOf ?? defaults.asOf }).asOf;
  return { person: { ...person, asOf }, provenance, asOf };
}

/** The records of many ids (unknown ones left out), read together. */
export async function records(db: DB, ids: string[], today: string = clockToday()): Promise<FullRecord[]> {
  const meta = await activeMeta(db);
  if (!meta) return [];
  const clubs = new Map<string, Club | undefined>();
  // All the records at once: the browser answers the reads together, not one round trip each.
  const all = await Promise.all([...new Set(ids)].map((id) => recordIn(db, meta, id, clubs, today)));
  return all.filter((r): r is FullRecord => !!r);
}

export async function summaries(db: DB, ids: string[], today: string = clockToday()): Promise<EntitySummary[]> {
  return (await records(db, ids, today)).map(summaryOf);
}
