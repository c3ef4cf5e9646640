/**
 * The sites list in the compact form storage.sync keeps: only the reader's choices. Patterns
 * follow from a site's name (lib/sites: normaliseSite and the defaults list), and "revoked" is
 * this browser's permission, not a choice: neither is stored. The full list of ~45 sites took
 * more than 8 kB; this form takes about 25 bytes a site:
 *
 *   { paused: 0 | 1, off: ["bbc.co.uk/sport"], add: ["example.com", "-switched-off.org"] }
 *
 * `off` lists the default sites switched off, `add` the added sites in order, "-" marking one
 * switched off. Read back through migrateSites, so a stored form this version cannot understand
 * gives the defaults, and an entry it cannot understand is dropped, never the rest.
 */
import { migrateSites, SITES_VERSION, type Site, type SitesState } from './sites';

export interface CompactSites {
  paused: 0 | 1;
  off: string[];
  add: string[];
}

export const COMPACT_SITES_VERSION = 1;

export function compactSites(state: SitesState): CompactSites {
  return {
    paused: state.paused ? 1 : 0,
    off: state.sites.filter((s) => s.origin === 'default' && !s.enabled).map((s) => s.id),
    add: state.sites.filter((s) => s.origin === 'added').map((s) => (s.enabled ? s.id : `-${s.id}`)),
  };
}

export function expandSites(raw: unknown, version: number | undefined): SitesState {
  if (version !== COMPACT_SITES_VERSION || typeof raw !== 'object' || raw === null) return migrateSites(undefined);
  const r = raw as Partial<Record<keyof CompactSites, unknown>>;
  const off = new Set(Array.isArray(r.off) ? r.off.filter((x): x is string => typeof x === 'string') : []);
  const added: Site[] = (Array.isArray(r.add) ? r.add : []).flatMap((entry): Site[] => {
    if (typeof entry !== 'string' || !entry) return [];
    const enabled = !entry.startsWith('-');
    return [{ id: enabled ? entry : entry.slice(1), patterns: [], origin: 'added', enabled }];
  });
  // migrateSites fills in the defaults and each added site's patterns, and drops what is not a site.
  const defaults = migrateSites(undefined).sites.map((s) => ({ ...s, enabled: !off.has(s.id) }));
  return migrateSites({ version: SITES_VERSION, paused: r.paused === 1, sites: [...defaults, ...added] });
}
