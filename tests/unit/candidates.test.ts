/**
 * Reading one block (lib/engine/candidates.ts): which spans of it are candidate names, and what
 * the rules may read around each (the word before and after, sentence starts, initials,
 * brackets, team sheets, football words, years, fixtures, grounds). Which of them are mentions
 * is passes.ts's; this states only what is read.
 */
import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import {
  beforeGround, caseFits, nextAcrossBreak, prevAcrossBreak, readBlock, sideOfFixture, staffAfter, yearsAfter, type Candidate, type ReadOptions, type Word,
} from '../../lib/engine/candidates';
import { round2Dataset } from '../fixtures/engine-dataset-round2';

// Compiled in every test: a mutation run credits a test only with the code that runs inside it.
const read = (text: string, options: ReadOptions = {}) => readBlock(compileWithWordLists(round2Dataset()), text, options);

/** The candidate spelt `name`, at its first place in the text. */
function candidate(text: string, name: string): Candidate {
  const found = read(text).candidates.find((c) => c.start === text.indexOf(name) && c.text === name);
  if (!found) throw new Error(`no candidate "${name}" in ${JSON.stringify(text)}`);
  return found;
}

type NameRow = [rule: string, text: string, names: string[], options?: ReadOptions];

const names: NameRow[] = [
  ['a name in the dataset’s capitals is a candidate', 'Rice and Saka trained with Arsenal.', ['Rice', 'Saka', 'Arsenal']],
  ['a name written in lower case is an ordinary word', 'the liverpool fans sang, and the rice was cold.', []],
  ['a name in capitals throughout still fits (a headline)', 'SAKA SIGNS FOR ARSENAL', ['SAKA', 'ARSENAL']],
  ['a German page: the genitive without an apostrophe', 'Liverpools Torwart hielt.', ['Liverpool'], { lang: 'de' }],
  ['German of Austria too', 'Liverpools Torwart hielt.', ['Liverpool'], { lang: 'de-AT' }],
  ['an English page in Germany reads no genitives', 'Liverpools Torwart hielt.', [], { lang: 'en-DE' }],
  ['nor does a page without a language', 'Liverpools Torwart hielt.', []],
];

describe('which words are candidate names', () => {
  test.each(names)('%s', (_rule, text, expected, options) => {
    expect(read(text, options).candidates.map((c) => c.text)).toEqual(expected);
  });
});

type CaseRow = [rule: string, text: string, spelling: string, fits: boolean];

const cases: CaseRow[] = [
  ['each capital of the spelling is a capital in the text', 'Declan Rice', 'Declan Rice', true],
  ['capitals throughout fit', 'DECLAN RICE', 'Declan Rice', true],
  ['a lower-case surname does not', 'Declan rice', 'Declan Rice', false],
  ['a lower-case first name does not', 'declan Rice', 'Declan Rice', false],
  ['a particle in lower case in the dataset may be capitalised', 'Luuk De Jong', 'Luuk de Jong', true],
  ['runs of spaces are one gap between words', 'declan   Rice', 'Declan Rice', false],
  ['a form matched across odd spacing is not checked word by word', 'Paris-Saint-Germain', 'Paris Saint Germain', true],
];

describe('capitals', () => {
  test.each(cases)('%s', (_rule, text, spelling, fits) => {
    expect(caseFits(text, spelling)).toBe(fits);
  });
});

/** The word beside a name, as the rules read it; undefined when none stands right there. */
const wordSeen = (w: Word | undefined) => w && { text: w.text, folded: w.folded, capitalised: w.capitalised, possessive: w.possessive, shouting: w.shouting };

type WordRow = [rule: string, text: string, name: string, before: ReturnType<typeof wordSeen>];

const wordsBefore: WordRow[] = [
  ['the word one space before', 'Arsenal winger Saka scored.', 'Saka', { text: 'winger', folded: 'winger', capitalised: false, possessive: false, shouting: false }],
  ['a possessive', "Arsenal's Saka scored.", 'Saka', { text: "Arsenal's", folded: 'arsenal', capitalised: true, possessive: true, shouting: false }],
  ['a possessive with a curly apostrophe', 'Arsenal’s Saka scored.', 'Saka', { text: 'Arsenal’s', folded: 'arsenal', capitalised: true, possessive: true, shouting: false }],
  ['a plural possessive, the apostrophe alone', "the Hammers' Keane scored.", 'Keane', { text: "Hammers'", folded: 'hammers', capitalised: true, possessive: true, shouting: false }],
  ['an apostrophe inside a word is no possessive', "the O'Neill Keane scored.", 'Keane', { text: "O'Neill", folded: "o'neill", capitalised: true, possessive: false, shouting: false }],
  ['an apostrophe inside a possessive word stays', "O'Neill's Keane scored.", 'Keane', { text: "O'Neill's", folded: "o'neill", capitalised: true, possessive: true, shouting: false }],
  ['an apostrophe and s on their own are no possessive word', "Arsenal 's Saka scored.", 'Saka', { text: "'s", folded: "'s", capitalised: false, possessive: false, shouting: false }],
  ['a word in capitals is shouting', 'ARSENAL SAKA', 'SAKA', { text: 'ARSENAL', folded: 'arsenal', capitalised: true, possessive: false, shouting: true }],
  ['two capitals are enough to shout', 'FC Porto won.', 'Porto', { text: 'FC', folded: 'fc', capitalised: true, possessive: false, shouting: true }],
  ['a capital with digits is not shouting', 'the U21 Saka scored.', 'Saka', { text: 'U21', folded: 'u21', capitalised: true, possessive: false, shouting: false }],
  ['one capital letter is not shouting', 'Team A Saka', 'Saka', { text: 'A', folded: 'a', capitalised: true, possessive: false, shouting: false }],
  ['capitals inside a word in lower case are not shouting', 'the McGregor Saka', 'Saka', { text: 'McGregor', folded: 'mcgregor', capitalised: true, possessive: false, shouting: false }],
  ['a one-letter word opening the block', 'a Saka header won it.', 'Saka', { text: 'a', folded: 'a', capitalised: false, possessive: false, shouting: false }],
  ['a comma between: no word before', 'Arsenal, Saka and Rice.', 'Saka', undefined],
  ['no space between: no word before', 'Rice/Saka scored.', 'Saka', undefined],
  ['a line break between: no word before', 'Arsenal\nSaka scored.', 'Saka', undefined],
  ['two spaces between: no word before', 'Arsenal  Saka scored.', 'Saka', undefined],
];

const wordsAfter: WordRow[] = [
  ['the word one space after', 'Saka scored.', 'Saka', { text: 'scored', folded: 'scored', capitalised: false, possessive: false, shouting: false }],
  ['a hyphenated word is one word', 'Saka left-footed it.', 'Saka', { text: 'left-footed', folded: 'left-footed', capitalised: false, possessive: false, shouting: false }],
  ['a hyphen that ends the word is not part of it', 'Saka pre- and post-match.', 'Saka', { text: 'pre', folded: 'pre', capitalised: false, possessive: false, shouting: false }],
  ['a possessive on the name: no word after', "Saka's goal.", 'Saka', undefined],
  ['a curly possessive on the name: no word after', 'Saka’s goal.', 'Saka', undefined],
  ['a possessive in capitals: no word after', "SAKA'S GOAL.", 'SAKA', undefined],
  ['punctuation right after: no word after', 'Saka/Rice scored.', 'Saka', undefined],
  ['a line break: no word after', 'Saka\nscored.', 'Saka', undefined],
  ['a bracket after the space: no word after', 'Saka (24) scored.', 'Saka', undefined],
  ['the end of the block: no word after', 'Arsenal', 'Arsenal', undefined],
];

describe('the words beside a name', () => {
  test.each(wordsBefore)('before: %s', (_rule, text, name, expected) => {
    expect(wordSeen(candidate(text, name).prev)).toEqual(expected);
  });
  test.each(wordsAfter)('after: %s', (_rule, text, name, expected) => {
    expect(wordSeen(candidate(text, name).next)).toEqual(expected);
  });
});

type LooseRow = [rule: string, text: string, name: string, before: string | undefined, after: string | undefined];

const acrossBreaks: LooseRow[] = [
  ['a line break between two words', 'fans at Old\nTrafford sang', 'Old', undefined, 'Trafford'],
  ['the word before across it', 'fans at Old\nTrafford sang', 'Trafford', 'Old', undefined],
  ['spaces around the line break', 'fans at Old \n Trafford sang', 'Trafford', 'Old', undefined],
  ['and after it', 'fans at Old \n Trafford sang', 'Old', undefined, 'Trafford'],
  ['a carriage return is a line break', 'fans at Old\r Trafford sang', 'Trafford', 'Old', undefined],
  ['a blank line ends the paragraph', 'fans at Old\n\nTrafford sang', 'Old', undefined, undefined],
  ['two spaces are no line break', 'fans at Old  Trafford sang', 'Trafford', undefined, undefined],
  ['nor after the name', 'fans at Old  Trafford sang', 'Old', undefined, undefined],
  ['only the one word after the break', 'fans at Old\nTrafford Park sang', 'Old', undefined, 'Trafford'],
  ['punctuation before the break: no word', 'fans at Old.\nTrafford sang', 'Trafford', undefined, undefined],
  ['punctuation after the break: no word', 'fans at Old\n(Trafford) sang', 'Old', undefined, undefined],
  ['a word on the same line is the word beside, not across a break', 'the keeper Trafford saved.', 'Trafford', undefined, undefined],
];

describe('the words beside a name across a line break', () => {
  test.each(acrossBreaks)('%s', (_rule, text, name, before, after) => {
    const c = candidate(text, name);
    expect([prevAcrossBreak(c)?.text, nextAcrossBreak(c)?.text]).toEqual([before, after]);
  });
});

type StartRow = [rule: string, text: string, name: string, sentenceStart: boolean];

const starts: StartRow[] = [
  ['the block’s first word', 'Saka scored.', 'Saka', true],
  ['after spaces at the block’s start', '  Saka scored.', 'Saka', true],
  ['after a line break at the block’s start', '\nSaka scored.', 'Saka', true],
  ['after a full stop', 'Arsenal won. Saka scored.', 'Saka', true],
  ['after a line break', 'Arsenal won\nSaka scored.', 'Saka', true],
  ['after a carriage return', 'Arsenal won\rSaka scored.', 'Saka', true],
  ['after a colon', 'Scorer: Saka.', 'Saka', true],
  ['mid-sentence', 'Arsenal winger Saka scored.', 'Saka', false],
  ['after a one-letter word at the block’s start', 'a Saka header won it.', 'Saka', false],
  ['after an initial, the name does not start the sentence', 'O. Dembélé scored.', 'Dembélé', false],
];

describe('sentence starts', () => {
  test.each(starts)('%s', (_rule, text, name, expected) => {
    expect(candidate(text, name).sentenceStart).toBe(expected);
  });
  test('the word before a name knows it starts a sentence', () => {
    expect(candidate('Arsenal won. Winger Saka scored.', 'Saka').prev?.sentenceStart).toBe(true);
    expect(candidate('Arsenal won, winger Saka scored.', 'Saka').prev?.sentenceStart).toBe(false);
  });
});

type InitialRow = [rule: string, text: string, name: string, initial: string | undefined];

const initials: InitialRow[] = [
  ['an initial with a full stop', 'PSG winger O. Dembélé scored.', 'Dembélé', 'o'],
  ['an initial opening the block', 'O. Dembélé scored.', 'Dembélé', 'o'],
  ['an initial after a bracket', 'Scorers: (O. Dembélé) twice.', 'Dembélé', 'o'],
  ['an initial without a full stop (a team sheet)', 'PSG: O Dembélé, Hakimi.', 'Dembélé', 'o'],
  ['a word ending in a capital and a full stop is no initial', 'PSG beat OM. Dembélé scored.', 'Dembélé', undefined],
  ['a one-letter word in lower case is no initial', 'a Dembélé header.', 'Dembélé', undefined],
];

describe('initials', () => {
  test.each(initials)('%s', (_rule, text, name, expected) => {
    expect(candidate(text, name).initial).toBe(expected);
  });
});

type BracketRow = [rule: string, text: string, name: string, bracket: string | undefined, club: string | undefined];

const brackets: BracketRow[] = [
  ['the bracket right after a name, and the name inside it', 'Keane (Manchester United) scored.', 'Keane', 'Manchester United', 'Manchester United'],
  ['a bracket naming no one', 'Keane (Sunderland) scored.', 'Keane', 'Sunderland', undefined],
  ['a one-letter bracket', 'Keane (c) led them out.', 'Keane', 'c', undefined],
  ['a bracket forty characters long', `Keane (${'x'.repeat(40)}) scored.`, 'Keane', 'x'.repeat(40), undefined],
  ['one longer is no bracket of his', `Keane (${'x'.repeat(41)}) scored.`, 'Keane', undefined, undefined],
  ['a bracket further on is not his', 'Keane scored (twice).', 'Keane', undefined, undefined],
  ['a bracket not closed is none', 'Keane (Sunderland scored.', 'Keane', undefined, undefined],
  ['a bracket with a bracket inside is none', 'Keane (Sunderland (loan)) scored.', 'Keane', undefined, undefined],
  ['a name after the bracket is not in it', 'Keane (Sunderland) and Arsenal.', 'Keane', 'Sunderland', undefined],
];

describe('brackets', () => {
  test.each(brackets)('%s', (_rule, text, name, bracket, club) => {
    const c = candidate(text, name);
    expect([c.bracket, c.bracketClub?.text]).toEqual([bracket, club]);
  });
});

type SheetRow = [rule: string, text: string, name: string, inList: boolean, club: string | undefined];

const sheets: SheetRow[] = [
  ['a name in a team sheet, and its side', 'Manchester United: Mainoo, Casemiro, Keane, Kane.', 'Casemiro', true, 'Manchester United'],
  ['the last name of a sheet with no full stop', 'Manchester United: Mainoo, Casemiro, Keane, Kane', 'Kane', true, 'Manchester United'],
  ['the side labelling its sheet is not in it', 'Manchester United: Mainoo, Casemiro, Keane, Kane.', 'Manchester United', false, undefined],
  ['a name named before the sheet is not in it', 'Saka was rested. Manchester United: Mainoo, Casemiro, Keane, Kane.', 'Saka', false, undefined],
  ['nor one after it', 'Manchester United: Mainoo, Casemiro, Keane, Kane. Saka was rested.', 'Saka', false, undefined],
  ['the side is the label, not a club named earlier in the block', 'Arsenal were the visitors. Manchester United: Mainoo, Casemiro, Keane, Kane.', 'Casemiro', true, 'Manchester United'],
  ['the substitutes are the side before them', 'Arsenal: Raya, Saliba, Rice, Saka. Subs: Keane, Mainoo, Casemiro, Kane.', 'Mainoo', true, 'Arsenal'],
  ['so is every labelled list after them', 'Arsenal: Raya, Saliba, Rice, Saka. Subs: Keane, Mainoo, Casemiro, Kane. Unused: Ramos, Hakimi, Alisson, Trafford.', 'Hakimi', true, 'Arsenal'],
  ['a sheet with no label names no side', 'Raya, Saliba, Rice, Saka.', 'Rice', true, undefined],
  ['names in brackets after a sheet', 'Team of the week: Saliba (Arsenal), Keane (Sunderland), Casemiro (Manchester United), Rice (Arsenal).', 'Keane', true, undefined],
  ['prose is no sheet', 'Rice and Saka scored for Arsenal.', 'Rice', false, undefined],
];

describe('team sheets', () => {
  test.each(sheets)('%s', (_rule, text, name, inList, club) => {
    const c = candidate(text, name);
    expect([c.inList, c.listClub?.text]).toEqual([inList, club]);
  });
  test('the side knows the names of its sheet and of the substitutes after it', () => {
    const text = 'Arsenal: Raya, Saliba, Rice, Saka. Subs: Keane, Mainoo, Casemiro, Kane.';
    expect(candidate(text, 'Arsenal').listMembers?.map((m) => m.text)).toEqual(['Raya', 'Saliba', 'Rice', 'Saka']);
  });
});

describe('football words near a name', () => {
  const far = (gap: number) => `Porto ${'x'.repeat(gap - 7)} striker`;
  test.each([
    ['a strong word beside it counts two', 'Porto striker', 'Porto', 2],
    ['a weak word counts one', 'Porto manager', 'Porto', 1],
    ['a football word 160 characters on still counts', far(160), 'Porto', 2],
    ['one a character further does not', far(161), 'Porto', 0],
    ['nor one 160 characters before a name far into the block', `striker ${'x'.repeat(200)} Porto`, 'Porto', 0],
    ['one shortly before a name far into the block does', `${'x'.repeat(200)} striker Porto`, 'Porto', 2],
  ] as Array<[string, string, string, number]>)('%s', (_rule, text, name, score) => {
    expect(candidate(text, name).footballNear).toBe(score);
  });
});

describe('places and shouting', () => {
  test.each([
    ['"University of" before a place', 'University of Liverpool', 'Liverpool', true],
    ['"Bank of the" before it', 'the Bank of the Valencia region', 'Valencia', true],
    ['a club after "of" alone is no place', 'the best of Liverpool', 'Liverpool', false],
  ] as Array<[string, string, string, boolean]>)('of a place: %s', (_rule, text, name, expected) => {
    expect(candidate(text, name).ofAPlace).toBe(expected);
  });
  test.each([
    ['a name in capitals', 'PSG won.', 'PSG', true],
    ['a name with capitals inside it', 'Paris Saint-Germain won.', 'Paris Saint-Germain', false],
    ['a name written normally', 'Arsenal won.', 'Arsenal', false],
  ] as Array<[string, string, string, boolean]>)('shouting: %s', (_rule, text, name, expected) => {
    expect(candidate(text, name).shouting).toBe(expected);
  });
});

describe('what is said after a name', () => {
  test.each([
    ['a year later in the sentence', 'Ferguson coached Scotland at the 1986 World Cup.', [1986]],
    ['years of this century', 'Ferguson joined in 2015 and left in 2019.', [2015, 2019]],
    ['a sentence with no full stop runs to the block’s end', 'Ferguson joined in 1986', [1986]],
    ['a year before the name is not after it', 'In 1986 Ferguson coached Scotland.', []],
    ['a year in the next sentence is not in his', 'Ferguson left in 1986. He came back in 1999.', [1986]],
    ['a full stop right after the name ends his sentence', 'Ferguson. In 1986 he coached Scotland.', []],
    ['a decimal point does not end the sentence', 'Ferguson cost £2.5m in 1999.', [1999]],
    ['a number that is no year', 'Ferguson scored 12 goals in 40 games.', []],
    ['a number too old to be a year', 'Ferguson wore 1812 on his back.', []],
  ] as Array<[string, string, number[]]>)('years: %s', (_rule, text, years) => {
    expect(yearsAfter(candidate(text, 'Ferguson'))).toEqual(years);
  });
  test.each([
    ['"Name, president of"', 'Ferguson, president of the supporters club, spoke.', true],
    ['a manager praising his players', 'Ferguson praised his players after the win.', true],
    ['their squad', 'Ferguson and Keane thanked their squad.', true],
    ['a player who scored', 'Ferguson scored twice, and the manager praised him.', false],
    ['"his" with no players after it', 'Ferguson scored his first goal.', false],
  ] as Array<[string, string, boolean]>)('staff: %s', (_rule, text, expected) => {
    expect(staffAfter(candidate(text, 'Ferguson'))).toBe(expected);
  });
});

describe('fixtures and grounds', () => {
  test.each([
    ['"v" after', 'Arsenal v Porto', 'Arsenal', true],
    ['"vs" before', 'Arsenal vs Porto', 'Porto', true],
    ['a score after', 'Arsenal 2-1 Porto', 'Arsenal', true],
    ['a score before', 'Arsenal 2-1 Porto', 'Porto', true],
    ['a goalless draw', 'Arsenal 0-0 Porto', 'Porto', true],
    ['nine goals', 'Arsenal 9-0 Porto', 'Arsenal', true],
    ['double figures for the first side', 'Arsenal 10-0 Porto', 'Porto', true],
    ['double figures for the second', 'Arsenal 0-10 Porto', 'Arsenal', true],
    ['a formation is no score', 'Arsenal 4-3-3 shape', 'Arsenal', false],
    ['three-digit goals are no score', 'Arsenal 100-1 odds', 'Arsenal', false],
    ['a bare number is no score', 'Arsenal 25 points', 'Arsenal', false],
    ['an ordinary word', 'Arsenal won', 'Arsenal', false],
  ] as Array<[string, string, string, boolean]>)('fixture: %s', (_rule, text, name, expected) => {
    expect(sideOfFixture(candidate(text, name))).toBe(expected);
  });
  test.each([
    ['a ground word after', 'Trafford Park', 'Trafford', true],
    ['a ground word in lower case is an ordinary word', 'Trafford park', 'Trafford', false],
    ['another capitalised word', 'Trafford Saves', 'Trafford', false],
    ['nothing after', 'Trafford', 'Trafford', false],
  ] as Array<[string, string, string, boolean]>)('ground: %s', (_rule, text, name, expected) => {
    expect(beforeGround(candidate(text, name))).toBe(expected);
  });
});
