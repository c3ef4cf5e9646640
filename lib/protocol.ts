/**
 * The one message protocol between the background (which owns the data) and the popup,
 * options page and content scripts. Names say the direction: popup/options/content ask,
 * the background answers.
 */
import type { Club, Player, Rumour, Staff, EntityKind, FactGroup } from './dataset/types';
import type { SerialisedNameIndex } from './engine/name-index';
import type { Site, SitesState } from './sites/sites';

export interface DataMeta {
  gen: number;
  version: number;
  asOf: string;
  source: string;
  counts: { players: number; clubs: number; staff: number; rumours: number };
  installedAt: string;
  /** Which bundled file this came from (the extension version that shipped it). */
  bundled: string;
  /** The date and source of records that carry none of their own (`asOf` above is the newest fact's). */
  defaults?: { asOf: string; source: string };
}

export type DataStatus =
  | { state: 'installing'; active?: DataMeta; progress?: number }
  | { state: 'ready'; active: DataMeta }
  | { state: 'error'; error: string; active?: DataMeta };

export interface SearchHit {
  id: string;
  kind: EntityKind;
  name: string;
  /** Club and position for a person, league for a club. */
  detail?: string;
}

/** What a badge and a hover card need about one entity. */
export interface EntitySummary {
  id: string;
  kind: EntityKind;
  name: string;
  asOf: string;
  player?: Player;
  staff?: Staff;
  club?: Club;
  /** The club a person plays for (or a club's own record), and the loan's parent club. */
  clubName?: string;
  loanFromName?: string;
  rumourCount: number;
  /** Newest first, at most three. */
  latestRumours: RumourView[];
  /** For a club: its players in the dataset whose contracts end soonest. */
  expiring?: Player[];
  /** For a person: the source and date of each group of facts shown. */
  provenance?: Partial<Record<FactGroup, FactSource>>;
}

/** Where one group of a person's facts comes from: "contract: transfermarkt-datasets, December 2024". */
export interface FactSource {
  asOf: string;
  source: string;
}

export interface RumourView extends Rumour {
  clubName?: string;
}

export interface FullRecord extends EntitySummary {
  rumours: RumourView[];
}

export interface Requests {
  'status': { request: {}; response: DataStatus };
  'search': { request: { query: string; limit?: number }; response: SearchHit[] };
  'record': { request: { id: string }; response: FullRecord | null };
  'summaries': { request: { ids: string[] }; response: EntitySummary[] };
  'name-index': { request: {}; response: SerialisedNameIndex | null };
  /** From a hover card: show this record in the popup, or in a tab where a popup cannot open. */
  'open-record': { request: { id: string }; response: 'popup' | 'tab' };
  'sites': { request: {}; response: SitesState };
  /** Add a site (its permission was granted in the click that asked for it). */
  'site-add': { request: { input: string; tabId?: number }; response: { state: SitesState; error?: string } };
  'site-enable': { request: { id: string; enabled: boolean }; response: SitesState };
  'site-remove': { request: { id: string }; response: SitesState };
  'sites-reset': { request: {}; response: SitesState };
  'sites-pause': { request: { paused: boolean }; response: SitesState };
  /** What the popup needs to know about a tab. */
  'tab-status': { request: { tabId: number }; response: TabStatus };
  'layers': { request: {}; response: LayerInfo[] };
  /** A dataset the reader imported in the options page (validated again here). */
  'layer-add': { request: { label: string; dataset: unknown }; response: LayerChange };
  'layer-remove': { request: { id: string }; response: LayerChange };
  'update-get': { request: {}; response: UpdateInfo };
  /** An empty url switches updates off. */
  'update-set-url': { request: { url: string }; response: UpdateInfo };
  'update-now': { request: { force?: boolean }; response: UpdateInfo };
}

export interface LayerInfo {
  id: string;
  kind: 'bundled' | 'file' | 'url';
  label: string;
  addedAt: string;
  asOf: string;
  counts: { players: number; clubs: number; rumours: number };
}

export interface LayerChange {
  words: string;
  /** Merged records left out as invalid, each with the layers it came from and why. */
  skipped?: string[];
}

export interface UpdateInfo {
  url?: string;
  etag?: string;
  lastModified?: string;
  lastCheck?: string;
  lastSuccess?: string;
  lastError?: string;
  /** What the last successful check changed, in words. */
  lastWords?: string;
}

export interface TabStatus {
  url?: string;
  /** The site a reader would add for this page; undefined where Footnote cannot run. */
  siteId?: string;
  site?: Site;
  tracked: boolean;
  paused: boolean;
}

export type RequestType = keyof Requests;
export type Message = { [K in RequestType]: { type: K } & Requests[K]['request'] }[RequestType];
export type Reply<K extends RequestType> = { ok: true; value: Requests[K]['response'] } | { ok: false; error: string };

/** Checks a message's shape before the background trusts it (it may come from any content script). */
export function parseMessage(raw: unknown): Message | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  const isIdList = (x: unknown) => Array.isArray(x) && x.length <= 2000 && x.every((i) => typeof i === 'string' && i.length < 200);
  switch (m.type) {
    case 'status':
    case 'name-index':
      return { type: m.type };
    case 'search':
      if (typeof m.query !== 'string' || m.query.length > 200) return undefined;
      return { type: 'search', query: m.query, limit: typeof m.limit === 'number' ? Math.min(m.limit, 100) : undefined };
    case 'record':
    case 'open-record':
      return typeof m.id === 'string' && /^[a-z0-9-]{1,200}$/.test(m.id) ? { type: m.type, id: m.id } : undefined;
    case 'summaries':
      return isIdList(m.ids) ? { type: 'summaries', ids: m.ids as string[] } : undefined;
    case 'sites':
    case 'sites-reset':
      return { type: m.type };
    case 'site-add':
      return typeof m.input === 'string' && m.input.length < 500
        ? { type: 'site-add', input: m.input, tabId: typeof m.tabId === 'number' ? m.tabId : undefined }
        : undefined;
    case 'site-enable':
      return typeof m.id === 'string' && typeof m.enabled === 'boolean' ? { type: 'site-enable', id: m.id, enabled: m.enabled } : undefined;
    case 'site-remove':
      return typeof m.id === 'string' ? { type: 'site-remove', id: m.id } : undefined;
    case 'sites-pause':
      return typeof m.paused === 'boolean' ? { type: 'sites-pause', paused: m.paused } : undefined;
    case 'tab-status':
      return typeof m.tabId === 'number' ? { type: 'tab-status', tabId: m.tabId } : undefined;
    case 'layers':
    case 'update-get':
      return { type: m.type };
    case 'layer-add':
      return typeof m.label === 'string' && typeof m.dataset === 'object' && m.dataset !== null ? { type: 'layer-add', label: m.label.slice(0, 200), dataset: m.dataset } : undefined;
    case 'layer-remove':
      return typeof m.id === 'string' ? { type: 'layer-remove', id: m.id } : undefined;
    case 'update-set-url':
      return typeof m.url === 'string' && m.url.length < 2000 ? { type: 'update-set-url', url: m.url } : undefined;
    case 'update-now':
      return { type: 'update-now', force: m.force === true };
    default:
      return undefined;
  }
}
