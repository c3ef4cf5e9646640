/**
 * The default sites came with the install: their permission is granted with the extension, so
 * a permissions check never marks one revoked and none can be removed (a reader switches one
 * off instead). Sites the reader added follow the permissions the browser grants.
 */
import { describe, expect, test } from 'vitest';
import { activePatterns, addSite, defaultSites, isTracked, reflectPermissions, removeSite, setEnabled, type SitesState } from '../../lib/sites/sites';
import { DEFAULT_SITES } from '../../lib/sites/defaults';

function withAdded(): SitesState {
  const added = addSite(defaultSites(), 'example.com');
  if (!('state' in added)) throw new Error(added.error);
  return added.state;
}

describe('revoking permissions', () => {
  test('a check that finds nothing granted revokes the added sites only', () => {
    const state = reflectPermissions(withAdded(), () => false);
    expect(state.sites.filter((s) => s.revoked).map((s) => s.id)).toEqual(['example.com']);
    expect(isTracked(state, 'https://www.skysports.com/football/news')).toBe(true);
    expect(isTracked(state, 'https://example.com/news')).toBe(false);
    expect(activePatterns(state)).toEqual(DEFAULT_SITES.flatMap((s) => s.patterns));
  });

  test('a default site is never asked about: its permission is the install’s', () => {
    const asked: string[][] = [];
    reflectPermissions(withAdded(), (patterns) => (asked.push(patterns), true));
    expect(asked).toEqual([['*://example.com/*', '*://*.example.com/*']]);
  });

  test('a default site cannot be removed, only switched off', () => {
    const removed = removeSite(withAdded(), 'skysports.com');
    expect(removed.sites.map((s) => s.id)).toContain('skysports.com');
    expect(isTracked(removed, 'https://www.skysports.com/')).toBe(true);
    const off = setEnabled(removed, 'skysports.com', false);
    expect(isTracked(off, 'https://www.skysports.com/')).toBe(false);
    expect(activePatterns(off)).not.toContain('https://www.skysports.com/*');
  });

  test('an unchanged permission leaves the state as it was', () => {
    const state = withAdded();
    const same = reflectPermissions(state, () => true);
    expect(same.sites).toEqual(state.sites);
    expect(same.sites.find((s) => s.id === 'example.com')).not.toHaveProperty('revoked');
  });
});
