/**
 * What a page says about the man it names, in the press's usual pattern:
 * "Valencia's Uruguayan forward Mateo Ferreyra, 31", "Juventus and Turkey defender Merih Demiral, 23",
 * "the 21-year-old French defender Ibrahima Konaté". Each descriptor present must agree with
 * the record (agree.ts); this module only reads them.
 */
import { foldForm } from './fold';
import { COUNTRIES, DEMONYM_WORDS, DESCRIPTOR_FILLERS, POSITION_FAMILY, type PositionFamily } from './words';

export interface Descriptors {
  /** A demonym ("uruguayan") or a country ("france") describing him. */
  nationality?: string;
  position?: PositionFamily;
  age?: number;
  /** Where the club word before the descriptors starts ("Valencia's ..."): the candidate there is his club, if any. */
  clubAt?: number;
}

const WORD_BEFORE = /(\S+)\s+$/;

export function readDescriptors(text: string, start: number, end: number): Descriptors {
  const d: Descriptors = {};
  let at = start;
  let described = false;
  // Walk back over at most six words of description.
  for (let k = 0; k < 6; k++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!m) break;
    const raw = m[1];
    const wordStart = at - m[0].length;
    const possessive = /['’]s?$/.test(raw);
    const word = foldForm(raw.replace(/['’]s?$/, '').replace(/[,;:]$/, ''));
    if (/[,;:]$/.test(raw) || /^[(“"‘]/.test(raw)) break;
    const age = /^(\d{2})-year-old$/.exec(word);
    if (!possessive && age) d.age ??= Number(age[1]);
    else if (!possessive && POSITION_FAMILY.has(word)) d.position ??= POSITION_FAMILY.get(word);
    else if (!possessive && DEMONYM_WORDS.has(word)) d.nationality ??= word;
    else if (!possessive && COUNTRIES.has(word) && /^\p{Lu}/u.test(raw)) d.nationality ??= word;
    else if (!possessive && DESCRIPTOR_FILLERS.has(word)) { /* "the young ..." */ }
    else {
      // A club right before the description: "Valencia's Uruguayan forward", "Liverpool defender".
      if (/^\p{Lu}/u.test(raw) && (possessive || d.position || d.nationality)) d.clubAt = wordStart;
      break;
    }
    described = true;
    at = wordStart;
  }
  if (!described) delete d.clubAt;
  const after = /^(?:,\s*(\d{2})(?=[\s,.;)]|$)|\s+\((\d{2})\))/.exec(text.slice(end, end + 8));
  if (after) d.age = Number(after[1] ?? after[2]);
  return d;
}
