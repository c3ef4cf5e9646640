/**
 * What a page says about the man it names, in the press's usual pattern:
 * "Valencia's Uruguayan forward Mateo Ferreyra, 31", "Juventus and Turkey defender Merih Demiral, 23",
 * "the 21-year-old French defender Ibrahima Konaté". Each descriptor present must agree with
 * the record (agree.ts); this module only reads them.
 */
import { foldForm, isUpper } from './fold';
import { COUNTRIES, DEMONYM_WORDS, DESCRIPTOR_FILLERS, POSITION_FAMILY, type PositionFamily } from './words';

/** `ch` is one of `chars` (a missing character is none of them). */
const oneOf = (chars: string, ch: string | undefined) => ch !== undefined && chars.includes(ch);

export interface Descriptors {
  /** A demonym ("uruguayan") or a country ("france") describing him. */
  nationality?: string;
  position?: PositionFamily;
  age?: number;
  /** Where the club word before the descriptors starts ("Valencia's ..."): the candidate there is his club, if any. */
  clubAt?: number;
}

/** The space-separated token ending at `end` (after skipping the spaces before `at`), or undefined at a line break. */
function tokenBefore(text: string, at: number): { raw: string; start: number } | undefined {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 160)) end--;
  if (end === at || end === 0) return undefined;
  let start = end;
  while (start > 0 && start > end - 30) {
    const code = text.charCodeAt(start - 1);
    if (code === 32 || code === 160 || code === 10 || code === 13 || code === 9) break;
    start--;
  }
  return { raw: text.slice(start, end), start };
}

export function readDescriptors(text: string, start: number, end: number): Descriptors {
  const d: Descriptors = {};
  let at = start;
  let described = false;
  // Walk back over at most six words of description.
  for (let k = 0; k < 6; k++) {
    const token = tokenBefore(text, at);
    if (!token) break;
    const { raw } = token;
    const last = raw.charCodeAt(raw.length - 1);
    if (last === 44 || last === 59 || last === 58 || oneOf('(“"‘', raw[0])) break; // , ; : and opening quotes
    const possessive = last === 39 || last === 0x2019 || (raw.length > 2 && (last === 115 || last === 83) && oneOf("'’", raw[raw.length - 2]));
    const bare = possessive ? raw.replace(/['’][sS]?$/, '') : raw;
    const capitalised = isUpper(bare.charCodeAt(0));
    // Descriptor words carry no accents: lower case will do, but for a capitalised word (a country, a club).
    const word = capitalised ? foldForm(bare) : bare.toLowerCase();
    const age = !possessive && word.endsWith('-year-old') ? /^(\d{2})-year-old$/.exec(word) : null;
    if (age) d.age ??= Number(age[1]);
    else if (!possessive && POSITION_FAMILY.has(word)) d.position ??= POSITION_FAMILY.get(word);
    else if (!possessive && DEMONYM_WORDS.has(word)) d.nationality ??= word;
    else if (!possessive && capitalised && COUNTRIES.has(word)) d.nationality ??= word;
    else if (!possessive && DESCRIPTOR_FILLERS.has(word)) { /* "the young ..." */ }
    else {
      // A club right before the description: "Valencia's Uruguayan forward", "Liverpool defender".
      if (capitalised && (possessive || d.position || d.nationality)) d.clubAt = token.start;
      break;
    }
    described = true;
    at = token.start;
  }
  if (!described) delete d.clubAt;
  const next = text.charCodeAt(end);
  if (next === 44 || next === 32) {
    const after = /^(?:,\s*(\d{2})(?=[\s,.;)]|$)|\s+\((\d{2})\))/.exec(text.slice(end, end + 8));
    if (after) d.age = Number(after[1] ?? after[2]);
  }
  return d;
}
