/**
 * The content script's half of learning: which blocks may hold a rumour (those naming at least
 * one player and one club), packed into one bounded "learn" message. The background runs
 * lib/rumours on it, so the page pays for a copy of some text and nothing more.
 */
import type { Mention } from '../engine/page-matcher';
import type { PageFacts } from './types';

export const LEARN_LIMITS = { blocks: 400, blockChars: 4000, mentionsPerBlock: 80, totalChars: 400_000 } as const;

export interface LearnBlock {
  text: string;
  /** The day of the live-blog entry or gossip item the block sits in, when the page gives one. */
  date?: string;
  mentions: Array<Pick<Mention, 'start' | 'end' | 'entityId' | 'kind'>>;
}

export interface LearnRequest {
  facts: PageFacts;
  blocks: LearnBlock[];
}

export interface PageBlock {
  text: string;
  mentions: readonly Mention[];
  date?: string | null;
}

/**
 * The learn message for a page's blocks, or null when no block names a player and a club. Blocks
 * beyond the limits are left for the next message (a live blog sends its new entries as they come).
 */
export function buildLearnMessage(blocks: readonly PageBlock[], facts: PageFacts): LearnRequest | null {
  const out: LearnBlock[] = [];
  let chars = 0;
  for (const b of blocks) {
    if (out.length >= LEARN_LIMITS.blocks) break;
    if (b.text.length > LEARN_LIMITS.blockChars || chars + b.text.length > LEARN_LIMITS.totalChars) continue;
    const hasPlayer = b.mentions.some((m) => m.kind === 'player');
    const hasClub = b.mentions.some((m) => m.kind === 'club');
    if (!hasPlayer || !hasClub) continue;
    chars += b.text.length;
    out.push({
      text: b.text,
      ...(b.date ? { date: b.date } : {}),
      mentions: b.mentions.slice(0, LEARN_LIMITS.mentionsPerBlock).map(({ start, end, entityId, kind }) => ({ start, end, entityId, kind })),
    });
  }
  return out.length ? { facts, blocks: out } : null;
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
