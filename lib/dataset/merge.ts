/**
 * Merging dataset layers into the one dataset the extension reads. Layers come lowest first:
 * the transfermarkt base, the curated data, then each file or address the reader added.
 *
 * Facts come in groups, each true as of a date (its `facts.<group>.asOf`, else its record's
 * `asOf`, else its layer's) and from a source (likewise `source`):
 * - club: clubId, loan, joined (and a staff member's role);
 * - contract: since, until, option, confidence, note;
 * - personal: name, shortName, tmId, birthDate, nationality, position, marketValue.
 * Where layers disagree on the club or the contract, the newer group wins *whole* (never a
 * `since` from one source and an `until` from another); on equal dates the higher layer wins.
 * A contract that was with another club than the newest club fact says, and is older than it,
 * was with his former club: it is dropped. Each personal detail (birth date, nationality,
 * position, ids, market value) comes from the newest layer that has it, ties to the higher.
 * His name and short name stay with his id (below): a record keeps its names as layers are
 * added, and the other layers' full names become aliases, so every form is still found.
 *
 * Identity: a person is the same in two layers when both have a transfermarkt id and they match;
 * else when the ids match; else when the folded full names and birth dates match; else when
 * the folded full name and a club match and exactly one person fits. A transfermarkt id or a
 * birth date that differs always means two people. A club is the same when the transfermarkt
 * ids or the ids match, else when a name matches after folding and dropping legal words.
 *
 * A completed transfer (a layer's `transfers`, dated on or before that layer's asOf) is a club
 * fact of its date: newer than every other club fact, it moves the player to the club he joined
 * (and his older contract, with another club, goes by the rule above).
 *
 * A merged record that is still invalid is left out and reported with the layers it came from.
 */
import type { Club, Dataset, FactGroup, Player, Provenance, Rumour, Staff, Transfer } from './types';
import { foldForm } from '../engine/fold';
import { LEGAL_FORMS } from './names';
import { validateRecords } from './validate';
import { at, first, last, type NonEmpty } from '../indexing';

const JOINING = new Set(['de', 'the', 'and', '&']);

/** A club name without legal forms and joining words ("Liverpool Football Club" → "liverpool"). */
export function clubKey(name: string): string {
  return foldForm(name).split(/[\s,]+/).filter((w) => w && !LEGAL_FORMS.has(w) && !JOINING.has(w)).join(' ');
}

/** A full name folded for identity: "Ibrahima Konaté" and "ibrahima konate" are one key. */
export const personKey = (name: string) => foldForm(name).replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();

export interface MergeOptions {
  /** Whose ids the merged records keep: the lowest layer's (default: ids stay stable as layers are added) or the highest's. */
  ids?: 'lowest' | 'highest';
  /** Names of the layers for problem reports, in the same order. */
  labels?: string[];
}

export interface MergeResult {
  dataset: Dataset;
  /** Merged records left out, each with the layers it came from and the reason. */
  skipped: string[];
}

type Person = Player | Staff;
type Kind = 'players' | 'staff';

const CLUB_FIELDS = ['clubId', 'loan', 'joined', 'role'] as const;
const CONTRACT_FIELDS = ['contract'] as const;
const PERSONAL_FIELDS = ['name', 'shortName', 'tmId', 'birthDate', 'nationality', 'position', 'marketValue'] as const;
const BOOKKEEPING = new Set(['id', 'asOf', 'source', 'facts', 'aliases']);
const FACT_GROUP_LIST = ['club', 'contract', 'personal'] as const;
const GROUP_FIELDS: Record<FactGroup, readonly string[]> = { club: CLUB_FIELDS, contract: CONTRACT_FIELDS, personal: PERSONAL_FIELDS };
const GROUPED_FIELDS = new Set<string>([...CLUB_FIELDS, ...CONTRACT_FIELDS, ...PERSONAL_FIELDS]);

/** A club as the layers name it: created from its first record, so never without one. */
interface MergedClub {
  ids: NonEmpty<{ layer: number; id: string }>;
  records: NonEmpty<{ layer: number; club: Club }>;
}

interface Contribution {
  layer: number;
  path: string;
  record: Person;
  /** The merged clubs his record names: where he plays, and the club his contract is with. */
  club?: MergedClub | null;
  parent?: MergedClub | null;
  loanFrom?: MergedClub;
  prov: Record<FactGroup, Required<Provenance>>;
}

/** A completed transfer as a club fact: the merged club he joined, when the dataset has it. */
interface Move {
  date: string;
  to: MergedClub;
  source: string;
}

interface MergedPerson {
  /** Created from his first record, so never empty. */
  contributions: NonEmpty<Contribution>;
  moves?: Move[];
  names: Set<string>;
  /** Every name and alias seen, as words: for the looser same-birth-date, same-club rule. */
  forms: Set<string>;
  clubs: Set<MergedClub>;
  tmId?: string;
  birthDate?: string;
}

export function mergeLayers(layers: Dataset[], options: MergeOptions = {}): MergeResult {
  if (layers.length === 0) throw new Error('No dataset layers to merge');
  if (layers.length === 1 && options.ids !== 'highest') {
    // One layer merges into itself: only its invalid records are left out.
    const valid = validateRecords(layers[0]);
    if (!valid.ok) throw new Error(`The merged data is not valid: ${valid.problems.join('; ')}`);
    const label = options.labels?.[0] ?? 'layer 1';
    return { dataset: valid.dataset, skipped: valid.skipped.map((s) => `${label} ${s}`) };
  }
  const label = (layer: number) => options.labels?.[layer] ?? `layer ${layer + 1}`;
  const clubMaps = mergeClubs(layers);
  const clubOf = (layer: number, id: string | null | undefined) => (id === null ? null : id === undefined ? undefined : at(clubMaps, layer, 'club maps').get(id));

  const people: Record<Kind, MergedPerson[]> = { players: [], staff: [] };
  const personMaps: Array<Map<string, MergedPerson>> = layers.map(() => new Map());
  for (const kind of ['players', 'staff'] as const) {
    const index = new PersonIndex();
    layers.forEach((layer, li) => {
      (layer[kind] ?? []).forEach((record: Person, i) => {
        const loan = (record as Player).loan;
        const loanFrom = loan ? clubOf(li, loan.fromClubId) : undefined;
        const club = clubOf(li, record.clubId);
        const c: Contribution = { layer: li, path: `${kind}[${i}]`, record, club, loanFrom: loanFrom ?? undefined, parent: loanFrom ?? club, prov: provenanceOf(record, layer) };
        const found = index.find(c, li);
        const person: MergedPerson = found ?? { contributions: [c], names: new Set(), forms: new Set(), clubs: new Set() };
        if (found) found.contributions.push(c);
        index.add(person, c);
        if (!found) people[kind].push(person);
        if (kind === 'players') at(personMaps, li, 'person maps').set(record.id, person);
      });
    });
  }

  const pick = options.ids === 'highest' ? <T,>(xs: NonEmpty<T>) => last(xs) : <T,>(xs: NonEmpty<T>) => xs[0];
  const clubId = (club: MergedClub) => pick(club.ids).id;
  const transfers = new Map<string, Transfer>();
  const transferOrigin = new Map<string, string>();
  const movedPeople = new Map<MergedPerson, Move[]>();
  layers.forEach((layer, li) => {
    (layer.transfers ?? []).forEach((t, i) => {
      const person = personMaps[li]?.get(t.playerId);
      const side = (s: Transfer['from']) => {
        const club = s.clubId ? clubOf(li, s.clubId) : undefined;
        const { clubId: _id, ...rest } = s;
        return { rest, club: club ?? undefined };
      };
      const from = side(t.from);
      const to = side(t.to);
      transfers.set(t.id, {
        ...t,
        playerId: person ? (pick(person.contributions)?.record.id ?? t.playerId) : t.playerId,
        from: { ...from.rest, ...(from.club ? { clubId: clubId(from.club) } : {}) },
        to: { ...to.rest, ...(to.club ? { clubId: clubId(to.club) } : {}) },
      });
      transferOrigin.set(t.id, `${label(li)} transfers[${i}]`);
      // Only a move done by the layer's own date is a fact; one dated later was only agreed.
      if (person && to.club && t.date <= layer.asOf) {
        movedPeople.set(person, [...(movedPeople.get(person) ?? []), { date: t.date, to: to.club, source: t.source ?? layer.source }]);
      }
    });
  });
  for (const [person, moves] of movedPeople) person.moves = moves;

  const clubs = uniqueClubs(clubMaps).map((c) => resolveClub(c, pick(c.ids)));
  const origins: Record<Kind | 'clubs' | 'rumours' | 'transfers', string[]> = { clubs: [], players: [], staff: [], rumours: [], transfers: [] };
  const resolved = (kind: Kind) =>
    people[kind].map((p) => {
      origins[kind].push(p.contributions.map((c) => `${label(c.layer)} ${c.path}`).join(', '));
      return resolvePerson(p, pick(p.contributions), clubId);
    });
  const resolvedPlayers = resolved('players');
  const resolvedStaff = resolved('staff');
  // The dataset's own asOf and source are those most of its records share (usually the base
  // layer's), so only the records that differ carry theirs: the merged file stays small.
  const { asOf, source } = commonest([...resolvedPlayers, ...resolvedStaff].map((r) => mainProvenance(r.prov)), last(layers));
  const write = (r: { record: Person; prov: Partial<Record<FactGroup, Required<Provenance>>> }) => ({ ...r.record, ...provenanceFields(r.prov, { asOf, source }) });
  const players = resolvedPlayers.map(write) as Player[];
  const staff = resolvedStaff.map(write) as Staff[];

  const rumours = new Map<string, Rumour>();
  const rumourOrigin = new Map<string, string>();
  layers.forEach((layer, li) => {
    (layer.rumours ?? []).forEach((r, i) => {
      const person = at(personMaps, li, 'person maps').get(r.playerId);
      const club = r.clubId ? clubOf(li, r.clubId) : undefined;
      const moved: Rumour = {
        ...r,
        playerId: person ? pick(person.contributions).record.id : r.playerId,
        ...(club ? { clubId: clubId(club) } : {}),
      };
      rumours.set(r.id, { ...rumours.get(r.id), ...moved });
      rumourOrigin.set(r.id, `${label(li)} rumours[${i}]`);
    });
  });
  origins.rumours = [...rumourOrigin.values()];
  origins.transfers = [...transferOrigin.values()];
  origins.clubs = uniqueClubs(clubMaps).map((c) => c.records.map((r) => label(r.layer)).join(', '));

  const merged: Dataset = {
    format: 'footnote-dataset', version: 1, asOf, source, clubs, players, staff, rumours: [...rumours.values()],
    ...(transfers.size ? { transfers: [...transfers.values()] } : {}),
  };
  const valid = validateRecords(merged);
  if (!valid.ok) throw new Error(`The merged data is not valid: ${valid.problems.join('; ')}`);
  const originLists = new Map<string, string[]>(Object.entries(origins));
  const skipped = valid.skipped.map((problem) =>
    problem.replace(/^(clubs|players|staff|rumours|transfers)\[(\d+)\]\.?/, (_, list: string, i: string) => `${originLists.get(list)?.[Number(i)] ?? `${list}[${i}]`}: `),
  );
  return { dataset: valid.dataset, skipped };
}

/** Per layer, each of its club ids → the merged club it is. */
function mergeClubs(layers: Dataset[]): Array<Map<string, MergedClub>> {
  const byKey = new Map<string, MergedClub>();
  const keysOf = (c: Club) => [
    c.tmId ? `tm:${c.tmId}` : '',
    `id:${c.id}`,
    ...[c.name, c.shortName, ...(c.aliases ?? [])].map((n) => (n ? `name:${clubKey(n)}` : '')),
  ].filter((k) => k && k !== 'name:');
  return layers.map((layer, li) => {
    const map = new Map<string, MergedClub>();
    for (const club of layer.clubs) {
      const keys = keysOf(club);
      const tmClash = (m: MergedClub) => club.tmId && m.records.some((r) => r.club.tmId && r.club.tmId !== club.tmId);
      const match = keys.map((k) => byKey.get(k)).find((m) => m && !tmClash(m) && !m.records.some((r) => r.layer === li));
      const merged: MergedClub = match ?? { ids: [{ layer: li, id: club.id }], records: [{ layer: li, club }] };
      if (match) {
        match.ids.push({ layer: li, id: club.id });
        match.records.push({ layer: li, club });
      }
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, merged);
      map.set(club.id, merged);
    }
    return map;
  });
}

function uniqueClubs(maps: Array<Map<string, MergedClub>>): MergedClub[] {
  return [...new Set(maps.flatMap((m) => [...m.values()]))];
}

/**
 * Clubs are names, not news: the record that gives the id keeps its fields (as a person keeps
 * his names), the other layers fill in what it lacks, highest first, and their names become aliases.
 */
function resolveClub(club: MergedClub, from: { layer: number; id: string }): Club {
  const id = from.id;
  let out = {} as Club;
  const aliases = new Set<string>();
  for (const { club: c } of club.records) {
    out = { ...out, ...c };
    for (const a of [...(c.aliases ?? []), c.name, c.shortName]) if (a) aliases.add(a);
  }
  const named = club.records.find((r) => r.layer === from.layer)?.club ?? club.records[0].club;
  // What the record that gives the id says stands; the other layers only fill in what it lacks.
  out = { ...out, ...named, id };
  const names = new Set([out.name, out.shortName]);
  const kept = [...aliases].filter((a) => !names.has(a));
  if (kept.length) out.aliases = kept;
  else delete out.aliases;
  return out;
}

function provenanceOf(record: Person, layer: Dataset): Record<FactGroup, Required<Provenance>> {
  const base = { asOf: record.asOf ?? layer.asOf, source: record.source ?? layer.source };
  const group = (g: FactGroup) => ({ asOf: record.facts?.[g]?.asOf ?? base.asOf, source: record.facts?.[g]?.source ?? base.source });
  return { club: group('club'), contract: group('contract'), personal: group('personal') };
}

/** Finds the merged person a layer's record is, by the identity rules above. */
class PersonIndex {
  private byTm = new Map<string, MergedPerson>();
  private byId = new Map<string, MergedPerson>();
  private byNameBirth = new Map<string, MergedPerson>();
  private byName = new Map<string, MergedPerson[]>();
  private byBirth = new Map<string, MergedPerson[]>();

  find(c: Contribution, layer: number): MergedPerson | undefined {
    const r = c.record as Player;
    const usable = (p: MergedPerson | undefined) =>
      p && !p.contributions.some((x) => x.layer === layer) && !(p.tmId && r.tmId && p.tmId !== r.tmId) && !(p.birthDate && r.birthDate && p.birthDate !== r.birthDate)
        ? p
        : undefined;
    const key = personKey(r.name);
    if (r.tmId && this.byTm.has(r.tmId)) return usable(this.byTm.get(r.tmId));
    const byId = usable(this.byId.get(r.id));
    if (byId && (byId.names.has(key) || (r.tmId && byId.tmId === r.tmId))) return byId;
    if (r.birthDate) {
      const same = usable(this.byNameBirth.get(`${key}|${r.birthDate}`));
      if (same) return same;
    }
    const clubs = [c.club, c.parent].filter((x): x is MergedClub => !!x);
    const atClub = (p: MergedPerson) => clubs.some((club) => p.clubs.has(club));
    const candidates = (this.byName.get(key) ?? []).filter((p) => usable(p) && atClub(p));
    if (candidates.length === 1) return candidates[0];
    if (r.birthDate) {
      // One birth date, one club and a name that is a form of the other ("Ben White", "Benjamin
      // White"; "Junior Kroupi", "Eli Junior Kroupi"): the same man, when only one fits.
      const forms = nameForms(r);
      const same = (this.byBirth.get(r.birthDate) ?? []).filter((p) => usable(p) && atClub(p) && [...p.forms].some((f) => forms.some((g) => formsAgree(f, g))));
      if (same.length === 1) return same[0];
    }
    return byId;
  }

  add(person: MergedPerson, c: Contribution) {
    const r = c.record as Player;
    const key = personKey(r.name);
    if (r.tmId && !person.tmId) person.tmId = r.tmId;
    if (r.birthDate && !person.birthDate) person.birthDate = r.birthDate;
    if (person.tmId) this.byTm.set(person.tmId, person);
    this.byId.set(r.id, person);
    if (!person.names.has(key)) {
      person.names.add(key);
      this.byName.set(key, [...(this.byName.get(key) ?? []), person]);
    }
    for (const name of person.names) if (person.birthDate) this.byNameBirth.set(`${name}|${person.birthDate}`, person);
    for (const club of [c.club, c.parent]) if (club) person.clubs.add(club);
    for (const f of nameForms(r)) person.forms.add(f);
    if (person.birthDate && !(this.byBirth.get(person.birthDate) ?? []).includes(person)) {
      this.byBirth.set(person.birthDate, [...(this.byBirth.get(person.birthDate) ?? []), person]);
    }
  }
}

/** A person's names and aliases as word lists, hyphens split ("Bynoe-Gittens" → "bynoe gittens"). */
function nameForms(r: Person): string[] {
  return [r.name, ...(r.aliases ?? [])].map((n) => personKey(n.replace(/-/g, ' '))).filter(Boolean);
}

/**
 * Two forms of one name: every word of one is a word of the other, or the last names match and
 * the first names share their first three letters ("Dan Ballard", "Daniel Ballard"). Twins with
 * one surname and different first names ("Jack", "Tyler") do not agree.
 */
export function formsAgree(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  if (short.every((w) => long.has(w))) return true;
  const [firstA = '', firstB = ''] = [wa[0], wb[0]];
  return wa.length > 1 && wb.length > 1 && wa.at(-1) === wb.at(-1) && firstA.length >= 3 && firstA.slice(0, 3) === firstB.slice(0, 3);
}

/** Newest first; on equal dates the higher layer first. */
const newer = (g: FactGroup) => (a: Contribution, b: Contribution) =>
  b.prov[g].asOf.localeCompare(a.prov[g].asOf) || b.layer - a.layer;

type Prov = Partial<Record<FactGroup, Required<Provenance>>>;

function resolvePerson(person: MergedPerson, named: Contribution, clubId: (c: MergedClub) => string): { record: Person; prov: Prov } {
  const all = person.contributions;
  const out: Record<string, unknown> = {};
  // Unknown fields (a newer writer's additions): the higher layer wins.
  for (const c of all) {
    for (const [k, v] of Object.entries(c.record)) {
      if (!BOOKKEEPING.has(k) && !GROUPED_FIELDS.has(k)) out[k] = v;
    }
  }
  const prov: Prov = {};

  const clubWinner = all.filter((c) => c.record.clubId !== undefined).sort(newer('club'))[0];
  if (clubWinner) {
    const r = clubWinner.record as Player;
    out.clubId = clubWinner.club === null ? null : clubWinner.club ? clubId(clubWinner.club) : r.clubId;
    if (r.loan && clubWinner.loanFrom) out.loan = { ...r.loan, fromClubId: clubId(clubWinner.loanFrom) };
    if (r.joined) out.joined = r.joined;
    if ((r as Staff).role) out.role = (r as Staff).role;
    prov.club = clubWinner.prov.club;
  }
  // The newest completed transfer, when newer than every club fact, is where he plays now.
  const move = [...(person.moves ?? [])].sort((a, b) => b.date.localeCompare(a.date))[0];
  const moved = move && (!clubWinner || move.date > clubWinner.prov.club.asOf) ? move : undefined;
  if (moved) {
    out.clubId = clubId(moved.to);
    out.joined = moved.date;
    delete out.loan;
    prov.club = { asOf: moved.date, source: moved.source };
  }
  const parent = moved ? moved.to : clubWinner?.parent;
  const clubAsOf = moved ? moved.date : clubWinner?.prov.club.asOf;
  const contracts = all
    .filter((c) => c.record.contract)
    // A contract older than the club fact and with another club was with his former club.
    .filter((c) => clubAsOf === undefined || !c.parent || !parent || c.parent === parent || c.prov.contract.asOf >= clubAsOf)
    .sort(newer('contract'));
  if (contracts[0]) {
    out.contract = contracts[0].record.contract;
    prov.contract = contracts[0].prov.contract;
  }
  // His names come with his id, from the layer that gives it: they stay stable as layers are
  // added, and every other layer's name for him becomes an alias (so it is still found).
  out.name = named.record.name;
  if (named.record.shortName) out.shortName = named.record.shortName;
  prov.personal = named.prov.personal;
  const byDate = [...all].sort(newer('personal'));
  for (const field of PERSONAL_FIELDS) {
    if (field === 'name' || field === 'shortName') continue;
    const from = byDate.find((c) => (c.record as Record<string, unknown>)[field] !== undefined);
    if (!from) continue;
    out[field] = (from.record as Record<string, unknown>)[field];
    if (field === 'birthDate') prov.personal = from.prov.personal;
  }
  const folded = new Set([personKey(String(out.name))]);
  // Other layers' full names become aliases; a one-word name ("Rodrigo") could be anyone's first name.
  const otherNames = all.map((c) => c.record.name).filter((n) => n.trim().includes(' '));
  const aliases = [...new Set(all.flatMap((c) => c.record.aliases ?? []).concat(otherNames))].filter((a) => {
    if (a === out.shortName || folded.has(personKey(a))) return false;
    folded.add(personKey(a));
    return true;
  });
  if (aliases.length) out.aliases = aliases;
  out.id = named.record.id;
  return { record: out as Person, prov };
}

/** The provenance a record's own `asOf` and `source` stand for: its contract's, else its club fact's. */
function mainProvenance(prov: Prov): Required<Provenance> | undefined {
  return prov.contract ?? prov.club ?? prov.personal;
}

/** The most frequent date and source (ties: the newer date); the fallback layer's when there are no people. */
function commonest(list: Array<Required<Provenance> | undefined>, fallback: Dataset): Required<Provenance> {
  const counts = new Map<string, { p: Required<Provenance>; n: number }>();
  for (const p of list) {
    if (!p) continue;
    const key = `${p.asOf}|${p.source}`;
    const entry = counts.get(key) ?? { p, n: 0 };
    counts.set(key, entry);
    entry.n++;
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || b.p.asOf.localeCompare(a.p.asOf) || a.p.source.localeCompare(b.p.source))[0];
  return best?.p ?? { asOf: fallback.asOf, source: fallback.source };
}

/** Every source a dataset's facts name, its own first: what "source" means for a merge of layers. */
export function sourcesOf(dataset: Dataset): string {
  const seen = new Set([dataset.source]);
  for (const list of [dataset.players, dataset.staff ?? [], dataset.clubs]) {
    for (const r of list as Array<{ source?: string; facts?: Player['facts'] }>) {
      if (r.source) seen.add(r.source);
      for (const g of FACT_GROUP_LIST) {
        const source = r.facts?.[g]?.source;
        if (source) seen.add(source);
      }
    }
  }
  return [...seen].join('; ');
}

/** The newest date any fact of a dataset is true as of: what "data as of" means for a merge of layers. */
export function newestAsOf(dataset: Dataset): string {
  let newest = dataset.asOf;
  const see = (d: string | undefined) => {
    if (d && d > newest) newest = d;
  };
  for (const list of [dataset.players, dataset.staff ?? [], dataset.clubs]) {
    for (const r of list as Array<{ asOf?: string; facts?: Player['facts'] }>) {
      see(r.asOf);
      for (const g of FACT_GROUP_LIST) see(r.facts?.[g]?.asOf);
    }
  }
  return newest;
}

/**
 * Writes provenance compactly: the record's `asOf` and `source` are those of its contract (the
 * date a contract badge is read against), else of its club fact; a group differing from them
 * gets `facts.<group>`; what equals the dataset's own is left out.
 */
function provenanceFields(prov: Prov, defaults: { asOf: string; source: string }) {
  const main = mainProvenance(prov);
  if (!main) return {};
  const out: { asOf?: string; source?: string; facts?: Partial<Record<FactGroup, Provenance>> } = {};
  if (main.asOf !== defaults.asOf) out.asOf = main.asOf;
  if (main.source !== defaults.source) out.source = main.source;
  for (const g of FACT_GROUP_LIST) {
    const p = prov[g];
    if (!p || (p.asOf === main.asOf && p.source === main.source)) continue;
    out.facts = { ...out.facts, [g]: { ...(p.asOf !== main.asOf ? { asOf: p.asOf } : {}), ...(p.source !== main.source ? { source: p.source } : {}) } };
  }
  return out;
}

/** Where one group of a record's facts comes from, after defaults: what the card and record show. */
export function factProvenance(record: Person, group: FactGroup, dataset: { asOf: string; source: string }): Required<Provenance> {
  return {
    asOf: record.facts?.[group]?.asOf ?? record.asOf ?? dataset.asOf,
    source: record.facts?.[group]?.source ?? record.source ?? dataset.source,
  };
}

/** The groups a record has facts in. */
export function factGroupsOf(record: Person): FactGroup[] {
  return (Object.keys(GROUP_FIELDS) as FactGroup[]).filter((g) => GROUP_FIELDS[g].some((f) => (record as Record<string, unknown>)[f] !== undefined));
}

/** Names shared by more than one player of a dataset (different people, or a duplicate to look at). */
export function sameNamePlayers(dataset: Dataset): Array<{ name: string; players: Player[] }> {
  const groups = new Map<string, Player[]>();
  for (const p of dataset.players) groups.set(personKey(p.name), [...(groups.get(personKey(p.name)) ?? []), p]);
  return [...groups.values()].filter((g) => g.length > 1).map((players) => ({ name: first(players).name, players }));
}

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

export const RECORD_KINDS = ['players', 'clubs', 'staff', 'rumours'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * The text a record is compared by, for `summarise`. People are compared by their facts and each
 * fact's resolved date and source, so a record that only moved its provenance to another level
 * (dataset, record, group) is unchanged.
 */
export function comparisonText(kind: RecordKind, record: { id: string }, dataset: Dataset): string {
  if (kind === 'clubs' || kind === 'rumours') return JSON.stringify(record);
  const { asOf: _a, source: _s, facts: _f, ...rest } = record as Person;
  return JSON.stringify([rest, factGroupsOf(record as Person).map((g) => factProvenance(record as Person, g, dataset))]);
}

/** Counts from two maps of id → comparison text (or anything that is equal when the texts are). */
export function countChanges(old: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): Counts {
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const [id, text] of now) {
    const before = old.get(id);
    if (before === undefined) added++;
    else if (before !== text) changed++;
  }
  for (const id of old.keys()) if (!now.has(id)) removed++;
  return { added, changed, removed };
}

/** What changed between two merged datasets, in counts a person can read. */
export function summarise(before: Dataset | undefined, after: Dataset): MergeSummary {
  const texts = (d: Dataset | undefined, kind: RecordKind) =>
    new Map(((d?.[kind] ?? []) as Array<{ id: string }>).map((x) => [x.id, comparisonText(kind, x, d as Dataset)]));
  const count = (kind: RecordKind) => countChanges(texts(before, kind), texts(after, kind));
  return { players: count('players'), clubs: count('clubs'), staff: count('staff'), rumours: count('rumours') };
}

export function summaryWords(s: MergeSummary): string {
  const part = (label: string, c: Counts) => {
    const bits = [c.added && `${c.added} added`, c.changed && `${c.changed} changed`, c.removed && `${c.removed} removed`].filter(Boolean);
    return bits.length ? `${label}: ${bits.join(', ')}` : '';
  };
  const parts = [part('players', s.players), part('clubs', s.clubs), part('staff', s.staff), part('rumours', s.rumours)].filter(Boolean);
  return parts.length ? parts.join('; ') : 'nothing changed';
}
