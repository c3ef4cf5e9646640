/** The reader's badge preferences, stored by the options page and read by content scripts. */
export interface Prefs {
  badges: { contract: boolean; rumours: boolean };
  /** Dots instead of text badges. */
  compact: boolean;
  /** Milliseconds a pointer rests on a name before its card opens. */
  hoverDelay: number;
  /** A quiet dotted underline under every recognised name, on devices that can hover: names without a badge look live too. */
  markNames: boolean;
}

export const DEFAULT_PREFS: Prefs = { badges: { contract: true, rumours: true }, compact: false, hoverDelay: 350, markNames: true };

/** Anything stored, made valid: unknown or broken values fall back to the defaults. */
export function readPrefs(raw: unknown): Prefs {
  const r = (typeof raw === 'object' && raw) || {};
  const b = (r as { badges?: unknown }).badges;
  const badges = typeof b === 'object' && b ? (b as Record<string, unknown>) : {};
  const delay = (r as { hoverDelay?: unknown }).hoverDelay;
  return {
    badges: {
      contract: typeof badges.contract === 'boolean' ? badges.contract : true,
      rumours: typeof badges.rumours === 'boolean' ? badges.rumours : true,
    },
    compact: (r as { compact?: unknown }).compact === true,
    hoverDelay: typeof delay === 'number' && delay >= 100 && delay <= 2000 ? delay : DEFAULT_PREFS.hoverDelay,
    markNames: (r as { markNames?: unknown }).markNames !== false,
  };
}
