/**
 * Turns unknown JSON into a Dataset, or into a list of problems a person can act on, each with
 * its path: `players[12].contract.until: "2026-13-40" is not a date`.
 */
import * as v from 'valibot';
import { datasetSchema } from './schema';
import { textSafetyProblems } from './text-safety';
import type { Dataset } from './types';

export const FORMAT_VERSION = 1;
const MAX_PROBLEMS = 50;

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

export function validateDataset(input: unknown): Validation {
  const versionProblem = checkVersion(input);
  if (versionProblem) return { ok: false, problems: [versionProblem] };

  const parsed = v.safeParse(datasetSchema, input, { abortEarly: false });
  if (!parsed.success) return { ok: false, problems: cap(parsed.issues.map(describeIssue)) };

  const dataset = parsed.output as Dataset;
  const problems = [...textSafetyProblems(dataset), ...crossReferenceProblems(dataset)];
  return problems.length ? { ok: false, problems: cap(problems) } : { ok: true, dataset };
}

function checkVersion(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const version = (input as { version?: unknown }).version;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return `version: this file is format version ${version}; this Footnote reads version ${FORMAT_VERSION} only (update the extension to read it)`;
  }
  return undefined;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue.path?.map((item) => item.key) ?? []);
  const where = path ? `${path}: ` : '';
  if (issue.input === undefined) return `${where}is missing`;
  if (issue.message.startsWith('expected')) return `${where}${issue.message}, got ${show(issue.input)}`;
  return `${where}${show(issue.input)} ${issue.message}`;
}

function formatPath(keys: unknown[]): string {
  return keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
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

function crossReferenceProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const firstSeen = new Map<string, string>();
  const clubIds = new Set(dataset.clubs.map((c) => c.id));
  const playerIds = new Set(dataset.players.map((p) => p.id));

  const claim = (id: string, path: string) => {
    const earlier = firstSeen.get(id);
    if (earlier) problems.push(`${path}: duplicate of ${earlier}`);
    else firstSeen.set(id, path);
  };
  const needClub = (clubId: string | null | undefined, path: string) => {
    if (clubId && !clubIds.has(clubId)) problems.push(`${path}: no club "${clubId}"`);
  };

  dataset.clubs.forEach((club, i) => claim(club.id, `clubs[${i}].id`));
  dataset.players.forEach((player, i) => {
    claim(player.id, `players[${i}].id`);
    needClub(player.clubId, `players[${i}].clubId`);
    needClub(player.loan?.fromClubId, `players[${i}].loan.fromClubId`);
    if (player.loan && !player.clubId) problems.push(`players[${i}].loan: a loaned player needs the loan club in clubId`);
    contractOrder(player.contract, `players[${i}].contract`, problems);
  });
  (dataset.staff ?? []).forEach((member, i) => {
    claim(member.id, `staff[${i}].id`);
    needClub(member.clubId, `staff[${i}].clubId`);
    contractOrder(member.contract, `staff[${i}].contract`, problems);
  });

  const rumourIds = new Map<string, number>();
  (dataset.rumours ?? []).forEach((rumour, i) => {
    const earlier = rumourIds.get(rumour.id);
    if (earlier !== undefined) problems.push(`rumours[${i}].id: duplicate of rumours[${earlier}].id`);
    else rumourIds.set(rumour.id, i);
    if (!playerIds.has(rumour.playerId)) problems.push(`rumours[${i}].playerId: no player "${rumour.playerId}"`);
    needClub(rumour.clubId, `rumours[${i}].clubId`);
  });
  return problems;
}

function contractOrder(contract: { since?: string; until?: string } | undefined, path: string, problems: string[]) {
  if (contract?.since && contract.until && contract.until < contract.since) {
    problems.push(`${path}.until: "${contract.until}" is before since "${contract.since}"`);
  }
}
