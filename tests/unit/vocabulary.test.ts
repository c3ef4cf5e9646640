/**
 * The words that say a passage is about football (lib/engine/vocabulary.ts), and the ordinary
 * English words that make a name need stricter context (lib/engine/common-words.ts). A place-named
 * club ("Valencia") counts as the club only near enough of the first; a name that is one of the
 * second ("Rice", "Stones") must be written as a name.
 */
import { describe, expect, test } from 'vitest';
import { footballScore, footballTerms } from '../../lib/engine/vocabulary';
import { commonWords, plainWords } from '../../lib/engine/common-words';
import { fold } from '../../lib/engine/fold';

const terms = (text: string) => footballTerms(fold(text)).map((t) => [t.term, t.at, t.weight]);

describe('football terms in a passage', () => {
  test.each<[rule: string, text: string, found: Array<[string, number, number]>]>([
    ['a strong term weighs 2', 'The striker scored.', [['striker', 4, 2], ['scored', 12, 1]]],
    ['a weak term weighs 1', 'the manager spoke', [['manager', 4, 1]]],
    ['no football word, no term', 'The minister spoke at length.', []],
    ['capitals and accents are folded first', 'DÉFENSEUR', [['defenseur', 0, 2]]],
    ['a hyphenated term', 'a late free-kick', [['free-kick', 7, 2]]],
    ['the same term written as two words is one term, at its first word', 'a late free kick', [['free kick', 7, 2]]],
    ['a pair replaces the weak term its first word made', 'the head coach said', [['head coach', 4, 1]]],
    ['a pair of a weak first word and a strong pair', 'a loan deal', [['loan deal', 2, 2]]],
    ['a pair replaces only its own first word, not an earlier term', 'goal, loan deal', [['goal', 0, 1], ['loan deal', 6, 2]]],
    ['words split by more than one space are no pair', 'a free  kick', []],
    ['words split by punctuation are no pair', 'free. Kick', []],
    ['two pairs may share a word: both are terms', 'champions league cup', [['champions league', 0, 2], ['league cup', 10, 2]]],
    ['a term in another language of the corpus', 'Der Torwart hielt', [['torwart', 4, 2]]],
  ])('%s', (_rule, text, found) => expect(terms(text)).toEqual(found));
});

describe('how much a passage says football', () => {
  test.each<[rule: string, text: string, score: number]>([
    ['distinct terms add up, strong ones twice', 'The striker scored a goal.', 2 + 1 + 1],
    ['a term said again counts once', 'goal goal goal', 1],
    ['nothing said, nothing scored', 'The weather was fine.', 0],
  ])('%s', (_rule, text, score) => expect(footballScore(footballTerms(fold(text)))).toBe(score));
});

describe('ordinary English words', () => {
  test.each([
    ['rice', true], ['stones', true], ['white', true], ['young', true], ['mount', true], ['united', true],
    ['konate', false], ['salah', false], ['szoboszlai', false],
  ])('%s is an ordinary word: %s', (word, ordinary) => expect(commonWords().has(word)).toBe(ordinary));

  test('the lists hold words in lower case only, so a lookup of a folded word finds them', () => {
    for (const word of [...commonWords()].slice(0, 2000)) expect(word).toBe(word.toLowerCase());
    expect(plainWords().has('the')).toBe(true);
  });

  test('the plain list, which travels to every tab, is a small part of the whole', () => {
    const plain = plainWords();
    expect(plain.size).toBeGreaterThan(3000);
    expect(plain.size).toBeLessThan(commonWords().size / 4);
    for (const word of plain) expect(commonWords().has(word)).toBe(true);
    expect(plain.has('rice')).toBe(false);
  });
});
