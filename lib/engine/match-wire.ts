/**
 * The page's text going to the background's matcher, and its answers: the content script reads
 * and writes the page, the background (which holds the name index) finds the names. Only
 * the blocks that changed cross, each way: a block is sent once, and an answer lists only the
 * blocks whose mentions changed since the previous answer of the same session.
 */
import type { EntityKind } from '../dataset/types';
import type { Mention, PageOptions } from './page-matcher';
import type { EntitySummary } from '../protocol';
import type { PageCorrections } from '../corrections';

/** Summaries that come with a session's first answer, at most (the near blocks' people: a screen or two). */
export const FIRST_SUMMARIES = 200;

/** The reader's corrections for a page as messages carry them: arrays, not sets. */
export interface WireCorrections {
  muted: string[];
  notThis: string[];
}

/** PageOptions as a message carries them (corrections as arrays, not sets). */
export interface WirePageOptions {
  date?: string;
  today?: string;
  lang?: string;
  corrections?: WireCorrections;
}

export interface MatchRequest {
  /** Chosen by the page for each fresh start; the background keeps one session per frame. */
  session: string;
  /** The first message of a session (or the resend after the background lost it): start from nothing. */
  fresh: boolean;
  page: WirePageOptions;
  /** New blocks: the page's handle and the block's text. */
  added: Array<[number, string]>;
  /** Handles of blocks that left the page. */
  removed: number[];
  /** Resolve the page and answer; false while a long page is still arriving in several messages. */
  resolve: boolean;
  /**
   * Answer with the summaries of the people in the changed blocks too (summaryIds): asked by the
   * session's first answer, the blocks near the reader, so its badges do not wait for another round trip.
   */
  summaries?: boolean;
}

/** A mention as it crosses: start, end, entity, kind (its text is the page's own, sliced from the block). */
export type WireMention = [number, number, string, EntityKind];

export interface MatchReply {
  /** False: the background has no such session (its worker restarted): send every block again, fresh. */
  known: boolean;
  /** The blocks whose mentions changed since the last answer (a block never listed has none). */
  changed: Array<[number, WireMention[]]>;
  /** When asked: the summaries of summaryIds(changed) that the data has (an id left out has none). */
  summaries?: EntitySummary[];
}

/** The background's answer with the summaries its request asked for (`lookup` reads them from the data). */
export async function withSummaries(request: MatchRequest, reply: MatchReply, lookup: (ids: string[]) => Promise<EntitySummary[]>): Promise<MatchReply> {
  if (!request.summaries || !reply.known) return reply;
  return { ...reply, summaries: await lookup(summaryIds(reply.changed)) };
}

/** The entities a reply's summaries cover: those of its changed blocks, in order, at most FIRST_SUMMARIES. */
export function summaryIds(changed: MatchReply['changed']): string[] {
  const ids = new Set<string>();
  for (const [, mentions] of changed) {
    for (const [, , id] of mentions) {
      if (ids.size >= FIRST_SUMMARIES) return [...ids];
      ids.add(id);
    }
  }
  return [...ids];
}

export const toWireMention = (m: Mention): WireMention => [m.start, m.end, m.entityId, m.kind];

export function fromWireMention([start, end, entityId, kind]: WireMention, blockText: string): Mention {
  return { start, end, entityId, kind, text: blockText.slice(start, end) };
}

export const correctionsToWire = (c: PageCorrections): WireCorrections => ({ muted: [...c.muted], notThis: [...c.notThis] });
export const correctionsFromWire = (c: WireCorrections): PageCorrections => ({ muted: new Set(c.muted), notThis: new Set(c.notThis) });

export function toWire(options: PageOptions): WirePageOptions {
  const { corrections, ...rest } = options;
  return corrections ? { ...rest, corrections: correctionsToWire(corrections) } : rest;
}

export function fromWire(wire: WirePageOptions): PageOptions {
  const { corrections, ...rest } = wire;
  return corrections ? { ...rest, corrections: correctionsFromWire(corrections) } : rest;
}
