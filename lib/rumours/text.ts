/**
 * Cuts a block of page text into the units rumours are read in: items (a paragraph, or one entry
 * of a gossip column, which ends with its bracketed source), sentences, and clauses.
 * Everything is a span of offsets into the block, so claims point back at the page.
 */
import { group } from '../indexing';

export interface Span {
  start: number;
  end: number;
}

export interface Item extends Span {
  sentences: Span[];
  /** A gossip column's source in brackets at the item's end: "(Telegraph)". */
  source?: Span & { text: string };
}

// A bracket at the end of an item names its source when it reads like a name, not a number,
// an age or an aside: "(Sun)", "(Fabrizio Romano on Twitter)", "(Marca - in Spanish)".
const SOURCE_BRACKET = /\(\s*([A-Za-z0-9][^()\n]{0,70}?)\s*\)/g;

function isSourceText(text: string): boolean {
  if (!/[A-Za-z]{2}/.test(text) || /^\d/.test(text) && !/^90min/i.test(text)) return false;
  if (text.split(/\s+/).length > 9) return false;
  // An aside reads as a sentence fragment in lower case ("(on loan)", "(pictured)").
  // (football.london, talkSPORT, 90min, a domain) are names too.
  return /^[A-Z0-9]/.test(text) || /^\S+ on (?:Twitter|X|Instagram)$/.test(text) || /^\S+\.[a-z]{2,}/.test(text) || /^[a-z]+[A-Z]/.test(text) || /^l'/i.test(text);
}

/** Where paragraphs start and end: blank lines, or a line ending a sentence (plain-text columns). */
function paragraphs(block: string): Span[] {
  const out: Span[] = [];
  const cut = /\n[ \t]*\n\s*|(?<=[.!?)"”’])[ \t]*\n\s*/g;
  let start = 0;
  for (const m of block.matchAll(cut)) {
    out.push({ start, end: m.index! });
    start = m.index! + m[0].length;
  }
  out.push({ start, end: block.length });
  return out.filter((p) => /\S/.test(block.slice(p.start, p.end)));
}

/** Items of a block: its paragraphs, each cut again after a source bracket that closes an item. */
export function items(block: string): Item[] {
  const out: Item[] = [];
  for (const p of paragraphs(block)) {
    let start = p.start;
    const text = block.slice(p.start, p.end);
    for (const m of text.matchAll(SOURCE_BRACKET)) {
      const at = p.start + m.index!;
      const close = at + m[0].length;
      // Some columns leave an empty "()" before the source.
      const before = block.slice(start, at).trimEnd().replace(/\s*\(\s*\)$/, '');
      const after = block.slice(close, p.end);
      // Only a bracket after a finished sentence, and at the end or before a new one.
      const source = group(m, 1);
      if (!/[.!?"”’]$/.test(before) || !/^\s*($|["“‘A-Z0-9])/.test(after) || !isSourceText(source)) continue;
      const inner = at + m[0].indexOf(source);
      out.push(item(block, start, at, { start: inner, end: inner + source.length, text: source }));
      start = close;
    }
    if (/\S/.test(block.slice(start, p.end))) out.push(item(block, start, p.end));
  }
  return out;
}

function item(block: string, start: number, end: number, source?: Item['source']): Item {
  while (start < end && /\s/.test(block.charAt(start))) start++;
  while (end > start && /\s/.test(block.charAt(end - 1))) end--;
  return { start, end: source ? source.end + 1 : end, sentences: sentences(block, start, end), source };
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(['st', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'no', 'vs', 'v', 'fc', 'etc', 'ft', 'inc', 'co', 'mt']);

/** Sentences in block[start, end): a stop, then space, then a capital, digit, quote or bracket. */
export function sentences(block: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const text = block.slice(start, end);
  let from = 0;
  for (const m of text.matchAll(/[.!?]+["”’)]?(?=\s+["“‘(]?[A-Z0-9£€$])/g)) {
    const stop = m.index!;
    if (m[0].startsWith('.')) {
      const word = /([A-Za-z]+)$/.exec(text.slice(from, stop))?.[1] ?? '';
      // Initials ("J. Smith") and abbreviations ("St. Pauli") do not end sentences.
      if (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /[A-Z]/.test(word))) continue;
    }
    const stopEnd = stop + m[0].length;
    out.push({ start: start + from, end: start + stopEnd });
    from = stopEnd;
    while (from < text.length && /\s/.test(text.charAt(from))) from++;
  }
  if (from < text.length) out.push({ start: start + from, end });
  return out;
}

// Where one clause of a sentence ends and another, with its own subject, begins.
const CLAUSE_BREAK = /,\s+(?:with|while|whilst|but|although|though|whereas|leaving|putting|after|amid|meaning|despite)\s+|,\s+as\s+(?=[A-Z]|(?:an?|the|he|they|his|their|it)\s)|;\s*|\s+[-–—]\s+|\s+(?:but|while|whilst|whereas|although|though|after|despite|in favour of)\s+|\s+as\s+(?=[A-Z]|(?:he|they|it)\s)|\s+amid\s+|\s+and\s+(?=(?:[A-Z][\p{L}'’-]+\s+){1,3}(?:are|is|have|has|will|would|could|may|might|must|need|needs|want|wants|remain|remains)\b)/gu;

/** The clauses of a sentence, as spans. */
export function clauses(block: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const text = block.slice(sentence.start, sentence.end);
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    // "Manchester City and Arsenal are keen" is a list of subjects; "... a move for Gallagher and Chelsea may sell" two clauses.
    if (/^\s+and\s/.test(m[0]) && !/\b[a-z]{2,}\b/.test(text.slice(from, m.index!))) continue;
    out.push({ start: sentence.start + from, end: sentence.start + m.index! });
    from = m.index! + m[0].length;
  }
  out.push({ start: sentence.start + from, end: sentence.end });
  return out;
}

/** Spans inside a sentence that state a condition ("if Chelsea sell first", "unless ..."): up to the next comma or the end. */
export function conditions(block: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const text = block.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(/\b(?:if|unless|provided|should they|in the event)\b[^,;.]*/gi)) {
    out.push({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length });
  }
  return out;
}

export const within = (span: Span, at: Span) => at.start >= span.start && at.end <= span.end;
