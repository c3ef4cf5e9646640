/**
 * Keeps the bundled dataset installed (as the first layer): on install, on update and at every start. The bundled
 * file is identified by the extension version that shipped it, so an update that ships new
 * data installs it and a restart with the same data does nothing.
 */
import { validateDataset } from '../../../lib/dataset/validate';
import type { DataMeta } from '../../../lib/protocol';
import { activeMeta, discardUnfinished } from './install';
import { putLayer } from './layers';
import type { DB } from './db';

export async function ensureBundled(db: DB, bundled: string, load: () => Promise<unknown>, now: () => Date): Promise<DataMeta> {
  await discardUnfinished(db);
  const active = await activeMeta(db);
  if (active?.bundled === bundled) return active;
  const result = validateDataset(await load());
  if (!result.ok) throw new Error(`The bundled dataset is invalid:\n${result.problems.join('\n')}`);
  // The bundled layer is replaced only by a newer bundled file; the reader's layers stay on top.
  await putLayer(db, { id: 'bundled', kind: 'bundled', label: `Bundled with Footnote ${bundled}`, order: 0, dataset: result.dataset }, { now: now(), bundled });
  return (await activeMeta(db))!;
}
