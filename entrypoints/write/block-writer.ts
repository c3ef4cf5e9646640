/**
 * Writing one frame's batch of blocks into the page: the name wrappers and their badges. The
 * annotator (entrypoints/content/annotator.ts) decides what is written and when; this part only
 * writes, and it is loaded the first time a page has a name to write (entrypoints/content/parts.ts):
 * a tracked site's pages without one never evaluate it.
 *
 * A batch is read first (`read`: the layout and styles its writes depend on), then written
 * (`write`, block by block), so a frame costs one style and layout pass, not one per node.
 */
import type { Mention } from '../../lib/engine/page-matcher';
import type { TextBlock } from '../../lib/page/blocks';
import type { EntitySummary } from '../../lib/protocol';
import { isStale, mentionParents, readItemLayout, unwrapBlock, wrapBlock, type AppliedBlock, type PieceInfo } from '../../lib/page/wrap';
import { readNoWrap } from '../../lib/page/glue';
import { schemeAt, type Rgba, type Scheme } from '../../lib/page/scheme';
import { BadgeSpacing } from '../../lib/page/badge-spacing';
import { badgesFor, type BadgePreferences } from '../../lib/page/badge-model';
import { createBadge } from './badges';

export interface WriterOptions {
  today: string;
  prefs?: BadgePreferences & { compact?: boolean; markNames?: boolean };
  /** Mentions of the same entity in one block that get badges. */
  badgesPerBlock?: number;
  /**
   * Two mentions of one entity closer than this (px, page coordinates) get badges once
   * (lib/page/badge-spacing.ts); by default the viewport's height: once per screenful.
   */
  badgeGapPx?: number;
  /** The page's opaque key for an entity (what `data-footnote-key` says). */
  keyOf: (entityId: string) => string;
  /** What the background said about an entity: undefined or null while there is nothing to draw a badge from. */
  summaryOf: (entityId: string) => EntitySummary | null | undefined;
}

/** One block to write: `id` is the annotator's, the owner of the badges' places. */
export interface WriteItem {
  id: number;
  block: TextBlock;
  mentions: Mention[];
}

/** What one batch read about the page before writing (BlockWriter.read). */
export interface BatchRead {
  /** Parents laid out as flex or grid: nothing may be added beside their text. */
  itemLayout: ReadonlySet<Element>;
  noWrap: ReadonlySet<Element>;
  schemes: ReadonlyMap<Element, Scheme>;
  tops: ReadonlyMap<Element, number>;
  bodySizePx: number | undefined;
}

/** A badge written for a mention: hovering or focusing it opens the same card as its name. */
export interface WrittenBadge {
  host: Element;
  mention: Mention;
  tie: number;
}

export class BlockWriter {
  private readonly spacing = new BadgeSpacing(0);

  constructor(private readonly doc: Document, private readonly options: WriterOptions) {}

  /**
   * What the batch's writes need from the page's layout and styles, read before any write: which
   * parents lay out as flex or grid, which do not wrap, the background behind each block (badge
   * colours), where each block is (badge spacing), and the body's text size (the badges' largest).
   */
  read(items: WriteItem[]): BatchRead {
    const view = this.doc.defaultView;
    const memo = new Map<Element, Rgba>();
    const schemes = new Map<Element, Scheme>();
    const tops = new Map<Element, number>();
    for (const { block } of items) {
      schemes.set(block.element, schemeAt(block.element, memo));
      tops.set(block.element, block.element.getBoundingClientRect().top + (view?.scrollY ?? 0));
    }
    this.spacing.setGap(this.options.badgeGapPx ?? view?.innerHeight ?? 0);
    const body = this.doc.body && view ? Number.parseFloat(view.getComputedStyle(this.doc.body).fontSize) : NaN;
    return {
      itemLayout: readItemLayout(items),
      noWrap: readNoWrap(mentionParents(items)),
      schemes,
      tops,
      bodySizePx: Number.isFinite(body) ? body : undefined,
    };
  }

  /**
   * Wraps a block's mentions and adds badges where the spacing allows them. Undefined when
   * wrapping failed: wrapBlock has then put the block back as it was.
   */
  write(item: WriteItem, read: BatchRead): { applied: AppliedBlock; badges: WrittenBadge[] } | undefined {
    const { block, mentions, id } = item;
    const badged = new Map<string, number>();
    const badges: WrittenBadge[] = [];
    const limit = this.options.badgesPerBlock ?? 1;
    const prefs = this.options.prefs;
    const scheme = read.schemes.get(block.element);
    const top = read.tops.get(block.element) ?? 0;
    try {
      const applied = wrapBlock(block, mentions, {
        itemLayout: read.itemLayout,
        noWrap: read.noWrap,
        markNames: prefs?.markNames,
        keyOf: this.options.keyOf,
        decorate: (info: PieceInfo) => {
          if (!info.last || info.inItemLayout) return [];
          const count = badged.get(info.mention.entityId) ?? 0;
          badged.set(info.mention.entityId, count + 1);
          const summary = this.options.summaryOf(info.mention.entityId);
          if (count >= limit || !summary) return [];
          const models = badgesFor(summary, this.options.today, prefs);
          if (!models.length || !this.spacing.claim(info.mention.entityId, top, id)) return [];
          const hosts = models.map((model) => createBadge(this.doc, model, { compact: prefs?.compact, scheme, bodySizePx: read.bodySizePx }));
          for (const host of hosts) badges.push({ host, mention: info.mention, tie: info.tie });
          return hosts;
        },
      });
      return { applied, badges };
    } catch (error) {
      this.spacing.release(id);
      console.error('Footnote:', error);
      return undefined;
    }
  }

  /** Takes a block's wrappers and badges out and gives back the places its badges held. */
  unwrite(id: number, applied: AppliedBlock): void {
    this.spacing.release(id);
    unwrapBlock(applied);
  }

  /** Whether the page has changed what was written (a framework re-rendered it, or removed it). */
  isStale(applied: AppliedBlock): boolean {
    return isStale(applied);
  }

  /** Forgets every badge's place (the annotator has unwritten every block). */
  clear(): void {
    this.spacing.clear();
  }
}
