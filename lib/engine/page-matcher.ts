/**
 * Finds the people and clubs of a name index in the text of one page.
 *
 * A page is fed as blocks (paragraphs, headlines, list items), in any order and over time, and
 * every block is resolved against what the whole page shows: a headline's bare surname is
 * explained by the full name in the body below it, whenever that arrives. The rules, in short
 * (docs/matching.md has them in full):
 *   full names and multi-word club names: mentions on a page about football;
 *   one-word club names (often cities): only on a football page, and not inside a longer
 *     proper noun ("Villa Park", "University of Liverpool");
 *   nicknames that are ordinary words ("the Reds", "Real"): only where the page names the club;
 *   surnames: only when exactly one dataset person of that surname is supported by the page
 *     (his full name, or a club of his), and no other man of that surname is named on it.
 */
import { foldCode, fold, foldForm, isLower, isUpper, isWordCode } from './fold';
import { scan } from './trie';
import type { FormEntry, NameIndex } from './name-index';
import { footballScore, footballTerms, VOCABULARY_WINDOW, type Term } from './vocabulary';
import { NOT_FIRST_NAMES } from './words';
import type { EntityKind } from '../dataset/types';

export interface Mention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  kind: EntityKind;
}

interface Word {
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

interface Candidate {
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

interface Block {
  text: string;
  candidates: Candidate[];
  terms: Term[];
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '‘', '(', '[', '|', '•', '·', '–', '—']);
const NATIONAL_TEAM_WORDS = new Set(['international', 'internationals', 'national', 'u21', 'u21s', 'u23', 'under-21', 'under-21s', 'u-21', 'under-23']);

export class PageMatcher {
  private blocks = new Map<number, Block>();
  private nextId = 0;
  /** How many blocks use each football term, and its weight: the page's score without rescanning. */
  private termCounts = new Map<string, { blocks: number; weight: number }>();
  /** Bumped by every add and remove. */
  private changes = 0;
  private resolved: Map<number, Mention[]> | undefined;

  constructor(private readonly index: NameIndex) {}

  /** Adds a block of the page's readable text (never navigation menus); returns its handle. */
  add(text: string): number {
    const id = this.nextId++;
    const block = this.read(text);
    this.blocks.set(id, block);
    for (const [term, weight] of distinctTerms(block.terms)) {
      const c = this.termCounts.get(term) ?? { blocks: 0, weight };
      c.blocks++;
      this.termCounts.set(term, c);
    }
    this.resolved = undefined;
    this.changes++;
    return id;
  }

  /** Forgets a block (its nodes left the page): it no longer supports anything. */
  remove(id: number): void {
    const block = this.blocks.get(id);
    if (!block) return;
    this.blocks.delete(id);
    for (const [term] of distinctTerms(block.terms)) {
      const c = this.termCounts.get(term)!;
      if (--c.blocks === 0) this.termCounts.delete(term);
    }
    this.resolved = undefined;
    this.changes++;
  }

  /** The mentions of one block, resolved against everything the page holds now. */
  mentions(id: number): Mention[] {
    return this.resolve().get(id) ?? [];
  }

  /** Mentions of every block, keyed by handle. */
  resolve(): Map<number, Mention[]> {
    if (!this.resolved) {
      const steps = this.resolveSteps();
      let step = steps.next();
      while (!step.done) step = steps.next();
      this.resolved = step.value;
    }
    return this.resolved;
  }

  /**
   * The same, pausing between the rule passes with `pause()` (a long page's first resolution is
   * tens of milliseconds: the page gets its turn between passes).
   */
  async resolveSliced(pause: () => Promise<void>): Promise<Map<number, Mention[]>> {
    if (!this.resolved) {
      const changes = this.changes;
      const steps = this.resolveSteps();
      let step = steps.next();
      while (!step.done) {
        await pause();
        step = steps.next();
      }
      // Blocks added or removed meanwhile make this result stale: keep it out of the cache.
      if (changes !== this.changes) return step.value;
      this.resolved = step.value;
    }
    return this.resolved;
  }

  private *resolveSteps(): Generator<void, Map<number, Mention[]>> {
    let pageScore = 0;
    for (const c of this.termCounts.values()) pageScore += c.weight;
    return yield* resolvePage(this.index, new Map(this.blocks), pageScore);
  }

  private read(text: string): Block {
    const candidates: Candidate[] = [];
    scan(this.index.trie, text, (start, end, form) => {
      const slice = text.slice(start, end);
      const entries = this.index.forms[form].entries.filter((e) => caseFits(slice, e.spelling));
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
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k];
      if (c.prev) c.prev2 = wordBefore(text, c.start - c.prev.text.length - 1);
      if (c.prev && k > 0 && candidates[k - 1].end >= c.start - 1 - c.prev.text.length) {
        c.prev.isName = true;
        c.prev.candidate = candidates[k - 1];
      }
      if (c.next && k + 1 < candidates.length && candidates[k + 1].start <= c.end + 2) c.next.isName = true;
    }
    const terms = footballTerms(fold(text));
    for (const c of candidates) {
      c.footballNear = footballScore(terms.filter((t) => Math.abs(t.at - c.start) <= VOCABULARY_WINDOW));
    }
    return { text, candidates, terms };
  }
}

/** Convenience for whole texts (the annotate command, tests): one page, one block. */
export function findMentions(index: NameIndex, text: string): Mention[] {
  const page = new PageMatcher(index);
  return page.mentions(page.add(text));
}

function distinctTerms(terms: Term[]): Map<string, number> {
  return new Map(terms.map((t) => [t.term, t.weight]));
}

function* resolvePage(index: NameIndex, blocks: Map<number, Block>, pageScore: number): Generator<void, Map<number, Mention[]>> {
  const all = [...blocks.values()].flatMap((b) => b.candidates);
  const entries = (c: Candidate) => c.entries;
  const entity = (e: FormEntry) => index.entities[e.entity];

  // 1. Is this page about football at all? Its words, or its clubs named in full, say so.
  const fullClubs = new Set<number>();
  const fullPeople = new Set<number>();
  for (const c of all) {
    for (const e of entries(c)) {
      if (e.cls === 'club' && placeFits(c, index)) fullClubs.add(e.entity);
      if (e.cls === 'full') fullPeople.add(e.entity);
    }
  }
  const placeClubs = new Set<number>();
  for (const c of all) for (const e of entries(c)) if (e.cls === 'place' && placeFits(c, index)) placeClubs.add(e.entity);
  const footballPage =
    pageScore >= 2 || fullClubs.size >= 1 || fullPeople.size >= 2 || (placeClubs.size >= 2 && pageScore >= 1);

  yield;
  const clubMentioned = (club: number) => fullClubs.has(club) || placeClubs.has(club);

  // 2. Full names, multi-word club names and one-word club names.
  const accepted = new Map<Candidate, number>();
  const namedInFull = new Set<number>();
  const clubsNamed = new Set<number>();
  for (const c of all) {
    const common = index.forms[c.form].common;
    const ok = entries(c).filter((e) => {
      if (e.cls === 'club') return placeFits(c, index);
      if (e.cls === 'full') return footballPage;
      if (e.cls === 'place') return (footballPage || c.footballNear >= 2) && placeFits(c, index) && (!common || !c.sentenceStart || c.footballNear >= 1);
      return false;
    });
    let ids = new Set(ok.map((e) => e.entity));
    // Two men of the same full name: the one whose club the page names, if only one.
    if (ids.size > 1 && ok.every((e) => e.cls === 'full')) ids = new Set([...ids].filter((id) => index.entities[id].clubs.some((club) => clubMentioned(club))));
    if (ids.size !== 1) continue;
    const [id] = ids;
    accepted.set(c, id);
    if (entity(ok[0]).kind === 'club') clubsNamed.add(id);
    else namedInFull.add(id);
  }

  yield;
  // 3. Nicknames that are ordinary words: only for a club the page already names.
  for (const c of all) {
    if (accepted.has(c)) continue;
    const ok = entries(c).filter((e) => e.cls === 'weak' && clubsNamed.has(e.entity) && weakFits(c, e, index));
    const ids = new Set(ok.map((e) => e.entity));
    if (ids.size === 1) accepted.set(c, [...ids][0]);
  }

  yield;
  // 4. Surnames. First, who is ruled out by another man of the same surname on the page.
  const ruledOut = new Set<number>();
  for (const c of all) {
    const prev = c.prev;
    if (!prev || !looksLikeFirstName(prev, index)) continue;
    for (const e of entries(c)) {
      if (e.cls === 'surname' && !isHisName(entity(e), c)) ruledOut.add(e.entity);
    }
  }
  // A player called "boss" or "Sir", a manager called "striker": another man of that name.
  for (const [c, id] of accepted) {
    if (index.entities[id].kind === 'club' || !roleContradicts(c.prev, index.entities[id].kind)) continue;
    accepted.delete(c);
    namedInFull.delete(id);
    ruledOut.add(id);
  }
  for (const c of all) {
    if (accepted.has(c)) continue;
    const info = index.forms[c.form];
    if (info.common && !commonWordFits(c)) continue;
    if (c.prev && partOfProperNoun(c, index)) continue;
    const supported = new Set<number>();
    for (const e of entries(c)) {
      if (e.cls !== 'surname' || ruledOut.has(e.entity)) continue;
      const who = entity(e);
      if (c.prev && looksLikeFirstName(c.prev, index) && !isHisName(who, c)) continue;
      if (roleContradicts(c.prev, who.kind)) continue;
      if (namedInFull.has(e.entity) || who.clubs.some((club) => clubsNamed.has(club))) supported.add(e.entity);
    }
    if (supported.size === 1) accepted.set(c, [...supported][0]);
  }

  yield;
  const out = new Map<number, Mention[]>();
  for (const [id, block] of blocks) {
    const mentions: Mention[] = [];
    for (const c of block.candidates) {
      const e = accepted.get(c);
      if (e === undefined) continue;
      const info = index.entities[e];
      mentions.push({ start: c.start, end: c.end, text: c.text, entityId: info.id, kind: info.kind });
    }
    out.set(id, mentions);
  }
  return out;
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

/** "Liverpool" the club, not the city: not part of a longer proper noun, not a national team. */
function placeFits(c: Candidate, index: NameIndex): boolean {
  if (c.ofAPlace) return false;
  if (c.next && NATIONAL_TEAM_WORDS.has(c.next.folded)) return false;
  if (c.next && c.next.capitalised && !c.next.shouting && !c.next.isName && !c.shouting) return false;
  const prev = c.prev;
  const plainStart = prev?.sentenceStart && (index.plainWords.has(prev.folded) || NOT_FIRST_NAMES.has(prev.folded));
  if (prev && prev.capitalised && !prev.possessive && !prev.isName && !c.sentenceStart && !plainStart && !NOT_FIRST_NAMES.has(prev.folded) && !c.shouting) {
    // "ESPN Madrid", "Greater Manchester": the word before belongs to the same proper noun.
    return false;
  }
  return true;
}

function weakFits(c: Candidate, e: FormEntry, index: NameIndex): boolean {
  if (e.spelling.includes(' ')) return true; // "the Reds": the capital R was already checked
  if (index.forms[c.form].common) return commonWordFits(c);
  return true;
}

/** A name that is also an ordinary word counts only mid-sentence, capitalised, not in a headline. */
function commonWordFits(c: Candidate): boolean {
  if (c.sentenceStart || c.shouting) return false;
  if (!isUpper(c.text.charCodeAt(0))) return false;
  if (c.next && c.next.capitalised && !c.next.isName) return false;
  return true;
}

function looksLikeFirstName(word: Word, index: NameIndex): boolean {
  if (!word.capitalised || word.shouting || word.possessive) return false;
  // Two bare names in a row with no comma between are one man's first name and surname
  // ("Antonio Nunez", "Florentino Perez", though players are called Antonio and Florentino);
  // a club or a full name before a surname is not a first name ("Liverpool Konaté").
  if (word.isName && !onlySurnames(word.candidate, index)) return false;
  if (NOT_FIRST_NAMES.has(word.folded)) return false;
  // A capitalised word of plain English ("However", "Should") is no first name.
  return index.firstNames.has(word.folded) || !index.plainWords.has(word.folded);
}

/** The words before a surname are his own first (and middle) names: "Erling Braut Haaland". */
function isHisName(who: { firstNames: string[] }, c: Candidate): boolean {
  if (!c.prev) return true;
  if (who.firstNames.includes(c.prev.folded)) return true;
  return !!c.prev2 && who.firstNames.includes(c.prev2.folded) && c.prev.capitalised;
}

function onlySurnames(c: Candidate | undefined, index: NameIndex): boolean {
  return !!c && index.forms[c.form].entries.every((e) => e.cls === 'surname');
}

/**
 * "Old Trafford", "Port Vale": a capitalised ordinary word right before a surname, mid-sentence,
 * makes it part of another proper noun.
 */
function partOfProperNoun(c: Candidate, index: NameIndex): boolean {
  const prev = c.prev!;
  if (!prev.capitalised || prev.shouting || prev.possessive || prev.isName || c.sentenceStart) return false;
  if (NOT_FIRST_NAMES.has(prev.folded)) return false;
  const prevIsSentenceStart = prev.sentenceStart;
  return index.plainWords.has(prev.folded) && !prevIsSentenceStart;
}

const PLAYER_CONTRADICTIONS = new Set(['sir', 'lord', 'boss', 'manager', 'coach', 'chairman', 'president', 'owner', 'director', 'referee', 'gaffer']);
const STAFF_CONTRADICTIONS = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'keeper', 'full-back', 'centre-back']);

/** The word before a name gives him a role his record does not have. */
function roleContradicts(prev: Word | undefined, kind: EntityKind): boolean {
  if (!prev || prev.possessive) return false;
  if (kind === 'player') return PLAYER_CONTRADICTIONS.has(prev.folded);
  if (kind === 'staff') return STAFF_CONTRADICTIONS.has(prev.folded);
  return false;
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

/** Institutions and titles named after a place: "University of Liverpool", "Bank of Spain", "Duke of Westminster". */
const OF_A_PLACE = /\b(?:University|College|School|Institute|Bank|Port|City|Town|Mayor|Bishop|Archbishop|Diocese|Duke|Duchess|Earl|Lord|Lady|Prince|Princess|King|Queen|Museum|Council|Republic|Kingdom|Isle|Bay|Gulf|Battle|Siege|Treaty|Borough|County|Province|Archdiocese|Cathedral|Chamber|Court|Port)\s+of\s+(?:the\s+)?$/;

function isOfAPlace(text: string, at: number): boolean {
  return OF_A_PLACE.test(text.slice(Math.max(0, at - 40), at));
}
