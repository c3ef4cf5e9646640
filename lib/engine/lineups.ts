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

export function listLabels(text: string): NameList[] {
  const out: NameList[] = [];
  // Segments end at a full stop, a semicolon or a line break; only those with two commas or more are read.
  let start = 0;
  let commas = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 10;
    if (ch === 44) commas++;
    else if (ch === 46 || ch === 59 || ch === 10) {
      if (commas >= 2) {
        const list = readList(text, start, i);
        if (list) out.push(list);
      }
      start = i + 1;
      commas = 0;
    }
  }
  return out;
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
