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
