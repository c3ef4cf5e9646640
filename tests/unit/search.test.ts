import { describe, expect, test } from 'vitest';
import { compareHits, matchScore, matchesQuery, queryWords } from '../../lib/search';

const jude = { name: 'Jude Bellingham', clubId: 'real-madrid', marketValue: 180_000_000 };
const jobe = { name: 'Jobe Bellingham', clubId: 'borussia-dortmund', marketValue: 30_000_000 };
const gabriel = { name: 'Gabriel Magalhães', shortName: 'Gabriel', clubId: 'arsenal' };
const jesus = { name: 'Gabriel Jesus', shortName: 'Jesus', clubId: 'arsenal' };
const unattached = { name: 'Ivan Bellingham', clubId: null };

const order = (query: string, people: Array<{ name: string }>) => [...people].sort(compareHits(query)).map((p) => p.name);

describe('search results, best first', () => {
  test.each([
    ['a surname: the more valuable man first', 'bellingham', [jobe, jude], ['Jude Bellingham', 'Jobe Bellingham']],
    ['a first name wins by match before value', 'jobe', [jude, jobe], ['Jobe Bellingham', 'Jude Bellingham']],
    ['a known-as name exactly beats a first name', 'gabriel', [jesus, gabriel], ['Gabriel Magalhães', 'Gabriel Jesus']],
    ['a player at a club before one without, at equal value', 'bellingham', [unattached, { ...jobe, marketValue: undefined }], ['Jobe Bellingham', 'Ivan Bellingham']],
    ['accents and case do not matter', 'MAGALHAES', [jesus, gabriel], ['Gabriel Magalhães', 'Gabriel Jesus']],
  ])('%s', (_, query, people, expected) => expect(order(query, people)).toEqual(expected));

  test.each([
    ['Jude Bellingham', 5],
    ['jude', 4],
    ['bellingham', 4],
    ['jude bell', 3.5],
    ['bell', 2],
    ['bell jude', 2],
    ['x', 0],
  ])('“%s” scores %s against Jude Bellingham', (query, score) => expect(matchScore(jude, query)).toBe(score));

  test('every query word must start a word of a name', () => {
    expect(matchesQuery(gabriel, queryWords('gab mag'))).toBe(true);
    expect(matchesQuery(gabriel, queryWords('gab jes'))).toBe(false);
  });
});
