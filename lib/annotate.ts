/**
 * What the annotate tool prints for one page, without the files: the mentions the engine finds
 * in its blocks, and (on request) the rumours they carry. Offsets are into the page's text as
 * the tool reads it: the blocks joined by blank lines.
 */
import { PageMatcher, type Mention, type PageOptions } from './engine/page-matcher';
import type { NameIndex } from './engine/name-index';
import { extractRumours } from './rumours/extract';
import type { PageFacts, RumourClaim } from './rumours/types';
import { at } from './indexing';

/** Mentions of each block, as the extension resolves them: each against the whole page. Offsets into the block. */
export function blockMentions(index: NameIndex, blocks: readonly string[], options: PageOptions = {}): Mention[][] {
  const page = new PageMatcher(index, options);
  const ids = blocks.map((b) => page.add(b));
  return ids.map((id) => page.mentions(id));
}

/** Where each block starts in the blocks joined by blank lines. */
function blockOffsets(blocks: readonly string[]): number[] {
  const out: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    out.push(offset);
    offset += block.length + 2;
  }
  return out;
}

/** Mentions of one page fed block by block, as the extension reads it, with offsets into the blocks joined by blank lines. */
export function annotateBlocks(index: NameIndex, blocks: readonly string[], options: PageOptions = {}): Mention[] {
  const offsets = blockOffsets(blocks);
  return intoPageText(blockMentions(index, blocks, options), offsets);
}

/** A claim as the tool prints it: the evidence sentence's offsets into the page's text. */
export interface PrintedRumour {
  playerId: string;
  clubId: string;
  status: RumourClaim['status'];
  outlet: string | null;
  author: string | null;
  start: number;
  end: number;
}

export interface PageAnnotation {
  mentions: Mention[];
  rumours?: PrintedRumour[];
}

export interface PageInput {
  blocks: readonly string[];
  facts: PageFacts;
  blockDates?: readonly (string | null)[];
  /** The page's language (`<html lang>`), for the engine's language rules. */
  lang?: string;
}

/** Mentions, and with `rumours` the claims the page makes, in text order. */
export function annotatePage(index: NameIndex, page: PageInput, options: { rumours?: boolean; today?: string } = {}): PageAnnotation {
  // The page's own date (when it states one) checks ages and eras; today bounds them otherwise.
  const perBlock = blockMentions(index, page.blocks, { today: options.today, lang: page.lang, date: page.facts.date ?? undefined });
  const offsets = blockOffsets(page.blocks);
  const mentions = intoPageText(perBlock, offsets);
  if (!options.rumours) return { mentions };
  const claims = extractRumours({ blocks: page.blocks, mentions: perBlock, facts: page.facts, blockDates: page.blockDates });
  const rumours = claims.map((c) => {
    const shift = at(offsets, c.evidence.block, 'block offsets');
    return {
      playerId: c.playerId,
      clubId: c.clubId,
      status: c.status,
      outlet: c.outlet,
      author: c.author,
      start: c.evidence.start + shift,
      end: c.evidence.end + shift,
    };
  });
  return { mentions, rumours };
}

/** Each block's mentions moved from offsets into their block to offsets into the page's joined text. */
function intoPageText(perBlock: Mention[][], offsets: readonly number[]): Mention[] {
  return perBlock.flatMap((ms, i) => {
    const shift = at(offsets, i, 'block offsets');
    return ms.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
  });
}
