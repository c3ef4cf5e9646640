/** Reading and writing the learned rumours: each claim through lib/rumours/history's rules. */
import { applyClaim, summarise, withoutSite, type LearnedClaim, type LearnedEntry, type LearnedSummary } from '../../../lib/rumours/history';
import { sameOutlet } from '../../../lib/rumours/score';
import type { LearnedDB } from './db';

export interface LearnResult {
  entries: number;
  sightings: number;
}

/** Adds claims in one transaction: new entries and new sightings counted. */
export async function learn(db: LearnedDB, claims: readonly LearnedClaim[]): Promise<LearnResult> {
  const result: LearnResult = { entries: 0, sightings: 0 };
  if (claims.length === 0) return result;
  const tx = db.transaction('entries', 'readwrite');
  const byPlayer = new Map<string, LearnedEntry[]>();
  for (const claim of claims) {
    let entries = byPlayer.get(claim.playerId);
    if (!entries) {
      entries = await tx.store.index('byPlayer').getAll(claim.playerId);
      byPlayer.set(claim.playerId, entries);
    }
    const change = applyClaim(entries.filter((e) => e.clubId === claim.clubId), claim);
    if (change.kind === 'unchanged') continue;
    const id = await tx.store.put(change.entry);
    const stored = { ...change.entry, id };
    const at = entries.findIndex((e) => e.id === id);
    if (at >= 0) entries[at] = stored;
    else entries.push(stored);
    if (change.kind === 'new') result.entries++;
    else result.sightings++;
  }
  await tx.done;
  return result;
}

export async function allEntries(db: LearnedDB): Promise<LearnedEntry[]> {
  return db.getAll('entries');
}

export async function entriesAbout(db: LearnedDB, id: string): Promise<LearnedEntry[]> {
  const [asPlayer, asClub] = await Promise.all([db.getAllFromIndex('entries', 'byPlayer', id), db.getAllFromIndex('entries', 'byClub', id)]);
  return [...asPlayer, ...asClub];
}

export async function summary(db: LearnedDB): Promise<LearnedSummary> {
  return summarise(await allEntries(db));
}

/** Forgets everything, or one site's sightings (entries left with none go too); answers how many entries went. */
export async function forget(db: LearnedDB, site?: string): Promise<number> {
  const tx = db.transaction('entries', 'readwrite');
  let gone = 0;
  if (site === undefined) {
    gone = await tx.store.count();
    await tx.store.clear();
  } else {
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      const kept = withoutSite(cursor.value, site);
      if (kept === null) {
        gone++;
        await cursor.delete();
      } else if (kept !== cursor.value) await cursor.update(kept);
    }
  }
  await tx.done;
  return gone;
}

/** Entries from a file: each sighting goes through the same rules as one read on a page. */
export async function importEntries(db: LearnedDB, entries: readonly LearnedEntry[]): Promise<LearnResult> {
  const claims: LearnedClaim[] = entries.flatMap((e) =>
    e.sightings.map((sighting, i) => ({
      playerId: e.playerId, clubId: e.clubId, status: e.status, clubThen: e.clubThen,
      // The entry's outlet is the key; each sighting keeps its own credit otherwise.
      sighting: i === 0 || !sameOutlet(sighting.outlet, e.outlet) ? { ...sighting, outlet: e.outlet } : sighting,
    })));
  return learn(db, claims);
}
