/**
 * Reading one block of a page: every place a dataset form matches, with the words around it
 * that the rules look at (the word before and after, sentence starts, capitals, football
 * words nearby). Worked out once, when the block arrives; the rules only read it.
 */
import { fold, foldCode, foldForm, isLower, isUpper, isWordCode } from './fold';
import { scan } from './trie';
import type { FormEntry, NameIndex } from './name-index';
import { footballScore, footballTerms, VOCABULARY_WINDOW, type Term } from './vocabulary';
import { OF_A_PLACE, SENTENCE_END } from './words';

export interface Word {
  text: string;
  folded: string;
  capitalised: boolean;
  /** Written in capitals throughout (a headline or an acronym). */
  shouting: boolean;
  possessive: boolean;
  /** Another candidate starts or ends exactly on this word. */
  isName: boolean;
  /** For the word before a name: the candidate it is, if any. */
  candidate?: Candidate;
  /** The word begins a sentence. */
  sentenceStart: boolean;
}

export interface Candidate {
  start: number;
  end: number;
  text: string;
  form: number;
  sentenceStart: boolean;
  prev?: Word;
  /** The word before `prev` (a middle name sits between a first name and a surname). */
  prev2?: Word;
  next?: Word;
  /** "University of Liverpool": a capitalised word, then "of", right before. */
  ofAPlace: boolean;
  /** Football words around it: strong terms count 2, weak ones 1. */
  footballNear: number;
  /** The form's entries whose capitals the text has: worked out once, when the block is read. */
  entries: FormEntry[];
  /** Written in capitals throughout (a headline). */
  shouting: boolean;
}

export interface Block {
  text: string;
  candidates: Candidate[];
  terms: Term[];
}

export function readBlock(index: NameIndex, text: string): Block {
  const candidates: Candidate[] = [];
  scan(index.trie, text, (start, end, form) => {
    const slice = text.slice(start, end);
    const entries = index.forms[form].entries.filter((e) => caseFits(slice, e.spelling));
    if (entries.length === 0) return;
    candidates.push({
      start, end, form, text: slice, entries, shouting: shouting(slice),
      sentenceStart: isSentenceStart(text, start),
      prev: wordBefore(text, start),
      prev2: undefined,
      next: wordAfter(text, end),
      ofAPlace: isOfAPlace(text, start),
      footballNear: 0,
    });
  });
  linkNeighbours(text, candidates);
  const terms = footballTerms(fold(text));
  for (const c of candidates) {
    c.footballNear = footballScore(terms.filter((t) => Math.abs(t.at - c.start) <= VOCABULARY_WINDOW));
  }
  return { text, candidates, terms };
}

/** Marks the words around a candidate that are themselves names ("Liverpool Konaté", "Konaté Salah"). */
function linkNeighbours(text: string, candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.prev) c.prev2 = wordBefore(text, c.start - c.prev.text.length - 1);
    if (c.prev && k > 0 && candidates[k - 1].end >= c.start - 1 - c.prev.text.length) {
      c.prev.isName = true;
      c.prev.candidate = candidates[k - 1];
    }
    if (c.next && k + 1 < candidates.length && candidates[k + 1].start <= c.end + 2) c.next.isName = true;
  }
}

/** Each capitalised word of the dataset's spelling is capitalised in the text too. */
export function caseFits(text: string, spelling: string): boolean {
  const want = spelling.split(/\s+/);
  const got = text.split(/\s+/);
  // A form matched across odd spacing cannot be compared word by word: its capitals were not checked.
  if (want.length !== got.length) return true;
  for (let i = 0; i < want.length; i++) {
    if (isUpper(want[i].charCodeAt(0)) && !isUpper(got[i].charCodeAt(0))) return false;
  }
  return true;
}

function shouting(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLower(code)) return false;
    if (isUpper(code)) letters++;
  }
  return letters >= 2;
}

function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return true;
    if (foldCode(text.charCodeAt(i)) !== 32) break;
    i--;
  }
  if (i < 0) return true;
  return SENTENCE_END.has(text[i]);
}

function readWord(text: string, from: number, to: number): Word {
  const sentenceStart = isSentenceStart(text, from);
  const raw = text.slice(from, to);
  const possessive = /['’]s?$/.test(raw) && raw.length > 2;
  const bare = possessive ? raw.replace(/['’]s?$/, '') : raw;
  return {
    text: raw,
    folded: foldForm(bare),
    capitalised: isUpper(raw.charCodeAt(0)),
    shouting: shouting(bare),
    possessive,
    isName: false,
    sentenceStart,
  };
}

/** The word right before `at`, if one space (not a line break or punctuation) separates them. */
function wordBefore(text: string, at: number): Word | undefined {
  const gap = at - 1;
  if (gap < 1 || foldCode(text.charCodeAt(gap)) !== 32 || text[gap] === '\n') return undefined;
  let i = gap;
  while (i > 0 && (isWordCode(text.charCodeAt(i - 1)) || "'’-".includes(text[i - 1]))) i--;
  if (i === gap) return undefined;
  return readWord(text, i, gap);
}

function wordAfter(text: string, at: number): Word | undefined {
  let i = at;
  // Step over a possessive 's on the name itself.
  if ((text[i] === "'" || text[i] === '’') && (text[i + 1] === 's' || text[i + 1] === 'S')) return undefined;
  if (i >= text.length || foldCode(text.charCodeAt(i)) !== 32 || text[i] === '\n') return undefined;
  i++;
  let j = i;
  while (j < text.length && (isWordCode(text.charCodeAt(j)) || (text[j] === '-' && isWordCode(text.charCodeAt(j + 1))))) j++;
  if (j === i) return undefined;
  return readWord(text, i, j);
}

function isOfAPlace(text: string, at: number): boolean {
  return OF_A_PLACE.test(text.slice(Math.max(0, at - 40), at));
}
