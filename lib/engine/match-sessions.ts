/**
 * The background's side of matching (lib/engine/match-wire.ts): one PageMatcher per frame that
 * sends its page, kept between messages so a page that changes sends only what changed.
 *
 * A session is keyed by its frame and named by the page's token: a new token (the annotator
 * started over, or another page loaded in the frame) replaces the frame's session. A session
 * built on an older name index is dropped when the data changes; the page is told it is unknown
 * and sends its blocks again. The least recently used sessions go first past `limit`.
 */
import type { NameIndex } from './name-index';
import { PageMatcher, type Mention } from './page-matcher';
import { fromWire, toWireMention, type MatchReply, type MatchRequest, type WireMention } from './match-wire';

interface Session {
  token: string;
  index: NameIndex;
  matcher: PageMatcher;
  /** The page's handle → the matcher's. */
  handles: Map<number, number>;
  /** What the last answers said for each page handle. */
  sent: Map<number, string>;
  /** One request at a time per session, in the order they came. */
  chain: Promise<unknown>;
}

const signature = (mentions: readonly Mention[]) => mentions.map((m) => `${m.start}:${m.end}:${m.entityId}:${m.kind}`).join(',');

export class MatchSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly limit = 16,
    /** Between the resolution's passes: other messages get their turn (the worker serves every tab). */
    private readonly pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  ) {}

  /** `frame` names the sender (tab and frame); `index` is the name index in use now (null: no data yet). */
  handle(frame: string, request: MatchRequest, index: NameIndex | null): Promise<MatchReply> {
    if (!index) return Promise.resolve({ known: true, changed: [] });
    let session = this.sessions.get(frame);
    if (request.fresh) {
      session = { token: request.session, index, matcher: new PageMatcher(index, fromWire(request.page)), handles: new Map(), sent: new Map(), chain: Promise.resolve() };
    } else if (!session || session.token !== request.session || session.index !== index) {
      if (session && session.index !== index) this.sessions.delete(frame);
      return Promise.resolve({ known: false, changed: [] });
    }
    // Most recently used last: the first key is the one to evict.
    this.sessions.delete(frame);
    this.sessions.set(frame, session);
    for (const key of this.sessions.keys()) {
      if (this.sessions.size <= this.limit) break;
      this.sessions.delete(key);
    }
    const current = session;
    const reply = current.chain.then(() => this.apply(current, request));
    current.chain = reply.catch(() => undefined);
    return reply;
  }

  /** Forgets the sessions of frames whose key starts with `prefix` (a closed tab: `"12:"`). */
  drop(prefix: string): void {
    for (const key of [...this.sessions.keys()]) if (key.startsWith(prefix)) this.sessions.delete(key);
  }

  get size(): number {
    return this.sessions.size;
  }

  private async apply(session: Session, request: MatchRequest): Promise<MatchReply> {
    const { matcher, handles, sent } = session;
    for (const handle of request.removed) {
      const own = handles.get(handle);
      if (own === undefined) continue;
      matcher.remove(own);
      handles.delete(handle);
      sent.delete(handle);
    }
    for (const [handle, text] of request.added) {
      const own = handles.get(handle);
      if (own !== undefined) matcher.remove(own);
      handles.set(handle, matcher.add(text));
      sent.delete(handle);
    }
    if (!request.resolve) return { known: true, changed: [] };
    const resolved = await matcher.resolveSliced(this.pause);
    const changed: Array<[number, WireMention[]]> = [];
    for (const [handle, own] of handles) {
      const mentions = resolved.get(own) ?? [];
      const now = signature(mentions);
      if ((sent.get(handle) ?? '') === now) continue;
      sent.set(handle, now);
      changed.push([handle, mentions.map(toWireMention)]);
    }
    return { known: true, changed };
  }
}
