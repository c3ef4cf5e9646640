/**
 * De-cluttering: a man named in every paragraph gets his badges once per screenful, not once per
 * paragraph. A mention gets badges only when no other mention of the same entity less than a
 * viewport's height away (in page coordinates) already has them; the first one written claims
 * the place. Claims are per block, released when the block is unwritten, so a re-rendered block
 * takes part again. Pure bookkeeping: the annotator reads the blocks' positions in its read phase.
 */
export class BadgeSpacing {
  private readonly claims = new Map<string, Array<{ y: number; owner: number }>>();

  /** `gap`: the distance within which an entity's badges are shown once (a viewport's height). */
  constructor(private gap: number) {}

  setGap(gap: number): void {
    this.gap = gap;
  }

  /** Whether a mention of `entityId` at `y` may have badges; if so the place is taken by `owner`. */
  claim(entityId: string, y: number, owner: number): boolean {
    const taken = this.claims.get(entityId) ?? [];
    if (taken.some((c) => Math.abs(c.y - y) < this.gap)) return false;
    taken.push({ y, owner });
    this.claims.set(entityId, taken);
    return true;
  }

  /** Gives back every place `owner` took. */
  release(owner: number): void {
    for (const [id, taken] of this.claims) {
      const kept = taken.filter((c) => c.owner !== owner);
      if (kept.length) this.claims.set(id, kept);
      else this.claims.delete(id);
    }
  }

  clear(): void {
    this.claims.clear();
  }
}
