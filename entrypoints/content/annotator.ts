/**
 * The page annotator: reads the page's text in slices, asks the engine for mentions, wraps
 * them and pins badges, then follows the page as it changes.
 *
 *   collect ──► match (PageMatcher, whole-page context) ──► summaries (background) ──► wrap + badges
 *      ▲                                                                                   │
 *      └──── MutationObserver: only queues; a batch on the next idle slot re-reads the ◄───┘
 *            blocks that changed (never the whole page, never our own nodes)
 *
 * Work runs in slices of a few milliseconds that yield to the page; nothing reads layout.
 */
import type { NameIndex } from '../../lib/engine/name-index';
import { PageMatcher, type Mention } from '../../lib/engine/page-matcher';
import { blockAncestor, collectBlocks, isInsideSkipped, isSkipped, OWN_ATTRIBUTE, walkBlocks, type TextBlock } from '../../lib/page/blocks';
import { isStale, unwrapBlock, wrapBlock, type AppliedBlock, type PieceInfo } from '../../lib/page/wrap';
import { badgesFor, type BadgePreferences } from '../../lib/page/badge-model';
import type { EntitySummary } from '../../lib/protocol';
import { createBadge } from './badges';

export interface AnnotatorOptions {
  index: NameIndex;
  summaries: (ids: string[]) => Promise<EntitySummary[]>;
  today: string;
  prefs?: BadgePreferences & { compact?: boolean };
  /** Mentions of the same entity in one block that get badges. */
  badgesPerBlock?: number;
  /** Called after each batch settles (tests and the popup listen). */
  onSettled?: (annotator: PageAnnotator) => void;
}

interface BlockState {
  id: number;
  block: TextBlock;
  applied?: AppliedBlock;
  signature: string;
}

const SLICE_MS = 8;
const SUMMARY_BATCH = 60;
/** Past this many queued changes a batch re-reads the whole page instead. */
const MAX_QUEUE = 2000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class PageAnnotator {
  private matcher: PageMatcher;
  private states: BlockState[] = [];
  private byNode = new Map<Text, BlockState>();
  private summaryCache = new Map<string, EntitySummary | null>();
  private observer: MutationObserver | undefined;
  private queue: MutationRecord[] = [];
  private flushScheduled = false;
  private running = false;
  private busy: Promise<void> = Promise.resolve();
  /** Bumped by stop(): work started before it gives up. */
  private epoch = 0;

  constructor(private readonly root: Element, private readonly options: AnnotatorOptions) {
    this.matcher = new PageMatcher(options.index);
  }

  /** Annotates the page and starts following it. */
  start(): Promise<void> {
    if (this.running) return this.busy.then(() => this.options.onSettled?.(this));
    this.running = true;
    const View = this.root.ownerDocument.defaultView!;
    this.observer = new View.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
    return this.enqueue(() => this.readAndRender(walkBlocks(this.root)));
  }

  /** Removes every node Footnote added and gives the page its text back. */
  stop(): void {
    this.running = false;
    this.epoch++;
    this.observer?.disconnect();
    this.observer = undefined;
    this.queue = [];
    for (const state of this.states) if (state.applied) unwrapBlock(state.applied);
    this.states = [];
    this.byNode.clear();
    this.matcher = new PageMatcher(this.options.index);
  }

  /** Entity ids on the page with how often each is mentioned, most first. */
  found(): Array<{ id: string; kind: Mention['kind']; count: number }> {
    const counts = new Map<string, { id: string; kind: Mention['kind']; count: number }>();
    for (const s of this.states) {
      for (const m of s.applied?.mentions ?? []) {
        const c = counts.get(m.entityId) ?? { id: m.entityId, kind: m.kind, count: 0 };
        c.count++;
        counts.set(m.entityId, c);
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  }

  /** The blocks read so far with the mentions resolved in them (what rumours are learned from). */
  blocks(): Array<{ element: Element; text: string; mentions: Mention[] }> {
    return this.states.map((s) => ({ element: s.block.element, text: s.block.text, mentions: s.applied?.mentions ?? [] }));
  }

  /** What the background said about an entity found on this page. */
  summaryFor(id: string): EntitySummary | undefined {
    return this.summaryCache.get(id) ?? undefined;
  }

  /** Resolves when every queued batch is done. */
  settled(): Promise<void> {
    return this.busy;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.busy = this.busy.then(work).catch((error) => console.error('Footnote:', error));
    return this.busy;
  }

  private onMutations(records: MutationRecord[]): void {
    this.queue.push(...records);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const View = this.root.ownerDocument.defaultView as Window & typeof globalThis;
    const later = View.requestIdleCallback
      ? (cb: () => void) => View.requestIdleCallback(cb, { timeout: 500 })
      : (cb: () => void) => View.setTimeout(cb, 50);
    later(() => {
      this.flushScheduled = false;
      void this.enqueue(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    if (!this.running) return;
    const records = this.queue.splice(0);
    if (records.length === 0) return;
    if (records.length > MAX_QUEUE) {
      this.stop();
      return this.start();
    }
    const dirty = new Set<BlockState>();
    const reread = new Set<Element>();
    let elementsRemoved = false;
    const ours = (node: Node | null) => !!node && (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(`[${OWN_ATTRIBUTE}]`);
    for (const r of records) {
      if (ours(r.target)) continue;
      if (r.type === 'characterData') {
        const state = this.byNode.get(r.target as Text);
        if (state) dirty.add(state);
        else this.markForReading(r.target, reread);
        continue;
      }
      for (const node of r.removedNodes) {
        if (node.nodeType === 3) {
          const state = this.byNode.get(node as Text);
          if (state) dirty.add(state);
        } else if (node.nodeType === 1 && !(node as Element).hasAttribute(OWN_ATTRIBUTE)) {
          elementsRemoved = true;
        }
      }
      for (const node of r.addedNodes) {
        if (node.nodeType === 1 && (node as Element).hasAttribute(OWN_ATTRIBUTE)) continue;
        if (node.nodeType === 1 || node.nodeType === 3) this.markForReading(node, reread);
      }
    }
    if (elementsRemoved) {
      for (const state of this.states) if (state.block.nodes.some((n) => !n.isConnected)) dirty.add(state);
    }
    // A block that changed is forgotten and read again from its element.
    for (const state of dirty) {
      this.forget(state);
      if (state.block.element.isConnected) reread.add(state.block.element);
    }
    const roots = [...reread].filter((el) => el.isConnected && ![...reread].some((other) => other !== el && other.contains(el)));
    for (const root of roots) for (const state of this.states.filter((s) => root.contains(s.block.element))) this.forget(state);
    const blocks = roots.flatMap((root) => collectBlocks(root));
    await this.readAndRender(blocks);
  }

  /** The nearest block around a change, if Footnote may read there. */
  private markForReading(node: Node, reread: Set<Element>): void {
    if (!node.isConnected || !this.root.contains(node)) return;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element || isInsideSkipped(node, this.root) || (node.nodeType === 1 && isSkipped(element))) return;
    reread.add(blockAncestor(node, this.root));
  }

  private forget(state: BlockState): void {
    if (state.applied) {
      unwrapBlock(state.applied);
      this.dropOwnRecords();
    }
    this.matcher.remove(state.id);
    for (const n of state.block.nodes) if (this.byNode.get(n) === state) this.byNode.delete(n);
    this.states = this.states.filter((s) => s !== state);
  }

  private async readAndRender(blocks: Iterable<TextBlock>): Promise<void> {
    const epoch = this.epoch;
    let sliceStart = performance.now();
    for (const block of blocks) {
      if (epoch !== this.epoch) return;
      const state: BlockState = { id: this.matcher.add(block.text), block, signature: '' };
      this.states.push(state);
      for (const n of block.nodes) this.byNode.set(n, state);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    await this.render(epoch);
  }

  /** Brings every block's wrappers in line with what the matcher says now. */
  private async render(epoch: number): Promise<void> {
    // Resolving weighs the whole page: its passes run in tasks of their own.
    const resolved = await this.matcher.resolveSliced(yieldToPage);
    if (epoch !== this.epoch) return;
    const wanted = new Set<string>();
    for (const mentions of resolved.values()) for (const m of mentions) if (!this.summaryCache.has(m.entityId)) wanted.add(m.entityId);
    // In small batches: one large reply is parsed in one long task.
    const ids = [...wanted];
    for (let i = 0; i < ids.length; i += SUMMARY_BATCH) {
      const batch = ids.slice(i, i + SUMMARY_BATCH);
      const got = await this.options.summaries(batch);
      for (const id of batch) this.summaryCache.set(id, null);
      for (const s of got) this.summaryCache.set(s.id, s);
    }
    if (epoch !== this.epoch) return;
    let sliceStart = performance.now();
    for (const state of [...this.states]) {
      if (epoch !== this.epoch) return;
      const mentions = resolved.get(state.id) ?? [];
      const signature = mentions.map((m) => `${m.start}:${m.end}:${m.entityId}`).join(',');
      if (signature === state.signature && !(state.applied && isStale(state.applied))) continue;
      this.apply(state, mentions, signature);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    this.options.onSettled?.(this);
  }

  private apply(state: BlockState, mentions: Mention[], signature: string): void {
    // Page changes queued so far are the page's; the records our own writes cause are dropped.
    this.queue.push(...(this.observer?.takeRecords() ?? []));
    if (state.applied) unwrapBlock(state.applied);
    // The page may have changed the text since it was read: a queued mutation will re-read it.
    const unchanged = state.block.nodes.every((n) => n.isConnected) && state.block.nodes.map((n) => n.data).join('') === state.block.text;
    if (!unchanged) {
      state.applied = undefined;
      state.signature = '';
      this.dropOwnRecords();
      return;
    }
    const badged = new Map<string, number>();
    const limit = this.options.badgesPerBlock ?? 1;
    const doc = this.root.ownerDocument;
    const prefs = this.options.prefs;
    state.applied = mentions.length
      ? wrapBlock(state.block, mentions, (info: PieceInfo) => {
          if (!info.last || info.inItemLayout) return [];
          const count = badged.get(info.mention.entityId) ?? 0;
          badged.set(info.mention.entityId, count + 1);
          const summary = this.summaryCache.get(info.mention.entityId);
          if (count >= limit || !summary) return [];
          return badgesFor(summary, this.options.today, prefs).map((model) => createBadge(doc, model, prefs?.compact));
        })
      : undefined;
    state.signature = signature;
    this.dropOwnRecords();
  }

  private dropOwnRecords(): void {
    this.observer?.takeRecords();
  }
}
