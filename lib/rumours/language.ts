/**
 * Rumours are read in English only: the cue words and credit forms are English, and a German,
 * Spanish, French or Italian sentence would be read wrongly rather than not at all. A text is
 * English when its English function words outnumber (twice over) those of German, Spanish,
 * French and Italian, and make up a few percent of its words at least.
 */
const ENGLISH = new Set('the a an and of to in is are was were has have had for with on at by from that this his their will would could be been not but as it he they who which said says after over about into out up more than also its before there can should may might want wants when what while'.split(' '));

// Function words of German, Spanish, French and Italian that English prose does not use.
const FOREIGN = new Set('der die das und ist nicht mit für von zu den dem des ein eine einen einem ihm sich auch doch noch bis wird hat el los las que con por para una del es lo al se su como pero más y les et est pour avec dans du au aux une sur qui pas il della di che per non gli sono è ha nel alla dal anche'.split(' '));

export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  // Too short to tell ("Konaté to Madrid?"): let the cues decide.
  if (words.length < 8) return true;
  const hits = words.filter((w) => ENGLISH.has(w)).length;
  const foreign = words.filter((w) => FOREIGN.has(w)).length;
  // Short gossip items are dense with names: a few English words and no foreign ones are enough.
  return hits / words.length >= 0.06 && hits > 2 * foreign;
}
