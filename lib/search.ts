/** Dataset search: the words a record is found by, and ranking of hits. */
import { foldForm } from './engine/fold';

interface Named {
  name: string;
  shortName?: string;
  aliases?: string[];
}

/** Every folded word of every name of a record: "kona" finds Konaté by the prefix of one. */
export function searchTerms(entity: Named): string[] {
  const words = new Set<string>();
  for (const name of [entity.name, entity.shortName, ...(entity.aliases ?? [])]) {
    if (!name) continue;
    for (const word of foldForm(name).split(/[\s'-]+/)) if (word) words.add(word);
  }
  return [...words];
}

export function queryWords(query: string): string[] {
  return foldForm(query).split(/[\s'-]+/).filter(Boolean);
}

/** Whether every query word starts some word of the record's names. */
export function matchesQuery(entity: Named, words: string[]): boolean {
  const terms = searchTerms(entity);
  return words.every((w) => terms.some((t) => t.startsWith(w)));
}

/**
 * How well a record's names match the query, higher is better: one of its names exactly (5), a
 * whole word of one such as a surname (4), the start of a name (3, or 3.5 for several words),
 * the start of a word (2). Several query words ("bell jude") score by their weakest word.
 */
export function matchScore(entity: Named, query: string): number {
  const q = foldForm(query).trim();
  const names = [entity.name, entity.shortName, ...(entity.aliases ?? [])].filter((n): n is string => !!n).map(foldForm);
  if (names.includes(q)) return 5;
  const words = queryWords(q);
  const terms = searchTerms(entity);
  let byWords = 4;
  for (const w of words) byWords = Math.min(byWords, terms.includes(w) ? 4 : terms.some((t) => t.startsWith(w)) ? 2 : 0);
  // "jude bell" is the start of one name: better than two words matched anywhere.
  const byName = names.some((n) => n.startsWith(q)) ? (words.length > 1 ? 3.5 : 3) : 0;
  return Math.max(byWords, byName);
}

export interface Prominent extends Named {
  /** Market value in euros, where the data has it (transfermarkt's). */
  marketValue?: number;
  clubId?: string | null;
}

/**
 * Orders hits: the better match first, then the more prominent man (market value where the data
 * has it; a player at a club before one without), then by name. "bellingham" and Enter opens Jude.
 */
export function compareHits<T extends Prominent>(query: string): (a: T, b: T) => number {
  return (a, b) =>
    matchScore(b, query) - matchScore(a, query) ||
    (b.marketValue ?? -1) - (a.marketValue ?? -1) ||
    Number(!!b.clubId) - Number(!!a.clubId) ||
    a.name.localeCompare(b.name);
}
