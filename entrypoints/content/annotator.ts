/**
 * The page annotator: reads the whole page's text, asks the engine for mentions, and writes
 * wrappers and badges only where the reader is; then follows the page as it changes.
 *
 *   read (all blocks, rendered text only) ──► match (PageMatcher, whole-page context) ──► summaries (background)
 *                                                                                            │
 *      ┌──────────── Viewport.watch: a block with something to write, until it is near ◄──────┘
 *      ▼
 *   write queue ──► one batch per frame: read the batch's layout first, then wrap + badges
 *                   (the write part, entrypoints/write/, loaded when the page first has a name to write);
 *                   the queue empty, Viewport.wrote() (after a scroll pause the viewport then observes again)
 *      ▲
 *      └──── MutationObserver: only queues; a batch on the next idle slot re-reads the blocks
 *            that changed (never the whole page, never our own nodes)
 *
 * Reading yields to the page every few milliseconds; writing happens in animation frames, so the
 * browser lays out and paints once per frame whatever was written in it. A hidden tab does
 * nothing until it is shown. Editable regions are never written, and unwrapped the moment they
 * become editable. A block the page rewrites again and again is left alone for a while.
 */
import type { Mention, PageMatching, PageOptions } from '../../lib/engine/page-matcher';
import { blockAncestor, collectBlocks, isInsideSkipped, isSkipped, OWN_ATTRIBUTE, renderedPart, walkBlocks, type TextBlock } from '../../lib/page/blocks';
import type { AppliedBlock } from '../../lib/page/wrap';
import type { Viewport } from '../../lib/page/viewport';
import type { PageProblem } from '../../lib/page-problems';
import type { EntitySummary } from '../../lib/protocol';
import { serial } from '../../lib/serial';
import { RewriteBackoff } from '../../lib/page/rewrite-backoff';
import { frameBudget } from '../../lib/page/frame-budget';
import type { PageCorrections } from '../../lib/corrections';
import type { BatchRead, BlockWriter, WriterOptions } from '../write/block-writer';

export interface AnnotatorOptions {
  /**
   * A matcher for one page (PageMatching): the content script's asks the background
   * (lib/page/remote-matching.ts); DOM tests pass `matchingWith(index)`. A new one per fresh start.
   * A matcher that hears summaries along with its answers hands them over through `heard`.
   */
  matching: (options: PageOptions, heard: (ids: string[], got: EntitySummary[]) => void) => PageMatching;
  summaries: (ids: string[]) => Promise<EntitySummary[]>;
  /**
   * The writer of wrappers and badges (entrypoints/write/block-writer.ts), made with these
   * options: the content script loads its part first, DOM tests make one at once.
   */
  writer: (options: WriterOptions) => Promise<BlockWriter>;
  today: string;
  prefs?: WriterOptions['prefs'];
  /** The reader's corrections for this page (lib/corrections.ts): the matcher leaves those matches out. */
  corrections?: PageCorrections;
  badgesPerBlock?: WriterOptions['badgesPerBlock'];
  badgeGapPx?: WriterOptions['badgeGapPx'];
  /** Where the reader is (entrypoints/content/viewport.ts); DOM tests pass `everythingInView()`. */
  viewport: Viewport;
  /** Time one frame's write batch aims at (tests in slow DOM emulations give more). */
  frameBudgetMs?: number;
  /** Waits before each retry of a failed summaries call; after the last, the problem is reported. */
  retryDelaysMs?: number[];
  /** Called after each batch settles (tests and the popup listen). */
  onSettled?: (annotator: PageAnnotator) => void;
}

/** What a wrapper stands for: kept here, never written into the page. */
export interface MentionRef {
  entityId: string;
  /** The whole mention's text as the page wrote it (what a correction is about). */
  text: string;
  /** The same number for every piece of one mention (a name split across elements). */
  tie: number;
}

interface BlockState {
  id: number;
  block: TextBlock;
  /** What the matcher says now. */
  mentions: Mention[];
  signature: string;
  /** What is written in the page. */
  applied?: AppliedBlock;
  written: string;
  /** Cancels waiting for the block to come near. */
  unwatch?: () => void;
}

const SLICE_MS = 8;
/**
 * Blocks in one frame's batch. It starts large: on a long page every frame with a write lays out
 * the whole document, so a few frames with many blocks beat many frames with a few; it halves
 * when a batch takes longer than its budget (lib/page/frame-budget.ts).
 */
const FRAME_BLOCKS = { first: 400, min: 1, max: 400 };
const SUMMARY_BATCH = 60;
const NO_MENTIONS: Mention[] = [];
/** Past this many queued changes a batch re-reads the whole page instead. */
const MAX_QUEUE = 2000;
const RETRY_DELAYS_MS = [500, 2000, 8000];

/**
 * Lets the page run between slices of reading. `scheduler.yield()` where there is one (Chromium):
 * no clamping, and the continuation runs before other queued work of ours; nested setTimeout(0)
 * is held back 4 ms each time past the fifth, a third of an 8 ms slice.
 */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PageAnnotator {
  private matcher: PageMatching;
  private states = new Set<BlockState>();
  private byNode = new Map<Text, BlockState>();
  private summaryCache = new Map<string, EntitySummary | null>();
  /** found(), until the page's mentions change. */
  private foundList: Array<{ id: string; kind: Mention['kind']; count: number }> | undefined;
  private observer: MutationObserver | undefined;
  private queue: MutationRecord[] = [];
  private flushScheduled = false;
  private running = false;
  private readonly serialise = serial();
  private busy: Promise<void> = Promise.resolve();
  /** Bumped by stop(): work started before it gives up. */
  private epoch = 0;
  private readonly viewport: Viewport;
  /** Near the reader, waiting for their summaries. */
  private nearQueue = new Set<BlockState>();
  /** Inside ownWrite: the page observer is off. */
  private writing = false;
  private preparing = false;
  private writeQueue = new Set<BlockState>();
  private writeScheduled = false;
  private frameBlocks = FRAME_BLOCKS.first;
  /** How long the page took to render the last frame we wrote in (style, layout, paint). */
  private renderMs = 0;
  private readonly pieces = new WeakMap<Element, MentionRef>();
  private readonly keys = new Map<string, string>();
  private readonly backoff = new RewriteBackoff();
  private problem: PageProblem | undefined;
  private editWatch: (() => void) | undefined;
  private designModeWas = false;
  /** Loaded when the page first has something to write; undefined until then. */
  private writer: BlockWriter | undefined;
  private writerLoading: Promise<BlockWriter | undefined> | undefined;

  /** Summaries fetched, or heard with the matcher's answer: `ids` were asked, an id without one is cached as null. */
  private readonly cacheSummaries = (ids: string[], got: EntitySummary[]): void => {
    for (const id of ids) if (!this.summaryCache.has(id)) this.summaryCache.set(id, null);
    for (const s of got) this.summaryCache.set(s.id, s);
  };

  constructor(private readonly root: Element, private readonly options: AnnotatorOptions) {
    this.matcher = options.matching(this.pageOptions(), this.cacheSummaries);
    this.viewport = options.viewport;
  }

  /** Annotates the page and starts following it. */
  /**
   * What the engine may know about the page: today, its language (German genitives) and, when the
   * page states it in its head, the day it was published (ages and eras are checked against it).
   */
  private pageOptions(): PageOptions {
    const doc = this.root.ownerDocument;
    const published = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content')?.slice(0, 10);
    return {
      today: this.options.today,
      corrections: this.options.corrections,
      lang: doc.documentElement.getAttribute('lang') ?? undefined,
      date: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : undefined,
    };
  }

  start(): Promise<void> {
    if (this.running) return this.enqueue(async () => this.options.onSettled?.(this));
    this.running = true;
    const View = this.root.ownerDocument.defaultView!;
    this.observer = new View.MutationObserver((records) => this.onMutations(records));
    this.observe(this.observer);
    this.watchEditing();
    return this.enqueue(async () => {
      await this.viewport.shown();
      await this.readAndRender(walkBlocks(this.root));
    });
  }

  /** Removes every node Footnote added and gives the page its text back. */
  stop(): void {
    this.running = false;
    this.epoch++;
    this.observer?.disconnect();
    this.observer = undefined;
    this.editWatch?.();
    this.editWatch = undefined;
    this.queue = [];
    this.reset();
  }

  /** Entity ids on the page with how often each is mentioned, most first: the whole page, written or not. */
  found(): Array<{ id: string; kind: Mention['kind']; count: number }> {
    // Asked several times a batch (the test mark, the popups' push, learning): counted once per change.
    this.foundList ??= this.countFound();
    return [...this.foundList];
  }

  private countFound(): Array<{ id: string; kind: Mention['kind']; count: number }> {
    const counts = new Map<string, { id: string; kind: Mention['kind']; count: number }>();
    for (const s of this.states) {
      for (const m of s.mentions) {
        const c = counts.get(m.entityId) ?? { id: m.entityId, kind: m.kind, count: 0 };
        c.count++;
        counts.set(m.entityId, c);
      }
    }
    // Ids are ASCII: a plain comparison, not localeCompare (its first call sets up a collator: ~6 ms a page).
    return [...counts.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * The blocks read so far with the mentions the matcher resolved in them, written yet or not
   * (what rumours are learned from: the whole page is matched, only what is near is written).
   */
  blocks(): Array<{ element: Element; text: string; mentions: Mention[]; handle: number }> {
    return [...this.states].map((s) => ({ element: s.block.element, text: s.block.text, mentions: s.mentions, handle: s.id }));
  }

  /** The background's name for this page's matching, if it matches there: it holds every block's text by handle. */
  matchSession(): string | undefined {
    return this.matcher.session;
  }

  /** What the background said about an entity found on this page. */
  summaryFor(id: string): EntitySummary | undefined {
    return this.summaryCache.get(id) ?? undefined;
  }

  /** The mention a wrapper of ours stands for. */
  mentionAt(wrapper: Element): MentionRef | undefined {
    return this.pieces.get(wrapper);
  }

  /** The page's opaque key for an entity (what `data-footnote-key` says), if it is on the page. */
  keyOf(entityId: string): string | undefined {
    return this.keys.get(entityId);
  }

  /** What went wrong that the reader should know about (shown by the popup), if anything. */
  currentProblem(): PageProblem | undefined {
    return this.problem;
  }

  /** Resolves when every queued batch is done and what is near the reader is written. */
  settled(): Promise<void> {
    return this.busy;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.busy = this.serialise(work).catch((error) => console.error('Footnote:', error));
    return this.busy;
  }

  private reset(): void {
    for (const state of this.states) this.unwrite(state);
    for (const state of this.states) state.unwatch?.();
    this.states.clear();
    this.foundList = undefined;
    this.writeQueue.clear();
    this.nearQueue.clear();
    this.byNode.clear();
    this.writer?.clear();
    this.matcher = this.options.matching(this.pageOptions(), this.cacheSummaries);
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      // Editing switched on: our nodes leave at once, before an editor can save them.
      if (r.type === 'attributes') {
        const el = r.target as HTMLElement;
        if (isEditable(el)) this.unwriteInside(el);
      }
    }
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
    await this.viewport.shown();
    if (records.length > MAX_QUEUE) {
      // Inside the queue already: re-read here, never through start() (that would wait on itself).
      this.reset();
      return this.readAndRender(walkBlocks(this.root));
    }
    const dirty = new Set<BlockState>();
    const reread = new Set<Element>();
    let elementsRemoved = false;
    const ours = (node: Node | null) => !!node && (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(`[${OWN_ATTRIBUTE}]`);
    for (const r of records) {
      if (ours(r.target)) continue;
      if (r.type === 'attributes') {
        this.markForReading(r.target, reread);
        continue;
      }
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
    // A block the page keeps rewriting waits (longer each time) before it is read again.
    const now = performance.now();
    for (const el of [...reread]) {
      const wait = this.backoff.rewritten(el, now);
      if (wait === undefined) continue;
      reread.delete(el);
      if (wait > 0) setTimeout(() => this.retryHeld(el), wait);
    }
    const roots = [...reread].filter((el) => el.isConnected && ![...reread].some((other) => other !== el && other.contains(el)));
    for (const root of roots) for (const state of [...this.states]) if (root.contains(state.block.element)) this.forget(state);
    const blocks = roots.flatMap((root) => collectBlocks(root));
    await this.readAndRender(blocks);
  }

  /** A held-back block's wait is over: it is read again, unless the page rewrote it meanwhile (then it waits longer). */
  private retryHeld(element: Element): void {
    if (!this.running || !this.backoff.release(element, performance.now())) return;
    void this.enqueue(async () => {
      if (!element.isConnected) return;
      for (const state of [...this.states]) if (element.contains(state.block.element)) this.forget(state);
      await this.readAndRender(collectBlocks(element));
    });
  }

  /** The nearest block around a change, if Footnote may read there. */
  private markForReading(node: Node, reread: Set<Element>): void {
    if (!node.isConnected || !this.root.contains(node)) return;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element || isInsideSkipped(node, this.root) || (node.nodeType === 1 && isSkipped(element))) return;
    reread.add(blockAncestor(node, this.root));
  }

  private forget(state: BlockState): void {
    this.unwrite(state);
    state.unwatch?.();
    this.writeQueue.delete(state);
    this.nearQueue.delete(state);
    this.matcher.remove(state.id);
    for (const n of state.block.nodes) if (this.byNode.get(n) === state) this.byNode.delete(n);
    this.states.delete(state);
    if (state.mentions.length) this.foundList = undefined;
  }

  private unwrite(state: BlockState): void {
    const applied = state.applied;
    const writer = this.writer;
    if (!applied || !writer) return;
    state.applied = undefined;
    state.written = '';
    this.ownWrite(() => writer.unwrite(state.id, applied));
  }

  /** Whether the page has changed what is written of a block (only a loaded writer has written anything). */
  private stale(state: BlockState): boolean {
    return !!state.applied && !!this.writer?.isStale(state.applied);
  }

  private observe(observer: MutationObserver): void {
    observer.observe(this.root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable'] });
  }

  /**
   * Runs one of our writes with the observer off: the page's changes before it are kept, and ours
   * make no records (on the live blog, making and dropping them cost about as much as the writes).
   */
  private ownWrite(write: () => void): void {
    const observer = this.observer;
    // (One inside another, or with the annotator stopped: the outer one, if any, switches the observer back on.)
    if (this.writing || !observer) return write();
    const pending = observer.takeRecords();
    if (pending.length) this.onMutations(pending);
    observer.disconnect();
    this.writing = true;
    try {
      write();
    } finally {
      this.writing = false;
      if (this.observer === observer) this.observe(observer);
    }
  }

  /**
   * Reads blocks and renders them: the blocks near the reader first (matched, resolved and
   * written on their own, so the first badges come quickly), then the rest of the page, whose
   * context may still change what the first pass said.
   */
  private async readAndRender(blocks: Iterable<TextBlock>): Promise<void> {
    const epoch = this.epoch;
    const all: TextBlock[] = [];
    const near = new NearBlocks(this.viewport);
    let nearRendered: Promise<void> | undefined;
    let sliceStart = performance.now();
    for (const block of blocks) {
      if (epoch !== this.epoch) return;
      all.push(block);
      // The blocks near the reader are matched, and written, while the rest of the page is walked.
      // Safe to write: they are known only after 200 blocks below them, so everything written
      // (split text nodes, wrappers, badges) is far behind the walk, which never meets it.
      if (!nearRendered && near.offer(block)) nearRendered = this.renderNear(near.blocks, epoch);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    if (epoch !== this.epoch) return;
    if (!nearRendered && near.blocks.length < all.length) nearRendered = this.renderNear(near.blocks, epoch);
    if (nearRendered) {
      await nearRendered;
      const nearSet = new Set(near.blocks);
      await this.read(all.filter((b) => !nearSet.has(b)), epoch);
    } else {
      await this.read(all, epoch);
    }
    await this.render(epoch);
  }

  /** The near blocks read and rendered on their own, so the first badges do not wait for the whole page. */
  private async renderNear(blocks: TextBlock[], epoch: number): Promise<void> {
    if (!blocks.length) return;
    await this.read(blocks, epoch);
    // Not settled yet: the rest of the page may still change what this pass said.
    await this.render(epoch, { summaries: true, settles: false, near: new Set(blocks.map((b) => b.element)) });
  }

  private async read(blocks: TextBlock[], epoch: number): Promise<void> {
    let sliceStart = performance.now();
    for (const whole of blocks) {
      if (epoch !== this.epoch) return;
      // Reads only (style and layout are read here, never while writing).
      const block = isEditable(whole.element) ? undefined : renderedPart(whole, this.viewport.rendered);
      if (block) {
        const state: BlockState = { id: this.matcher.add(block.text), block, mentions: [], signature: '', written: '' };
        this.states.add(state);
        for (const n of block.nodes) this.byNode.set(n, state);
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }

  /**
   * Brings every block's wanted mentions in line with the matcher, and has the changed ones written
   * when near. `near`: blocks the walk has just placed near the reader, written without waiting for
   * the viewport's first report of them (a frame or more on a long page: the first badges come sooner).
   */
  private async render(epoch: number, options: { summaries?: boolean; settles?: boolean; near?: ReadonlySet<Element> } = {}): Promise<void> {
    // Resolving weighs the whole page: its passes run in tasks of their own (in the background, for the content script).
    const resolved = await this.resolve(epoch);
    if (!resolved || epoch !== this.epoch) return;
    // The write part loads while the summaries are asked, once there is a name to write.
    if (!this.writer && [...resolved.values()].some((mentions) => mentions.length)) void this.loadWriter();
    // Blocks known to be near: their summaries are asked now, not once the viewport has reported them.
    if (options.summaries) {
      const ids = new Set<string>();
      for (const state of this.states) for (const m of resolved.get(state.id) ?? []) if (!this.summaryCache.has(m.entityId)) ids.add(m.entityId);
      await this.fetchSummaries([...ids], epoch);
      if (epoch !== this.epoch) return;
    }
    for (const state of this.states) {
      const mentions = resolved.get(state.id) ?? NO_MENTIONS;
      // The same list as last time (a remote matcher keeps the lists of blocks that did not change): nothing to do.
      if (mentions === state.mentions && state.signature === state.written && !this.stale(state)) continue;
      if (mentions !== state.mentions) this.foundList = undefined;
      state.mentions = mentions;
      state.signature = state.mentions.map((m) => `${m.start}:${m.end}:${m.entityId}`).join(',');
      const changed = state.signature !== state.written || this.stale(state);
      if (!changed || state.unwatch || this.nearQueue.has(state) || this.writeQueue.has(state)) continue;
      if (options.near?.has(state.block.element)) {
        this.nearQueue.add(state);
        continue;
      }
      state.unwatch = this.viewport.watch(state.block.element, () => {
        state.unwatch = undefined;
        this.nearQueue.add(state);
        void this.prepareWrites(epoch);
      });
    }
    if (this.nearQueue.size) void this.prepareWrites(epoch);
    await this.writesDone(epoch);
    if (epoch === this.epoch && options.settles !== false) this.options.onSettled?.(this);
  }

  /** The page resolved, retried like summaries when the matcher fails (the background may be restarting). */
  private async resolve(epoch: number): Promise<ReadonlyMap<number, Mention[]> | undefined> {
    const delays = this.options.retryDelaysMs ?? RETRY_DELAYS_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        const resolved = await this.matcher.resolveSliced(yieldToPage);
        if (this.problem === 'matching') this.problem = undefined;
        return resolved;
      } catch (error) {
        const delay = delays[attempt];
        if (delay === undefined) {
          // The next change on the page asks again.
          console.error('Footnote:', error);
          this.problem = 'matching';
          this.options.onSettled?.(this);
          return undefined;
        }
        await sleep(delay);
        if (epoch !== this.epoch) return undefined;
      }
    }
  }

  /** Blocks that came near get the summaries they need (asked only now: most of a long page is never seen), then are queued for a frame. */
  private async prepareWrites(epoch: number): Promise<void> {
    if (this.preparing) return;
    this.preparing = true;
    try {
      // The blocks a viewport hands over together (one call each) are prepared, and written, together.
      await Promise.resolve();
      while (this.nearQueue.size && epoch === this.epoch) {
        const states = [...this.nearQueue];
        this.nearQueue.clear();
        const wanted = new Set<string>();
        for (const state of states) for (const m of state.mentions) if (!this.summaryCache.has(m.entityId)) wanted.add(m.entityId);
        await this.fetchSummaries([...wanted], epoch);
        if (epoch !== this.epoch) return;
        for (const state of states) if (this.states.has(state)) this.writeQueue.add(state);
        this.scheduleWrite();
      }
    } finally {
      this.preparing = false;
      // Switched off and on while this one waited: the new start's near blocks are prepared now.
      if (this.running && this.nearQueue.size && epoch !== this.epoch) void this.prepareWrites(this.epoch);
      // (Nothing was left to write, the blocks having gone meanwhile: the viewport hears it here.)
      else this.sayIfWritten();
    }
  }

  /** Summaries in small batches (one large reply is parsed in one long task), each retried before giving up. */
  private async fetchSummaries(ids: string[], epoch: number): Promise<void> {
    const delays = this.options.retryDelaysMs ?? RETRY_DELAYS_MS;
    for (let i = 0; i < ids.length; i += SUMMARY_BATCH) {
      const batch = ids.slice(i, i + SUMMARY_BATCH);
      for (let attempt = 0; ; attempt++) {
        try {
          const got = await this.options.summaries(batch);
          this.cacheSummaries(batch, got);
          if (this.problem === 'summaries') this.problem = undefined;
          break;
        } catch (error) {
          const delay = delays[attempt];
          if (delay === undefined) {
            // Names stay marked without badges; the next change on the page asks again.
            console.error('Footnote:', error);
            this.problem = 'summaries';
            break;
          }
          await sleep(delay);
          if (epoch !== this.epoch) return;
        }
      }
    }
  }

  /** Waits until the blocks near the reader have been reported by the viewport and written. */
  private async writesDone(epoch: number): Promise<void> {
    const frame = () => new Promise<void>((resolve) => this.viewport.frame(resolve));
    // The viewport places what it watches once a frame has been laid out (later on a busy machine):
    // settled means every watched block was placed, and the near ones written.
    await frame();
    // (An observer that never reports a target must not keep the page from settling: 2 s of frames at most.)
    for (let frames = 0; epoch === this.epoch; frames++) {
      const placing = this.viewport.pending() && frames < 120;
      if (!placing && !this.writeQueue.size && !this.nearQueue.size && !this.preparing) break;
      await frame();
    }
  }

  private scheduleWrite(): void {
    if (this.writeScheduled) return;
    this.writeScheduled = true;
    if (this.writer) return this.viewport.frame(() => this.writeBatch());
    void this.loadWriter().then((writer) => {
      if (writer) return this.viewport.frame(() => this.writeBatch());
      // Nothing can be written: the queue empties, and the next change on the page tries again.
      this.writeScheduled = false;
      this.writeQueue.clear();
      this.options.onSettled?.(this);
    });
  }

  /** The write part, loaded once (a failed load is tried again by the next write). */
  private loadWriter(): Promise<BlockWriter | undefined> {
    const { today, prefs, badgesPerBlock, badgeGapPx } = this.options;
    this.writerLoading ??= this.options
      .writer({ today, prefs, badgesPerBlock, badgeGapPx, keyOf: (id) => this.keyFor(id), summaryOf: (id) => this.summaryCache.get(id) })
      .then(
        (writer) => {
          if (this.problem === 'writer') this.problem = undefined;
          return (this.writer = writer);
        },
        (error) => {
          console.error('Footnote:', error);
          this.problem = 'writer';
          this.writerLoading = undefined;
          return undefined;
        },
      );
    return this.writerLoading;
  }

  /** The frame's one write batch: every read first, then the writes. */
  /** The time from the end of our writes to the first task after the frame: the page's rendering of them. */
  private timeRendering(): void {
    const wrote = performance.now();
    const view = this.root.ownerDocument.defaultView;
    view?.setTimeout(() => (this.renderMs = performance.now() - wrote), 0);
  }

  private writeBatch(): void {
    this.writeScheduled = false;
    const writer = this.writer;
    if (!this.running || !writer) return;
    if (this.root.ownerDocument.designMode === 'on') return;
    const started = performance.now();
    const batch: BlockState[] = [];
    for (const state of this.writeQueue) {
      if (batch.length >= this.frameBlocks) break;
      if (this.states.has(state)) batch.push(state);
      else this.writeQueue.delete(state);
    }
    const writable = batch.filter((s) => !isEditable(s.block.element));
    const read = writer.read(writable.filter((s) => s.mentions.length));
    const ok = new Set(writable);
    const budget = this.options.frameBudgetMs ?? frameBudget(this.renderMs);
    let written = 0;
    this.ownWrite(() => {
      for (const state of batch) {
        // Past the frame's budget the rest waits for the next frame (read again then: what was read may have moved).
        if (written++ > 0 && performance.now() - started > budget) break;
        this.writeQueue.delete(state);
        if (ok.has(state)) this.apply(state, writer, read);
      }
    });
    // Reads and writes of the next batch fit the budget: more blocks when this one was quick, fewer when slow.
    const took = performance.now() - started;
    if (written) this.timeRendering();
    if (batch.length >= this.frameBlocks && took < budget / 2) this.frameBlocks = Math.min(FRAME_BLOCKS.max, this.frameBlocks * 2);
    else if (took > budget) this.frameBlocks = Math.max(FRAME_BLOCKS.min, Math.floor(this.frameBlocks / 2));
    if (this.writeQueue.size) this.scheduleWrite();
    else this.sayIfWritten();
  }

  /** Tells the viewport when everything it handed over is written: nothing waits for summaries or a frame. */
  private sayIfWritten(): void {
    if (this.running && !this.writeQueue.size && !this.nearQueue.size && !this.preparing) this.viewport.wrote();
  }

  private apply(state: BlockState, writer: BlockWriter, read: BatchRead): void {
    if (state.applied) writer.unwrite(state.id, state.applied);
    state.applied = undefined;
    state.written = '';
    // The page may have changed the text since it was read: a queued mutation will re-read it.
    const { block, mentions } = state;
    const unchanged = block.nodes.every((n) => n.isConnected) && block.nodes.map((n) => n.data).join('') === block.text;
    if (!unchanged || !mentions.length) {
      if (unchanged) state.written = state.signature;
      return;
    }
    const written = writer.write(state, read);
    if (!written) return;
    state.applied = written.applied;
    for (const p of written.applied.pieces) this.pieces.set(p.wrapper, { entityId: p.mention.entityId, text: p.mention.text, tie: p.tie });
    // A badge stands for its name: hovering or focusing it opens the same card.
    for (const b of written.badges) this.pieces.set(b.host, { entityId: b.mention.entityId, text: b.mention.text, tie: b.tie });
    state.written = state.signature;
  }

  /** An opaque key per entity and page: the same for every mention, meaningless outside this script. */
  private keyFor(entityId: string): string {
    let key = this.keys.get(entityId);
    if (!key) {
      const taken = new Set(this.keys.values());
      do key = Math.random().toString(36).slice(2, 8); while (taken.has(key));
      this.keys.set(entityId, key);
    }
    return key;
  }

  /** Takes our nodes out of a region that became editable; it stays unread while it is editable. */
  private unwriteInside(region: Element): void {
    for (const state of [...this.states]) if (region.contains(state.block.element) || state.block.element.contains(region)) this.forget(state);
  }

  /**
   * designMode has no event: it is checked when the reader starts typing or focuses something,
   * and once a second. Switched on, everything is unwritten; switched off, the page is read again.
   */
  private watchEditing(): void {
    const doc = this.root.ownerDocument;
    const View = doc.defaultView!;
    this.designModeWas = doc.designMode === 'on';
    const check = () => {
      const on = doc.designMode === 'on';
      if (on === this.designModeWas) return;
      this.designModeWas = on;
      if (on) this.reset();
      else void this.enqueue(async () => {
        this.reset();
        await this.readAndRender(walkBlocks(this.root));
      });
    };
    const onInput = (e: Event) => {
      check();
      const target = e.target as Element | null;
      if (target && target.nodeType === 1 && isEditable(target)) this.unwriteInside(target);
    };
    doc.addEventListener('beforeinput', onInput, true);
    doc.addEventListener('focusin', check, true);
    const timer = View.setInterval(check, 1000);
    this.editWatch = () => {
      doc.removeEventListener('beforeinput', onInput, true);
      doc.removeEventListener('focusin', check, true);
      View.clearInterval(timer);
    };
  }
}

/**
 * Picks out the blocks within two screens of the viewport as the walk yields them, by their boxes
 * (layout is clean: nothing has been written yet). Document order is mostly top to bottom: after
 * a long run of blocks below the region, the near ones are all known (`offer` says so, once).
 */
class NearBlocks {
  readonly blocks: TextBlock[] = [];
  private below = 0;
  private done = false;

  constructor(private readonly viewport: Viewport) {}

  offer(block: TextBlock): boolean {
    if (this.done) return false;
    const where = this.viewport.place(block.element);
    if (where === 'near') this.blocks.push(block);
    this.below = where === 'below' ? this.below + 1 : 0;
    this.done = this.below > 200;
    return this.done;
  }
}

/** Editable by the reader: contenteditable (on the root or any ancestor) or designMode. */
function isEditable(element: Element): boolean {
  if ((element as HTMLElement).isContentEditable === true) return true;
  if (element.ownerDocument.designMode === 'on') return true;
  // happy-dom has no isContentEditable: the attribute on an ancestor says the same.
  return !!element.closest('[contenteditable]:not([contenteditable="false"])');
}
