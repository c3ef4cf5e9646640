/**
 * Questions the rules ask about one candidate and the words around it: is this "Liverpool"
 * the club or the city, is the word before a first name, is it his first name.
 */
import { isUpper } from './fold';
import { nextAcrossBreak, prevAcrossBreak, type Candidate, type Word } from './candidates';
import { formOf, type FormEntry, type NameIndex } from './name-index';
import type { EntityKind } from '../dataset/types';
import { CLUB_SUFFIX_WORDS, NATIONAL_TEAM_WORDS, NOT_A_PLAYER_BEFORE, NOT_FIRST_NAMES, NOT_STAFF_BEFORE } from './words';

/** "Liverpool" the club, not the city: not part of a longer proper noun, not a national team. */
export function placeFits(c: Candidate, index: NameIndex): boolean {
  if (c.ofAPlace) return false;
  if (c.next && NATIONAL_TEAM_WORDS.has(c.next.folded)) return false;
  // "Dundee Utd", "Exeter City": a club suffix after a one-word club makes a longer club's name.
  if (c.next && c.next.capitalised && CLUB_SUFFIX_WORDS.has(c.next.folded) && !c.shouting) return false;
  if (c.next && c.next.capitalised && !c.next.shouting && !c.next.isName && !c.shouting) return false;
  const prev = c.prev;
  const plainStart = prev?.sentenceStart && (index.plainWords.has(prev.folded) || NOT_FIRST_NAMES.has(prev.folded));
  if (prev && prev.capitalised && !prev.possessive && !prev.isName && !c.sentenceStart && !plainStart && !NOT_FIRST_NAMES.has(prev.folded) && !c.shouting) {
    // "ESPN Madrid", "Greater Manchester": the word before belongs to the same proper noun.
    return false;
  }
  return true;
}

export function weakFits(c: Candidate, e: FormEntry, index: NameIndex): boolean {
  if (e.spelling.includes(' ')) return true; // "the Reds": the capital R was already checked
  if (insideLongerName(c, index)) return false;
  if (formOf(index, c.form).common) return commonWordFits(c) || sentenceStartFits(c);
  return true;
}

/**
 * "Sheffield United", "Hinckley United": a capitalised word right before a club's short form
 * makes another club, never the dataset's club with that suffix.
 */
export function insideLongerName(c: Candidate, index: NameIndex): boolean {
  const prev = c.prev;
  if (!prev || !prev.capitalised || prev.possessive || c.sentenceStart || c.shouting) return false;
  if (NOT_FIRST_NAMES.has(prev.folded)) return false;
  if (prev.sentenceStart && index.plainWords.has(prev.folded)) return false; // "But United ..."
  return !prev.isName || !!prev.candidate?.entries.every((e) => e.cls === 'surname');
}

/** "United value him at £70m", "Spurs are keen": a short form opening a sentence, a verb or a possessive after it. */
function sentenceStartFits(c: Candidate): boolean {
  if (!c.sentenceStart || c.shouting || !isUpper(c.text.charCodeAt(0))) return false;
  if (!c.next) return true;
  return !c.next.capitalised && !SENTENCE_START_FOLLOWERS_NOT_A_CLUB.has(c.next.folded);
}

/** After a capitalised word at a sentence start, these make it a phrase, not a club ("City of London", "United and"). */
const SENTENCE_START_FOLLOWERS_NOT_A_CLUB: ReadonlySet<string> = new Set(['of', 'and', 'we', 'by', 'in']);

/** A name that is also an ordinary word counts only mid-sentence, capitalised, not in a headline. */
export function commonWordFits(c: Candidate): boolean {
  if (c.sentenceStart || c.shouting) return false;
  if (!isUpper(c.text.charCodeAt(0))) return false;
  if (c.next && c.next.capitalised && !c.next.isName) return false;
  // "Old Trafford": a plain word before another surname is the first word of a place, not a man.
  if (c.next && c.next.capitalised && nextIsSurnameOnly(c)) return false;
  // The same with a line break between ("Old\nTrafford").
  const nextLoose = nextAcrossBreak(c);
  if (nextLoose && nextLoose.capitalised) return false;
  return true;
}

function nextIsSurnameOnly(c: Candidate): boolean {
  const next = c.next;
  return !!next && next.isName && !next.shouting && !!next.candidate?.entries.every((e) => e.cls === 'surname');
}

/**
 * `nounsCapitalised`: on a German page every noun is capitalised ("Torwart Alisson"), so only a
 * first name the dataset knows counts.
 */
export function looksLikeFirstName(word: Word, index: NameIndex, nounsCapitalised = false): boolean {
  // An initial is checked against his first names where it stands, and rules out no one else.
  if (!word.capitalised || word.shouting || word.possessive || word.text.length === 1) return false;
  // Two bare names in a row with no comma between are one man's first name and surname
  // ("Antonio Nunez", "Florentino Perez", though players are called Antonio and Florentino);
  // a club or a full name before a surname is not a first name ("Liverpool Konaté").
  if (word.isName && !onlySurnames(word.candidate, index)) return false;
  if (NOT_FIRST_NAMES.has(word.folded)) return false;
  // A capitalised word of plain English ("However", "Should") is no first name.
  return index.firstNames.has(word.folded) || (!nounsCapitalised && !index.plainWords.has(word.folded));
}

/** The words before a surname are his own first (and middle) names: "Erling Braut Haaland". */
export function isHisName(who: { firstNames: string[] }, c: Candidate): boolean {
  if (!c.prev) return true;
  if (who.firstNames.includes(c.prev.folded)) return true;
  return !!c.prev2 && who.firstNames.includes(c.prev2.folded) && c.prev.capitalised;
}

function onlySurnames(c: Candidate | undefined, index: NameIndex): boolean {
  return !!c && formOf(index, c.form).entries.every((e) => e.cls === 'surname');
}

/**
 * "Old Trafford", "Port Vale": a capitalised ordinary word right before a surname, mid-sentence,
 * makes it part of another proper noun.
 */
export function partOfProperNoun(c: Candidate, index: NameIndex): boolean {
  const prevLoose = prevAcrossBreak(c);
  const prev = c.prev ?? prevLoose;
  // A line break inside a phrase ("Old\nTrafford") is no sentence start.
  if (!prev || !prev.capitalised || prev.shouting || prev.possessive || (c.sentenceStart && !prevLoose)) return false;
  // A name before it counts as a word of the proper noun only when it is also plain English ("Old Trafford", Ben Old).
  if (prev.isName && !(index.plainWords.has(prev.folded) && !!prev.candidate?.entries.every((e) => e.cls === 'surname'))) return false;
  if (NOT_FIRST_NAMES.has(prev.folded)) return false;
  const prevIsSentenceStart = prev.sentenceStart;
  return index.plainWords.has(prev.folded) && !prevIsSentenceStart;
}

/** The word before a name gives him a role his record does not have. */
export function roleContradicts(prev: Word | undefined, kind: EntityKind): boolean {
  if (!prev || prev.possessive) return false;
  if (kind === 'player') return NOT_A_PLAYER_BEFORE.has(prev.folded);
  if (kind === 'staff') return NOT_STAFF_BEFORE.has(prev.folded);
  return false;
}
