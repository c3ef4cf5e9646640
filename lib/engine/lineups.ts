/**
 * Team sheets: "United: Carroll, Neville, Brown, Ferdinand. Subs: Howard, Giggs." A run of at
 * least four short comma-separated capitalised items is a list of names; the words before its
 * colon, when there is one, name the side.
 */
export interface NameList {
  start: number;
  end: number;
  /** The span of the label before the colon (empty when none). */
  labelStart: number;
  labelEnd: number;
  labelled: boolean;
}

const SEGMENT = /[^.;\n]+/g;

export function listLabels(text: string): NameList[] {
  if (text.split(',').length < 3) return [];
  const out: NameList[] = [];
  let m: RegExpExecArray | null;
  SEGMENT.lastIndex = 0;
  while ((m = SEGMENT.exec(text))) {
    const segment = m[0];
    const colon = segment.indexOf(':');
    const bodyStart = colon >= 0 ? colon + 1 : 0;
    const items = segment.slice(bodyStart).split(',');
    // Three will do when they make up a line of their own ("Bowyer, Elliott, Bernard.").
    const wholeLine = colon < 0 && items.every((item) => /^\s*\p{Lu}[\p{L}'’-]*\s*$/u.test(item)) && lineAround(text, m.index, m.index + segment.length);
    if (items.length < 4 && !(items.length === 3 && wholeLine)) continue;
    const names = items.filter((item) => /^\s*(?:\p{Lu}|\(\p{Lu})/u.test(item) && item.trim().split(/\s+/).length <= 4);
    if (names.length < items.length - 1) continue;
    const label = colon >= 0 ? segment.slice(0, colon) : '';
    const labelOffset = m.index + label.length - label.trimStart().length;
    out.push({
      start: m.index + bodyStart,
      end: m.index + segment.length,
      labelStart: labelOffset,
      labelEnd: m.index + (colon >= 0 ? colon : 0),
      labelled: colon >= 0 && label.trim().split(/\s+/).length <= 4,
    });
  }
  return out;
}

/** The span is all its line holds, but for the full stop that ends it. */
function lineAround(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  return /(?:^|\n)\s*$/.test(before) && /^[.\s]*(?:\n|$)/.test(after);
}
