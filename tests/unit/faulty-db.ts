/**
 * A database that fails the way a full or stalled disk does, for the install tests: every write
 * (a read-write transaction, or a put/add/delete shortcut) is a step, and the chosen step fails.
 * A failing transaction is aborted for real when it would commit, so nothing of it lands.
 */
import { generationRange, type DB } from '../../entrypoints/background/store/db';
import { activeMeta } from '../../entrypoints/background/store/install';

const STORES = ['clubs', 'players', 'staff', 'rumours'] as const;

export type Fault = 'quota' | 'stall' | 'error';

export interface FaultPlan {
  failAt: number;
  fault: Fault;
  /** Every step from failAt on fails (a disk that stays full), not just that one. */
  persistent?: boolean;
  /** Count only read-write transactions on this one store alone (failAt 0: the first of them fails). */
  onStore?: string;
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const WRITES = new Set(['put', 'add', 'delete', 'clear']);

export function faultyDB(db: DB, plan: FaultPlan): { db: DB; steps: () => number } {
  let steps = 0;
  let tripped = false;
  const fails = () => {
    const step = steps++;
    if (step === plan.failAt) tripped = true;
    return step === plan.failAt || (plan.persistent === true && tripped);
  };
  const failure = () => (plan.fault === 'quota' ? quota() : new Error('the disk went away'));

  const failingTx = <T extends object>(tx: T & { done: Promise<void>; abort(): void }) => {
    let aborted = false;
    return new Proxy(tx, {
      get(target, key) {
        if (key === 'done') {
          if (!aborted) {
            aborted = true;
            target.done.catch(() => {});
            target.abort();
          }
          // A stall never settles; the others fail as the browser reports them.
          return plan.fault === 'stall' ? new Promise(() => {}) : Promise.reject(failure());
        }
        if (key === 'abort') return () => {
          try {
            target.abort();
          } catch {
            // Already aborted above.
          }
        };
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };

  const proxy = new Proxy(db, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      if (key === 'transaction') {
        return (stores: never, mode?: IDBTransactionMode, ...rest: unknown[]) => {
          const tx = (value as (...a: unknown[]) => never).call(target, stores, mode, ...rest);
          const names = typeof stores === 'string' ? [stores] : (stores as string[]);
          const counted = mode === 'readwrite' && (!plan.onStore || (names.length === 1 && names[0] === plan.onStore) || (plan.persistent && tripped));
          return counted && fails() ? failingTx(tx) : tx;
        };
      }
      if (typeof key === 'string' && WRITES.has(key) && (!plan.onStore || (plan.persistent && tripped))) {
        return (...args: unknown[]) => (fails() ? Promise.reject(plan.fault === 'stall' ? quota() : failure()) : (value as (...a: unknown[]) => unknown).apply(target, args));
      }
      return value.bind(target);
    },
  });
  return { db: proxy as DB, steps: () => steps };
}

/** Everything a reader could see, read back from the database. */
export async function snapshot(db: DB) {
  const meta = await activeMeta(db);
  const gen = meta?.gen ?? -1;
  const rows = Object.fromEntries(await Promise.all(STORES.map(async (s) => [s, await db.getAll(s, generationRange(gen))])));
  const derived = await db.get('derived', gen);
  const index = await db.get('nameIndex', gen);
  const layers = (await db.getAll('layers')).sort((a, b) => a.order - b.order);
  return { meta, rows, derived, index: index?.index.version, layers };
}

/** Rows stored under any generation but the active one (a partial install left behind). */
export async function strayRows(db: DB): Promise<number> {
  const gen = (await activeMeta(db))?.gen ?? -1;
  let stray = 0;
  for (const s of STORES) stray += (await db.count(s)) - (await db.count(s, generationRange(gen)));
  stray += (await db.getAllKeys('derived')).filter((g) => g !== gen).length;
  stray += (await db.getAllKeys('nameIndex')).filter((g) => g !== gen).length;
  return stray + ((await db.get('meta', 'pending')) ? 1 : 0);
}

