/**
 * The questions the matching rules ask about one name and the words around it
 * (lib/engine/context.ts): is this "Liverpool" the club or the city, is "United" the club named
 * on the page or a word of another name, is the word before a first name, and his. Each rule
 * is stated on a sentence of our own, read as the engine reads a block of a page.
 */
import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { readBlock, type Candidate } from '../../lib/engine/candidates';
import { commonWordFits, insideLongerName, isHisName, looksLikeFirstName, partOfProperNoun, placeFits, roleContradicts, weakFits } from '../../lib/engine/context';
import type { FormClass } from '../../lib/engine/name-index';
import type { EntityKind } from '../../lib/dataset/types';
import { round2Dataset } from '../fixtures/engine-dataset-round2';

// The round-2 people, one whose short name opens in lower case and one whose surname is a club's name.
const dataset = round2Dataset();
dataset.players.push({ id: 'luuk-de-jong', name: 'Luuk de Jong', clubId: 'porto' }, { id: 'enner-valencia', name: 'Enner Valencia', clubId: 'porto' });
const index = compileWithWordLists(dataset);

/** The candidate the engine reads for `name` in `text` (its last occurrence: earlier ones set the scene). */
function candidate(text: string, name: string): Candidate {
  const found = readBlock(index, text).candidates.filter((c) => c.text === name).at(-1);
  if (!found) throw new Error(`"${name}" is no candidate in "${text}"`);
  return found;
}

/** The candidate's entry of one class (a form may name a club one way and a man another). */
function entryOf(c: Candidate, cls: FormClass) {
  const entry = c.entries.find((e) => e.cls === cls);
  if (!entry) throw new Error(`"${c.text}" has no ${cls} entry`);
  return entry;
}

type Row = [rule: string, text: string, name: string, expected: boolean];

describe('a one-word club is the club, not the place (placeFits)', () => {
  const rows: Row[] = [
    ['a club name in a plain sentence', 'Arsenal beat Porto on Sunday.', 'Porto', true],
    ['"University of" before it makes it the city', 'She studied at the University of Liverpool before the match.', 'Liverpool', false],
    ['a national-team word after it makes it a country side', 'He played for the Porto U21 side last year.', 'Porto', false],
    ['a club suffix after it makes a longer club, even when the suffix is a club form itself', 'Newcastle City were beaten on Saturday.', 'Newcastle', false],
    ['a club suffix in capitals after it does too', 'The Newcastle UTD fans sang all night.', 'Newcastle', false],
    ['a capitalised word after it makes a longer proper noun', 'They met at the Arsenal Stadium in the old days.', 'Arsenal', false],
    ['a word in capitals after it is a headline, not a longer name', 'Arsenal SIGN a defender for the new season.', 'Arsenal', true],
    ['a name after it is another name', 'Arsenal Saka scored twice.', 'Arsenal', true],
    ['a capitalised word before it belongs to the same proper noun', 'The ESPN Madrid office reported the news.', 'Madrid', false],
    ['so does one opening the sentence that is no plain word', 'Fenwick Madrid reported the news.', 'Madrid', false],
    ['a plain word opening the sentence is not part of it', 'But Madrid won the match.', 'Madrid', true],
    ['a nationality before it is not part of it', 'The Dutch Liverpool fans sang all night.', 'Liverpool', true],
    ['a possessive before it is not part of it', "Saka's Arsenal won the match.", 'Arsenal', true],
    ['a club before it is another club named beside it', 'The Porto Arsenal game ended late.', 'Arsenal', true],
    ['a lower-case word before it is no part of a name', 'The fans of Arsenal sang all night.', 'Arsenal', true],
    ['a headline in capitals is read word by word', 'ESPN ARSENAL LATEST NEWS', 'ARSENAL', true],
  ];
  test.each(rows)('%s', (_rule, text, name, expected) => expect(placeFits(candidate(text, name), index)).toBe(expected));
});

describe('a capitalised word right before a club short form makes another club (insideLongerName)', () => {
  const rows: Row[] = [
    ['a place before United', 'Sheffield United won at home.', 'United', true],
    ['a surname that is also a place before City', 'Coventry City won at home.', 'City', true],
    ['another club before it is a club named beside it', 'After the Arsenal City game the fans went home.', 'City', false],
    ['so is a club whose name is also a man\'s surname', 'After the Valencia City game the fans went home.', 'City', false],
    ['a lower-case word before it', 'Newcastle United lost, and United won.', 'United', false],
    ['no word before it', 'Newcastle United lost. United won.', 'United', false],
    ['a plain word opening the sentence', 'Newcastle United lost. But United won.', 'United', false],
    ['a nationality before it', 'The Scottish United fans travelled south.', 'United', false],
    ['a possessive before it', "Newcastle United lost, and Sunday's United side won.", 'United', false],
    ['the short form opening a sentence', 'United won again.', 'United', false],
    ['a headline in capitals', 'SHEFFIELD UNITED WIN AGAIN', 'UNITED', false],
  ];
  test.each(rows)('%s', (_rule, text, name, expected) => expect(insideLongerName(candidate(text, name), index)).toBe(expected));
});

describe('a short club form fits where it stands (weakFits)', () => {
  const rows: Row[] = [
    ['"the Reds" with its article fits after any word', 'Under Slot the Reds have won the league.', 'the Reds', true],
    ['a form that is no English word fits mid-sentence, whatever follows', 'The Hotspur Stadium was full.', 'Hotspur', true],
    ['but not as a word of a longer name', 'The old Leeds Hotspur club folded.', 'Hotspur', false],
    ['a form that is an English word fits mid-sentence, capitalised', 'Newcastle United lost, and the United fans went home.', 'United', true],
    ['not as a word of a longer name', 'Manchester United lost, and Sheffield United won.', 'United', false],
    ['not before another capitalised word', 'Manchester United lost, and United Nations staff watched.', 'United', false],
    ['nor before a capitalised word across a line break', 'Manchester United lost, and the fans blamed United\nManagers come and go.', 'United', false],
    ['opening a sentence, before a verb', 'Manchester United lost. United value him at £70m.', 'United', true],
    ['opening a sentence, with nothing after it', 'Manchester United lost. Who did better? United.', 'United', true],
    ['opening a sentence, before a capitalised word', 'Manchester United lost. United Nations staff watched.', 'United', false],
    ['opening a sentence, before "of"', 'Manchester City lost. City of London police closed the road.', 'City', false],
    ['a headline in capitals never fits', 'Manchester United lost.\nUNITED VALUE HIM AT £70M', 'UNITED', false],
  ];
  test.each(rows)('%s', (_rule, text, name, expected) => {
    const c = candidate(text, name);
    expect(weakFits(c, entryOf(c, 'weak'), index)).toBe(expected);
  });
});

describe('a name that is also an ordinary word counts only mid-sentence and capitalised (commonWordFits)', () => {
  const rows: Row[] = [
    ['mid-sentence, before a verb', 'Arsenal won, and Rice scored twice.', 'Rice', true],
    ['opening a sentence', 'Rice scored twice.', 'Rice', false],
    ['in a headline', 'ARSENAL WIN AS RICE SCORES', 'RICE', false],
    ['before a capitalised word that is no name', 'They ate at the Rice Bowl on Sunday.', 'Rice', false],
    ['before a club name: the man, then his club', "Arteta handed Rice Arsenal's armband.", 'Rice', true],
    ['before another surname: the first word of a place', 'The fans walked to Old Trafford on Sunday.', 'Old', false],
    ['before a surname in capitals', 'Arteta praised Rice SAKA and the rest.', 'Rice', true],
    ['before a surname written in lower case', 'A midfield of Rice de Jong and Pedri would win anything.', 'Rice', true],
    ['before a club whose name is also a surname', 'It was Rice Valencia feared most.', 'Rice', true],
    ['before a capitalised word across a line break', 'The fans walked to Old\nTrafford on Sunday.', 'Old', false],
    ['before a lower-case word across a line break', 'Arsenal won, and the goal was by Rice\nafter the break.', 'Rice', true],
  ];
  test.each(rows)('%s', (_rule, text, name, expected) => expect(commonWordFits(candidate(text, name))).toBe(expected));

  test('a form written in lower case does not count', () => {
    expect(commonWordFits(candidate('The striker de Jong scored twice.', 'de Jong'))).toBe(false);
  });
});

describe('the word before a surname is a first name (looksLikeFirstName)', () => {
  const rows: Array<[rule: string, text: string, name: string, expected: boolean, nounsCapitalised?: boolean]> = [
    ['an unknown capitalised word', 'Kylian Saka scored twice.', 'Saka', true],
    ['a first name of the dataset', 'David Saka scored twice.', 'Saka', true],
    ['a capitalised word of plain English', 'However Saka scored twice.', 'Saka', false],
    ['a lower-case word', 'and Saka scored twice.', 'Saka', false],
    ['a word in capitals', 'LATEST Saka scored twice.', 'Saka', false],
    ['a possessive', "Arteta's Saka scored twice.", 'Saka', false],
    ['an initial', 'B Saka scored twice.', 'Saka', false],
    ['a nationality', 'Englishman Saka scored twice.', 'Saka', false],
    ['a club name before it', 'Arsenal Saka scored twice.', 'Saka', false],
    ['a club name that is also a surname', 'Valencia Saka scored twice.', 'Saka', false],
    ['a full name before it', 'Declan Rice Saka scored twice.', 'Saka', false],
    ['another man\'s surname: two bare names in a row are one man', 'Keane Saka scored twice.', 'Saka', true],
    ['on a page that capitalises nouns, an unknown word is a noun', 'Torwart Raya hielt den Elfmeter.', 'Raya', false, true],
    ['there a first name of the dataset still is one', 'Bukayo Raya hielt den Elfmeter.', 'Raya', true, true],
  ];
  test.each(rows)('%s', (_rule, text, name, expected, nounsCapitalised) => {
    const prev = candidate(text, name).prev;
    if (!prev) throw new Error('no word before');
    // Unsaid, a page is English: nouns are not capitalised.
    expect(nounsCapitalised === undefined ? looksLikeFirstName(prev, index) : looksLikeFirstName(prev, index, nounsCapitalised)).toBe(expected);
  });
});

describe('the words before a surname are his own names (isHisName)', () => {
  const kylian = { firstNames: ['kylian'] };
  const rows: Row[] = [
    ['no word before it', 'Saka scored twice.', 'Saka', true],
    ['his first name', 'Kylian Saka scored twice.', 'Saka', true],
    ['his first name in capitals and with an accent', 'KÝLIAN Saka scored twice.', 'Saka', true],
    ['another first name', 'Declan Saka scored twice.', 'Saka', false],
    ['his first name, then a middle name', 'Kylian Ayoyinka Saka scored twice.', 'Saka', true],
    ['his first name two words back, with a lower-case word between', 'Kylian and Saka scored twice.', 'Saka', false],
  ];
  test.each(rows)('%s', (_rule, text, name, expected) => expect(isHisName(kylian, candidate(text, name))).toBe(expected));
});

describe('a capitalised plain word right before a surname makes another proper noun (partOfProperNoun)', () => {
  const rows: Row[] = [
    ['a plain word mid-sentence', 'The fans walked to Old Trafford on Sunday.', 'Trafford', true],
    ['the same across a line break', 'The fans walked to Old\nTrafford on Sunday.', 'Trafford', true],
    ['a plain word opening the sentence is no part of it', 'Old Trafford was full.', 'Trafford', false],
    ['a surname opening a paragraph has no word before', 'The match ended.\n\nTrafford saved twice.', 'Trafford', false],
    ['a lower-case word', 'The fans saw old Trafford save twice.', 'Trafford', false],
    ['a word in capitals', 'THE OLD Trafford stand was full.', 'Trafford', false],
    ['a possessive', "The City's Trafford saved twice.", 'Trafford', false],
    ['a club\'s short form is no part of it', 'Manchester City won, and City Trafford saved twice.', 'Trafford', false],
    ['a capitalised word that is no plain English', 'The fans saw Kylian Trafford save twice.', 'Trafford', false],
    ['a role word', 'The fans saw Captain Trafford lift the cup.', 'Trafford', false],
  ];
  test.each(rows)('%s', (_rule, text, name, expected) => expect(partOfProperNoun(candidate(text, name), index)).toBe(expected));
});

describe('the word before a name gives him a role his record lacks (roleContradicts)', () => {
  const rows: Array<[rule: string, text: string, name: string, kind: EntityKind, expected: boolean]> = [
    ['a job off the pitch before a player', 'The club said boss Saka was happy.', 'Saka', 'player', true],
    ['a title before a player', 'The club said Sir Saka was happy.', 'Saka', 'player', true],
    ['a position before a player', 'The club said striker Saka was happy.', 'Saka', 'player', false],
    ['a position before a manager', 'The club said striker Postecoglou was happy.', 'Postecoglou', 'staff', true],
    ['a job off the pitch before a manager', 'The club said boss Postecoglou was happy.', 'Postecoglou', 'staff', false],
    ['a possessive is someone else\'s', "The club said the boss's Saka was happy.", 'Saka', 'player', false],
    ['no word before', 'Saka was happy.', 'Saka', 'player', false],
    ['a club has no role', 'The club said striker Arsenal was happy.', 'Arsenal', 'club', false],
  ];
  test.each(rows)('%s', (_rule, text, name, kind, expected) => expect(roleContradicts(candidate(text, name).prev, kind)).toBe(expected));
});
