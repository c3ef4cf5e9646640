import { describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { Card } from '../../components/Card';
import type { EntitySummary } from '../../lib/protocol';

const TODAY = '2026-11-25';
const base = { asOf: '2026-02-05', rumourCount: 0, latestRumours: [] };

function show(summary: EntitySummary) {
  const root = document.createElement('div');
  document.body.append(root);
  const onFullRecord = vi.fn();
  const onClose = vi.fn();
  render(<Card summary={summary} today={TODAY} onFullRecord={onFullRecord} onClose={onClose} />, root);
  return { root, text: root.textContent!.replace(/\s+/g, ' '), onFullRecord, onClose };
}

describe('the hover card', () => {
  test('a player with a contract and rumours', () => {
    const { root, text, onFullRecord } = show({
      ...base, id: 'p', kind: 'player', name: 'Declan Rice', clubName: 'Arsenal',
      player: { id: 'p', name: 'Declan Rice', clubId: 'arsenal', birthDate: '1999-01-14', position: 'Defensive Midfield', contract: { until: '2028-06-30', option: 'club' } },
      rumourCount: 4,
      latestRumours: [{ id: 'r', playerId: 'p', clubId: 'x', date: '2026-01-10', status: 'bid', clubName: 'Real Madrid', source: { outlet: 'The Athletic', author: 'A. Reporter' } }],
    });
    expect(root.querySelector('[role=dialog]')?.getAttribute('aria-labelledby')).toBe('footnote-card-p');
    expect(text).toContain('Arsenal · Defensive Midfield · 27 years');
    expect(text).toContain('More than a year left');
    expect(text).toContain('Ends 30 June 2028, in 19 months');
    expect(text).toContain('Club option to extend');
    expect(text).toContain('Latest rumours (4 in all)');
    expect(text).toContain('10 Jan 2026 · The Athletic · A. Reporter');
    (root.querySelector('button.full') as HTMLButtonElement).click();
    expect(onFullRecord).toHaveBeenCalled();
  });

  test('a free agent', () => {
    const { text } = show({ ...base, id: 'f', kind: 'player', name: 'Free Man', player: { id: 'f', name: 'Free Man', clubId: null } });
    expect(text).toContain('Free agent');
    expect(text).toContain('No transfer rumours in the data');
  });

  test('a loaned player', () => {
    const { text } = show({
      ...base, id: 'e', kind: 'player', name: 'Endrick', clubName: 'Lyon', loanFromName: 'Real Madrid',
      player: { id: 'e', name: 'Endrick', clubId: 'lyon', contract: { until: '2030-06-30' }, loan: { fromClubId: 'real-madrid', until: '2026-06-30' } },
    });
    expect(text).toContain('On loan from Real Madrid until 30 Jun 2026');
  });

  test('a contract that ended after the data was gathered', () => {
    const { text, root } = show({ ...base, id: 'k', kind: 'player', name: 'Ibrahima Konaté', clubName: 'Liverpool', player: { id: 'k', name: 'Ibrahima Konaté', clubId: 'liverpool', contract: { until: '2026-06-30' } } });
    expect(text).toContain('Contract ended');
    // The caveat is said once per card.
    expect(text.match(/may have been renewed/g)).toHaveLength(1);
    expect(text).toContain('data from 5 February 2026');
    expect(root.querySelector('.contract')?.getAttribute('data-urgency')).toBe('ended');
  });

  test('a club', () => {
    const { text } = show({
      ...base, id: 'c', kind: 'club', name: 'Real Madrid CF', clubName: 'Real Madrid',
      club: { id: 'c', name: 'Real Madrid CF', league: 'LaLiga', country: 'ESP' },
      expiring: [{ id: 'a', name: 'Dean Huijsen', clubId: 'c', contract: { until: '2027-06-30' } }],
      ended: [{ id: 'b', name: 'David Alaba', clubId: 'c', contract: { until: '2026-06-30' } }],
      rumourCount: 2,
      latestRumours: [
        { id: 'r1', playerId: 'x', clubId: 'c', date: '2026-11-01', status: 'interest', clubName: 'Real Madrid', playerName: 'Ibrahima Konaté', source: { outlet: 'ESPN' } },
        { id: 'r2', playerId: 'y', clubId: 'c', date: '2026-10-01', status: 'cooled', clubName: 'Real Madrid', playerName: 'Alexander Isak', source: { outlet: 'Sky Sports' } },
      ],
    });
    expect(text).toContain('LaLiga · ESP');
    expect(text).toContain('Contracts ending soonest');
    expect(text).toContain('Dean Huijsen 30 Jun 2027');
    // Ended contracts are apart, with the caveat once.
    expect(text).toContain('Ended, may have been renewed: David Alaba');
    expect(text.match(/may have been renewed/g)).toHaveLength(1);
    // Each rumour names its player (the club is the card's own).
    expect(text).toContain('Ibrahima Konaté interest');
    expect(text).toContain('Alexander Isak cooled');
  });
});

describe('provenance', () => {
  test('the card says where each shown fact comes from and its date', () => {
    const { text } = show({
      ...base, id: 'p', kind: 'player', name: 'Tom Example', clubName: 'Northby',
      player: { id: 'p', name: 'Tom Example', clubId: 'northby', contract: { until: '2027-06-30' } },
      provenance: {
        contract: { source: 'transfermarkt-datasets', asOf: '2024-12-30' },
        club: { source: 'Fantasy Premier League 2025-26', asOf: '2026-03-12' },
      },
    });
    expect(text).toContain('contract: transfermarkt-datasets, December 2024');
    expect(text).toContain('club: Fantasy Premier League 2025-26, March 2026');
    expect(text).not.toContain('Data as of');
  });
});

describe('"Don\'t show on this site"', () => {
  const player = { ...base, id: 'p', kind: 'player', name: 'Tom Example', player: { id: 'p', name: 'Tom Example', clubId: 'x' } } as EntitySummary;
  const button = (root: Element, words: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === words);

  test('asks first, names the site, switches off only on confirmation; Cancel asks nothing', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onSiteOff = vi.fn();
    render(<Card summary={player} today={TODAY} onFullRecord={vi.fn()} onClose={vi.fn()} onSiteOff={onSiteOff} site="news.example" />, root);
    button(root, 'Don’t show on this site')?.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(root.textContent).toContain('Switch Footnote off on news.example?');
    expect(onSiteOff).not.toHaveBeenCalled();
    button(root, 'Cancel')?.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(root.textContent).not.toContain('Switch Footnote off');
    button(root, 'Don’t show on this site')?.click();
    await new Promise((r) => setTimeout(r, 0));
    // The confirmation takes focus: one more Enter switches off.
    expect(document.activeElement?.textContent).toBe('Switch off');
    button(root, 'Switch off')?.click();
    expect(onSiteOff).toHaveBeenCalledTimes(1);
  });

  test('without a handler there is no such button', () => {
    const { root } = show(player);
    expect(button(root, 'Don’t show on this site')).toBeUndefined();
  });
});
