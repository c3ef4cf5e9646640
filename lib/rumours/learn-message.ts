/**
 * The content script's half of learning: which blocks may hold a rumour (those naming at least
 * one player and one club), packed into one bounded "learn" message. The background runs
 * lib/rumours on it, so the page pays for a message and nothing more.
 *
 * The background's match session already holds the page's text (lib/engine/match-sessions.ts):
 * a block it holds is sent by its handle, not its text again, and the background fills the text
 * in (`fillLearnTexts`). When the session is gone (the worker was stopped, or the page started
 * over) the background learns nothing from the message and says which handles it lacks; the page
 * sends that run again as text.
 */
import type { Mention } from '../engine/page-matcher';
import type { PageFacts } from './types';

export const LEARN_LIMITS = { blocks: 400, blockChars: 4000, mentionsPerBlock: 80, totalChars: 400_000 } as const;

/** Whether a block's text fits a message that already carries `chars` characters. */
const fits = (chars: number, text: string) => text.length <= LEARN_LIMITS.blockChars && chars + text.length <= LEARN_LIMITS.totalChars;

export interface LearnBlock {
  text: string;
  /** The day of the live-blog entry or gossip item the block sits in, when the page gives one. */
  date?: string;
  mentions: Array<Pick<Mention, 'start' | 'end' | 'entityId' | 'kind'>>;
}

/** What lib/rumours reads: the page's facts and its blocks' text. */
export interface LearnRequest {
  facts: PageFacts;
  blocks: LearnBlock[];
}

/** A block as the message carries it: its text, or its handle in the match session `session` (the page's matching token). */
export type LearnMessageBlock = Omit<LearnBlock, 'text'> & ({ text: string; handle?: undefined } | { handle: number; text?: undefined });

/** The "learn" message: a LearnRequest whose blocks may be handles into the page's match session. */
export interface LearnMessage {
  facts: PageFacts;
  session?: string;
  blocks: LearnMessageBlock[];
}

export interface PageBlock {
  text: string;
  mentions: readonly Mention[];
  date?: string | null;
  /** The block's handle in the page's match session, when its matching is the background's. */
  handle?: number;
}

/**
 * The learn message for a page's blocks, or null when no block names a player and a club. Blocks
 * beyond the limits are left for the next message (a live blog sends its new entries as they come).
 * With `session`, a block that has a handle is sent as that handle instead of its text.
 */
export function buildLearnMessage(blocks: readonly PageBlock[], facts: PageFacts): LearnRequest | null;
export function buildLearnMessage(blocks: readonly PageBlock[], facts: PageFacts, session: string | undefined): LearnMessage | null;
export function buildLearnMessage(blocks: readonly PageBlock[], facts: PageFacts, session?: string): LearnMessage | null {
  const out: LearnMessageBlock[] = [];
  let chars = 0;
  for (const b of blocks) {
    if (out.length >= LEARN_LIMITS.blocks) break;
    if (!fits(chars, b.text)) continue;
    const hasPlayer = b.mentions.some((m) => m.kind === 'player');
    const hasClub = b.mentions.some((m) => m.kind === 'club');
    if (!hasPlayer || !hasClub) continue;
    chars += b.text.length;
    out.push({
      ...(session !== undefined && b.handle !== undefined ? { handle: b.handle } : { text: b.text }),
      ...(b.date ? { date: b.date } : {}),
      mentions: b.mentions.slice(0, LEARN_LIMITS.mentionsPerBlock).map(({ start, end, entityId, kind }) => ({ start, end, entityId, kind })),
    });
  }
  const sent = out.length ? { facts, blocks: out } : null;
  return sent && session !== undefined && out.some((b) => b.handle !== undefined) ? { ...sent, session } : sent;
}

/**
 * The background's side: a message's handles replaced by the text its match session holds
 * (`textOf`, undefined for a handle it does not hold). Every handle must be held, or nothing is
 * learned and the page is told which to send as text. Text from the session keeps the message's
 * limits: a block too long is left out, and so is text past the message's total, as the page
 * would have done.
 */
export function fillLearnTexts(message: LearnMessage, textOf: (handle: number) => string | undefined): { request: LearnRequest } | { missing: number[] } {
  const missing: number[] = [];
  const blocks: LearnBlock[] = [];
  let chars = 0;
  for (const { handle, text: given, ...rest } of message.blocks) {
    const text = handle === undefined ? given : textOf(handle);
    if (text === undefined) {
      if (handle !== undefined) missing.push(handle);
      continue;
    }
    if (!fits(chars, text)) continue;
    chars += text.length;
    // Offsets past the text (the page's mentions of another version of the block) are dropped.
    blocks.push({ ...rest, text, mentions: rest.mentions.filter((m) => m.start < m.end && m.end <= text.length) });
  }
  return missing.length ? { missing } : { request: { facts: message.facts, blocks } };
}

/**
 * A long page's blocks in runs that each fit one message (a 1 MB live blog has thousands of
 * items): every block a message can carry is in exactly one run, in page order.
 */
export function learnBatches<T extends PageBlock>(blocks: readonly T[]): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let chars = 0;
  for (const b of blocks) {
    if (b.text.length > LEARN_LIMITS.blockChars) continue;
    if (run.length >= LEARN_LIMITS.blocks || chars + b.text.length > LEARN_LIMITS.totalChars) {
      runs.push(run);
      run = [];
      chars = 0;
    }
    run.push(b);
    chars += b.text.length;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Learning happens in ordinary windows only, on a tracked site whose "learn here" switch is on. */
export function mayLearn(context: { incognito: boolean; tracked: boolean; learnHere: boolean }): boolean {
  return !context.incognito && context.tracked && context.learnHere;
}

/** The reader's "learn here" choices: a site not listed follows its own switch (on when the site is). */
export interface LearnSettings {
  version: 1;
  sites: Record<string, boolean>;
}

export function readLearnSettings(raw: unknown): LearnSettings {
  const sites: Record<string, boolean> = {};
  const given = (raw as { sites?: unknown } | null)?.sites;
  if (given && typeof given === 'object') {
    for (const [id, on] of Object.entries(given)) if (typeof on === 'boolean') sites[id] = on;
  }
  return { version: 1, sites };
}

export function learnsHere(settings: LearnSettings, siteId: string | undefined): boolean {
  return siteId === undefined ? false : settings.sites[siteId] ?? true;
}
