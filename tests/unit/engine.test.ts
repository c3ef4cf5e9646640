import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { findMentions, PageMatcher } from '../../lib/engine/page-matcher';
import { deserialiseNameIndex, serialiseNameIndex } from '../../lib/engine/name-index';
import { engineDataset } from '../fixtures/engine-dataset';
import { at } from '../../lib/indexing';

const index = compileWithWordLists(engineDataset());
const found = (text: string) => findMentions(index, text).map((m) => `${m.text}=${m.entityId}`);

// Sentences written for these tests in the manner of football news; each rule has a positive and a negative case.
const cases: Array<[string, string, string[]]> = [
  ['full names and short names after them', 'Liverpool defender Ibrahima Konaté is wanted by Real Madrid. Konaté has not signed.',
    ['Liverpool=liverpool', 'Ibrahima Konaté=ibrahima-konate', 'Real Madrid=real-madrid', 'Konaté=ibrahima-konate']],
  ['accents are optional', 'Real Madrid centre-back Antonio Rudiger and Eder Militao trained apart; Militao is injured.',
    ['Real Madrid=real-madrid', 'Antonio Rudiger=antonio-rudiger', 'Eder Militao=eder-militao', 'Militao=eder-militao']],
  ['Barca without the cedilla', 'Frenkie de Jong wants to stay at Barca, where the midfielder has two years left.',
    ['Frenkie de Jong=frenkie-de-jong', 'Barca=barcelona']],
  ['all-caps headlines', 'KONATE TO MADRID? Liverpool defender Ibrahima Konate weighs his future as a free agent.',
    ['KONATE=ibrahima-konate', 'MADRID=real-madrid', 'Liverpool=liverpool', 'Ibrahima Konate=ibrahima-konate']],
  ['curly and straight apostrophes', "Chelsea midfielder N’Golo Kanté and Fulham's Dara O'Shea both started.",
    ['Chelsea=chelsea', 'N’Golo Kanté=ngolo-kante', "Fulham=fulham", "Dara O'Shea=dara-oshea"]],
  ['hyphenated names', 'Trent Alexander-Arnold crossed for the Real Madrid striker.',
    ['Trent Alexander-Arnold=trent-alexander-arnold', 'Real Madrid=real-madrid']],
  ['particles at a sentence start', 'Liverpool captain Virgil van Dijk was booked. Van Dijk will miss the derby.',
    ['Liverpool=liverpool', 'Virgil van Dijk=virgil-van-dijk', 'Van Dijk=virgil-van-dijk']],
  ['possessives stay outside the span', "Liverpool's Ibrahima Konaté scored. Konaté’s header won it.",
    ['Liverpool=liverpool', 'Ibrahima Konaté=ibrahima-konate', 'Konaté=ibrahima-konate']],
  ['no match inside longer words', 'The Madridista crowd found the Realistic target odd, said the Liverpool manager after the match.', ['Liverpool=liverpool']],
  ['hashtags: the # stays outside', 'Defender Ibrahima Konaté meets Liverpool officials on Friday #LFC',
    ['Ibrahima Konaté=ibrahima-konate', 'Liverpool=liverpool', 'LFC=liverpool']],
  ['a city is not a club off the pitch', 'Researchers at the University of Liverpool met officials in Madrid for peace talks.', []],
  ['a stadium name is not a club', 'Fans walked to Villa Park before the match, where the striker scored twice.', []],
  ['a city inside a longer place name is not a club', 'Liverpool Street station was closed, and Arsenal won the derby when their striker scored.', ['Arsenal=arsenal']],
  ['a city counts as a club among football words', 'Valencia sacked their manager after the defeat, and the squad trained without him.', ['Valencia=valencia']],
  ['longest match wins', 'Real Madrid confirmed the deal on Tuesday.', ['Real Madrid=real-madrid']],
  ['Xabi Alonso is the manager, never another Alonso', 'Real Madrid coach Xabi Alonso praised the squad. Alonso smiled.',
    ['Real Madrid=real-madrid', 'Xabi Alonso=xabi-alonso', 'Alonso=xabi-alonso']],
  ['a different first name is a different man', 'Chelsea defender Marcos Alonso scored at Valencia. Alonso then limped off.',
    ['Chelsea=chelsea', 'Valencia=valencia']],
  ['Paul Robinson is not Antonee Robinson', 'Goalkeeper Paul Robinson saved a penalty against Fulham. Robinson was the hero.', ['Fulham=fulham']],
  ['a surname needs support on the page', 'Konate was not in the squad for the derby, the striker said.', []],
  ['support from a club linked by a rumour', 'Real Madrid are tracking Konate ahead of the summer transfer window.',
    ['Real Madrid=real-madrid', 'Konate=ibrahima-konate']],
  ['common-word names do not fire on prose', 'Arsenal fans ate rice before the derby and drank white wine at half-time. Young people watched.', ['Arsenal=arsenal']],
  ['common-word names mid-sentence with support', 'Arsenal midfielder Declan Rice was fine, and the manager said Rice would start.',
    ['Arsenal=arsenal', 'Declan Rice=declan-rice', 'Rice=declan-rice']],
  ['a common-word name at a sentence start is not trusted', 'Arsenal won. White crossed for the winner in the derby after half-time.', ['Arsenal=arsenal']],
  ['nicknames need the club named safely', 'The Reds were hard to beat, said the Reds fan. City looked tired.', []],
  ['nicknames count when the club is named', 'Liverpool beat Manchester City. The Reds were sharper and City looked tired in the second half.',
    ['Liverpool=liverpool', 'Manchester City=man-city', 'The Reds=liverpool', 'City=man-city']],
  ['United on its own is ordinary English', 'The United Nations met as the defender signed for Arsenal.', ['Arsenal=arsenal']],
  ['a first name the dataset knows is his', 'Chelsea defender Reece James is fit, and the manager said James trained with the squad.',
    ['Chelsea=chelsea', 'Reece James=reece-james', 'James=reece-james']],
];

describe('findMentions', () => {
  test.each(cases)('%s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('offsets are UTF-16 code units and text is exactly the slice', () => {
    const text = '⚽️ 🇫🇷 Liverpool’s Ibrahima Konaté at Real Madrid? Konaté says no.';
    for (const m of findMentions(index, text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found(text)).toContain('Ibrahima Konaté=ibrahima-konate');
  });

  test('prose with no football at all gives nothing', () => {
    const text = 'Rice prices rose in Valencia and Nice. Young voters in Liverpool and Madrid backed the city council, and Mount Stones Park reopened.';
    expect(found(text)).toEqual([]);
  });
});

describe('PageMatcher: a page read in blocks', () => {
  test('a headline surname is resolved by the body that arrives later', () => {
    const page = new PageMatcher(index);
    const headline = page.add('Konate eyes the exit');
    expect(page.mentions(headline)).toEqual([]);
    page.add('Liverpool defender Ibrahima Konaté has yet to sign a new contract.');
    expect(page.mentions(headline).map((m) => m.entityId)).toEqual(['ibrahima-konate']);
  });

  test('removing a block removes its support', () => {
    const page = new PageMatcher(index);
    const headline = page.add('Konate eyes the exit');
    const body = page.add('Liverpool defender Ibrahima Konaté has yet to sign.');
    page.remove(body);
    expect(page.mentions(headline)).toEqual([]);
  });

  test('a man named later rules out earlier bare uses of his surname', () => {
    const page = new PageMatcher(index);
    const first = page.add('Real Madrid watched Konate closely.');
    expect(page.mentions(first).map((m) => m.entityId)).toContain('ibrahima-konate');
    page.add('Their other target was the Chelsea midfielder Moussa Konate.');
    expect(page.mentions(first).map((m) => m.entityId)).not.toContain('ibrahima-konate');
  });
});

describe('the compiled index', () => {
  test('survives serialisation as JSON', () => {
    const copy = deserialiseNameIndex(JSON.parse(JSON.stringify(serialiseNameIndex(index))));
    const text = 'Liverpool defender Ibrahima Konaté is wanted by Real Madrid. Konaté has not signed.';
    expect(findMentions(copy, text)).toEqual(findMentions(index, text));
  });
});

describe('resolveSliced', () => {
  test('gives the same mentions as resolve, pausing between passes', async () => {
    const page = new PageMatcher(index);
    const ids = ['Konate eyes the exit', 'Liverpool defender Ibrahima Konaté has yet to sign with Real Madrid.'].map((t) => page.add(t));
    let pauses = 0;
    const sliced = await page.resolveSliced(async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(3);
    const fresh = new PageMatcher(index);
    ['Konate eyes the exit', 'Liverpool defender Ibrahima Konaté has yet to sign with Real Madrid.'].forEach((t) => fresh.add(t));
    expect([...sliced.values()]).toEqual([...fresh.resolve().values()]);
    expect(sliced.get(at(ids, 0))!.map((m) => m.entityId)).toEqual(['ibrahima-konate']);
  });

  test('a block added while it pauses is not lost', async () => {
    const page = new PageMatcher(index);
    const headline = page.add('Konate eyes the exit');
    let added = false;
    await page.resolveSliced(async () => {
      if (!added) page.add('Liverpool defender Ibrahima Konaté has yet to sign.');
      added = true;
    });
    expect(page.mentions(headline).map((m) => m.entityId)).toEqual(['ibrahima-konate']);
  });
});
