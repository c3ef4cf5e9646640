/**
 * The packed name index a page receives decodes to the index the background compiled: every
 * form, every entity, the trie and the word sets, for any dataset.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compileWithWordLists } from '../../lib/engine/compile';
import { deserialiseNameIndex, serialiseNameIndex, type NameIndex } from '../../lib/engine/name-index';
import type { Dataset, Player } from '../../lib/dataset/types';
import { tinyDataset } from './fixtures';

const everything = (index: NameIndex) => ({
  version: index.version,
  forms: Array.from({ length: index.forms.length }, (_, i) => index.forms.get(i)),
  entities: Array.from({ length: index.entities.length }, (_, i) => index.entities.get(i)),
  trie: [index.trie.edgeStart, index.trie.edgeChar, index.trie.edgeTarget, index.trie.nodeForm].map((a) => Array.from(a)),
  firstNames: [...index.firstNames].sort(),
  countries: [...index.countries].sort(),
  plainWords: [...index.plainWords].sort(),
});

const roundTrip = (index: NameIndex) => deserialiseNameIndex(JSON.parse(JSON.stringify(serialiseNameIndex(index))));

describe('the packed name index', () => {
  test('the fixture dataset decodes to what was compiled', () => {
    const index = compileWithWordLists(tinyDataset(), 'v1');
    expect(everything(roundTrip(index))).toStrictEqual(everything(index));
  });

  test('own clubs decode for every man who has them, wherever he stands in the table', () => {
    // Rüdiger (the second club's) rumoured to the first: own clubs after a run of entities with none.
    const d = tinyDataset();
    d.rumours?.push({ id: 'r3', playerId: 'antonio-rudiger', clubId: 'liverpool', date: '2026-02-01', status: 'interest', source: { outlet: 'ESPN' } });
    const index = compileWithWordLists(d, 'v1');
    expect(everything(roundTrip(index))).toStrictEqual(everything(index));
  });

  test('the packed index says which packing it is', () => {
    expect(serialiseNameIndex(compileWithWordLists(tinyDataset())).format).toBe('packed-1');
  });

  test('any players: names with accents, particles, aliases, clubs, loans, facts or none', () => {
    const word = fc.constantFrom('Luca', 'Konaté', 'van', 'de', 'Jo', 'Müller', 'Ødegaard', 'Silva', 'Ñíguez', 'Kim');
    const player = fc.record({
      words: fc.array(word, { minLength: 1, maxLength: 4 }),
      alias: fc.option(word, { nil: undefined }),
      club: fc.constantFrom('liverpool', 'real-madrid', undefined),
      loan: fc.boolean(),
      born: fc.option(fc.constantFrom('1999-05-25', '2004-12-01', '0987-01-02'), { nil: undefined }),
      nationality: fc.option(fc.constantFrom('France', 'Côte d’Ivoire', 'Brazil'), { nil: undefined }),
      position: fc.option(fc.constantFrom('Goalkeeper', 'Centre-Back', 'Attacking Midfield', 'Right Winger', 'Coach'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(player, { maxLength: 25 }), (raw) => {
        const d: Dataset = tinyDataset();
        d.players.push(...raw.map((p, i): Player => ({
          id: `p${i}`, name: p.words.join(' '), ...(p.alias ? { aliases: [p.alias] } : {}), ...(p.club ? { clubId: p.club } : {}),
          ...(p.loan && p.club ? { loan: { fromClubId: p.club === 'liverpool' ? 'real-madrid' : 'liverpool' } } : {}),
          ...(p.born ? { birthDate: p.born } : {}), ...(p.nationality ? { nationality: p.nationality } : {}), ...(p.position ? { position: p.position } : {}),
        })));
        const index = compileWithWordLists(d, 'v');
        expect(everything(roundTrip(index))).toStrictEqual(everything(index));
      }),
      { numRuns: 60 },
    );
  });

  test('a number outside the table is an error, not a silent hole', () => {
    const copy = roundTrip(compileWithWordLists(tinyDataset()));
    expect(() => copy.forms.get(copy.forms.length)).toThrow(RangeError);
    expect(() => copy.forms.get(-1)).toThrow(RangeError);
    expect(() => copy.entities.get(-1)).toThrow(RangeError);
  });
});
