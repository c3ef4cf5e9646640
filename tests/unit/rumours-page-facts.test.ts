/**
 * Page facts from HTML of our own: the published date in its order of sources, the site name,
 * address and byline, and each live-blog entry's own time.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { isoDay, jsonLdArticle, readPage, readPageFacts } from '../../lib/rumours/page-facts';
import { visibleBlocks } from '../../lib/page/blocks';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const page = (head: string, body = '<p>Text.</p>') => parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('the published date, in order', () => {
  test.each([
    ['article:published_time first', page(`<meta property="article:published_time" content="2025-08-30T23:10:00+01:00">${ld({ '@type': 'NewsArticle', datePublished: '2025-01-01' })}`, '<time datetime="2024-01-01">x</time>'), '2025-08-30'],
    ['then JSON-LD NewsArticle', page(ld({ '@type': 'NewsArticle', datePublished: '2025-02-03T10:00:00Z' }), '<time datetime="2024-01-01">x</time>'), '2025-02-03'],
    ['JSON-LD inside @graph', page(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': ['NewsArticle'], datePublished: '2025-03-04' }] })), '2025-03-04'],
    ['then <time datetime>', page('', '<p><time datetime="2025-04-05T08:00:00Z">5 April</time> Text.</p>'), '2025-04-05'],
    ['then the day read', page(''), '2026-01-15'],
    ['broken JSON-LD is skipped, not fatal', page(`<script type="application/ld+json">{ not json</script>${ld({ '@type': 'Article', datePublished: '2025-05-06' })}`), '2025-05-06'],
  ])('%s', (_, doc, date) => expect(readPageFacts(doc, '2026-01-15').date).toBe(date));
});

describe('site, address, byline', () => {
  test('from meta tags', () => {
    const doc = page('<meta property="og:site_name" content="Footnote Sport"><meta property="og:url" content="https://sport.example/a"><meta name="author" content="Sam Writer">');
    expect(readPageFacts(doc, null)).toEqual({ siteName: 'Footnote Sport', url: 'https://sport.example/a', date: null, author: 'Sam Writer' });
  });

  test('from JSON-LD when the meta tags are missing; a canonical link gives the address; several authors are joined', () => {
    const doc = page(`<link rel="canonical" href="https://sport.example/b">${ld({ '@type': 'NewsArticle', datePublished: '2025-06-07', author: [{ '@type': 'Person', name: 'Ana Uno' }, { name: 'Ben Dos' }], publisher: { '@type': 'Organization', name: 'Example Daily' } })}`);
    expect(readPageFacts(doc, null)).toEqual({ siteName: 'Example Daily', url: 'https://sport.example/b', date: '2025-06-07', author: 'Ana Uno, Ben Dos' });
  });

  test('microdata in the body counts; the first tag of a key decides it, and an empty one gives way to the next key', () => {
    const doc = page('<meta name="author" content=" "><meta name="author" content="Not This One"><meta property="og:site_name" content="Footnote Sport">',
      '<article><meta itemprop="datePublished" content="2025-09-01T12:00:00Z"><meta name="sailthru.author" content="Sam Writer"><p>Text.</p></article>');
    expect(readPageFacts(doc, null)).toEqual({ siteName: 'Footnote Sport', url: null, date: '2025-09-01', author: 'Sam Writer' });
  });

  test('an author given as a profile address is not a name', () => {
    expect(readPageFacts(page('<meta property="article:author" content="https://social.example/sam">'), null).author).toBeNull();
  });

  test('a page that says nothing about itself', () => {
    expect(readPageFacts(page(''), null)).toEqual({ siteName: null, url: null, date: null, author: null });
    expect(jsonLdArticle(page(ld({ '@type': 'Organization', name: 'x' })))).toBeNull();
  });

  test.each([['2025-01-02T23:59:00-05:00', '2025-01-02'], ['2025-01-02', '2025-01-02'], ['2 January 2025', null], [null, null]])('isoDay(%s)', (value, day) => {
    expect(isoDay(value)).toBe(day);
  });
});

describe('live blogs: each entry its own time', () => {
  test('blocks take the time of the one entry around them; the page its own date', () => {
    const doc = parse(readFileSync('tests/fixtures/rumours/pages/live-blog.html', 'utf8'));
    const read = readPage(doc, '2026-02-01');
    expect(read.facts).toEqual({ siteName: 'Footnote Sport', url: 'https://sport.example/live/transfers', date: '2026-01-30', author: 'Sam Writer' });
    const dateOf = (text: string) => read.blockDates[read.blocks.findIndex((b) => b.includes(text))];
    expect(dateOf('Declan Rice')).toBe('2026-01-31');
    expect(dateOf('Jérémy Jacquet')).toBe('2026-01-31');
    expect(dateOf('John Stones')).toBe('2026-01-30');
    // The headline belongs to no entry; navigation is not read at all.
    expect(dateOf('Deadline day')).toBeNull();
    expect(read.blocks.some((b) => b.includes('Liverpool Arsenal Chelsea'))).toBe(false);
    // The same blocks the annotate tool has always read, so mention offsets do not move.
    expect(read.blocks).toEqual(visibleBlocks(doc.body));
  });
});
