import type { Mention } from '../engine/page-matcher';
import type { RumourStatus } from '../dataset/types';

/** What a page says about itself (lib/rumours/page-facts.ts reads it from a document). */
export interface PageFacts {
  /** The site's own name ("Sky Sports"): the outlet of claims the text credits to no one else. */
  siteName: string | null;
  url: string | null;
  /** The day the page was published, `YYYY-MM-DD`, or the day it was read when it does not say. */
  date: string | null;
  /** The page's byline, when it has one. */
  author: string | null;
}

/** A reported possible change of a player's club, or talks on a new contract with his own club. */
export interface RumourClaim {
  playerId: string;
  /** The prospective destination, or his own club for renewal talks. */
  clubId: string;
  status: RumourStatus;
  outlet: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  /** The sentence the claim was read from: UTF-16 offsets into block `block`. */
  evidence: { block: number; start: number; end: number };
}

export interface RumourInput {
  /** The page's text blocks, as PageMatcher was fed them. */
  blocks: readonly string[];
  /** Each block's mentions, offsets into that block. */
  mentions: readonly (readonly Mention[])[];
  facts: PageFacts;
  /** A date per block for live blogs and dated gossip entries (`YYYY-MM-DD`), where the page gives one. */
  blockDates?: readonly (string | null | undefined)[];
}

export type { Mention, RumourStatus };
