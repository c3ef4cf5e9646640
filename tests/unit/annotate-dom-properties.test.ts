/**
 * Properties of the annotator on generated pages (fast-check, 1,000 cases each): nested inline
 * and block elements, links, inputs, editable regions, code, shadow roots, comments, whitespace,
 * right-to-left and emoji text, and names split across elements.
 */
import { matchingWith } from '../../lib/engine/page-matcher';
import { afterEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compileWithWordLists } from '../../lib/engine/compile';
import { PageAnnotator } from '../../entrypoints/content/annotator';
import type { EntitySummary } from '../../lib/protocol';
import { engineDataset } from '../fixtures/engine-dataset';
import { writeNow } from '../support/writer';
import { everythingInView } from '../support/viewport';

const RUNS = Number(process.env.FOOTNOTE_PROPERTY_RUNS ?? 1000);
const index = compileWithWordLists(engineDataset());
const summaries = async (ids: string[]): Promise<EntitySummary[]> =>
  ids.map((id) => ({ id, kind: 'player', name: id, asOf: '2026-02-05', rumourCount: 2, latestRumours: [], player: { id, name: id, clubId: 'arsenal', contract: { until: '2027-06-30' } } }) as EntitySummary);

// Words a page is made of: names whole and in pieces, football context, plain prose, other scripts.
const WORDS = [
  'Declan Rice', 'Declan', 'Rice', 'Ibrahima Konaté', 'Konaté', 'Ibrahima', 'Real Madrid', 'Liverpool', 'Arsenal', 'the Gunners',
  'Reece James', 'Chelsea', 'defender', 'midfielder', 'signed', 'transfer', 'contract', 'scored', 'the derby', 'and', 'said',
  'the weather', 'rice pudding', 'Monday', ' ', '  ', '\n', '\u00a0', 'سلام عليكم', 'שלום', '⚽', '👨‍👩‍👧', '🇫🇷', '.', ',', '!',
];
const INLINE = ['b', 'i', 'span', 'a', 'em', 'strong'];
const BLOCK = ['p', 'div', 'li', 'h2', 'blockquote'];
const SKIPPED = ['code', 'pre', 'textarea', 'nav', 'button'];

type Tree =
  | { t: 'text'; text: string }
  | { t: 'comment'; text: string }
  | { t: 'input'; value: string }
  | { t: 'el'; tag: string; editable?: boolean; shadow?: string; children: Tree[] };

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: text.map((t): Tree => ({ t: 'text', text: t })) },
    { weight: 1, arbitrary: text.map((t): Tree => ({ t: 'comment', text: t })) },
    { weight: 1, arbitrary: text.map((t): Tree => ({ t: 'input', value: t })) },
    {
      weight: 4,
      arbitrary: fc.record({
        tag: fc.constantFrom(...INLINE, ...BLOCK, ...SKIPPED),
        editable: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        shadow: fc.option(text, { nil: undefined, freq: 8 }),
        children: fc.array(tie('node'), { maxLength: 4 }),
      }).map((r): Tree => ({ t: 'el', ...r })),
    },
  ),
})).node;
const page = fc.array(tree, { minLength: 1, maxLength: 6 });

function build(nodes: Tree[], parent: Node): void {
  const doc = document;
  for (const n of nodes) {
    if (n.t === 'text') parent.appendChild(doc.createTextNode(n.text));
    else if (n.t === 'comment') parent.appendChild(doc.createComment(n.text));
    else if (n.t === 'input') {
      const input = doc.createElement('input');
      input.setAttribute('value', n.value);
      parent.appendChild(input);
    } else {
      const el = doc.createElement(n.tag);
      if (n.editable) el.setAttribute('contenteditable', 'true');
      if (n.tag === 'textarea') el.textContent = 'Declan Rice in a textarea';
      else build(n.children, el);
      if (n.shadow !== undefined && !['textarea', 'button', 'code', 'pre'].includes(n.tag)) {
        try {
          el.attachShadow({ mode: 'open' }).append(doc.createTextNode(n.shadow));
        } catch {
          // Not every element takes a shadow root.
        }
      }
      parent.appendChild(el);
    }
  }
}

/** The page as markup, shadow roots included, so "identical" means identical. */
function serialise(root: Element): string {
  const parts: string[] = [root.innerHTML];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
  return parts.join('\n--shadow--\n');
}

function textOf(root: Element): string {
  const parts: string[] = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
  return parts.join('|');
}

function fresh(nodes: Tree[]): HTMLElement {
  document.body.replaceChildren();
  const main = document.createElement('main');
  // Context, so that names count on every generated page.
  const lead = document.createElement('p');
  lead.textContent = 'Arsenal midfielder Declan Rice scored in the derby before the transfer window.';
  main.append(lead);
  build(nodes, main);
  document.body.append(main);
  return main;
}

const annotator = () => new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching: matchingWith(index), summaries, today: '2026-12-01', frameBudgetMs: 1000 });

afterEach(() => document.body.replaceChildren());

describe('annotating generated pages', () => {
  test('annotate then switch off gives back the identical DOM', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (nodes) => {
        const root = fresh(nodes);
        const before = serialise(root);
        const a = annotator();
        await a.start();
        a.stop();
        expect(serialise(root)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);

  test('annotating twice is the same as once', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (nodes) => {
        const root = fresh(nodes);
        const a = annotator();
        await a.start();
        const once = serialise(root);
        await a.start();
        expect(serialise(root)).toBe(once);
        a.stop();
        await a.start();
        expect(serialise(root)).toBe(once);
        a.stop();
      }),
      { numRuns: RUNS },
    );
  }, 240_000);

  test('no mention inside a skipped element, and the text outside Footnote’s nodes is unchanged', async () => {
    let wrapped = 0;
    await fc.assert(
      fc.asyncProperty(page, async (nodes) => {
        const root = fresh(nodes);
        const before = textOf(root);
        const a = annotator();
        await a.start();
        const skipped = [...SKIPPED, '[contenteditable="true"]'].map((s) => `${s} [data-footnote-key], ${s} [data-footnote-badge]`).join(', ');
        expect(root.querySelectorAll(skipped).length).toBe(0);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) expect(el.shadowRoot.querySelector('[data-footnote]')).toBeNull();
        // Badges hold no text of their own in the page; wrappers hold the page's text.
        expect(textOf(root)).toBe(before);
        wrapped += root.querySelectorAll('[data-footnote-key]').length;
        a.stop();
      }),
      { numRuns: RUNS },
    );
    // The pages were annotated (not a property of pages Footnote left alone).
    expect(wrapped).toBeGreaterThan(2 * RUNS);
  }, 240_000);
});
