import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { SearchIndex, searchEntries, type SearchEntry } from '../../lib/search-index';
import { compareHits, matchesQuery, queryWords } from '../../lib/search';
import { tinyDataset } from './fixtures';

/** Search as the store did it before the prefix index: every record checked, ranked by compareHits. */
function bruteForce(entries: SearchEntry[], query: string, limit: number) {
  const words = queryWords(query);
  if (!words.length) return [];
  return entries.filter((e) => matchesQuery(e, words)).sort(compareHits(query)).slice(0, limit).map((e) => e.id);
}

const syllable = fc.constantFrom('lu', 'ca', 'ma', 'ré', 'jo', 'ão', 'ka', 'be', 'LL', 'ni');
const word = fc.array(syllable, { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const entry = fc.record({
  name,
  shortName: fc.option(word, { nil: undefined }),
  aliases: fc.option(fc.array(name, { maxLength: 2 }), { nil: undefined }),
  marketValue: fc.option(fc.constantFrom(0, 1_000_000, 5_000_000), { nil: undefined }),
  clubId: fc.option(fc.constantFrom('a', 'b'), { nil: null }),
});

describe('the prefix index ranks as compareHits does', () => {
  test('any records, any query made of their syllables', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 60 }), fc.array(syllable, { minLength: 1, maxLength: 3 }), fc.boolean(), (raw, q, spaced) => {
        const entries: SearchEntry[] = raw.map((e, i) => ({ ...e, id: `e${i}`, kind: 'player' }));
        const query = q.join(spaced ? ' ' : '');
        expect(new SearchIndex(entries).search(query, 10).map((h) => h.id)).toEqual(bruteForce(entries, query, 10));
      }),
      { numRuns: 300 },
    );
  });

  test('a dataset: clubs, players and staff with what the popup shows of them', () => {
    const index = new SearchIndex(searchEntries(tinyDataset()));
    expect(index.search('kona')).toEqual([{ id: 'ibrahima-konate', kind: 'player', name: 'Ibrahima Konaté', detail: 'Liverpool · Centre-Back' }]);
    expect(index.search('los bla')[0]).toEqual({ id: 'real-madrid', kind: 'club', name: 'Real Madrid CF', detail: 'LaLiga · ESP' });
    expect(index.search('xabi')[0]).toEqual({ id: 'xabi-alonso', kind: 'staff', name: 'Xabi Alonso', detail: 'Manager' });
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzz')).toEqual([]);
  });
});
