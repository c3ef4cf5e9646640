/**
 * The popup's search, built once per dataset change and held by the background: every word of
 * every name, sorted, so a keystroke is a binary search for its prefix instead of a database
 * scan. Hits are ranked as lib/search.ts ranks them (compareHits), with each record's names
 * folded once here rather than on every comparison.
 */
import { byProminence, foldedNames, foldedScore, matchesFolded, queryWords, type FoldedNames, type Prominent } from './search';
import { foldForm } from './engine/fold';
import type { Dataset, Staff } from './dataset/types';
import type { SearchHit } from './protocol';
import { clubShortName } from './dataset/names';

/** A record as search shows and ranks it. */
export interface SearchEntry extends Prominent {
  id: string;
  kind: 'player' | 'club' | 'staff';
  /** "Liverpool · Centre-Back", "GB1 · England". */
  detail?: string;
}

export class SearchIndex {
  private readonly folded: FoldedNames[];
  /** Every (term, entry) pair, sorted by term. */
  private readonly terms: string[];
  private readonly owners: Int32Array;

  constructor(readonly entries: readonly SearchEntry[]) {
    this.folded = entries.map(foldedNames);
    const pairs: Array<[string, number]> = [];
    this.folded.forEach((f, i) => {
      for (const t of f.terms) pairs.push([t, i]);
    });
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.terms = pairs.map((p) => p[0]);
    this.owners = Int32Array.from(pairs, (p) => p[1]);
  }

  /** The entries that have a word starting with `prefix`, each once. */
  private withPrefix(prefix: string): number[] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.terms[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found = new Set<number>();
    for (let i = lo; i < this.terms.length && (this.terms[i] ?? '').startsWith(prefix); i++) found.add(this.owners[i] ?? 0);
    return [...found];
  }

  search(query: string, limit = 20): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    // The longest word narrows best; the others are checked on the records.
    const key = words.reduce((a, b) => (b.length > a.length ? b : a));
    const q = foldForm(query).trim();
    const scored: Array<{ entry: SearchEntry; score: number }> = [];
    for (const i of this.withPrefix(key)) {
      const folded = this.folded[i];
      const entry = this.entries[i];
      if (!folded || !entry || !matchesFolded(folded, words)) continue;
      scored.push({ entry, score: foldedScore(folded, q) });
    }
    scored.sort((a, b) => b.score - a.score || byProminence(a.entry, b.entry));
    return scored.slice(0, limit).map(({ entry: { id, kind, name, detail } }) => ({ id, kind, name, ...(detail ? { detail } : {}) }));
  }
}

function roleWords(role: Staff['role']): string | undefined {
  return role === 'manager' ? 'Manager' : role === 'executive' ? 'Executive' : undefined;
}

/** What search shows of a dataset's clubs, players and staff. */
export function searchEntries(dataset: Dataset): SearchEntry[] {
  const clubs = new Map(dataset.clubs.map((c) => [c.id, c]));
  const clubName = (id: string | null | undefined) => {
    if (!id) return undefined;
    const club = clubs.get(id);
    return club ? clubShortName(club) : id;
  };
  const detail = (parts: Array<string | undefined>) => parts.filter(Boolean).join(' · ') || undefined;
  const named = (e: { id: string; name: string; shortName?: string; aliases?: string[] }) => ({
    id: e.id, name: e.name, ...(e.shortName ? { shortName: e.shortName } : {}), ...(e.aliases?.length ? { aliases: e.aliases } : {}),
  });
  const out: SearchEntry[] = [];
  // Fields only where there is a value: the stored JSON stays small.
  const push = (entry: SearchEntry, extra: Pick<SearchEntry, 'clubId' | 'marketValue' | 'detail'>) => {
    if (extra.clubId !== undefined) entry.clubId = extra.clubId;
    if (extra.marketValue !== undefined) entry.marketValue = extra.marketValue;
    if (extra.detail !== undefined) entry.detail = extra.detail;
    out.push(entry);
  };
  for (const c of dataset.clubs) push({ ...named(c), kind: 'club' }, { detail: detail([c.league, c.country]) });
  for (const p of dataset.players) push({ ...named(p), kind: 'player' }, { clubId: p.clubId, marketValue: p.marketValue, detail: detail([clubName(p.clubId), p.position]) });
  for (const s of dataset.staff ?? []) push({ ...named(s), kind: 'staff' }, { clubId: s.clubId, detail: detail([clubName(s.clubId), roleWords(s.role)]) });
  return out;
}
