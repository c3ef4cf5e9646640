/**
 * Rumours are read in English only: the cue words and credit forms are English, and a German,
 * Spanish, French or Italian sentence would be read wrongly rather than not at all. A text is
 * English when enough of its words are common English function words (about a quarter of
 * running English prose; a few percent of other languages, mostly from names and loanwords).
 */
const ENGLISH = new Set('the a an and of to in is are was were has have had for with on at by from that this his their will would could be been not but as it he they who which said says after over'.split(' '));

export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  // Too short to tell ("Konaté to Madrid?"): let the cues decide.
  if (words.length < 8) return true;
  const hits = words.filter((w) => ENGLISH.has(w)).length;
  return hits / words.length >= 0.12;
}
