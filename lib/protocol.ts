/**
 * The message protocol between the background (which owns the data) and the popup, options
 * page and content scripts: what each request carries and what it answers. Who may send each
 * one, how it is validated and how it is answered are one table, in the background
 * (entrypoints/background/messages.ts); the typed client is lib/messaging/client.ts.
 */
import type { Club, Player, Rumour, Staff, EntityKind, FactGroup, Transfer } from './dataset/types';
import type { MatchReply, MatchRequest, WireCorrections } from './engine/match-wire';
import type { Site, SitesState } from './sites/sites';
import type { LearnedSummary, Sighting } from './rumours/history';
import type { LearnMessage } from './rumours/learn-message';
import type { LearnedFile } from './rumours/learned-file';
import type { Prefs } from './prefs';

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
  /** How many small changes were written into this generation in place (absent: none). */
  revision?: number;
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
  /** A club's contracts ending in the next 18 months, soonest first (lib/contract/expiring.ts). */
  expiring?: Player[];
  /** A club's contracts whose end has passed, latest first: they may have been renewed. */
  ended?: Player[];
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
  /** The player's name, on a club's rumours (each is about another player). */
  playerName?: string;
  /** A rumour Footnote read on the reader's own pages ("seen while reading"), with where. */
  learned?: { sightings: Sighting[]; cameTrue: boolean };
  /** A dataset rumour the reader also read on his own pages (lib/rumours/join.ts folds those in). */
  seenOn?: Sighting[];
}

export interface FullRecord extends EntitySummary {
  rumours: RumourView[];
  /** A player's completed transfers, newest first (from the upstream transfers file). */
  transfers?: Transfer[];
}

/** The reader's settings a page's content script needs (entrypoints/background/page-settings.ts). */
export interface PageSettings {
  prefs: Prefs;
  /** The corrections that apply on the page's site, as lib/engine/match-wire.ts carries them. */
  corrections: WireCorrections;
}

/** A correction the reader made in a card: "not this person" (on this site) or "never mark this name" (everywhere). */
export interface PageCorrection {
  kind: 'mute' | 'not-this';
  /** The mention's text as the page wrote it. */
  form: string;
  entityId: string;
  /** The entity's name, for the options page's list of corrections. */
  name: string;
}

export interface Requests {
  'status': { request: {}; response: DataStatus };
  'search': { request: { query: string; limit?: number }; response: SearchHit[] };
  'record': { request: { id: string }; response: FullRecord | null };
  'summaries': { request: { ids: string[] }; response: EntitySummary[] };
  /** From a content script: its page's blocks that changed, matched against the name index (lib/engine/match-wire.ts). */
  'match': { request: MatchRequest; response: MatchReply };
  /** Footnote was switched off on the sender's page: the background forgets its text now, not when the tab closes. */
  'match-end': { request: Record<string, never>; response: true };
  /** From a content script: the badge preferences, and the corrections for its page's site. */
  'page-settings': { request: {}; response: PageSettings };
  /** From a hover card: store the reader's correction of a match (the site is the sender's page's). */
  'correct': { request: PageCorrection; response: true };
  /** From a hover card: show this record in the popup, or in a tab where a popup cannot open. */
  'open-record': { request: { id: string }; response: 'popup' | 'tab' };
  /** From a content script: inject one of its parts loaded when first needed (entrypoints/content/parts.ts) into its frame. */
  'content-part': { request: { part: 'card' | 'learn' | 'write' }; response: true };
  'sites': { request: {}; response: SitesState };
  /** Add a site (its permission was granted in the click that asked for it). */
  'site-add': { request: { input: string; tabId?: number }; response: { state: SitesState; error?: string } };
  'site-enable': { request: { id: string; enabled: boolean }; response: SitesState };
  /**
   * From a hover card, after the reader confirmed "Don't show on this site": the site the sending
   * page runs under is switched off (the sender's own URL says which; nothing here switches a site on).
   */
  'site-off-here': { request: {}; response: SitesState };
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
  /** Install the update that waits for the reader (it removes much of the data), or throw it away. */
  'update-confirm': { request: {}; response: UpdateInfo };
  'update-decline': { request: {}; response: UpdateInfo };
  'upstream-get': { request: {}; response: UpstreamInfo };
  /** Switch the one-click source on (its origin was granted in the click) and fetch it now. */
  'upstream-enable': { request: {}; response: UpstreamInfo };
  'upstream-now': { request: { force?: boolean }; response: UpstreamInfo };
  /** From a content script: a page's blocks that name a player and a club, to read rumours from (docs/rumours.md). */
  'learn': { request: LearnMessage; response: { entries: number; sightings: number } | { skipped: string } | { missing: number[] } };
  'learned-summary': { request: {}; response: LearnedSummary };
  /** Forget everything, or one site's sightings: answers how many entries went. */
  'learned-forget': { request: { site?: string }; response: { forgot: number } };
  'learned-export': { request: { addresses: boolean }; response: LearnedFile };
  'learned-import': { request: { file: unknown }; response: { entries: number; sightings: number } };
  /** The tracked sites with their "learn here" switches. */
  'learn-sites': { request: {}; response: LearnSite[] };
  /** null: follow the site's own switch again. */
  'learn-site-set': { request: { id: string; learn: boolean | null }; response: LearnSite[] };
}

export interface LearnSite {
  id: string;
  /** Footnote runs there. */
  tracked: boolean;
  /** Learning there: the reader's choice, else the site's switch. */
  learn: boolean;
  /** The reader chose; false when it follows the site. */
  chosen: boolean;
}

export type LayerKind = 'bundled' | 'file' | 'url' | 'upstream';

export interface LayerInfo {
  id: string;
  kind: LayerKind;
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
  /** A downloaded update that removes much of the data: installed only when the reader confirms. */
  waiting?: WaitingUpdate;
}

/** The one-click transfermarkt-datasets source: whether it is on, and what its last checks found. */
export interface UpstreamInfo {
  enabled?: boolean;
  /** The players file's validators, for the next conditional request. */
  etag?: string;
  lastModified?: string;
  /** The installed snapshot's own date (the newest date in its columns). */
  snapshot?: string;
  lastCheck?: string;
  lastSuccess?: string;
  lastError?: string;
  lastWords?: string;
  /** "The source has not changed since 11 July 2026", when its snapshot is old. */
  stale?: string;
  /** Rows left out of the last install, with their file and line (the first 50), and how many in all. */
  notes?: string[];
  noteCount?: number;
}

export interface RecordCounts {
  players: number;
  clubs: number;
  staff: number;
  rumours: number;
}

export interface WaitingUpdate {
  url: string;
  asOf: string;
  fetchedAt: string;
  /** The update address's layer now, and as the download would make it. */
  before: RecordCounts;
  after: RecordCounts;
  /** Records the download no longer has. */
  removed: number;
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

/**
 * Who may send a message: Footnote's own pages (popup, options, first-run page, wherever they
 * are open), content scripts on web pages, or both. The background checks the sender's origin.
 */
export type Audience = 'extension-pages' | 'content' | 'any';
export type Message = { [K in RequestType]: { type: K } & Requests[K]['request'] }[RequestType];
export type Reply<K extends RequestType> = { ok: true; value: Requests[K]['response'] } | { ok: false; error: string };
