import { problemText, type PageProblem } from './page-problems';

/** Messages sent to a tab's content script (by the background and the popup). */
export type TabMessage = { type: 'bg-cs-enabled'; enabled: boolean } | { type: 'popup-cs-found' };

export interface FoundEntity {
  id: string;
  kind: 'player' | 'club' | 'staff';
  count: number;
}

export function parseTabMessage(raw: unknown): TabMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type === 'bg-cs-enabled' && typeof m.enabled === 'boolean') return { type: 'bg-cs-enabled', enabled: m.enabled };
  if (m.type === 'popup-cs-found') return { type: 'popup-cs-found' };
  return undefined;
}

/**
 * The popup's port to a tab's content script (`tabs.connect(tabId, { name: FOUND_PORT })`): the
 * content script posts a FoundPush at once and again whenever what it found changes, so the
 * popup never asks over and over while it is open. The port closes with the popup.
 */
export const FOUND_PORT = 'footnote-found';

export interface FoundPush {
  type: 'cs-popup-found';
  found: FoundEntity[];
  /** What went wrong on the page, as a code (lib/page-problems.ts has the words). */
  problem?: PageProblem;
}

export function parseFoundPush(raw: unknown): FoundPush | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type !== 'cs-popup-found' || !Array.isArray(m.found)) return undefined;
  const found = m.found.filter((f): f is FoundEntity => {
    const e = f as Partial<FoundEntity> | null;
    return !!e && typeof e.id === 'string' && typeof e.count === 'number' && (e.kind === 'player' || e.kind === 'club' || e.kind === 'staff');
  });
  return { type: 'cs-popup-found', found, ...(problemText(m.problem) ? { problem: m.problem as PageProblem } : {}) };
}
