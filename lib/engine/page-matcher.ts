/**
 * Finds the people and clubs of a name index in the text of one page.
 *
 * A page is fed as blocks (paragraphs, headlines, list items), in any order and over time, and
 * every block is resolved against what the whole page shows: a headline's bare surname is
 * explained by the full name in the body below it, whenever that arrives. The rules, in short
 * (docs/matching.md has them in full; passes.ts applies them):
 *   full names and multi-word club names: mentions on a page about football;
 *   one-word club names (often cities): only on a football page, and not inside a longer
 *     proper noun ("Villa Park", "University of Liverpool");
 *   nicknames that are ordinary words ("the Reds", "Real"): only where the page names the club;
 *   surnames: only when exactly one dataset person of that surname is supported by the page
 *     (his full name, or a club of his), and no other man of that surname is named on it.
 *
 * This file keeps the page's state; candidates.ts reads a block, passes.ts resolves the page.
 */
import type { NameIndex } from './name-index';
import type { Term } from './vocabulary';
import { readBlock, type Block } from './candidates';
import { resolvePage, type Mention } from './passes';
import { isCorrected, type PageCorrections } from '../corrections';

export interface PageOptions {
  /** The page's date (ISO `YYYY-MM-DD`), when it states one: ages and eras are checked against it. */
  date?: string;
  /** Today (ISO): lib/ never reads the clock. Without the page's date, no one is older than he is today. */
  today?: string;
  /** The page's language (`<html lang>`): "de" reads German genitives ("Liverpools"). */
  lang?: string;
  /** The reader's corrections that apply to this page (lib/corrections.ts): those matches are left out. */
  corrections?: PageCorrections;
}

export type { Mention } from './passes';
export { caseFits } from './candidates';

/**
 * What the annotator needs of a matcher: blocks in and out, the page resolved. PageMatcher is one
 * (DOM tests, the annotate command, the background); the content script's is the background's,
 * through lib/page/remote-matching.ts, so the page never holds the name index.
 */
export interface PageMatching {
  /** The background's name for this page's matching, when it is the background's (lib/page/remote-matching.ts). */
  readonly session?: string;
  add(text: string): number;
  remove(id: number): void;
  resolveSliced(pause: () => Promise<void>): Promise<ReadonlyMap<number, Mention[]>>;
}

/** A PageMatching over a name index held here: `matching: matchingWith(index)`. */
export const matchingWith = (index: NameIndex) => (options: PageOptions): PageMatching => new PageMatcher(index, options);

export class PageMatcher implements PageMatching {
  private blocks = new Map<number, Block>();
  private nextId = 0;
  /** How many blocks use each football term, and its weight: the page's score without rescanning. */
  private termCounts = new Map<string, { blocks: number; weight: number }>();
  /** Bumped by every add and remove. */
  private changes = 0;
  private resolved: Map<number, Mention[]> | undefined;

  constructor(private readonly index: NameIndex, private readonly options: PageOptions = {}) {}

  /** Adds a block of the page's readable text (never navigation menus); returns its handle. */
  add(text: string): number {
    const id = this.nextId++;
    const block = readBlock(this.index, text, { lang: this.options.lang });
    this.blocks.set(id, block);
    for (const [term, weight] of distinctTerms(block.terms)) {
      const c = this.termCounts.get(term) ?? { blocks: 0, weight };
      c.blocks++;
      this.termCounts.set(term, c);
    }
    this.resolved = undefined;
    this.changes++;
    return id;
  }

  /** Forgets a block (its nodes left the page): it no longer supports anything. */
  remove(id: number): void {
    const block = this.blocks.get(id);
    if (!block) return;
    this.blocks.delete(id);
    for (const [term] of distinctTerms(block.terms)) {
      const c = this.termCounts.get(term)!;
      if (--c.blocks === 0) this.termCounts.delete(term);
    }
    this.resolved = undefined;
    this.changes++;
  }

  /** The text of one block, if the page still holds it. */
  textOf(id: number): string | undefined {
    return this.blocks.get(id)?.text;
  }

  /** The mentions of one block, resolved against everything the page holds now. */
  mentions(id: number): Mention[] {
    return this.resolve().get(id) ?? [];
  }

  /** Mentions of every block, keyed by handle. */
  resolve(): Map<number, Mention[]> {
    if (!this.resolved) {
      const steps = this.resolveSteps();
      let step = steps.next();
      while (!step.done) step = steps.next();
      this.resolved = step.value;
    }
    return this.resolved;
  }

  /**
   * The same, pausing between the rule passes with `pause()` (a long page's first resolution is
   * tens of milliseconds: the page gets its turn between passes).
   */
  async resolveSliced(pause: () => Promise<void>): Promise<Map<number, Mention[]>> {
    if (!this.resolved) {
      const changes = this.changes;
      const steps = this.resolveSteps();
      let step = steps.next();
      while (!step.done) {
        await pause();
        step = steps.next();
      }
      // Blocks added or removed meanwhile make this result stale: keep it out of the cache.
      if (changes !== this.changes) return step.value;
      this.resolved = step.value;
    }
    return this.resolved;
  }

  private *resolveSteps(): Generator<void, Map<number, Mention[]>> {
    let pageScore = 0;
    for (const c of this.termCounts.values()) pageScore += c.weight;
    const resolved = yield* resolvePage(this.index, new Map(this.blocks), pageScore, { date: this.options.date, today: this.options.today, lang: this.options.lang });
    return withoutCorrected(resolved, this.options.corrections);
  }
}

/** Convenience for whole texts (the annotate command, tests): one page, one block. */
export function findMentions(index: NameIndex, text: string, options: PageOptions = {}): Mention[] {
  const page = new PageMatcher(index, options);
  return page.mentions(page.add(text));
}

/**
 * Leaves out what the reader corrected. After resolution, on purpose: a muted or wrong name still
 * tells the rules what the page is about (a correct full name elsewhere keeps its surname).
 */
function withoutCorrected(resolved: Map<number, Mention[]>, corrections: PageCorrections | undefined): Map<number, Mention[]> {
  if (!corrections || (corrections.muted.size === 0 && corrections.notThis.size === 0)) return resolved;
  const out = new Map<number, Mention[]>();
  for (const [id, mentions] of resolved) out.set(id, mentions.filter((m) => !isCorrected(m, corrections)));
  return out;
}

function distinctTerms(terms: Term[]): Map<string, number> {
  return new Map(terms.map((t) => [t.term, t.weight]));
}
