/**
 * Every message the background answers, in one table: who may send it, the shape it must have
 * (valibot, checked here and only here: the content script never carries a validator), and
 * what answers it. The compiler refuses a request type without all three.
 *
 * Content scripts may ask only what a page needs (the name index, summaries, a record to open,
 * their page's settings, and what the reader says in a card: a correction, switching their own
 * site off)
 * and send the one thing a page gives (`learn`: the blocks rumours are read from);
 * everything that reads the whole dataset or changes settings and data is accepted from
 * Footnote's own pages only.
 */
import * as v from 'valibot';
import type { Audience, Reply, Requests, RequestType } from '../../lib/protocol';
import type { DataService } from './data';
import type { SitesService } from './sites';
import type { PageSettingsService } from './page-settings';
import { openRecord } from './open-record';
import { injectPart } from './parts';
import { getUpdateInfo, setUpdateUrl } from './updates';
import { getUpstreamInfo } from './upstream';
import { matchIndex, record, records, search } from './store/queries';
import type { MatchSessions } from '../../lib/engine/match-sessions';
import { withSummaries } from '../../lib/engine/match-wire';
import type { LearnedService } from './learned/service';
import { fillLearnTexts, LEARN_LIMITS, type LearnMessage } from '../../lib/rumours/learn-message';

export interface Sender {
  id?: string;
  origin?: string;
  url?: string;
  tab?: { id?: number; index?: number; windowId?: number; incognito?: boolean };
  frameId?: number;
}

export interface Services {
  data: DataService;
  sites: SitesService;
  learned: LearnedService;
  matching: MatchSessions;
  settings: PageSettingsService;
}

interface Entry<K extends RequestType> {
  from: Audience;
  schema: v.GenericSchema<unknown, Requests[K]['request']>;
  handle: (request: Requests[K]['request'], services: Services, sender: Sender) => Promise<Requests[K]['response']>;
}

export type MessageTable = { [K in RequestType]: Entry<K> };

const NONE = v.object({});
const ID = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,200}$/, 'an id is lower-case letters, digits and dashes'));
const SITE_ID = v.pipe(v.string(), v.maxLength(500));
const SHORT = v.nullable(v.pipe(v.string(), v.maxLength(300)));
const DAY = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date (YYYY-MM-DD)'));
const OFFSET = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LEARN_LIMITS.blockChars));
const HANDLE = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A page's matching token (lib/page/remote-matching.ts): it names the frame's match session. */
const SESSION = v.pipe(v.string(), v.regex(/^[a-z0-9]{1,40}$/, 'a session is letters and digits'));
/** The match session's key: one per frame of a tab. */
const frameKey = (sender: { tab?: { id?: number }; frameId?: number }) => `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}`;

/** What one page may send at once (lib/page/remote-matching.ts sends at most BATCH_CHARS of text, as blocks). */
const MATCH_LIMITS = { blocks: 20_000, blockChars: 2_000_000, corrections: 5_000 };
const MATCH = v.object({
  session: SESSION,
  fresh: v.boolean(),
  page: v.object({
    date: v.optional(DAY),
    today: v.optional(DAY),
    lang: v.optional(v.pipe(v.string(), v.maxLength(40))),
    corrections: v.optional(v.object({
      muted: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(MATCH_LIMITS.corrections)),
      notThis: v.pipe(v.array(v.pipe(v.string(), v.maxLength(600))), v.maxLength(MATCH_LIMITS.corrections)),
    })),
  }),
  added: v.pipe(v.array(v.tuple([HANDLE, v.pipe(v.string(), v.maxLength(MATCH_LIMITS.blockChars))])), v.maxLength(MATCH_LIMITS.blocks)),
  removed: v.pipe(v.array(HANDLE), v.maxLength(MATCH_LIMITS.blocks * 10)),
  resolve: v.boolean(),
  summaries: v.optional(v.boolean()),
});
const LEARN = v.object({
  facts: v.object({ siteName: SHORT, url: v.nullable(v.pipe(v.string(), v.maxLength(2000))), date: v.nullable(DAY), author: SHORT }),
  // The page's matching token: blocks sent as handles are read from its match session.
  session: v.optional(SESSION),
  blocks: v.pipe(v.array(v.pipe(v.object({
    text: v.optional(v.pipe(v.string(), v.maxLength(LEARN_LIMITS.blockChars))),
    handle: v.optional(HANDLE),
    date: v.optional(DAY),
    mentions: v.pipe(v.array(v.object({ start: OFFSET, end: OFFSET, entityId: ID, kind: v.picklist(['player', 'club', 'staff']) })), v.maxLength(LEARN_LIMITS.mentionsPerBlock)),
  }), v.check((b) => (b.text === undefined) !== (b.handle === undefined), 'a block is its text or its handle'))), v.maxLength(LEARN_LIMITS.blocks)),
}) as v.GenericSchema<unknown, LearnMessage>;

export const MESSAGES: MessageTable = {
  'status': { from: 'extension-pages', schema: NONE, handle: (_, { data }) => data.status() },
  'search': {
    from: 'extension-pages',
    schema: v.object({
      query: v.pipe(v.string(), v.maxLength(200)),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.transform((n) => Math.min(n, 100)))),
    }),
    handle: async ({ query, limit }, { data }) => search(await data.db, query, limit),
  },
  // The dataset's answers with the rumours learned while reading joined in.
  'record': {
    from: 'extension-pages',
    schema: v.object({ id: ID }),
    handle: async ({ id }, { data, learned }) => learned.joinRecord(await record(await data.db, id)),
  },
  'summaries': {
    from: 'any',
    schema: v.object({ ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(2000)) }),
    handle: async ({ ids }, { data, learned }) => learned.joinSummaries(await records(await data.db, ids)),
  },
  'match': {
    from: 'content',
    schema: MATCH,
    // During the first install, answer with the data, not before. One session per frame of a tab.
    handle: async (request, { data, matching, learned }, sender) => {
      await data.whenInstalled();
      const db = await data.db;
      const reply = await matching.handle(frameKey(sender), request, await matchIndex(db));
      return withSummaries(request, reply, async (ids) => learned.joinSummaries(await records(db, ids)));
    },
  },
  'match-end': {
    from: 'content',
    schema: NONE,
    handle: async (_, { matching }, sender) => {
      matching.end(frameKey(sender));
      return true as const;
    },
  },
  'page-settings': { from: 'content', schema: NONE, handle: (_, { settings }, sender) => settings.forPage(sender.url ?? '') },
  'correct': {
    from: 'content',
    schema: v.object({
      kind: v.picklist(['mute', 'not-this']),
      form: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
      entityId: ID,
      name: v.pipe(v.string(), v.maxLength(300)),
    }),
    handle: (correction, { settings }, sender) => settings.correct(sender.url ?? '', correction),
  },
  'open-record': { from: 'content', schema: v.object({ id: ID }), handle: ({ id }, _, sender) => openRecord(id, sender.tab) },
  'content-part': { from: 'content', schema: v.object({ part: v.picklist(['card', 'learn', 'write']) }), handle: ({ part }, _, sender) => injectPart(part, sender) },
  'sites': { from: 'extension-pages', schema: NONE, handle: (_, { sites }) => sites.load() },
  'site-add': {
    from: 'extension-pages',
    schema: v.object({ input: SITE_ID, tabId: v.optional(v.pipe(v.number(), v.integer())) }),
    handle: ({ input, tabId }, { sites }) => sites.add(input, tabId),
  },
  'site-enable': {
    from: 'extension-pages',
    schema: v.object({ id: SITE_ID, enabled: v.boolean() }),
    handle: ({ id, enabled }, { sites }) => sites.enable(id, enabled),
  },
  'site-off-here': { from: 'content', schema: NONE, handle: (_, { sites }, sender) => sites.offForUrl(sender.url ?? '') },
  'site-remove': { from: 'extension-pages', schema: v.object({ id: SITE_ID }), handle: ({ id }, { sites }) => sites.remove(id) },
  'sites-reset': { from: 'extension-pages', schema: NONE, handle: (_, { sites }) => sites.reset() },
  'sites-pause': { from: 'extension-pages', schema: v.object({ paused: v.boolean() }), handle: ({ paused }, { sites }) => sites.pause(paused) },
  'tab-status': {
    from: 'extension-pages',
    schema: v.object({ tabId: v.pipe(v.number(), v.integer()) }),
    handle: ({ tabId }, { sites }) => sites.tabStatus(tabId),
  },
  'layers': { from: 'extension-pages', schema: NONE, handle: (_, { data }) => data.layers() },
  'layer-add': {
    from: 'extension-pages',
    schema: v.object({
      label: v.pipe(v.string(), v.transform((label) => label.slice(0, 200))),
      dataset: v.pipe(v.unknown(), v.check((d) => typeof d === 'object' && d !== null, 'a dataset is an object')),
    }),
    handle: ({ label, dataset }, { data }) => data.addFile(label, dataset),
  },
  'layer-remove': { from: 'extension-pages', schema: v.object({ id: SITE_ID }), handle: ({ id }, { data }) => data.removeLayer(id) },
  'update-get': { from: 'extension-pages', schema: NONE, handle: () => getUpdateInfo() },
  'update-set-url': { from: 'extension-pages', schema: v.object({ url: v.pipe(v.string(), v.maxLength(2000)) }), handle: ({ url }) => setUpdateUrl(url) },
  'update-now': {
    from: 'extension-pages',
    schema: v.object({ force: v.optional(v.boolean()) }),
    handle: ({ force }, { data }) => data.update(force === true),
  },
  'update-confirm': { from: 'extension-pages', schema: NONE, handle: (_, { data }) => data.confirmUpdate() },
  'update-decline': { from: 'extension-pages', schema: NONE, handle: (_, { data }) => data.declineUpdate() },
  'upstream-get': { from: 'extension-pages', schema: NONE, handle: () => getUpstreamInfo() },
  'upstream-enable': { from: 'extension-pages', schema: NONE, handle: (_, { data }) => data.enableUpstream() },
  'upstream-now': {
    from: 'extension-pages',
    schema: v.object({ force: v.optional(v.boolean()) }),
    handle: ({ force }, { data }) => data.upstream(force === true),
  },
  'learn': {
    from: 'content',
    schema: LEARN,
    // Blocks sent by handle are read from the sender's match session; when it lacks one, the page is told which to send as text.
    handle: async (message, { learned, matching }, sender) => {
      const filled = fillLearnTexts(message, (handle) => matching.textOf(frameKey(sender), message.session, handle));
      return 'missing' in filled ? filled : learned.learn(filled.request, sender);
    },
  },
  'learned-summary': { from: 'extension-pages', schema: NONE, handle: (_, { learned }) => learned.summary() },
  'learned-forget': { from: 'extension-pages', schema: v.object({ site: v.optional(SITE_ID) }), handle: ({ site }, { learned }) => learned.forget(site) },
  'learned-export': { from: 'extension-pages', schema: v.object({ addresses: v.boolean() }), handle: ({ addresses }, { learned }) => learned.export(addresses) },
  'learned-import': {
    from: 'extension-pages',
    schema: v.object({ file: v.pipe(v.unknown(), v.check((d) => typeof d === 'object' && d !== null, 'a rumours file is an object')) }),
    handle: ({ file }, { learned }) => learned.import(file),
  },
  'learn-sites': { from: 'extension-pages', schema: NONE, handle: (_, { learned }) => learned.sites() },
  'learn-site-set': {
    from: 'extension-pages',
    schema: v.object({ id: SITE_ID, learn: v.nullable(v.boolean()) }),
    handle: ({ id, learn }, { learned }) => learned.setSite(id, learn),
  },
};

/**
 * The origin a message came from: `sender.origin` where the browser gives it, else its URL's
 * scheme and host (built by hand: `URL.origin` is "null" for extension schemes outside Chromium).
 */
export function senderOrigin(sender: Sender): string | undefined {
  if (sender.origin && sender.origin !== 'null') return sender.origin;
  try {
    const url = sender.url ? new URL(sender.url) : undefined;
    return url ? `${url.protocol}//${url.host}` : undefined;
  } catch {
    return undefined;
  }
}

/** Footnote's own pages are on the extension's origin; a content script's sender is the web page. */
export function allowed(from: Audience, sender: Sender, extensionOrigin: string): boolean {
  const ours = senderOrigin(sender) === extensionOrigin;
  if (from === 'extension-pages') return ours;
  if (from === 'content') return !ours && sender.tab !== undefined;
  return ours || sender.tab !== undefined;
}

function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(MESSAGES, type);
}

/**
 * Checks and answers one message. Never throws: a refusal or a failure is a reply in words.
 * `extensionOrigin` is the extension's own origin (e.g. `chrome-extension://<id>`).
 */
export async function dispatch(raw: unknown, sender: Sender, services: Services, extensionOrigin: string, table: MessageTable = MESSAGES): Promise<Reply<RequestType>> {
  const type = (raw as { type?: unknown } | null)?.type;
  if (!isRequestType(type)) return { ok: false, error: 'Footnote does not know this message' };
  const entry = table[type] as Entry<RequestType>;
  if (!allowed(entry.from, sender, extensionOrigin)) return { ok: false, error: `“${type}” is not accepted from this page` };
  const parsed = v.safeParse(entry.schema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    return { ok: false, error: `A malformed “${type}” message${path ? ` (${path})` : ''}: ${issue.message}` };
  }
  try {
    return { ok: true, value: await entry.handle(parsed.output as never, services, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
