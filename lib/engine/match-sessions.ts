/**
 * The background's side of matching (lib/engine/match-wire.ts): one PageMatcher per frame that
 * sends its page, kept between messages so a page that changes sends only what changed.
 *
 * A session is keyed by its frame and named by the page's token: a new token (the annotator
 * started over, or another page loaded in the frame) replaces the frame's session. A session
 * built on an older name index is dropped when the data changes; the page is told it is unknown
 * and sends its blocks again. The least recently used sessions go first past `limit` sessions or
 * past `maxChars` of page text in all (a matcher holds its pages' text and what it read in it);
 * an evicted page is told so on its next message and sends itself again.
 */
import type { NameIndex } from './name-index';
import { PageMatcher, type Mention } from './page-matcher';
import { fromWire, toWireMention, type MatchReply, type MatchRequest, type WireMention } from './match-wire';

interface Session {
  token: string;
  index: NameIndex;
  matcher: PageMatcher;
  /** The page's handle → the matcher's, and the length of each block's text. */
  handles: Map<number, number>;
  lengths: Map<number, number>;
  chars: number;
  /** What the last answers said for each page handle. */
  sent: Map<number, string>;
  /** One request at a time per session, in the order they came. */
  chain: Promise<unknown>;
}

/**
 * A pause that yields only once this much has run since the last: a few blocks near the reader
 * resolve in one go (a setTimeout between each of a dozen passes would add 4 ms each, clamped),
 * a long page still lets other tabs' messages in every few milliseconds.
 */
const BUSY_MS = 8;

function yieldWhenBusy(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < BUSY_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
}

const signature = (mentions: readonly Mention[]) => mentions.map((m) => `${m.start}:${m.end}:${m.entityId}:${m.kind}`).join(',');

export class MatchSessions {
  private readonly sessions = new Map<string, Session>();

  private readonly limit: number;
  private readonly maxChars: number;
  private readonly pause: () => Promise<void>;

  constructor(options: {
    /** Sessions kept at most (default 16). */
    limit?: number;
    /** Page text kept at most, in all sessions (default 8 million characters). */
    maxChars?: number;
    /** Between the resolution's passes: other messages get their turn (the worker serves every tab). */
    pause?: () => Promise<void>;
  } = {}) {
    this.limit = options.limit ?? 16;
    this.maxChars = options.maxChars ?? 8_000_000;
    this.pause = options.pause ?? yieldWhenBusy();
  }

  /** `frame` names the sender (tab and frame); `index` is the name index in use now (null: no data yet). */
  handle(frame: string, request: MatchRequest, index: NameIndex | null): Promise<MatchReply> {
    if (!index) return Promise.resolve({ known: true, changed: [] });
    let session = this.sessions.get(frame);
    if (request.fresh) {
      session = { token: request.session, index, matcher: new PageMatcher(index, fromWire(request.page)), handles: new Map(), lengths: new Map(), chars: 0, sent: new Map(), chain: Promise.resolve() };
    } else if (!session || session.token !== request.session || session.index !== index) {
      if (session && session.index !== index) this.sessions.delete(frame);
      return Promise.resolve({ known: false, changed: [] });
    }
    // Most recently used last: the first key is the one to evict.
    this.sessions.delete(frame);
    this.sessions.set(frame, session);
    const current = session;
    const reply = current.chain.then(() => {
      const answer = this.apply(current, request);
      this.evict(current);
      return answer;
    });
    current.chain = reply.catch(() => undefined);
    return reply;
  }

  /**
   * The text of one block of a frame's session, if that session (named by its page's token) still
   * holds it: learning names the blocks it has already sent (lib/rumours/learn-message.ts).
   */
  textOf(frame: string, token: string | undefined, handle: number): string | undefined {
    const session = this.sessions.get(frame);
    if (!session || token === undefined || session.token !== token) return undefined;
    const own = session.handles.get(handle);
    return own === undefined ? undefined : session.matcher.textOf(own);
  }

  /** Forgets one frame's session (Footnote was switched off there). */
  end(frame: string): void {
    this.sessions.delete(frame);
  }

  /** Forgets the sessions of frames whose key starts with `prefix` (a closed tab: `"12:"`). */
  drop(prefix: string): void {
    for (const key of [...this.sessions.keys()]) if (key.startsWith(prefix)) this.sessions.delete(key);
  }

  get size(): number {
    return this.sessions.size;
  }

  /** The least recently used sessions leave until both limits hold (the one in use stays, however long its page). */
  private evict(keep: Session): void {
    let chars = 0;
    for (const s of this.sessions.values()) chars += s.chars;
    for (const [key, s] of this.sessions) {
      if (this.sessions.size <= this.limit && chars <= this.maxChars) break;
      if (s === keep) continue;
      this.sessions.delete(key);
      chars -= s.chars;
    }
  }

  private async apply(session: Session, request: MatchRequest): Promise<MatchReply> {
    const { matcher, handles, lengths, sent } = session;
    const forget = (handle: number) => {
      const own = handles.get(handle);
      if (own === undefined) return;
      matcher.remove(own);
      handles.delete(handle);
      session.chars -= lengths.get(handle) ?? 0;
      lengths.delete(handle);
      sent.delete(handle);
    };
    for (const handle of request.removed) forget(handle);
    for (const [handle, text] of request.added) {
      forget(handle);
      handles.set(handle, matcher.add(text));
      lengths.set(handle, text.length);
      session.chars += text.length;
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
