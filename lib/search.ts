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

/** Higher is better: whole-name starts first, then surname starts, then the rest. */
export function rank(entity: Named, query: string): number {
  const q = foldForm(query);
  const name = foldForm(entity.name);
  const short = foldForm(entity.shortName ?? '');
  if (name === q || short === q) return 3;
  if (short.startsWith(q)) return 2;
  if (name.startsWith(q)) return 1;
  return 0;
}
