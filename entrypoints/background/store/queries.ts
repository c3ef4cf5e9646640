/** Read side of the store: what the popup, options page and content scripts ask for. */
import type { Club, Player, Rumour, Staff } from '../../../lib/dataset/types';
import type { DataMeta, EntitySummary, FullRecord, RumourView, SearchHit } from '../../../lib/protocol';
import type { SerialisedNameIndex } from '../../../lib/engine/name-index';
import { compareHits, matchesQuery, queryWords, type Prominent } from '../../../lib/search';
import { newestFirst } from '../../../lib/contract/rumours';
import { clubShortName } from '../../../lib/dataset/names';
import { activeMeta } from './install';
import { factGroupsOf, factProvenance } from '../../../lib/dataset/merge';
import type { DB } from './db';
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
  return (await db.get('nameIndex', meta.gen))?.index ?? null;
}

export async function search(db: DB, query: string, limit = 20): Promise<SearchHit[]> {
  const meta = await activeMeta(db);
  const words = queryWords(query);
  if (!meta || words.length === 0) return [];
  const gen = meta.gen;
  // The longest word narrows best; the others are checked on the records.
  const key = [...words].sort((a, b) => b.length - a.length)[0];
  const rows = await db.getAllFromIndex('names', 'byTerm', IDBKeyRange.bound([gen, key], [gen, `${key}\uffff`]), 500);
  const ids = [...new Set(rows.map((r) => r.id))];
  const hits: Array<{ hit: SearchHit; entity: Prominent }> = [];
  const clubNames = new Map<string, string>();
  const clubName = async (id: string | null | undefined) => {
    if (!id) return undefined;
    if (!clubNames.has(id)) {
      const club = await db.get('clubs', [gen, id]);
      clubNames.set(id, club ? clubShortName(club) : id);
    }
    return clubNames.get(id);
  };
  for (const id of ids) {
    const club = await db.get('clubs', [gen, id]);
    const entity = club ?? (await db.get('players', [gen, id])) ?? (await db.get('staff', [gen, id]));
    if (!entity || !matchesQuery(entity, words)) continue;
    const kind = club ? 'club' : await kindOf(db, gen, id);
    const detail = club
      ? [club.league, club.country].filter(Boolean).join(' · ')
      : [await clubName((entity as Player).clubId), (entity as Player).position ?? roleWords((entity as Staff).role)].filter(Boolean).join(' · ');
    hits.push({ hit: { id, kind, name: entity.name, detail: detail || undefined }, entity });
  }
  const order = compareHits(query);
  hits.sort((a, b) => order(a.entity, b.entity));
  return hits.slice(0, limit).map((h) => h.hit);
}

async function kindOf(db: DB, gen: number, id: string): Promise<'player' | 'staff' | 'club'> {
  if (await db.getKey('players', [gen, id])) return 'player';
  if (await db.getKey('staff', [gen, id])) return 'staff';
  return 'club';
}

function roleWords(role: Staff['role']): string | undefined {
  return role === 'manager' ? 'Manager' : role === 'executive' ? 'Executive' : undefined;
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
    const own = await club(player.clubId);
    return {
      id, kind: 'player', name: player.name, asOf, provenance, player,
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

export async function summaries(db: DB, ids: string[], today: string = clockToday()): Promise<EntitySummary[]> {
  const meta = await activeMeta(db);
  if (!meta) return [];
  const clubs = new Map<string, Club | undefined>();
  // All the records at once: the browser answers the reads together, not one round trip each.
  const records = await Promise.all([...new Set(ids)].map((id) => recordIn(db, meta, id, clubs, today)));
  return records.filter((r): r is FullRecord => !!r).map(({ rumours: _all, ...summary }) => summary);
}
