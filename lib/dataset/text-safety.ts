/**
 * Rules for the text a dataset carries, checked by the validator after the structure: data text
 * is shown in Footnote's own cards, labels and links, so it must not be able to pass for
 * Footnote's words or a link Footnote would not follow.
 *
 * - Bidirectional controls (U+202A–U+202E, U+2066–U+2069) are refused wherever they appear: one
 *   U+202E in a club name reverses the words after it, Footnote's included.
 * - Every string has a length limit (TEXT_LIMITS), so one record cannot widen a page.
 * - `source.url` must be an http(s) address: it becomes a link in the popup.
 */

/** The embedding, override and isolate controls (not the marks U+200E/F, which cannot reorder). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Longest string allowed for each field name, in UTF-16 code units; other fields get `other`. */
export const TEXT_LIMITS = {
  id: 200,
  name: 200,
  shortName: 200,
  aliases: 200,
  nationality: 100,
  position: 100,
  country: 100,
  league: 200,
  outlet: 200,
  author: 200,
  summary: 2000,
  url: 2000,
  source: 1000,
  other: 2000,
} as const;

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** For text that is not data but comes from outside (a picked file's name). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** An address a link may point at: http or https, nothing else (no javascript:, data:, file:...). */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The problems of every string in a structurally valid dataset, each with its path. */
export function textSafetyProblems(dataset: unknown): string[] {
  const problems: string[] = [];
  walk(dataset, '', undefined, undefined, problems);
  return problems;
}

function walk(value: unknown, path: string, key: string | undefined, parentKey: string | undefined, problems: string[]): void {
  if (typeof value === 'string') {
    checkString(value, path, key, parentKey, problems);
  } else if (Array.isArray(value)) {
    // An array's items are checked under the array's own field name (aliases: each alias).
    value.forEach((item, i) => walk(item, `${path}[${i}]`, key, parentKey, problems));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, child] of Object.entries(value)) {
      // A field name that is not a plain word (files may carry any) is quoted, so the path stays readable.
      const step = /^[A-Za-z_$][\w$]*$/.test(k) ? (path ? `${path}.${k}` : k) : `${path}[${JSON.stringify(k)}]`;
      walk(child, step, k, key, problems);
    }
  }
}

function checkString(text: string, path: string, key: string | undefined, parentKey: string | undefined, problems: string[]) {
  const control = text.match(BIDI_CONTROL);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase();
    problems.push(`${path}: contains the bidirectional control U+${code}, which can make text read in another order; remove it`);
  }
  const limit = key && key in TEXT_LIMITS ? TEXT_LIMITS[key as keyof typeof TEXT_LIMITS] : TEXT_LIMITS.other;
  if (text.length > limit) problems.push(`${path}: is ${text.length} characters long; the limit is ${limit}`);
  if (key === 'url' && parentKey === 'source' && !isWebUrl(text)) {
    problems.push(`${path}: ${JSON.stringify(text.slice(0, 40))} is not an http(s) address`);
  }
}
