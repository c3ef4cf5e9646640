import { describe, expect, test } from 'vitest';
import { factProvenance, mergeLayers, personKey, sameNamePlayers, summarise, summaryWords } from '../../lib/dataset/merge';
import { validateDataset } from '../../lib/dataset/validate';
import type { Dataset, Player } from '../../lib/dataset/types';
import { tinyDataset } from './fixtures';
import { at } from '../../lib/indexing';

/** A later layer in transfermarkt's style: other ids, legal club names, newer contracts. */
function importLayer(): Dataset {
  return {
    format: 'footnote-dataset', version: 1, asOf: '2026-03-01', source: 'import',
    clubs: [
      { id: 'liverpool-31', name: 'Liverpool Football Club', shortName: 'Liverpool' },
      { id: 'real-madrid-418', name: 'Real Madrid Club de Fútbol', shortName: 'Real Madrid', aliases: ['Los Merengues'] },
      { id: 'rennes-273', name: 'Stade Rennais FC', shortName: 'Rennes' },
    ],
    players: [
      // Same person: name and birth date.
      { id: 'ibrahima-konate-357119', name: 'Ibrahima Konate', birthDate: '1999-05-25', clubId: 'liverpool-31', contract: { until: '2030-06-30' } },
      // Same person: name and club (the bundled record lacks a birth date).
      { id: 'antonio-rudiger-86202', name: 'Antonio Rüdiger', birthDate: '1993-03-03', clubId: 'real-madrid-418', position: 'Centre-Back' },
      // A namesake at another club with another birth date: another man.
      { id: 'ibrahima-konate-999', name: 'Ibrahima Konaté', birthDate: '2004-01-01', clubId: 'rennes-273' },
      { id: 'new-player-1', name: 'New Player', clubId: 'rennes-273' },
    ],
    rumours: [{ id: 'r3', playerId: 'ibrahima-konate-357119', clubId: 'real-madrid-418', date: '2026-03-01', status: 'talks', source: { outlet: 'AS' } }],
  };
}

const layer = (asOf: string, source: string, clubs: Dataset['clubs'], players: Player[]): Dataset =>
  ({ format: 'footnote-dataset', version: 1, asOf, source, clubs, players });

/** Our own two clubs and one made-up player, seen by an older base and a newer curated file. */
const CLUBS = [
  { id: 'northby', name: 'Northby Town FC', shortName: 'Northby' },
  { id: 'southby', name: 'Southby Rovers FC', shortName: 'Southby' },
];
const base = () =>
  layer('2025-04-01', 'base', CLUBS, [
    { id: 'tom-example-1', tmId: '1', name: 'Tom Example', birthDate: '2000-02-02', position: 'Winger', clubId: 'northby', contract: { since: '2022-07-01', until: '2026-06-30', confidence: 'reported' } },
  ]);

describe('mergeLayers', () => {
  const merged = mergeLayers([tinyDataset(), importLayer()]).dataset;

  test('is valid and never makes a second Konaté', () => {
    expect(validateDataset(merged).ok).toBe(true);
    const konates = merged.players.filter((p) => p.name.startsWith('Ibrahima Kon'));
    expect(konates.map((p) => p.id)).toEqual(['ibrahima-konate', 'ibrahima-konate-999']);
  });

  test('the newer contract wins whole; names stay with the id, other details come from the higher layer', () => {
    const k = merged.players.find((p) => p.id === 'ibrahima-konate')!;
    expect(k.contract).toEqual({ until: '2030-06-30' });
    expect(k.position).toBe('Centre-Back');
    expect(k.name).toBe('Ibrahima Konaté');
    const r = merged.players.find((p) => p.id === 'antonio-rudiger')!;
    expect(r).toMatchObject({ birthDate: '1993-03-03', position: 'Centre-Back', clubId: 'real-madrid' });
  });

  test('clubs match by folded names without legal words; aliases are unioned; references follow', () => {
    expect(merged.clubs.map((c) => c.id)).toEqual(['liverpool', 'real-madrid', 'rennes-273']);
    expect(at(merged.clubs, 1).aliases).toEqual(['Madrid', 'Los Blancos', 'Real', 'Los Merengues', 'Real Madrid Club de Fútbol']);
    expect(merged.players.find((p) => p.id === 'ibrahima-konate')?.clubId).toBe('liverpool');
  });

  test('rumours are unioned by id and point at the merged people', () => {
    expect(merged.rumours!.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(merged.rumours![2]).toMatchObject({ playerId: 'ibrahima-konate', clubId: 'real-madrid' });
  });

  test('the summary in words', () => {
    const s = summarise(tinyDataset(), merged);
    expect(s.players).toEqual({ added: 2, changed: 2, removed: 0 });
    expect(summaryWords(s)).toBe('players: 2 added, 2 changed; clubs: 1 added, 2 changed; rumours: 1 added');
    expect(summaryWords(summarise(merged, merged))).toBe('nothing changed');
  });
});

describe('the newer fact wins, whole', () => {
  const renewal = () =>
    layer('2026-02-01', 'curated', [at(CLUBS, 0)], [
      { id: 'tom-example', name: 'Tom Example', clubId: 'northby', contract: { until: '2029-06-30', confidence: 'confirmed' } },
    ]);

  test('a renewal newer than the base replaces its contract whole (no since from the base)', () => {
    const { dataset } = mergeLayers([base(), renewal()]);
    expect(dataset.players).toHaveLength(1);
    const tom = at(dataset.players, 0);
    expect(tom.contract).toEqual({ until: '2029-06-30', confidence: 'confirmed' });
    expect(tom.birthDate).toBe('2000-02-02');
    expect(factProvenance(tom, 'contract', dataset)).toEqual({ asOf: '2026-02-01', source: 'curated' });
    // The birth date is the base's: the personal line names where it came from.
    expect(factProvenance(tom, 'personal', dataset)).toEqual({ asOf: '2025-04-01', source: 'base' });
  });

  test('an older contract in a higher layer loses to a newer one below it', () => {
    const old = layer('2024-01-01', 'curated', [at(CLUBS, 0)], [{ id: 'tom', name: 'Tom Example', clubId: 'northby', contract: { until: '2025-06-30' } }]);
    const tom = at(mergeLayers([base(), old]).dataset.players, 0);
    expect(tom.contract?.until).toBe('2026-06-30');
    expect(tom.contract?.since).toBe('2022-07-01');
  });

  test('on equal dates the higher layer wins', () => {
    const same = layer('2025-04-01', 'curated', [at(CLUBS, 0)], [{ id: 'tom', name: 'Tom Example', clubId: 'northby', contract: { until: '2028-06-30' } }]);
    expect(at(mergeLayers([base(), same]).dataset.players, 0).contract).toEqual({ until: '2028-06-30' });
    expect(at(mergeLayers([same, base()]).dataset.players, 0).contract?.until).toBe('2026-06-30');
  });

  test('both layer orders give the same merged facts when the dates differ', () => {
    const strip = ({ id: _id, ...rest }: Player) => rest;
    const a = mergeLayers([base(), renewal()]).dataset;
    const b = mergeLayers([renewal(), base()]).dataset;
    const facts = (d: Dataset) => {
      const p = at(d.players, 0);
      return { club: p.clubId, contract: p.contract, birthDate: p.birthDate, prov: ['club', 'contract'].map((g) => factProvenance(p, g as 'club', d)) };
    };
    expect(facts(a)).toEqual(facts(b));
    expect(strip(at(a.players, 0)).contract).toEqual(strip(at(b.players, 0)).contract);
  });

  test('a player who moved is one record at his newest club, without his former club’s contract', () => {
    const move = layer('2026-03-01', 'fpl', CLUBS, [
      { id: 'fpl-9', name: 'Tom Example', birthDate: '2000-02-02', clubId: 'southby', joined: '2026-01-20' },
    ]);
    for (const layers of [[base(), move], [move, base()]]) {
      const { dataset } = mergeLayers(layers);
      expect(dataset.players).toHaveLength(1);
      expect(dataset.players[0]).toMatchObject({ clubId: 'southby', joined: '2026-01-20' });
      expect(at(dataset.players, 0).contract).toBeUndefined();
    }
  });

  test('a contract newer than the move (signed at the new club) is kept', () => {
    const move = layer('2026-01-01', 'fpl', CLUBS, [{ id: 'x', name: 'Tom Example', birthDate: '2000-02-02', clubId: 'southby' }]);
    const signed = layer('2026-02-01', 'curated', CLUBS, [{ id: 'y', name: 'Tom Example', clubId: 'southby', contract: { until: '2030-06-30' } }]);
    const { dataset } = mergeLayers([base(), move, signed]);
    expect(dataset.players).toHaveLength(1);
    expect(dataset.players[0]).toMatchObject({ clubId: 'southby', contract: { until: '2030-06-30' } });
  });

  test('per-group dates in facts decide, not the record’s date', () => {
    const curated = layer('2026-02-01', 'curated', [at(CLUBS, 0)], [
      { id: 'tom', name: 'Tom Example', clubId: 'northby', contract: { until: '2031-06-30' }, facts: { contract: { asOf: '2023-01-01', source: 'an old report' } } },
    ]);
    const { dataset } = mergeLayers([base(), curated]);
    expect(at(dataset.players, 0).contract?.until).toBe('2026-06-30');
    expect(factProvenance(at(dataset.players, 0), 'contract', dataset)).toEqual({ asOf: '2025-04-01', source: 'base' });
    expect(factProvenance(at(dataset.players, 0), 'club', dataset)).toEqual({ asOf: '2026-02-01', source: 'curated' });
  });
});

describe('identity', () => {
  test('a transfermarkt id joins records whatever their names; a different one keeps them apart', () => {
    const other = layer('2026-01-01', 'other', [at(CLUBS, 1)], [
      { id: 'thomas', tmId: '1', name: 'Thomas Example', clubId: 'southby' },
      { id: 'tom-2', tmId: '2', name: 'Tom Example', birthDate: '2000-02-02', clubId: 'northby' },
    ]);
    const { dataset } = mergeLayers([base(), { ...other, clubs: CLUBS }]);
    expect(dataset.players.map((p) => [p.name, p.tmId, p.aliases])).toEqual([['Tom Example', '1', ['Thomas Example']], ['Tom Example', '2', undefined]]);
  });

  test('two different people with one name and different birth dates stay two, even at one club', () => {
    const namesake = layer('2026-01-01', 'other', CLUBS, [{ id: 'tom-jr', name: 'Tom Example', birthDate: '2007-07-07', clubId: 'northby' }]);
    const { dataset } = mergeLayers([base(), namesake]);
    expect(dataset.players.map((p) => p.birthDate)).toEqual(['2000-02-02', '2007-07-07']);
  });

  test('name and club join only when exactly one person fits', () => {
    const twins = layer('2025-01-01', 'base', CLUBS, [
      { id: 'a', name: 'Sam Double', clubId: 'northby' },
      { id: 'b', name: 'Sam Double', clubId: 'northby', position: 'Goalkeeper' },
      { id: 'c', name: 'Una Single', clubId: 'northby' },
    ]);
    const later = layer('2026-01-01', 'later', CLUBS, [
      { id: 'sam', name: 'Sam Double', clubId: 'northby', contract: { until: '2027-06-30' } },
      { id: 'una', name: 'Una Single', clubId: 'northby', contract: { until: '2027-06-30' } },
    ]);
    const { dataset } = mergeLayers([twins, later]);
    expect(dataset.players.filter((p) => p.name === 'Una Single')).toHaveLength(1);
    expect(dataset.players.filter((p) => p.name === 'Sam Double')).toHaveLength(3);
  });

  test('one birth date, one club and two forms of one name are one man; twins are two', () => {
    const fpl = layer('2026-03-01', 'fpl', CLUBS, [
      { id: 'f1', name: 'Benjamin Sample', birthDate: '1997-10-08', clubId: 'northby' },
      { id: 'f2', name: 'Junior Kroupa', birthDate: '2006-06-23', clubId: 'northby' },
      { id: 'f3', name: 'Jack Twin', birthDate: '2007-03-19', clubId: 'northby' },
      { id: 'f4', name: 'Tyler Twin', birthDate: '2007-03-19', clubId: 'northby' },
    ]);
    const curated = layer('2025-09-01', 'curated', CLUBS, [
      { id: 'ben-sample', name: 'Ben Sample', birthDate: '1997-10-08', clubId: 'northby' },
      { id: 'eli-junior-kroupa', name: 'Eli Junior Kroupa', birthDate: '2006-06-23', clubId: 'northby' },
      { id: 'jack-twin', name: 'Jack Twin', birthDate: '2007-03-19', clubId: 'northby' },
    ]);
    const { dataset } = mergeLayers([fpl, curated], { ids: 'highest' });
    expect(dataset.players.map((p) => p.name).sort()).toEqual(['Ben Sample', 'Eli Junior Kroupa', 'Jack Twin', 'Tyler Twin']);
    expect(dataset.players.find((p) => p.id === 'ben-sample')?.aliases).toEqual(['Benjamin Sample']);
  });

  test('ids follow the lowest layer by default, the highest on request', () => {
    const curated = layer('2026-01-01', 'curated', [at(CLUBS, 0)], [{ id: 'tom-example', name: 'Tom Example', birthDate: '2000-02-02', clubId: 'northby' }]);
    expect(at(mergeLayers([base(), curated]).dataset.players, 0).id).toBe('tom-example-1');
    expect(at(mergeLayers([base(), curated], { ids: 'highest' }).dataset.players, 0).id).toBe('tom-example');
  });
});

describe('invalid merged records', () => {
  test('are left out and reported with the layer and path they came from; the rest is kept', () => {
    const bad = layer('2026-01-01', 'reader', CLUBS, [
      { id: 'broken', name: 'Broken Dates', clubId: 'northby', contract: { since: '2025-07-01', until: '2025-06-30' } },
      { id: 'fine', name: 'Fine Player', clubId: 'southby' },
    ]);
    const result = mergeLayers([base(), bad], { labels: ['Bundled', 'reader.json'] });
    expect(result.dataset.players.map((p) => p.name)).toEqual(['Tom Example', 'Fine Player']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatch(/^reader\.json players\[0\]: contract\.until: "2025-06-30" is before since "2025-07-01" \(Broken Dates\): skipped$/);
  });
});

describe('same names', () => {
  test('are listed, and no two players share a folded name and birth date after a merge', () => {
    const { dataset } = mergeLayers([tinyDataset(), importLayer()]);
    expect(sameNamePlayers(dataset).map((g) => g.name)).toEqual(['Ibrahima Konaté']);
    const keys = dataset.players.filter((p) => p.birthDate).map((p) => `${personKey(p.name)}|${p.birthDate}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
