/**
 * Turns unknown JSON into a Dataset, or into a list of problems a person can act on, each with
 * its path: `players[12].contract.until: "2026-13-40" is not a date`.
 *
 * Two readings: `validateDataset` is strict (our own files: any problem fails the build), and
 * `validateRecords` keeps every good record and reports the bad ones: a reader's file, or a
 * merge of layers, loses only the records that are wrong, never the whole file.
 */
import * as v from 'valibot';
import { clubSchema, datasetSchema, datasetShellSchema, playerSchema, rumourSchema, staffSchema, transferSchema } from './schema';
import { textSafetyProblems } from './text-safety';
import type { Dataset } from './types';

export const FORMAT_VERSION = 1;
const MAX_PROBLEMS = 50;

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };
export type LenientValidation = { ok: true; dataset: Dataset; skipped: string[] } | { ok: false; problems: string[] };

export function validateDataset(input: unknown): Validation {
  const versionProblem = checkVersion(input);
  if (versionProblem) return { ok: false, problems: [versionProblem] };

  const parsed = v.safeParse(datasetSchema, input, { abortEarly: false });
  if (!parsed.success) return { ok: false, problems: cap(parsed.issues.map((issue) => describeIssue(issue))) };

  const dataset = parsed.output;
  const problems = [...textSafetyProblems(dataset), ...crossReferenceProblems(dataset).map((p) => p.problem)];
  return problems.length ? { ok: false, problems: cap(problems) } : { ok: true, dataset };
}

const LISTS = [
  ['clubs', clubSchema],
  ['players', playerSchema],
  ['staff', staffSchema],
  ['rumours', rumourSchema],
  ['transfers', transferSchema],
] as const;

/**
 * The file's shell (format, version, asOf, source, lists) must be right; then each record is
 * checked alone and a bad one is left out with its path and reason (`skipped`). Records that
 * lean on a skipped one (a rumour about a skipped player) are left out too, and said so.
 */
export function validateRecords(input: unknown): LenientValidation {
  const versionProblem = checkVersion(input);
  if (versionProblem) return { ok: false, problems: [versionProblem] };
  const shell = v.safeParse(datasetShellSchema, input, { abortEarly: false });
  if (!shell.success) return { ok: false, problems: cap(shell.issues.map((issue) => describeIssue(issue))) };

  const skipped: string[] = [];
  const out = { ...shell.output } as Record<string, unknown>;
  // Each kept record's position in the file, so every report names the row the reader can find.
  const positions = new Map<string, number[]>();
  for (const [list, schema] of LISTS) {
    const rows = shell.output[list];
    if (!rows) continue;
    const kept: unknown[] = [];
    const places: number[] = [];
    positions.set(list, places);
    rows.forEach((row, i) => {
      const parsed = v.safeParse(schema, row, { abortEarly: false });
      // Text that could spoof what Footnote says (bidi controls, huge names, non-web links) fails a record like a bad date.
      const unsafe = parsed.success ? textSafetyProblems(parsed.output).map((p) => `${list}[${i}].${p}`) : [];
      if (parsed.success && !unsafe.length) {
        kept.push(parsed.output);
        places.push(i);
      } else {
        const reasons = parsed.success ? unsafe : parsed.issues.map((issue) => describeIssue(issue));
        skipped.push(`${list}[${i}]${nameOf(row)}: ${reasons.join('; ')}: skipped`);
      }
    });
    out[list] = kept;
  }
  let dataset = out as Dataset;
  // Dropping one record can orphan another (a player whose club was dropped): repeat until settled.
  for (;;) {
    const problems = crossReferenceProblems(dataset);
    if (!problems.length) break;
    const drop = new Map<string, Set<number>>();
    for (const p of problems) {
      const indexes = drop.get(p.list) ?? new Set<number>();
      drop.set(p.list, indexes.add(p.index));
      const at = `${p.list}[${positions.get(p.list)?.[p.index] ?? p.index}]`;
      skipped.push(`${p.problem.replace(/^\w+\[\d+\]/, at)}${nameOf((dataset[p.list as 'players'] ?? [])[p.index])}: skipped`);
    }
    dataset = { ...dataset };
    for (const [list, indexes] of drop) {
      (dataset as Record<string, unknown>)[list] = ((dataset as Record<string, unknown[]>)[list] ?? []).filter((_, i) => !indexes.has(i));
      positions.set(list, (positions.get(list) ?? []).filter((_, i) => !indexes.has(i)));
    }
  }
  return { ok: true, dataset, skipped };
}

function nameOf(row: unknown): string {
  const name = (row as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? ` (${name})` : '';
}

function checkVersion(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const version = (input as { version?: unknown }).version;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return `version: this file is format version ${version}; this Footnote reads version ${FORMAT_VERSION} only (update the extension to read it)`;
  }
  return undefined;
}

function describeIssue(issue: v.BaseIssue<unknown>, prefix = ''): string {
  const path = formatPath(issue.path?.map((item) => item.key) ?? [], prefix);
  const where = path ? `${path}: ` : '';
  if (issue.input === undefined) return `${where}is missing`;
  if (issue.message.startsWith('expected')) return `${where}${issue.message}, got ${show(issue.input)}`;
  return `${where}${show(issue.input)} ${issue.message}`;
}

function formatPath(keys: unknown[], prefix: string): string {
  return keys.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
    prefix,
  );
}

function show(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function cap(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `... and ${problems.length - MAX_PROBLEMS} more problems`];
}

interface RecordProblem {
  list: 'clubs' | 'players' | 'staff' | 'rumours' | 'transfers';
  index: number;
  problem: string;
}

function crossReferenceProblems(dataset: Dataset): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const firstSeen = new Map<string, string>();
  const clubIds = new Set(dataset.clubs.map((c) => c.id));
  const playerIds = new Set(dataset.players.map((p) => p.id));

  const add = (list: RecordProblem['list'], index: number, problem: string) => problems.push({ list, index, problem });
  const claim = (list: RecordProblem['list'], index: number, id: string) => {
    const path = `${list}[${index}].id`;
    const earlier = firstSeen.get(id);
    if (earlier) add(list, index, `${path}: duplicate of ${earlier}`);
    else firstSeen.set(id, path);
  };
  const needClub = (list: RecordProblem['list'], index: number, clubId: string | null | undefined, field: string) => {
    if (clubId && !clubIds.has(clubId)) add(list, index, `${list}[${index}].${field}: no club "${clubId}"`);
  };

  dataset.clubs.forEach((club, i) => claim('clubs', i, club.id));
  dataset.players.forEach((player, i) => {
    claim('players', i, player.id);
    needClub('players', i, player.clubId, 'clubId');
    needClub('players', i, player.loan?.fromClubId, 'loan.fromClubId');
    if (player.loan && !player.clubId) add('players', i, `players[${i}].loan: a loaned player needs the loan club in clubId`);
    contractOrder(player.contract, 'players', i, add);
  });
  (dataset.staff ?? []).forEach((member, i) => {
    claim('staff', i, member.id);
    needClub('staff', i, member.clubId, 'clubId');
    contractOrder(member.contract, 'staff', i, add);
  });

  const rumourIds = new Map<string, number>();
  (dataset.rumours ?? []).forEach((rumour, i) => {
    const earlier = rumourIds.get(rumour.id);
    if (earlier !== undefined) add('rumours', i, `rumours[${i}].id: duplicate of rumours[${earlier}].id`);
    else rumourIds.set(rumour.id, i);
    if (!playerIds.has(rumour.playerId)) add('rumours', i, `rumours[${i}].playerId: no player "${rumour.playerId}"`);
    needClub('rumours', i, rumour.clubId, 'clubId');
  });
  const transferIds = new Map<string, number>();
  (dataset.transfers ?? []).forEach((transfer, i) => {
    const earlier = transferIds.get(transfer.id);
    if (earlier !== undefined) add('transfers', i, `transfers[${i}].id: duplicate of transfers[${earlier}].id`);
    else transferIds.set(transfer.id, i);
    if (!playerIds.has(transfer.playerId)) add('transfers', i, `transfers[${i}].playerId: no player "${transfer.playerId}"`);
    needClub('transfers', i, transfer.from.clubId, 'from.clubId');
    needClub('transfers', i, transfer.to.clubId, 'to.clubId');
  });
  return problems;
}

function contractOrder(
  contract: { since?: string; until?: string } | undefined,
  list: RecordProblem['list'],
  index: number,
  add: (list: RecordProblem['list'], index: number, problem: string) => void,
) {
  if (contract?.since && contract.until && contract.until < contract.since) {
    add(list, index, `${list}[${index}].contract.until: "${contract.until}" is before since "${contract.since}"`);
  }
}
