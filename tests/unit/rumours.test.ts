/**
 * The rumour rules, one table each, on sentences of our own with the fixture dataset: the
 * mentions come from the engine, as on a real page, and the claims from lib/rumours.
 */
import { describe, expect, test } from 'vitest';
import { blockMentions } from '../../lib/annotate';
import { compileWithWordLists } from '../../lib/engine/compile';
import { extractRumours } from '../../lib/rumours/extract';
import { bracketCredit } from '../../lib/rumours/credit';
import { items } from '../../lib/rumours/text';
import { looksEnglish } from '../../lib/rumours/language';
import type { PageFacts } from '../../lib/rumours/types';
import { engineDataset } from '../fixtures/engine-dataset';
import { at } from '../../lib/indexing';

const index = compileWithWordLists(engineDataset());
const NO_FACTS: PageFacts = { siteName: null, url: null, date: null, author: null };

// The engine only reads names on a page about football: each sentence sits under a headline that says so.
const HEADLINE = 'Football transfer news: the Premier League and La Liga clubs chasing a striker, midfielder or defender this window';

function claims(text: string, facts: PageFacts = NO_FACTS) {
  const blocks = [HEADLINE, text];
  return extractRumours({ blocks, mentions: blockMentions(index, blocks), facts });
}
const pairs = (text: string) => claims(text).map((c) => `${c.playerId} ${c.clubId} ${c.status}`).sort();

describe('statuses', () => {
  test.each([
    ['Real Madrid are keen on Liverpool defender Ibrahima Konaté.', ['ibrahima-konate real-madrid interest']],
    ['Arsenal are monitoring Chelsea defender Reece James.', ['reece-james arsenal interest']],
    ['Barcelona have opened talks with Chelsea over a move for Reece James.', ['reece-james barcelona talks']],
    ['Arsenal have made a £60m bid for Manchester United midfielder Mason Mount.', ['mason-mount arsenal bid']],
    ['Chelsea have had a bid for Ibrahima Konaté rejected by Liverpool.', ['ibrahima-konate chelsea bid']],
    ['Real Madrid are close to signing Ibrahima Konaté.', ['ibrahima-konate real-madrid agreed']],
    ['Jérémy Jacquet will have a medical at Chelsea on Monday.', ['jeremy-jacquet chelsea agreed']],
    ['Arsenal have completed the signing of Jérémy Jacquet from Rennes.', ['jeremy-jacquet arsenal completed']],
    ['Manchester United have pulled out of the race for Reece James.', ['reece-james man-utd cooled']],
    ['Declan Rice has turned down a move to Manchester City.', ['declan-rice man-city cooled']],
    ['Fulham have denied reports that they are in talks with Reece James.', ['reece-james fulham denied']],
  ])('%s', (text, expected) => expect(pairs(text)).toEqual(expected));
});

describe('negations and conditionals', () => {
  test.each([
    ['Barcelona are not interested in Declan Rice.', ['declan-rice barcelona cooled']],
    ['Real Madrid are no longer pursuing Ibrahima Konaté.', ['ibrahima-konate real-madrid cooled']],
    ['Chelsea have dropped their interest in Reece James.', ['reece-james chelsea cooled']],
    // A possibility is interest, not a bid.
    ['Chelsea could make a bid for Ibrahima Konaté in the summer.', ['ibrahima-konate chelsea interest']],
    // The club of the condition is not the destination; the one that may buy is.
    ['Chelsea could move for Mason Mount if Manchester United sell him first.', ['mason-mount chelsea interest']],
    ['Aston Villa have not yet held talks over a move for Reece James.', ['reece-james aston-villa interest']],
  ])('%s', (text, expected) => expect(pairs(text)).toEqual(expected));
});

describe('which club: the destination, never the context', () => {
  test.each([
    ['Arsenal want to sign Chelsea and England defender Reece James.', ['reece-james arsenal interest']],
    ["Valencia are interested in Barcelona's Dutch midfielder Frenkie de Jong.", ['frenkie-de-jong valencia interest']],
    ['Valencia want to sign Jérémy Jacquet from Rennes.', ['jeremy-jacquet valencia interest']],
    ['Former Chelsea midfielder James Milner has been linked with a move to Aston Villa.', ['james-milner aston-villa interest']],
    // Two clubs in one sentence, both after him.
    ['Manchester City and Arsenal are both interested in Ibrahima Konaté.', ['ibrahima-konate arsenal interest', 'ibrahima-konate man-city interest']],
    ['Real Madrid and Barcelona are battling for Declan Rice, with Arsenal demanding £100m.', ['declan-rice barcelona interest', 'declan-rice real-madrid interest']],
    // The next sentence's "the 26-year-old" is the player the item named.
    ['Real Madrid want Ibrahima Konaté, 26. Barcelona are also keen on the 26-year-old.', ['ibrahima-konate barcelona interest', 'ibrahima-konate real-madrid interest']],
    ['Real Madrid want Ibrahima Konaté. Barcelona are also keen.', ['ibrahima-konate barcelona interest', 'ibrahima-konate real-madrid interest']],
    // With two players named, "also" alone does not say which.
    ['Real Madrid want Ibrahima Konaté and Declan Rice. Barcelona are also keen.', ['declan-rice real-madrid interest', 'ibrahima-konate real-madrid interest']],
    // A match report is not a rumour, even with signings in it.
    ['Ibrahima Konaté scored as Liverpool beat Chelsea on Saturday.', []],
    ["Arsenal's summer signing Jérémy Jacquet scored twice against Fulham.", []],
    ['Liverpool had levelled through Ibrahima Konaté, the record signing from Rennes, before Declan Rice scored.', []],
    // A city is not a club.
    ['Declan Rice said a rival bid from a Fulham company had been rejected.', []],
    // A past move told as background, and one that never happened.
    ['Reece James, who joined Chelsea in 2018, scored twice.', []],
    ['Arsenal could have signed Reece James in 2018.', []],
    // The player a club offers in part-exchange is not the one it wants.
    ['Arsenal are offering Declan Rice in part-exchange for a striker.', []],
    // The man a signing would back up is not the target.
    ['Arsenal want a young defender as back-up to Chelsea and England defender Reece James.', []],
    // The club a fee is agreed with sells; the club agreeing buys.
    ['Real Madrid are set to sign Ibrahima Konaté after agreeing a fee with Liverpool.', ['ibrahima-konate real-madrid agreed']],
  ])('%s', (text, expected) => expect(pairs(text)).toEqual(expected));
});

describe('renewal talks: his own club', () => {
  test.each([
    ['Liverpool have opened talks with Ibrahima Konaté over a new contract.', ['ibrahima-konate liverpool talks']],
    ['Chelsea defender Reece James is in talks over a contract extension.', ['reece-james chelsea talks']],
    ['Manchester City defender John Stones has signed a new contract.', ['john-stones man-city completed']],
    ['Chelsea have triggered a one-year extension in the contract of defender Reece James.', ['reece-james chelsea completed']],
    ['Arsenal midfielder Declan Rice will not sign a new deal.', ['declan-rice arsenal cooled']],
  ])('%s', (text, expected) => expect(pairs(text)).toEqual(expected));
});

describe('outlets and authors', () => {
  const credit = (text: string, facts?: PageFacts) => claims(text, facts).map((c) => [c.outlet, c.author]);
  test.each([
    ['Real Madrid are keen on Ibrahima Konaté, according to ESPN.', [['ESPN', null]]],
    ["Real Madrid are keen on Ibrahima Konaté, according to ESPN's Rodra.", [['ESPN', 'Rodra']]],
    ['Real Madrid are keen on Ibrahima Konaté, the Mail reports.', [['Mail', null]]],
    ['Real Madrid are keen on Ibrahima Konaté, Xabi Alonso told Sky Sports.', [['Sky Sports', null]]],
    ['Real Madrid are keen on Ibrahima Konaté. (Sun)', [['Sun', null]]],
    ['Real Madrid are keen on Ibrahima Konaté. (Marca - in Spanish)', [['Marca', null]]],
    ['Real Madrid are keen on Ibrahima Konaté. (Fabrizio Romano on Twitter)', [['Fabrizio Romano on Twitter', 'Fabrizio Romano']]],
    ['Real Madrid are keen on Ibrahima Konaté.', [[null, null]]],
  ])('%s', (text, expected) => expect(credit(text)).toEqual(expected));

  test('with no credit in the text, the page: its site name and byline', () => {
    expect(credit('Real Madrid are keen on Ibrahima Konaté.', { siteName: 'Footnote Sport', url: 'https://x.example/a', date: '2026-01-02', author: 'Sam Writer' }))
      .toEqual([['Footnote Sport', 'Sam Writer']]);
  });

  test('a club is never an outlet, named on the page or not', () => {
    expect(credit('Arsenal are keen on Ibrahima Konaté, Liverpool say.')).toEqual([[null, null]]);
    expect(credit("Arsenal want Reece James and Spurs' Colombia defender Davinson Sanchez.")).toEqual([[null, null]]);
  });

  test('a name that describes the next word is no outlet', () => {
    expect(credit('Liverpool are talking to English defender Reece James about a move.')).toEqual([[null, null]]);
    // (Not "Reece James, the Arsenal manager": the engine reads a role right after a name as his.)
    expect(credit('Arsenal want Reece James, as the Arsenal manager told Anfield bosses.')).toEqual([[null, null]]);
    // An outlet not on the list still counts where the phrase ends with it.
    expect(credit('Real Madrid are keen on Ibrahima Konaté, Xabi Alonso told Radio Uno on Monday.')).toEqual([['Radio Uno', null]]);
  });

  test.each([
    ['Sun', { outlet: 'Sun', author: null }],
    ['Times - subscription required', { outlet: 'Times', author: null }],
    ["Goal's Nizaar Kinsella", { outlet: 'Goal', author: 'Nizaar Kinsella' }],
  ])('bracket %s', (text, expected) => expect(bracketCredit(text)).toEqual(expected));
});

describe('gossip columns: each item its own claim', () => {
  test('items split after their sources; each carries its own', () => {
    const text = 'Real Madrid want Ibrahima Konaté. (Marca) Arsenal are keen on Reece James. (Mirror)\n\nChelsea want Declan Rice. (Sun)';
    expect(items(text).map((i) => i.source?.text)).toEqual(['Marca', 'Mirror', 'Sun']);
    expect(claims(text).map((c) => `${c.playerId} ${c.outlet}`)).toEqual(['ibrahima-konate Marca', 'reece-james Mirror', 'declan-rice Sun']);
  });

  test('a bracket that is an aside is not a source', () => {
    expect(at(items('Konaté (pictured) is wanted by Real Madrid.'), 0).source).toBeUndefined();
  });

  test('evidence points at the sentence in its block', () => {
    const text = 'A first sentence. Real Madrid are keen on Ibrahima Konaté.';
    const c = at(claims(text), 0);
    expect(text.slice(c.evidence.start, c.evidence.end)).toBe('Real Madrid are keen on Ibrahima Konaté.');
    expect(c.evidence.block).toBe(1);
  });
});

describe('other languages get nothing', () => {
  test.each([
    ['Der FC Liverpool will Ibrahima Konaté halten, doch Real Madrid bietet ihm einen Vertrag bis 2030 an.'],
    ['El Real Madrid quiere fichar a Ibrahima Konaté, que termina contrato con el Liverpool en junio.'],
    ['Le Real Madrid veut recruter Ibrahima Konaté, dont le contrat avec Liverpool se termine en juin.'],
    ['Il Real Madrid vuole ingaggiare Ibrahima Konaté, il cui contratto con il Liverpool scade a giugno.'],
  ])('%s', (text) => {
    expect(looksEnglish(text)).toBe(false);
    expect(claims(text)).toEqual([]);
  });
});
