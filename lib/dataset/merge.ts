/**
 * Merging dataset layers (the bundled file, then each import or update source, in the order they
 * were added) into the one dataset the extension reads.
 *
 * Identity: a player is the same person in two layers when the ids match, else when the folded
 * names and birth dates match, else (one of them lacking a birth date) when the folded names and
 * clubs match. A club is the same when the ids match, else when a name, short name or alias
 * matches after folding and dropping legal words (FC, CF, Football Club, S.p.A....).
 * Merging: a later layer's fields replace the earlier one's where present; fields it lacks are
 * kept; aliases are unioned; rumours are unioned by id. The earliest layer's ids are kept, and the
 * later layer's references are rewritten to them.
 */
import type { Club, Dataset, Player, Rumour, Staff } from './types';
import { foldForm } from '../engine/fold';
import { LEGAL_FORMS } from './names';

const JOINING = new Set(['de', 'the', 'and', '&']);

/** A club name without legal forms and joining words ("Liverpool Football Club" → "liverpool"). */
export function clubKey(name: string): string {
  return foldForm(name).split(/[\s,]+/).filter((w) => w && !LEGAL_FORMS.has(w) && !JOINING.has(w)).join(' ');
}

const personKey = (name: string) => foldForm(name).replace(/[^a-z0-9 ]/g, '');

export interface MergeSummary {
  players: Counts;
  clubs: Counts;
  staff: Counts;
  rumours: Counts;
}

export interface Counts {
  added: number;
  changed: number;
  removed: number;
}

export function mergeLayers(layers: Dataset[]): Dataset {
  if (layers.length === 0) throw new Error('No dataset layers to merge');
  const [first, ...rest] = layers;
  let merged: Dataset = structuredCloneDataset(first);
  for (const layer of rest) merged = mergeTwo(merged, layer);
  return merged;
}

function structuredCloneDataset(d: Dataset): Dataset {
  return JSON.parse(JSON.stringify(d)) as Dataset;
}

function mergeTwo(base: Dataset, layer: Dataset): Dataset {
  const out = structuredCloneDataset(base);
  // Clubs first: people's club references are rewritten through this map.
  const clubIds = new Map<string, string>();
  const clubsById = new Map(out.clubs.map((c) => [c.id, c]));
  const clubsByKey = new Map<string, Club>();
  const keysOf = (c: Club) => [c.name, c.shortName, ...(c.aliases ?? [])].map((n) => (n ? clubKey(n) : '')).filter(Boolean);
  for (const c of out.clubs) for (const k of keysOf(c)) clubsByKey.set(k, c);
  for (const c of layer.clubs) {
    const match = clubsById.get(c.id) ?? keysOf(c).map((k) => clubsByKey.get(k)).find(Boolean);
    if (match) {
      clubIds.set(c.id, match.id);
      Object.assign(match, overlay(match, { ...c, id: match.id }));
    } else {
      const copy = { ...c };
      out.clubs.push(copy);
      clubsById.set(copy.id, copy);
      clubIds.set(c.id, c.id);
      for (const k of keysOf(copy)) clubsByKey.set(k, copy);
    }
  }
  const club = (id: string | null | undefined) => (id ? clubIds.get(id) ?? id : id);

  const personIds = new Map<string, string>();
  const mergePeople = <T extends Player | Staff>(list: T[], incoming: T[]): T[] => {
    const byId = new Map(list.map((p) => [p.id, p]));
    const byName = new Map<string, T[]>();
    for (const p of list) byName.set(personKey(p.name), [...(byName.get(personKey(p.name)) ?? []), p]);
    for (const raw of incoming) {
      const p = { ...raw, clubId: club(raw.clubId) } as T;
      if ((p as Player).loan) (p as Player).loan = { ...(p as Player).loan!, fromClubId: club((p as Player).loan!.fromClubId)! };
      const namesakes = byName.get(personKey(p.name)) ?? [];
      const birth = (x: T) => (x as Player).birthDate;
      const match =
        byId.get(p.id) ??
        namesakes.find((q) => birth(q) && birth(p) && birth(q) === birth(p)) ??
        namesakes.find((q) => (!birth(q) || !birth(p)) && q.clubId && q.clubId === p.clubId);
      if (match) {
        personIds.set(raw.id, match.id);
        Object.assign(match, overlay(match, { ...p, id: match.id }));
      } else {
        personIds.set(raw.id, p.id);
        list.push(p);
        byId.set(p.id, p);
        byName.set(personKey(p.name), [...namesakes, p]);
      }
    }
    return list;
  };
  out.players = mergePeople(out.players, layer.players);
  out.staff = mergePeople(out.staff ?? [], layer.staff ?? []);

  const rumours = new Map((out.rumours ?? []).map((r) => [r.id, r]));
  for (const r of layer.rumours ?? []) {
    const moved: Rumour = { ...r, playerId: personIds.get(r.playerId) ?? r.playerId, ...(r.clubId ? { clubId: club(r.clubId)! } : {}) };
    rumours.set(r.id, rumours.has(r.id) ? (overlay(rumours.get(r.id)!, moved) as Rumour) : moved);
  }
  out.rumours = [...rumours.values()];
  // The newest layer's date and source describe the whole.
  if (layer.asOf > out.asOf) out.asOf = layer.asOf;
  out.source = out.source === layer.source ? out.source : `${out.source}; ${layer.source}`;
  return out;
}

/** Later fields win where present; aliases are unioned; nested contracts merge field by field. */
function overlay<T extends object>(earlier: T, later: T): T {
  const out = { ...earlier } as Record<string, unknown>;
  for (const [key, value] of Object.entries(later)) {
    if (value === undefined) continue;
    const before = out[key];
    if (key === 'aliases' && Array.isArray(value)) {
      out[key] = [...new Set([...((before as string[]) ?? []), ...value])];
    } else if (key === 'contract' && value && typeof value === 'object' && before && typeof before === 'object') {
      out[key] = { ...before, ...value };
    } else out[key] = value;
  }
  return out as T;
}

/** What changed between two merged datasets, in counts a person can read. */
export function summarise(before: Dataset | undefined, after: Dataset): MergeSummary {
  const count = <T extends { id: string }>(a: T[] = [], b: T[] = []): Counts => {
    const old = new Map(a.map((x) => [x.id, JSON.stringify(x)]));
    const now = new Map(b.map((x) => [x.id, JSON.stringify(x)]));
    let added = 0;
    let changed = 0;
    for (const [id, json] of now) {
      if (!old.has(id)) added++;
      else if (old.get(id) !== json) changed++;
    }
    const removed = [...old.keys()].filter((id) => !now.has(id)).length;
    return { added, changed, removed };
  };
  return {
    players: count(before?.players, after.players),
    clubs: count(before?.clubs, after.clubs),
    staff: count(before?.staff, after.staff),
    rumours: count(before?.rumours, after.rumours),
  };
}

export function summaryWords(s: MergeSummary): string {
  const part = (label: string, c: Counts) => {
    const bits = [c.added && `${c.added} added`, c.changed && `${c.changed} changed`, c.removed && `${c.removed} removed`].filter(Boolean);
    return bits.length ? `${label}: ${bits.join(', ')}` : '';
  };
  const parts = [part('players', s.players), part('clubs', s.clubs), part('staff', s.staff), part('rumours', s.rumours)].filter(Boolean);
  return parts.length ? parts.join('; ') : 'nothing changed';
}
