/**
 * What can go wrong on a page, as the content script reports it to the popup: a code, which the
 * popup turns into words. The words stay out of the content script's first bundle, which every
 * tracked page evaluates.
 */
export const PAGE_PROBLEMS = {
  summaries: 'Footnote could not read its dataset, so this page has no badges. Reload the page to try again.',
  matching: 'Footnote’s background did not answer, so the names on this page were not looked up. Reload the page to try again.',
  writer: 'Footnote could not load what draws its badges, so this page has none. Reload the page to try again.',
} as const;

export type PageProblem = keyof typeof PAGE_PROBLEMS;

/** The words for a code a content script sent (anything else: none). */
export function problemText(code: unknown): string | undefined {
  return typeof code === 'string' && Object.hasOwn(PAGE_PROBLEMS, code) ? PAGE_PROBLEMS[code as PageProblem] : undefined;
}
