import { describe, expect, test } from 'vitest';
import { mergeLayers, summarise, summaryWords } from '../../lib/dataset/merge';
import { validateDataset } from '../../lib/dataset/validate';
import type { Dataset } from '../../lib/dataset/types';
import { tinyDataset } from './fixtures';

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

describe('mergeLayers', () => {
  const merged = mergeLayers([tinyDataset(), importLayer()]);

  test('is valid and never makes a second Konaté', () => {
    expect(validateDataset(merged).ok).toBe(true);
    const konates = merged.players.filter((p) => p.name.startsWith('Ibrahima Kon'));
    expect(konates.map((p) => p.id)).toEqual(['ibrahima-konate', 'ibrahima-konate-999']);
  });

  test('later fields replace earlier ones where present; missing ones are kept', () => {
    const k = merged.players.find((p) => p.id === 'ibrahima-konate')!;
    expect(k.contract).toEqual({ since: '2021-07-01', until: '2030-06-30', option: 'none', confidence: 'confirmed' });
    expect(k.position).toBe('Centre-Back');
    expect(k.name).toBe('Ibrahima Konate');
    const r = merged.players.find((p) => p.id === 'antonio-rudiger')!;
    expect(r).toMatchObject({ birthDate: '1993-03-03', position: 'Centre-Back', clubId: 'real-madrid' });
  });

  test('clubs match by folded names without legal words; aliases are unioned; references follow', () => {
    expect(merged.clubs.map((c) => c.id)).toEqual(['liverpool', 'real-madrid', 'rennes-273']);
    expect(merged.clubs[1].aliases).toEqual(['Madrid', 'Los Blancos', 'Real', 'Los Merengues']);
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
