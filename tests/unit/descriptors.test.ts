/**
 * What a page says about the man it names (lib/engine/descriptors.ts), read word by word before
 * the name and the age after it. Which descriptors must agree with a record is agree.ts's; this
 * states only what is read.
 */
import { describe, expect, test } from 'vitest';
import { readDescriptors, type Descriptors } from '../../lib/engine/descriptors';

type Row = [rule: string, text: string, name: string, read: Descriptors & { club?: string }];

const rows: Row[] = [
  ['club, nationality, position and the age after the name', "Valencia's Uruguayan forward Mateo Ferreyra, 31, has been offered to Porto.", 'Mateo Ferreyra',
    { position: 'attacker', nationality: 'uruguayan', age: 31, club: "Valencia's" }],
  ['a club and a country joined by "and"', 'Juventus and Turkey defender Merih Demiral, 23, is fit.', 'Merih Demiral',
    { position: 'defender', nationality: 'turkey', age: 23, club: 'Juventus' }],
  ['an age in words before the name', 'the 21-year-old French defender Ibrahima Konaté joined.', 'Ibrahima Konaté', { position: 'defender', nationality: 'french', age: 21 }],
  ['an age in brackets after the name', 'Liverpool defender Ibrahima Konaté (27) trained.', 'Ibrahima Konaté', { position: 'defender', age: 27, club: 'Liverpool' }],
  ['a possessive with a curly apostrophe', 'Liverpool’s goalkeeper Alisson saved it.', 'Alisson', { position: 'goalkeeper', club: 'Liverpool’s' }],
  ['a possessive in capitals', "LIVERPOOL'S defender Konaté played.", 'Konaté', { position: 'defender', club: "LIVERPOOL'S" }],
  ['a line break ends the description', 'Liverpool defender\nKonaté played.', 'Konaté', {}],
  ['a comma ends it', 'He said, Konaté was fine.', 'Konaté', {}],
  ['a semicolon ends it', 'Liverpool; defender Konaté', 'Konaté', { position: 'defender' }],
  ['an opening bracket ends it', '(Liverpool defender Konaté)', 'Konaté', { position: 'defender' }],
  ['filler words are walked over', 'the young Brazilian midfielder Endrick scored', 'Endrick', { position: 'midfielder', nationality: 'brazilian' }],
  ['the word nearest the name wins', 'striker Brazil forward Endrick', 'Endrick', { position: 'attacker', nationality: 'brazil' }],
  ['a country counts only capitalised', 'germany striker Füllkrug', 'Füllkrug', { position: 'attacker' }],
  ['a capitalised country does', 'Germany striker Füllkrug', 'Füllkrug', { position: 'attacker', nationality: 'germany' }],
  ['a club word alone, with no description, is no club of his', 'Liverpool Konaté', 'Konaté', {}],
  ['an age of three digits is no age', 'a 123-year-old defender Konaté', 'Konaté', { position: 'defender' }],
  ['at most six words back', 'the experienced veteran young talented gifted French defender Konaté', 'Konaté', { position: 'defender', nationality: 'french' }],
  ['an age after a comma', 'Konaté, 27.', 'Konaté', { age: 27 }],
  ['a year after a comma is no age', 'Konaté, 2027 deal', 'Konaté', {}],
  ['a bare number after the name is no age', 'Konaté 27', 'Konaté', {}],
  ['an age in brackets', 'Konaté (27).', 'Konaté', { age: 27 }],
  ['a possessive club before a filler word is his club', "Liverpool's young Konaté scored.", 'Konaté', { club: "Liverpool's" }],
  ['a possessive club before an age in words', 'LIVERPOOL’S 27-year-old Konaté', 'Konaté', { age: 27, club: 'LIVERPOOL’S' }],
  ['a possessive written with the apostrophe alone', "Spurs' young Konaté", 'Konaté', { club: "Spurs'" }],
  ['a club word before a filler alone, not possessive, is no club', 'Liverpool young Konaté', 'Konaté', {}],
  ['a possessive right before the name, with no description, is no club', "Liverpool's Konaté", 'Konaté', {}],
  ['a possessive country is a club-like owner, not a nationality', "France's veteran Konaté", 'Konaté', { club: "France's" }],
  ['a word ending in s is no possessive without its apostrophe', 'Villans young Konaté', 'Konaté', {}],
  ['non-breaking spaces separate words too', 'Liverpool\u00a0defender\u00a0Konaté', 'Konaté', { position: 'defender', club: 'Liverpool' }],
  ['a tab ends the description', 'Liverpool\tdefender Konaté', 'Konaté', { position: 'defender' }],
  ['a description at the very start of the text', 'French defender Konaté', 'Konaté', { position: 'defender', nationality: 'french' }],
  ['a seventh word back is never read', 'defender the young experienced talented veteran former Konaté', 'Konaté', {}],
  ['an opening quote ends it', '“Liverpool defender Konaté', 'Konaté', { position: 'defender' }],
  ['an age at the end of the text', 'Konaté, 27', 'Konaté', { age: 27 }],
  ['an age right after the comma', 'Konaté,27 and more', 'Konaté', { age: 27 }],
  ['an age in brackets after two spaces', 'Konaté  (27)', 'Konaté', { age: 27 }],
  ['three digits after the comma are no age', 'Konaté, 275 games', 'Konaté', {}],
  ['the age after the name is the one kept', 'the 21-year-old Konaté, 27, signed', 'Konaté', { age: 27 }],
];
describe('descriptors', () => {
  test.each(rows)('%s', (_rule, text, name, expected) => {
    const start = text.indexOf(name);
    const { clubAt, ...rest } = readDescriptors(text, start, start + name.length);
    const { club, ...wanted } = expected;
    expect(rest).toEqual(wanted);
    expect(clubAt === undefined ? undefined : text.slice(clubAt).split(/\s/)[0]).toBe(club);
  });
});
