/**
 * The tracked-sites list: which sites Footnote runs on. Pure data and rules; the background
 * stores it, registers the content script for it and asks for permissions.
 *
 * A *site* is either a default site (path-scoped patterns granted at install, which can be
 * switched off but not removed) or a site the reader added: a host with all its subdomains,
 * over http and https.
 */
import { DEFAULT_SITES, LOCAL_PATTERNS } from './defaults';
import { group } from '../indexing';

export const SITES_VERSION = 1;

export interface Site {
  /** What the reader sees and types: "bbc.co.uk/sport", "example.com". Unique. */
  id: string;
  patterns: string[];
  origin: 'default' | 'added';
  enabled: boolean;
  /** The browser took the permission away: shown, and not run until granted again. */
  revoked?: boolean;
}

export interface SitesState {
  version: typeof SITES_VERSION;
  paused: boolean;
  sites: Site[];
}

export function defaultSites(): SitesState {
  return {
    version: SITES_VERSION,
    paused: false,
    sites: DEFAULT_SITES.map((s) => ({ id: s.label, patterns: s.patterns, origin: 'default', enabled: true })),
  };
}

export type Normalised = { ok: true; id: string; patterns: string[] } | { ok: false; error: string };

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3})$/;

/** "https://www.Example.com/news/x" → "example.com", with the patterns for it and its subdomains. */
export function normaliseSite(input: string): Normalised {
  let text = input.trim().toLowerCase();
  if (!text) return { ok: false, error: 'Type a site, such as example.com' };
  if (!/^[a-z]+:\/\//.test(text)) text = `https://${text}`;
  let host: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: 'Only web sites (http or https) can be tracked' };
    host = url.hostname;
  } catch {
    return { ok: false, error: `“${input.trim()}” is not a site address` };
  }
  host = host.replace(/^\*\./, '').replace(/^www\./, '').replace(/\.$/, '');
  // Local development servers speak plain http.
  if (LOCAL_HOST.test(host)) return { ok: true, id: host, patterns: [`http://${host}/*`] };
  if (!HOST.test(host)) return { ok: false, error: `“${input.trim()}” is not a site address` };
  return { ok: true, id: host, patterns: [`*://${host}/*`, `*://*.${host}/*`] };
}

/** Whether `url` matches a match pattern ("*://*.example.com/*", "https://www.bbc.co.uk/sport/*"). Ports never matter. */
export function matchesPattern(url: string, pattern: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [scheme, host, path] = [group(m, 1), group(m, 2), group(m, 3)];
  if (scheme === '*' ? !['http:', 'https:'].includes(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host) return false;
  }
  const re = new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(u.pathname + u.search);
}

export function siteFor(state: SitesState, url: string): Site | undefined {
  return state.sites.find((s) => s.patterns.some((p) => matchesPattern(url, p)));
}

export function isTracked(state: SitesState, url: string): boolean {
  const site = siteFor(state, url);
  return !state.paused && !!site && site.enabled && !site.revoked;
}

/** The patterns the content script is registered for. */
export function activePatterns(state: SitesState): string[] {
  if (state.paused) return [];
  return [...new Set(state.sites.filter((s) => s.enabled && !s.revoked).flatMap((s) => s.patterns))];
}

export function addSite(state: SitesState, input: string): { state: SitesState; site: Site } | { error: string } {
  const n = normaliseSite(input);
  if (!n.ok) return { error: n.error };
  const existing = state.sites.find((s) => s.id === n.id);
  if (existing) {
    const site = { ...existing, enabled: true, revoked: false };
    return { state: replace(state, site), site };
  }
  const site: Site = { id: n.id, patterns: n.patterns, origin: 'added', enabled: true };
  return { state: { ...state, sites: [...state.sites, site] }, site };
}

export function setEnabled(state: SitesState, id: string, enabled: boolean): SitesState {
  const site = state.sites.find((s) => s.id === id);
  return site ? replace(state, { ...site, enabled }) : state;
}

/** Added sites can be removed; default ones only switched off (an install-time permission cannot be given back). */
export function removeSite(state: SitesState, id: string): SitesState {
  return { ...state, sites: state.sites.filter((s) => s.id !== id || s.origin === 'default') };
}

/** Marks the sites whose permission the browser no longer grants, and clears the mark where it does again. */
export function reflectPermissions(state: SitesState, granted: (patterns: string[]) => boolean): SitesState {
  return {
    ...state,
    sites: state.sites.map((s) => {
      if (s.origin === 'default') return s;
      const ok = granted(s.patterns);
      return ok === !s.revoked ? s : { ...s, revoked: !ok };
    }),
  };
}

function replace(state: SitesState, site: Site): SitesState {
  return { ...state, sites: state.sites.map((s) => (s.id === site.id ? site : s)) };
}

/**
 * Reads whatever was stored (any older version, or garbage) into a valid current state; the
 * reader's choices are kept wherever they can be understood.
 */
export function migrateSites(raw: unknown): SitesState {
  const fresh = defaultSites();
  if (typeof raw !== 'object' || raw === null) return fresh;
  const r = raw as { version?: unknown; paused?: unknown; sites?: unknown; disabled?: unknown; added?: unknown };
  // Version 0 (never shipped, kept as the example of a migration): { disabled: string[], added: string[] }.
  if (r.version === undefined && (Array.isArray(r.disabled) || Array.isArray(r.added))) {
    let state = fresh;
    for (const input of (r.added as unknown[] | undefined) ?? []) {
      if (typeof input !== 'string') continue;
      const result = addSite(state, input);
      if ('state' in result) state = result.state;
    }
    for (const id of (r.disabled as unknown[] | undefined) ?? []) if (typeof id === 'string') state = setEnabled(state, id, false);
    return state;
  }
  if (r.version !== SITES_VERSION || !Array.isArray(r.sites)) return fresh;
  const stored = new Map<string, Site>();
  for (const s of r.sites as Site[]) {
    if (s && typeof s.id === 'string' && typeof s.enabled === 'boolean' && Array.isArray(s.patterns)) stored.set(s.id, s);
  }
  // Defaults come from this version's list (a new default appears, a dropped one goes); the
  // reader's on/off choice for each is kept.
  const sites: Site[] = fresh.sites.map((d) => ({ ...d, enabled: stored.get(d.id)?.enabled ?? true }));
  for (const s of stored.values()) {
    if (s.origin !== 'added') continue;
    const n = normaliseSite(s.id);
    if (n.ok) sites.push({ id: n.id, patterns: n.patterns, origin: 'added', enabled: s.enabled, ...(s.revoked ? { revoked: true } : {}) });
  }
  return { version: SITES_VERSION, paused: r.paused === true, sites };
}

/** The site a reader would add for a page: its host. Undefined for pages Footnote cannot run on. */
export function siteIdForUrl(url: string): string | undefined {
  const n = normaliseSite(url);
  if (!n.ok || !/^https?:/.test(url)) return undefined;
  return n.id;
}

export { LOCAL_PATTERNS };
