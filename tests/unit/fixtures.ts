import type { Dataset } from '../../lib/dataset/types';

/** A small, valid dataset written for the tests. */
export function tinyDataset(): Dataset {
  return {
    format: 'footnote-dataset',
    version: 1,
    asOf: '2026-02-05',
    source: 'Footnote tests',
    clubs: [
      { id: 'liverpool', name: 'Liverpool FC', shortName: 'Liverpool', aliases: ['LFC', 'the Reds'], country: 'ENG', league: 'Premier League' },
      { id: 'real-madrid', name: 'Real Madrid CF', shortName: 'Real Madrid', aliases: ['Madrid', 'Los Blancos', 'Real'], country: 'ESP', league: 'LaLiga' },
    ],
    players: [
      { id: 'ibrahima-konate', name: 'Ibrahima Konaté', shortName: 'Konaté', birthDate: '1999-05-25', nationality: 'France', position: 'Centre-Back', clubId: 'liverpool', contract: { since: '2021-07-01', until: '2026-06-30', option: 'none', confidence: 'confirmed' } },
      { id: 'antonio-rudiger', name: 'Antonio Rüdiger', shortName: 'Rüdiger', clubId: 'real-madrid', contract: { until: '2026-06-30' } },
    ],
    staff: [{ id: 'xabi-alonso', name: 'Xabi Alonso', role: 'manager', clubId: null }],
    rumours: [
      { id: 'r1', playerId: 'ibrahima-konate', clubId: 'real-madrid', date: '2026-02-05', status: 'interest', source: { outlet: 'ESPN', author: 'Rodra' } },
      { id: 'r2', playerId: 'ibrahima-konate', clubId: 'real-madrid', date: '2025-12-15', status: 'cooled', source: { outlet: 'Daily Mail' } },
    ],
  };
}
