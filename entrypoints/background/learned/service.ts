/**
 * The background's learned rumours: what pages send is read here (lib/rumours, off the page's
 * thread), kept in the `footnote-learned` database and joined to the dataset's answers.
 */
import { today } from '../../../lib/clock';
import { claimsFromLearn } from '../../../lib/rumours/learn';
import { learnsHere, mayLearn, type LearnRequest } from '../../../lib/rumours/learn-message';
import { exportLearned, readLearnedFile, type LearnedFile } from '../../../lib/rumours/learned-file';
import { joinRecord, learnedViews, summaryOf } from '../../../lib/rumours/join';
import { clubShortName } from '../../../lib/dataset/names';
import { isTracked, siteFor } from '../../../lib/sites/sites';
import { isTransferClaim, type LearnedSummary } from '../../../lib/rumours/history';
import type { EntitySummary, FullRecord, LearnSite } from '../../../lib/protocol';
import { loadLearnSettings, loadSitesState } from '../../../lib/storage-items';
import { serial } from '../../../lib/serial';
import { activeMeta } from '../store/install';
import type { DB } from '../store/db';
import { items } from '../items';
import { openLearnedDB, type LearnedDB } from './db';
import { allEntries, entriesAbout, forget, importEntries, learn, summary, type LearnResult } from './store';

export interface LearnSender {
  url?: string;
  tab?: { incognito?: boolean };
}

export class LearnedService {
  private readonly queue = serial();
  constructor(private readonly data: Promise<DB>, readonly db: Promise<LearnedDB> = openLearnedDB()) {}

  /** A page's blocks: only from a tracked site with learning on, never from a private window. */
  learn(request: LearnRequest, sender: LearnSender): Promise<LearnResult | { skipped: string }> {
    return this.queue(async () => {
      const url = sender.url;
      if (!url) return { skipped: 'no page address' };
      const sites = await loadSitesState(items);
      const settings = await loadLearnSettings(items);
      const site = siteFor(sites, url);
      if (!mayLearn({ incognito: sender.tab?.incognito === true, tracked: isTracked(sites, url), learnHere: learnsHere(settings, site?.id) })) {
        return { skipped: 'learning is off here' };
      }
      const claims = claimsFromLearn(request, { url, today: today() });
      const data = await this.data;
      const meta = await activeMeta(data);
      for (const c of claims) c.clubThen = meta ? (await data.get('players', [meta.gen, c.playerId]))?.clubId ?? null : undefined;
      return learn(await this.db, claims.filter(isTransferClaim));
    });
  }

  async summary(): Promise<LearnedSummary> {
    return summary(await this.db);
  }

  forget(site?: string): Promise<{ forgot: number }> {
    return this.queue(async () => ({ forgot: await forget(await this.db, site) }));
  }

  async export(addresses: boolean): Promise<LearnedFile> {
    return exportLearned(await allEntries(await this.db), { today: today(), addresses });
  }

  import(file: unknown): Promise<LearnResult> {
    const read = readLearnedFile(file);
    if (!read.ok) return Promise.reject(new Error(`The file is not a Footnote rumours file: ${read.problems.slice(0, 5).join('; ')}`));
    return this.queue(async () => importEntries(await this.db, read.entries));
  }

  async sites(): Promise<LearnSite[]> {
    const [sites, settings] = await Promise.all([loadSitesState(items), loadLearnSettings(items)]);
    return sites.sites.map((s) => {
      const chosen = s.id in settings.sites;
      const tracked = !sites.paused && s.enabled && !s.revoked;
      return { id: s.id, tracked, chosen, learn: tracked && learnsHere(settings, s.id) };
    });
  }

  async setSite(id: string, learn: boolean | null): Promise<LearnSite[]> {
    const settings = await loadLearnSettings(items);
    const sites = { ...settings.sites };
    if (learn === null) delete sites[id];
    else sites[id] = learn;
    await items.learn.setValue({ version: 1, sites });
    return this.sites();
  }

  /** The dataset's record with the learned rumours about it. */
  async joinRecord(record: FullRecord | null): Promise<FullRecord | null> {
    if (!record) return record;
    return joinRecord(record, await this.views(record.id));
  }

  /** Summaries of the records, with the learned rumours joined first (a learned claim the record already has is counted once). */
  /** Every record's learned rumours read at once (one after another, 29 players took 50 ms: the first badges waited for it). */
  joinSummaries(records: FullRecord[]): Promise<EntitySummary[]> {
    return Promise.all(records.map(async (r) => summaryOf(r.kind === 'staff' ? r : joinRecord(r, await this.views(r.id)))));
  }

  private async views(id: string) {
    const entries = await entriesAbout(await this.db, id);
    if (entries.length === 0) return [];
    const data = await this.data;
    const meta = await activeMeta(data);
    const clubs = new Map<string, string | undefined>();
    const players = new Map<string, string | null | undefined>();
    for (const e of entries) {
      if (meta && !clubs.has(e.clubId)) {
        const club = await data.get('clubs', [meta.gen, e.clubId]);
        clubs.set(e.clubId, club ? clubShortName(club) : undefined);
      }
      if (meta && !players.has(e.playerId)) players.set(e.playerId, (await data.get('players', [meta.gen, e.playerId]))?.clubId);
    }
    return learnedViews(entries, { clubName: (c) => clubs.get(c), clubNow: (p) => players.get(p) });
  }
}
