/**
 * Reading one block of a page: every place a dataset form matches, with the words around it
 * that the rules look at (the word before and after, sentence starts, capitals, football
 * words nearby). Worked out once, when the block arrives; the rules only read it.
 */
import { fold, foldCode, foldForm, isLower, isUpper, isWordCode } from './fold';
import { scan } from './trie';
import { formOf, type FormEntry, type NameIndex } from './name-index';
import { at as itemAt, group } from '../indexing';
import { footballScore, footballTerms, VOCABULARY_WINDOW, type Term } from './vocabulary';
import { FIXTURE_WORDS, GROUND_WORDS, OF_A_PLACE, SENTENCE_END, STAFF_AFTER } from './words';
import { readDescriptors, type Descriptors } from './descriptors';
import { listLabels } from './lineups';

export interface Word {
  text: string;
  folded: string;
  capitalised: boolean;
  /** Written in capitals throughout (a headline or an acronym). */
  shouting: boolean;
  possessive: boolean;
  /** Another candidate starts or ends exactly on this word. */
  isName: boolean;
  /** For the word before or after a name: the candidate it is, if any. */
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
  /** "M. Dembélé": the folded initial before the name. */
  initial?: string;
  /** The block's text: the context the rules read on demand (context.ts: descriptorsOf, staffAfter, yearsAfter). */
  block: string;
  /** Its block writes a four-digit number somewhere. */
  hasYear: boolean;
  /** Worked out when first asked for (the functions below): most candidates never are. */
  known?: Known;
  /** In a list of names (a team sheet): the candidate naming the list's club, if any. */
  inList: boolean;
  listClub?: Candidate;
  /** For the name labelling a team sheet ("Arsenal: Raya, Saliba, ..."): the names in it. */
  listMembers?: Candidate[];
  /** "Robinson (Sunderland)": the bracket right after, and the candidate in it. */
  bracket?: string;
  bracketClub?: Candidate;
}

interface Known {
  descriptors?: Descriptors;
  staffAfter?: boolean;
  yearsAfter?: number[];
  prevLoose?: Word | null;
  nextLoose?: Word | null;
}

export interface Block {
  text: string;
  candidates: Candidate[];
  terms: Term[];
}

export interface ReadOptions {
  /** The page's language (its `lang`): German pages write the genitive without an apostrophe ("Liverpools"). */
  lang?: string;
}

export function readBlock(index: NameIndex, text: string, options: ReadOptions = {}): Block {
  const candidates: Candidate[] = [];
  const hasYear = /\d{4}/.test(text);
  const onMatch = (start: number, end: number, form: number) => {
    const slice = text.slice(start, end);
    const entries = formOf(index, form).entries.filter((e) => caseFits(slice, e.spelling));
    if (entries.length === 0) return;
    const prev = wordBefore(text, start);
    // "M. Dembélé", or "M Dembélé" in a team sheet.
    const initial = initialBefore(text, start) ?? (prev && prev.text.length === 1 && prev.capitalised ? prev.folded : undefined);
    const next = wordAfter(text, end);
    candidates.push({
      start, end, form, text: slice, entries, shouting: shouting(slice),
      sentenceStart: !initial && isSentenceStart(text, start),
      prev,
      prev2: undefined,
      next,
      ofAPlace: isOfAPlace(text, start),
      footballNear: 0,
      initial,
      block: text,
      hasYear,
      inList: false,
      bracket: text.charCodeAt(end + 1) === 40 ? bracketAfter(text, end) : undefined,
    });
  };
  scan(index.trie, text, onMatch);
  if (options.lang && /^de\b/i.test(options.lang)) addGenitives(index, text, candidates, onMatch);
  linkNeighbours(text, candidates);
  linkLists(text, candidates);
  const terms = footballTerms(fold(text));
  for (const c of candidates) {
    c.footballNear = footballScore(terms.filter((t) => Math.abs(t.at - c.start) <= VOCABULARY_WINDOW));
  }
  return { text, candidates, terms };
}

/** Marks the words around a candidate that are themselves names ("Liverpool Konaté", "Konaté Salah"). */
function linkNeighbours(text: string, candidates: Candidate[]): void {
  for (const [k, c] of candidates.entries()) {
    const before = candidates[k - 1];
    const after = candidates[k + 1];
    if (c.prev) c.prev2 = wordBefore(text, c.start - c.prev.text.length - 1);
    if (c.prev && before && before.end >= c.start - 1 - c.prev.text.length) {
      c.prev.isName = true;
      c.prev.candidate = before;
    }
    if (c.next && after && after.start <= c.end + 2) {
      c.next.isName = true;
      c.next.candidate = after;
    }
  }
}

/**
 * German pages: "Liverpools Torwart", "Bayerns Trainer". Capitalised words ending in a bare -s
 * are scanned again without it (same length, so offsets hold); a name found only that way counts.
 */
function addGenitives(index: NameIndex, text: string, candidates: Candidate[], onMatch: (start: number, end: number, form: number) => void): void {
  const re = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}-]{3,}s(?![\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  const found: Array<[number, number]> = [];
  while ((m = re.exec(text))) found.push([m.index, m.index + m[0].length - 1]);
  if (found.length === 0) return;
  const known = new Set(candidates.map((c) => c.start));
  for (const [start, end] of found) {
    if (known.has(start)) continue;
    const stem = text.slice(start, end);
    scan(index.trie, stem, (s, e, form) => {
      if (s === 0 && e === stem.length) onMatch(start, end, form);
    });
  }
  candidates.sort((a, b) => a.start - b.start);
}

/** Marks the candidates inside team sheets and the club each sheet is for. */
function linkLists(text: string, candidates: Candidate[]): void {
  if (text.indexOf(',') < 0 && text.indexOf('(') < 0) return;
  candidates.forEach((c, k) => {
    // The bracket's own candidate, among the next few: "(Everton)", "(FC Everton)".
    if (!c.bracket) return;
    const bracketEnd = c.end + 2 + c.bracket.length;
    for (let j = k + 1, other = candidates[j]; other && other.start <= bracketEnd; other = candidates[++j]) {
      if (other.end <= bracketEnd) {
        c.bracketClub = other;
        break;
      }
    }
  });
  const lists = listLabels(text);
  let lastClub: Candidate | undefined;
  for (const list of lists) {
    const label = candidates.find((c) => c.start >= list.labelStart && c.end <= list.labelEnd);
    // "Subs: ..." after "United: ...": the subs are the same club's.
    const club = label ?? (list.labelled ? lastClub : undefined);
    if (label) lastClub = label;
    const members: Candidate[] = [];
    for (const c of candidates) {
      if (c.start > list.end) break;
      if (c.start >= list.start && c.end <= list.end) members.push(c);
    }
    for (const c of members) {
      c.inList = true;
      c.listClub = club;
    }
    if (label) label.listMembers = [...(label.listMembers ?? []), ...members];
  }
}

/** "Wigan v Bolton", "Wigan 2-1 Bolton": a fixture word or a score beside a name. */
function isFixtureWord(word: Word | undefined): boolean {
  if (!word) return false;
  const c = word.text.charCodeAt(0);
  return FIXTURE_WORDS.has(word.folded) || (c >= 48 && c <= 57 && /^\d{1,2}-\d{1,2}$/.test(word.text));
}

function initialBefore(text: string, at: number): string | undefined {
  if (text.charCodeAt(at - 2) !== 46) return undefined; // "M. Dembélé": a full stop two characters back
  const m = /(?:^|[\s(,])(\p{Lu})\.\s$/u.exec(text.slice(Math.max(0, at - 4), at));
  return m ? foldForm(group(m, 1)) : undefined;
}

function bracketAfter(text: string, at: number): string | undefined {
  const m = /^ \(([^()]{1,40})\)/.exec(text.slice(at, at + 44));
  return m ? group(m, 1) : undefined;
}

const known = (c: Candidate): Known => (c.known ??= {});

/** What the page says about the man named here ("Valencia's Uruguayan forward ..., 31"). */
export function descriptorsOf(c: Candidate): Descriptors {
  return (known(c).descriptors ??= readDescriptors(c.block, c.start, c.end));
}

/** "Name, president of ...", "... praised his players": a manager or an official, not a player. */
export function staffAfter(c: Candidate): boolean {
  const k = known(c);
  if (k.staffAfter === undefined) {
    const after = c.block.slice(c.end, c.end + 80);
    k.staffAfter = (after.charCodeAt(0) === 44 || after.includes('his ') || after.includes('their ')) && STAFF_AFTER.test(after);
  }
  return k.staffAfter;
}

/** Years written in the rest of the sentence ("at the 1986 World Cup"). */
export function yearsAfter(c: Candidate): number[] {
  return (known(c).yearsAfter ??= c.hasYear ? yearsInSentenceAfter(c.block, c.end) : []);
}

/** The word before across a line break, when `prev` stops at one ("Old\nTrafford"). */
export function prevAcrossBreak(c: Candidate): Word | undefined {
  if (c.prev) return undefined;
  const k = known(c);
  if (k.prevLoose === undefined) k.prevLoose = wordBeforeLoose(c.block, c.start) ?? null;
  return k.prevLoose ?? undefined;
}

/** The word after across one line break, when `next` stops at one. */
export function nextAcrossBreak(c: Candidate): Word | undefined {
  if (c.next) return undefined;
  const k = known(c);
  if (k.nextLoose === undefined) k.nextLoose = wordAfterLoose(c.block, c.end) ?? null;
  return k.nextLoose ?? undefined;
}

/** A side of a fixture: "Wigan v Bolton", "Wigan 2-1 Bolton". */
export function sideOfFixture(c: Candidate): boolean {
  return isFixtureWord(c.prev) || isFixtureWord(c.next);
}

/** A ground word follows: "Villa Park", "Trafford Road". */
export function beforeGround(c: Candidate): boolean {
  return !!c.next && c.next.capitalised && GROUND_WORDS.has(c.next.folded);
}

function yearsInSentenceAfter(text: string, at: number): number[] {
  const rest = text.slice(at, at + 200);
  const stop = rest.search(/[.!?](?:\s|$)/);
  const sentence = stop >= 0 ? rest.slice(0, stop) : rest;
  return [...sentence.matchAll(/\b(19[0-9]{2}|20[0-9]{2})\b/g)].map((m) => Number(m[1]));
}

/** Each capitalised word of the dataset's spelling is capitalised in the text too. */
export function caseFits(text: string, spelling: string): boolean {
  const want = spelling.split(/\s+/);
  const got = text.split(/\s+/);
  // A form matched across odd spacing cannot be compared word by word: its capitals were not checked.
  if (want.length !== got.length) return true;
  for (const [i, word] of want.entries()) {
    if (isUpper(word.charCodeAt(0)) && !isUpper(itemAt(got, i, 'matched words').charCodeAt(0))) return false;
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
  return SENTENCE_END.has(text.charAt(i));
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
  while (i > 0 && (isWordCode(text.charCodeAt(i - 1)) || "'’-".includes(text.charAt(i - 1)))) i--;
  if (i === gap) return undefined;
  return readWord(text, i, gap);
}

/** The word before `at` across whitespace that includes a line break. */
function wordBeforeLoose(text: string, at: number): Word | undefined {
  let i = at;
  let lineBreak = false;
  while (i > 0 && foldCode(text.charCodeAt(i - 1)) === 32) {
    if (text[i - 1] === '\n' || text[i - 1] === '\r') lineBreak = true;
    i--;
  }
  if (!lineBreak) return undefined;
  const end = i;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return i === end ? undefined : readWord(text, i, end);
}

/** The word after `at` across one line break (not a blank line: that ends a paragraph). */
function wordAfterLoose(text: string, at: number): Word | undefined {
  let i = at;
  let lineBreaks = 0;
  while (i < text.length && foldCode(text.charCodeAt(i)) === 32) {
    if (text[i] === '\n') lineBreaks++;
    i++;
  }
  if (lineBreaks !== 1) return undefined;
  let j = i;
  while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
  return j === i ? undefined : readWord(text, i, j);
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
