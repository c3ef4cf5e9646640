/**
 * The content script's matcher: the page's blocks go to the background, which holds the name
 * index and a PageMatcher per frame (lib/engine/match-sessions.ts); the answers come back as the
 * blocks whose mentions changed. The page keeps each live block's text, so when the background
 * has lost the session (its worker was stopped) everything is sent again, once.
 */
import type { Mention, PageMatching, PageOptions } from '../engine/page-matcher';
import { at } from '../indexing';
import { fromWireMention, summaryIds, toWire, type MatchReply, type MatchRequest, type WirePageOptions } from '../engine/match-wire';
import type { EntitySummary } from '../protocol';

export type MatchSend = (request: MatchRequest) => Promise<MatchReply>;
/** Summaries that came with an answer: `ids` were asked, `got` are those the data has. */
export type SummariesHeard = (ids: string[], got: EntitySummary[]) => void;

/** Text per message: a long page arrives in several, so no single message is a long task to build or read. */
export const BATCH_CHARS = 200_000;

export class RemoteMatching implements PageMatching {
  /** Names this page's session in the background: learning refers to its blocks by handle (lib/rumours/learn-message.ts). */
  readonly session = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  private readonly page: WirePageOptions;
  private started = false;
  private nextId = 0;
  private readonly texts = new Map<number, string>();
  private added: number[] = [];
  private removed: number[] = [];
  private readonly mentions = new Map<number, Mention[]>();
  /** Whether an answer has come: the first one brings its people's summaries along (MatchRequest.summaries). */
  private answered = false;

  constructor(private readonly send: MatchSend, options: PageOptions, private readonly heard?: SummariesHeard) {
    this.page = toWire(options);
  }

  add(text: string): number {
    const id = this.nextId++;
    this.texts.set(id, text);
    this.added.push(id);
    return id;
  }

  remove(id: number): void {
    if (!this.texts.delete(id)) return;
    this.mentions.delete(id);
    // Not sent yet: it is skipped when the batch is built (texts no longer has it).
    if (this.started) this.removed.push(id);
  }

  async resolveSliced(pause: () => Promise<void>): Promise<ReadonlyMap<number, Mention[]>> {
    for (let attempt = 0; attempt < 2; attempt++) {
      let reply: MatchReply;
      try {
        reply = await this.flush(pause);
      } catch (error) {
        // What was in flight may or may not have arrived: the next call starts over.
        this.startOver();
        throw error;
      }
      if (reply.known) {
        for (const [id, mentions] of reply.changed) {
          const text = this.texts.get(id);
          if (text !== undefined) this.mentions.set(id, mentions.map((m) => fromWireMention(m, text)));
        }
        if (reply.summaries) this.heard?.(summaryIds(reply.changed), reply.summaries);
        this.answered = true;
        return this.mentions;
      }
      this.startOver();
    }
    throw new Error('Footnote’s background lost this page’s matching twice in a row');
  }

  private startOver(): void {
    this.started = false;
    this.added = [...this.texts.keys()];
    this.removed = [];
    this.mentions.clear();
  }

  /** Sends what changed, in batches of at most BATCH_CHARS of text; the last one asks for the answer. */
  private async flush(pause: () => Promise<void>): Promise<MatchReply> {
    const ids = this.added.filter((id) => this.texts.has(id));
    let removed = this.removed;
    this.added = [];
    this.removed = [];
    let i = 0;
    for (;;) {
      const batch: Array<[number, string]> = [];
      let chars = 0;
      while (i < ids.length && (batch.length === 0 || chars < BATCH_CHARS)) {
        const id = at(ids, i++);
        const text = this.texts.get(id) ?? '';
        batch.push([id, text]);
        chars += text.length;
      }
      const last = i >= ids.length;
      const request: MatchRequest = { session: this.session, fresh: !this.started, page: this.page, added: batch, removed, resolve: last };
      if (last && this.heard && !this.answered) request.summaries = true;
      const reply = await this.send(request);
      if (!reply.known) return reply;
      this.started = true;
      removed = [];
      if (last) return reply;
      await pause();
    }
  }
}
