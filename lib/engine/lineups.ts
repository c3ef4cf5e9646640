/**
 * Team sheets: "United: Carroll, Neville, Brown, Ferdinand. Subs: Howard, Giggs." A run of at
 * least four short comma-separated capitalised items is a list of names; the words before its
 * colon, when there is one, name the side. Three will do when they make a line of their own.
 */
export interface NameList {
  start: number;
  end: number;
  /** The span of the label before the colon (empty when none). */
  labelStart: number;
  labelEnd: number;
  labelled: boolean;
}

const ITEM = /^\s*(?:\p{Lu}|\(\p{Lu})/u;
const BARE_NAME = /^\s*\p{Lu}[\p{L}'’-]*\s*$/u;

const SEGMENT = /[^.;\n]+/g;

export function listLabels(text: string): NameList[] {
  if (!mayHoldList(text)) return [];
  const out: NameList[] = [];
  SEGMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEGMENT.exec(text))) {
    const a = m[0].indexOf(',');
    const b = a < 0 ? -1 : m[0].indexOf(',', a + 1);
    if (b < 0) continue;
    // Two commas make a list only as a line of its own; else it takes three.
    if (m[0].indexOf(',', b + 1) < 0 && !lineAround(text, m.index, m.index + m[0].length)) continue;
    const list = readList(text, m.index, m.index + m[0].length);
    if (list) out.push(list);
  }
  return out;
}

/**
 * A quick look before the real one, since most blocks are prose: a list has three commas close
 * together (short names between them), or it is a short line of three names.
 */
function mayHoldList(text: string): boolean {
  const a = text.indexOf(',');
  if (a < 0) return false;
  let b = text.indexOf(',', a + 1);
  if (b < 0) return false;
  if (text.length < 120) return true;
  let c = text.indexOf(',', b + 1);
  let first = a;
  while (c >= 0) {
    if (c - first < 80) return true;
    first = b;
    b = c;
    c = text.indexOf(',', c + 1);
  }
  // A line of three bare names inside a longer block ("...\nBowyer, Elliott, Bernard.\n...").
  return text.includes('\n');
}

function readList(text: string, start: number, end: number): NameList | undefined {
  const segment = text.slice(start, end);
  const colon = segment.indexOf(':');
  const bodyStart = colon >= 0 ? colon + 1 : 0;
  const items = segment.slice(bodyStart).split(',');
  const wholeLine = colon < 0 && items.length === 3 && items.every((item) => BARE_NAME.test(item)) && lineAround(text, start, end);
  if (items.length < 4 && !wholeLine) return undefined;
  const names = items.filter((item) => ITEM.test(item) && item.trim().split(/\s+/).length <= 4);
  if (names.length < items.length - 1) return undefined;
  const label = colon >= 0 ? segment.slice(0, colon) : '';
  return {
    start: start + bodyStart,
    end,
    labelStart: start + label.length - label.trimStart().length,
    labelEnd: start + (colon >= 0 ? colon : 0),
    labelled: colon >= 0 && label.trim().split(/\s+/).length <= 4,
  };
}

/** The span is all its line holds, but for the full stop that ends it. */
function lineAround(text: string, start: number, end: number): boolean {
  return /(?:^|\n)\s*$/.test(text.slice(Math.max(0, start - 20), start)) && /^[.\s]*(?:\n|$)/.test(text.slice(end, end + 20));
}
