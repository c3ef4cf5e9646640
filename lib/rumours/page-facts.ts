/**
 * What a page says about itself: its site's name, its address, when it was published and by
 * whom. Read from a document (or any root node) without layout or browser APIs, so the
 * extension's content script and the command line read pages the same way.
 *
 * The date, in order: `article:published_time`, JSON-LD `NewsArticle` (or any Article,
 * LiveBlogPosting) `datePublished`, the first `<time datetime>`, then the day the page was read.
 * A live blog's entries and a dated gossip column's items each carry their own `<time>`:
 * `readPage` gives every block the time of the one entry around it.
 */
import { collectBlocks } from '../page/blocks';
import type { PageFacts } from './types';

interface JsonLdArticle {
  datePublished?: string;
  author?: string;
  publisher?: string;
  url?: string;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|SportsArticle|Report)$/;

/** `YYYY-MM-DD` as the page wrote it (its own time zone's day), or null. */
export function isoDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return m?.[1] ?? null;
}

/**
 * The page's `<meta>` contents by key (`property`, `name` or `itemprop`; the first element with a
 * key gives its content), read in one pass: a selector per key would walk a long live blog with
 * no such tags a dozen times.
 */
function metaContents(root: ParentNode): Map<string, string> {
  const contents = new Map<string, string>();
  for (const el of root.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.trim() ?? '';
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key !== null && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

/** The first of `keys` the page's meta tags give a content for. */
function meta(contents: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = contents.get(key);
    if (content) return content;
  }
  return null;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter(Boolean);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return undefined;
}

/** The first article described in the page's JSON-LD, looking inside @graph and arrays; broken JSON is skipped. */
export function jsonLdArticle(root: ParentNode): JsonLdArticle | null {
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const node = queue.shift();
      if (Array.isArray(node)) {
        queue.push(...node);
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const o = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(o['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
        const page = o.mainEntityOfPage as { '@id'?: unknown } | string | undefined;
        const pageUrl = typeof page === 'string' ? page : typeof page?.['@id'] === 'string' ? page['@id'] : undefined;
        return {
          datePublished: typeof o.datePublished === 'string' ? o.datePublished : undefined,
          author: nameOf(o.author),
          publisher: nameOf(o.publisher),
          url: typeof o.url === 'string' ? o.url : pageUrl,
        };
      }
      if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
    }
  }
  return null;
}

/** The page's facts. `dayRead` (`YYYY-MM-DD`) is the date when the page gives none. */
export function readPageFacts(root: Document | ParentNode, dayRead: string | null): PageFacts {
  const ld = jsonLdArticle(root);
  const metas = metaContents(root);
  const time = root.querySelector('time[datetime]')?.getAttribute('datetime');
  const author = meta(metas, 'author', 'article:author', 'sailthru.author', 'parsely-author');
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    siteName: meta(metas, 'og:site_name', 'application-name') ?? ld?.publisher ?? null,
    url: meta(metas, 'og:url') ?? canonical ?? ld?.url ?? null,
    date: isoDay(meta(metas, 'article:published_time', 'datePublished', 'pubdate')) ?? isoDay(ld?.datePublished) ?? isoDay(time) ?? dayRead,
    // A profile address is not a name.
    author: (author && !/^https?:/.test(author) ? author : null) ?? ld?.author ?? null,
  };
}

export interface ReadPage {
  /** The visible text blocks, whitespace collapsed (as lib/page/blocks' visibleBlocks). */
  blocks: string[];
  /** For each block, the day of the one `<time datetime>` of the entry it sits in, if any. */
  blockDates: (string | null)[];
  facts: PageFacts;
}

/** The blocks of a page with their entries' dates, and its facts. */
export function readPage(document: Document, dayRead: string | null): ReadPage {
  const facts = readPageFacts(document, dayRead);
  const root = (document.body ?? document.documentElement) as Element;
  const dayOf = entryDays(root);
  const blocks: string[] = [];
  const blockDates: (string | null)[] = [];
  for (const block of collectBlocks(root)) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    blocks.push(text);
    blockDates.push(dayOf(block.element));
  }
  return { blocks, blockDates, facts };
}

/**
 * For the elements under `root`, the day of the one `<time datetime>` of the entry each sits in:
 * its nearest ancestor holding exactly one (a live blog's entry, a dated gossip item), else null.
 */
export function entryDays(root: Element): (element: Element) => string | null {
  const holds = new Map<Element, { count: number; day: string | null }>();
  for (const time of root.querySelectorAll('time[datetime]')) {
    const day = isoDay(time.getAttribute('datetime'));
    for (let el: Element | null = time; el; el = el.parentElement) {
      const h = holds.get(el);
      if (h) h.count++;
      else holds.set(el, { count: 1, day });
      if (el === root) break;
    }
  }
  return (element) => {
    for (let el: Element | null = element; el; el = el.parentElement) {
      const h = holds.get(el);
      if (h) return h.count === 1 ? h.day : null;
      if (el === root) break;
    }
    return null;
  };
}
