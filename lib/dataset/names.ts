/** How people and clubs are named when an article uses one name alone. */
import type { Club, Person } from './types';
import { at, first } from '../indexing';

/** Lower-case name particles that belong to the surname (van Dijk, de Jong, dos Santos). */
export const PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'da', 'das', 'di', 'do', 'dos', 'del', 'della', 'des', 'du',
  'la', 'le', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'mac', 'st',
]);

/**
 * The form an article uses alone: the dataset's `shortName`, else the last word with the
 * particles before it ("Virgil van Dijk" → "van Dijk"), else the whole one-word name.
 */
export function personShortName(person: Pick<Person, 'name' | 'shortName'>): string {
  if (person.shortName) return person.shortName;
  const words = person.name.trim().split(/\s+/);
  if (words.length === 1) return first(words);
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(at(words, start - 1).toLowerCase())) start--;
  return words.slice(start).join(' ');
}

export function clubShortName(club: Pick<Club, 'name' | 'shortName'>): string {
  return club.shortName ?? club.name;
}

/** Initials for an avatar: "Ibrahima Konaté" → "IK", "Rodrygo" → "R". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => w && !PARTICLES.has(w.toLowerCase()));
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words.at(-1)?.charAt(0) ?? '') : '';
  return (first + last).toUpperCase();
}

/** Company and legal forms in club names: never how anyone calls a club ("Liverpool FC", "S.p.A."). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'fc', 'cf', 'afc', 'sc', 'ac', 'ssc', 'plc', 'ltd', 'limited', 'spa', 's.p.a.', 'sad', 's.a.d.', 'e.v.', 'ev',
  'gmbh', 'kgaa', 'ag', 'sa', 's.a.', 'srl', 'sas', 'sasp', 'f.c.', 'a.c.', 'football', 'club', 'futbol', 'calcio',
]);
