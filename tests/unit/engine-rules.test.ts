/**
 * The matching rules of docs/matching.md, each stated by sentences that break it: one fixture
 * dataset written for these tests, and the engine reached only through its public API
 * (compileWithWordLists, findMentions, PageMatcher), so the tests hold whatever its insides.
 */
import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { findMentions } from '../../lib/engine/page-matcher';
import type { Dataset } from '../../lib/dataset/types';

function rulesDataset(): Dataset {
  const club = (id: string, name: string, shortName: string, aliases: string[] = []) => ({ id, name, shortName, aliases });
  const player = (id: string, name: string, clubId: string, extra: object = {}) => ({ id, name, clubId, ...extra });
  return {
    format: 'footnote-dataset',
    version: 1,
    asOf: '2026-02-05',
    source: 'Footnote rule tests',
    clubs: [
      // A club named after its country: "the Andorra international" is the national team.
      club('andorra', 'FC Andorra', 'Andorra'),
      club('real-betis', 'Real Betis Balompié', 'Real Betis', ['Betis']),
      club('sevilla', 'Sevilla FC', 'Sevilla'),
      club('villarreal', 'Villarreal CF', 'Villarreal', ['the Yellow Submarine']),
      club('porto', 'FC Porto', 'Porto', ['Dragons']),
      club('everton', 'Everton FC', 'Everton', ['the Toffees']),
      club('brentford', 'Brentford FC', 'Brentford', ['the Bees', 'Bees']),
    ],
    players: [
      // Two men with one full name, at different clubs.
      player('pablo-marin-betis', 'Pablo Marin', 'real-betis'),
      player('pablo-marin-sevilla', 'Pablo Marin', 'sevilla'),
      player('joao-pedro-costa', 'João Pedro Costa', 'porto', { shortName: 'Costa' }),
      player('diego-costa', 'Diego Costa', 'villarreal'),
      player('nuno-tavares', 'Nuno Tavares', 'porto'),
      player('kevin-schade', 'Kevin Schade', 'brentford'),
      player('jordan-pickford', 'Jordan Pickford', 'everton'),
      player('carlos-vela', 'Carlos Vela', 'andorra'),
      player('idrissa-gueye', 'Idrissa Gueye', 'everton', { loan: { fromClubId: 'porto' } }),
    ],
    staff: [
      { id: 'david-moyes', name: 'David Moyes', role: 'manager', clubId: 'everton' },
      { id: 'marcelino-toral', name: 'Marcelino Toral', role: 'manager', clubId: 'villarreal', shortName: 'Marcelino' },
    ],
    rumours: [{ id: 'r1', playerId: 'kevin-schade', clubId: 'porto', date: '2026-02-01', status: 'interest', source: { outlet: 'Record' } }],
  };
}

const index = compileWithWordLists(rulesDataset());
const found = (text: string) => findMentions(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('national teams are not clubs', () => {
  test.each([
    ['the club named after its country is a club', 'Defender Carlos Vela joined Andorra in the summer, the club said after the match.', ['Carlos Vela=carlos-vela', 'Andorra=andorra']],
    ['"international" after it means the country', 'The Andorra international has joined Everton, where the defender trained on Monday.', ['Everton=everton']],
    ['so do "national" and the youth sides', 'Everton striker Carlos Vela left the Andorra national squad and the Andorra U21 side before the match.',
      ['Everton=everton', 'Carlos Vela=carlos-vela']],
    ['"internationals" and "Under-21s" too', 'Two Andorra internationals and three Andorra under-21s signed for Everton, the manager said after the match.', ['Everton=everton']],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));
});

describe('two men with one full name', () => {
  test.each([
    ['the one whose club the page names', 'Real Betis midfielder Pablo Marin scored the winner in the derby.', ['Real Betis=real-betis', 'Pablo Marin=pablo-marin-betis']],
    ['the other one, by his club', 'Sevilla midfielder Pablo Marin scored the winner in the derby.', ['Sevilla=sevilla', 'Pablo Marin=pablo-marin-sevilla']],
    ['neither when no club of theirs is named', 'Midfielder Pablo Marin scored the winner in the derby, and the striker added a second.', []],
    ['neither when both clubs are named', 'Real Betis beat Sevilla in the derby, and midfielder Pablo Marin scored the winner.', ['Real Betis=real-betis', 'Sevilla=sevilla']],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));
});
