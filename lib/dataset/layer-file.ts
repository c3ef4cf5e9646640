/**
 * The committed form of a generated layer (data/base/, data/fpl/): a format v1 dataset with one
 * record per line, so a regenerated file diffs by record and reviews well.
 */
import type { Dataset } from './types';

export function formatLayer(dataset: Dataset): string {
  const { clubs, players, staff, rumours, transfers, ...head } = dataset;
  const list = (name: string, rows: unknown[] | undefined) =>
    rows === undefined ? '' : `,\n"${name}":[${rows.length ? '\n' : ''}${rows.map((r) => JSON.stringify(r)).join(',\n')}]`;
  return `${JSON.stringify(head).slice(0, -1)}${list('clubs', clubs)}${list('players', players)}${list('staff', staff)}${list('rumours', rumours)}${list('transfers', transfers)}\n}\n`;
}
