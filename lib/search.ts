/** Dataset search: the words a record is found by, and ranking of hits. */
import { foldForm } from './engine/fold';

interface Named {
  name: string;
  shortName?: string;
  aliases?: string[];
}

/** A record's names folded once: what matching and scoring read. */
export interface FoldedNames {
  /** Every folded name and alias, whole. */
  names: string[];
  /** Every word of them (searchTerms). */
  terms: string[];
}

function namesOf(entity: Named): string[] {
  return [entity.name, entity.shortName, ...(entity.aliases ?? [])].filter((n): n is string => !!n);
}

/** Every folded word of every name of a record: "kona" finds Konaté by the prefix of one. */
export function searchTerms(entity: Named): string[] {
  const words = new Set<string>();
  for (const name of namesOf(entity)) {
    for (const word of foldForm(name).split(/[\s'-]+/)) if (word) words.add(word);
  }
  return [...words];
}

export function foldedNames(entity: Named): FoldedNames {
  return { names: namesOf(entity).map(foldForm), terms: searchTerms(entity) };
}

export function queryWords(query: string): string[] {
  return foldForm(query).split(/[\s'-]+/).filter(Boolean);
}

/** Whether every query word starts some word of the record's names. */
export function matchesQuery(entity: Named, words: string[]): boolean {
  return matchesFolded(foldedNames(entity), words);
}

export function matchesFolded(folded: FoldedNames, words: string[]): boolean {
  return words.every((w) => folded.terms.some((t) => t.startsWith(w)));
}

/**
 * How well a record's names match the query, higher is better: one of its names exactly (5), a
 * whole word of one such as a surname (4), the start of a name (3, or 3.5 for several words),
 * the start of a word (2). Several query words ("bell jude") score by their weakest word.
 */
export function matchScore(entity: Named, query: string): number {
  return foldedScore(foldedNames(entity), foldForm(query).trim());
}

/** matchScore on names folded beforehand, for a query folded and trimmed (`foldForm(query).trim()`). */
export function foldedScore({ names, terms }: FoldedNames, q: string): number {
  if (names.includes(q)) return 5;
  const words = queryWords(q);
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

/** Between two equally good matches: the more valuable man, then a man at a club, then by name. */
export function byProminence(a: Prominent, b: Prominent): number {
  return (b.marketValue ?? -1) - (a.marketValue ?? -1) || Number(!!b.clubId) - Number(!!a.clubId) || a.name.localeCompare(b.name);
}

/**
 * Orders hits: the better match first, then the more prominent man (market value where the data
 * has it; a player at a club before one without), then by name. "bellingham" and Enter opens Jude.
 */
export function compareHits<T extends Prominent>(query: string): (a: T, b: T) => number {
  return (a, b) => matchScore(b, query) - matchScore(a, query) || byProminence(a, b);
}
