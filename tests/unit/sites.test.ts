import { describe, expect, test } from 'vitest';
import {
  activePatterns, addSite, defaultSites, isTracked, matchesPattern, migrateSites, normaliseSite,
  reflectPermissions, removeSite, setEnabled, siteFor, siteIdForUrl,
} from '../../lib/sites/sites';

describe('normaliseSite', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM  ', 'example.com'],
    ['https://www.example.com/news/story?id=1', 'example.com'],
    ['http://sport.example.co.uk', 'sport.example.co.uk'],
    ['*.example.org', 'example.org'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://localhost:5173/page', 'localhost'],
  ])('%s → %s', (input, id) => {
    const n = normaliseSite(input);
    expect(n.ok && n.id).toBe(id);
  });
  test.each(['', 'not a site', 'ftp://example.com', 'example', 'chrome://extensions', 'exa_mple.com'])('refuses %j', (input) => {
    expect(normaliseSite(input).ok).toBe(false);
  });
  test('a site is its host and its subdomains', () => {
    expect(normaliseSite('example.com')).toEqual({ ok: true, id: 'example.com', patterns: ['*://example.com/*', '*://*.example.com/*'] });
  });
});

describe('matching URLs to sites', () => {
  test.each([
    ['https://www.bbc.co.uk/sport/football/123', 'https://www.bbc.co.uk/sport/*', true],
    ['https://www.bbc.co.uk/news/politics', 'https://www.bbc.co.uk/sport/*', false],
    ['http://www.bbc.co.uk/sport/x', 'https://www.bbc.co.uk/sport/*', false],
    ['https://news.example.com/a', '*://*.example.com/*', true],
    ['https://example.com/', '*://*.example.com/*', true],
    ['https://badexample.com/', '*://*.example.com/*', false],
    ['http://127.0.0.1:43123/demo/article.html', 'http://127.0.0.1/*', true],
    ['chrome://extensions', '*://*.example.com/*', false],
  ])('%s ~ %s: %s', (url, pattern, expected) => expect(matchesPattern(url, pattern)).toBe(expected));

  test('defaults track football sections only', () => {
    const state = defaultSites();
    expect(isTracked(state, 'https://www.theguardian.com/football/2026/feb/05/x')).toBe(true);
    expect(isTracked(state, 'https://www.theguardian.com/politics/x')).toBe(false);
    expect(isTracked(state, 'https://www.transfermarkt.com/')).toBe(false);
    expect(siteFor(state, 'https://www.skysports.com/football/news')?.id).toBe('skysports.com');
  });
});

describe('the list', () => {
  test('add, switch off, remove; defaults cannot be removed; pause stops everything', () => {
    let state = defaultSites();
    const added = addSite(state, 'https://www.example.com/x');
    if (!('state' in added)) throw new Error(added.error);
    state = added.state;
    expect(isTracked(state, 'https://news.example.com/a')).toBe(true);
    state = setEnabled(state, 'example.com', false);
    expect(isTracked(state, 'https://example.com/a')).toBe(false);
    expect(activePatterns(state)).not.toContain('*://example.com/*');
    state = removeSite(state, 'example.com');
    expect(siteFor(state, 'https://example.com/')).toBeUndefined();
    state = removeSite(state, 'skysports.com');
    expect(siteFor(state, 'https://www.skysports.com/')).toBeDefined();
    expect(activePatterns({ ...state, paused: true })).toEqual([]);
    expect('error' in addSite(state, 'nonsense')).toBe(true);
  });

  test('a revoked permission is reflected and cleared when granted again', () => {
    const added = addSite(defaultSites(), 'example.com');
    if (!('state' in added)) throw new Error();
    const revoked = reflectPermissions(added.state, () => false);
    expect(revoked.sites.find((s) => s.id === 'example.com')?.revoked).toBe(true);
    expect(isTracked(revoked, 'https://example.com/')).toBe(false);
    expect(reflectPermissions(revoked, () => true).sites.find((s) => s.id === 'example.com')?.revoked).toBe(false);
  });

  test('the site for a page', () => {
    expect(siteIdForUrl('https://www.example.com/a')).toBe('example.com');
    expect(siteIdForUrl('chrome://newtab')).toBeUndefined();
  });
});

describe('migrateSites', () => {
  test('garbage or nothing gives the defaults', () => {
    expect(migrateSites(undefined)).toEqual(defaultSites());
    expect(migrateSites({ version: 99 })).toEqual(defaultSites());
    expect(migrateSites('x')).toEqual(defaultSites());
  });
  test('version 0 is migrated, keeping choices', () => {
    const state = migrateSites({ disabled: ['skysports.com'], added: ['example.com', 42] });
    expect(state.version).toBe(1);
    expect(state.sites.find((s) => s.id === 'skysports.com')?.enabled).toBe(false);
    expect(state.sites.find((s) => s.id === 'example.com')?.origin).toBe('added');
  });
  test('version 1 keeps choices, refreshes defaults and drops broken entries', () => {
    const stored = {
      version: 1,
      paused: true,
      sites: [
        { id: 'skysports.com', patterns: ['old'], origin: 'default', enabled: false },
        { id: 'example.com', patterns: [], origin: 'added', enabled: true, revoked: true },
        { id: 5, patterns: [] },
      ],
    };
    const state = migrateSites(stored);
    expect(state.paused).toBe(true);
    expect(state.sites.find((s) => s.id === 'skysports.com')).toMatchObject({ enabled: false, patterns: ['https://www.skysports.com/*'] });
    expect(state.sites.find((s) => s.id === 'example.com')).toMatchObject({ patterns: ['*://example.com/*', '*://*.example.com/*'], revoked: true });
  });
});
