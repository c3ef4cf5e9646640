/**
 * The compiled name index: every surface form of every person and club in a dataset, sorted
 * into classes that say how much page context a match needs (see docs/matching.md), and a
 * trie to find them. Built once per dataset version by the background; content scripts get
 * it serialised and only scan and resolve.
 */
import type { Dataset, EntityKind, Player } from '../dataset/types';
import { clubShortName, LEGAL_FORMS, personShortName, PARTICLES } from '../dataset/names';
import { foldForm } from './fold';
import { buildTrie, withRoot, type Trie } from './trie';
import { decodeBase64, encodeBase64 } from './base64';
import { CLUB_SUFFIXES, type PositionFamily } from './words';
import { at, last } from '../indexing';

/**
 * - `full`: a person's name of two words or more: a mention on a football page.
 * - `surname`: a person's one-word or surname form: needs support on the page.
 * - `club`: a club name of two words or more ("Real Madrid", "Los Blancos").
 * - `place`: a one-word club name, often a city ("Liverpool"): needs a football page.
 * - `weak`: a club nickname that is also ordinary English ("the Reds", "United", "Real"):
 *   needs the club named safely elsewhere on the page.
 */
export type FormClass = 'full' | 'surname' | 'club' | 'place' | 'weak';

export interface FormEntry {
  entity: number;
  cls: FormClass;
  /** The dataset's spelling: its capitals are the ones a match must have. */
  spelling: string;
}

export interface FormInfo {
  entries: FormEntry[];
  /** An ordinary English word or a common first name: stricter context rules. */
  common: boolean;
}

export interface EntityInfo {
  id: string;
  kind: EntityKind;
  /** Folded first names ("ibrahima"): a different one before the surname means another man. */
  firstNames: string[];
  /** Entity indexes of the clubs that make a surname-only mention plausible. */
  clubs: number[];
  /** The clubs a line-up or a bracket may name him with: his club and his loan's parent (absent: `clubs`). */
  ownClubs?: number[];
  /** Facts his descriptors must agree with ("Uruguayan forward, 31"): folded nationality, position family, birth date. */
  country?: string;
  position?: PositionFamily;
  born?: string;
}

/**
 * Forms or entities by number: an array where the index is compiled, and in a page decoded on
 * demand from the packed arrays it arrives as (a page reads a few hundred of 100,000).
 */
export interface Table<T> {
  readonly length: number;
  get(i: number): T;
}

export function arrayTable<T>(items: readonly T[]): Table<T> {
  return {
    length: items.length,
    get(i) {
      const item = items[i];
      if (item === undefined) throw new RangeError(`No entry ${i} in a table of ${items.length}`);
      return item;
    },
  };
}

export interface NameIndex {
  version: string;
  trie: Trie;
  forms: Table<FormInfo>;
  entities: Table<EntityInfo>;
  /** Folded first names of every person in the dataset. */
  firstNames: Set<string>;
  /** Folded nationalities of the dataset's players: countries, whatever the word lists miss. */
  countries: Set<string>;
  /** The few thousand most common English words: a capitalised one is no first name. */
  plainWords: Set<string>;
}

/**
 * The form a trie match or a candidate names. Form and entity ids only ever come from the same
 * index (its trie, its entries), so a miss means the index itself is corrupt: that throws, with words.
 */
export function formOf(index: Pick<NameIndex, 'forms'>, form: number): FormInfo {
  return index.forms.get(form);
}

/** The person or club an entry or an accepted candidate names (see formOf). */
export function entityOf(index: Pick<NameIndex, 'entities'>, entity: number): EntityInfo {
  return index.entities.get(entity);
}

export interface CompileOptions {
  /** Folded common English words (lower case); see common-words.ts. */
  commonWords?: ReadonlySet<string>;
  /** The most common of them, shipped with the index (a few thousand). */
  plainWords?: ReadonlySet<string>;
  version?: string;
}

export function compileNameIndex(dataset: Dataset, options: CompileOptions = {}): NameIndex {
  const common = options.commonWords ?? new Set<string>();
  const entities: EntityInfo[] = [];
  const entityIndex = new Map<string, number>();
  const formByKey = new Map<string, FormInfo>();
  const forms: FormInfo[] = [];
  const formTexts: string[] = [];

  const addForm = (spelling: string, entity: number, cls: FormClass) => {
    const key = foldForm(spelling);
    if (!key) return;
    let info = formByKey.get(key);
    if (!info) {
      info = { entries: [], common: false };
      formByKey.set(key, info);
      forms.push(info);
      formTexts.push(key);
    }
    if (!info.entries.some((e) => e.entity === entity)) info.entries.push({ entity, cls, spelling });
  };

  for (const club of dataset.clubs) {
    entityIndex.set(club.id, entities.length);
    entities.push({ id: club.id, kind: 'club', firstNames: [], clubs: [] });
  }
  const people = [
    ...dataset.players.map((p) => ({ person: p, kind: 'player' as const, clubIds: [p.clubId, p.loan?.fromClubId], facts: playerFacts(p) })),
    ...(dataset.staff ?? []).map((s) => ({ person: s, kind: 'staff' as const, clubIds: [s.clubId], facts: {} })),
  ];
  const rumourClubs = new Map<string, string[]>();
  for (const r of dataset.rumours ?? []) {
    if (r.clubId) rumourClubs.set(r.playerId, [...(rumourClubs.get(r.playerId) ?? []), r.clubId]);
  }
  const clubIndexes = (ids: Array<string | null | undefined>) =>
    [...new Set(ids.filter((id): id is string => !!id).map((id) => entityIndex.get(id)).filter((i): i is number => i !== undefined))];
  const placed: Array<{ person: (typeof people)[number]['person']; index: number }> = [];
  for (const { person, kind, clubIds, facts } of people) {
    const index = entities.length;
    entityIndex.set(person.id, index);
    placed.push({ person, index });
    const related = clubIndexes([...clubIds, ...(rumourClubs.get(person.id) ?? [])]);
    const own = clubIndexes(clubIds);
    entities.push({
      id: person.id, kind, firstNames: firstNamesOf([person.name, ...(person.aliases ?? [])]), clubs: related,
      // Only when rumours add clubs: otherwise they are `clubs` (a smaller index for every tab).
      ...(own.length !== related.length ? { ownClubs: own } : {}), ...facts,
    });
  }

  dataset.clubs.forEach((club, index) => {
    for (const spelling of new Set([club.name, clubShortName(club), withoutLegalForm(club.name)])) {
      if (spelling) addForm(spelling, index, clubClass(spelling, common, false));
    }
    for (const spelling of club.aliases ?? []) addForm(spelling, index, clubClass(spelling, common, true));
    // "the Blues" → "Blues" ("Blues boss Maresca"): a weak form, for the club the page names.
    // Not case-insensitive: under the i flag \p{Lu} matches lower case too ("the toffees").
    for (const alias of club.aliases ?? []) {
      const bare = /^[Tt][Hh][Ee]\s+(\p{Lu}\S*)$/u.exec(alias.trim())?.[1];
      if (bare) addForm(bare, index, 'weak');
    }
    // "Manchester United" → "United", "Ipswich Town" → "Town": the page decides which club it is.
    for (const spelling of [club.name, clubShortName(club), ...(club.aliases ?? [])]) {
      const suffix = clubSuffix(spelling);
      if (suffix) addForm(suffix, index, 'weak');
    }
  });
  for (const { person, index } of placed) {
    for (const spelling of new Set([person.name, personShortName(person), ...(person.aliases ?? [])])) {
      addForm(spelling, index, wordCount(spelling) >= 2 && spelling !== personShortName(person) ? 'full' : 'surname');
    }
  }

  const firstNames = new Set(entities.flatMap((e) => e.firstNames));
  forms.forEach((info, id) => {
    const key = at(formTexts, id, 'form texts');
    info.common = !key.includes(' ') && (common.has(key) || firstNames.has(key));
  });

  return {
    version: options.version ?? dataset.asOf,
    trie: buildTrie(formTexts),
    forms: arrayTable(forms),
    entities: arrayTable(entities),
    firstNames,
    countries: new Set(entities.map((e) => e.country).filter((c): c is string => !!c)),
    plainWords: new Set(options.plainWords ?? []),
  };
}

/** "Wolverhampton Wanderers Football Club" → "Wolverhampton Wanderers": the name people write. */
function withoutLegalForm(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  let end = words.length;
  while (end > 0 && LEGAL_FORMS.has(foldForm(at(words, end - 1)))) end--;
  let start = 0;
  while (start < end && LEGAL_FORMS.has(foldForm(at(words, start)))) start++;
  const kept = words.slice(start, end);
  if (kept.length < 2 || kept.length === words.length || PARTICLES.has(last(kept).toLowerCase())) return undefined;
  return kept.join(' ');
}

/** The suffix of "<Place> United" or "<Place> City FC", if the name has one. */
function clubSuffix(spelling: string): string | undefined {
  const words = spelling.trim().split(/\s+/).filter((w) => !LEGAL_FORMS.has(w.toLowerCase()));
  const suffix = words.at(-1);
  return words.length >= 2 && suffix !== undefined && CLUB_SUFFIXES.has(suffix) ? suffix : undefined;
}

function playerFacts(p: Player): Pick<EntityInfo, 'country' | 'position' | 'born'> {
  const facts: Pick<EntityInfo, 'country' | 'position' | 'born'> = {};
  if (p.nationality) facts.country = foldForm(p.nationality);
  const position = p.position ? positionFamily(p.position) : undefined;
  if (position) facts.position = position;
  if (p.birthDate) facts.born = p.birthDate;
  return facts;
}

/** "Centre-Back" → defender, "Attacking Midfield" → midfielder, "Right Winger" → attacker. */
function positionFamily(position: string): PositionFamily | undefined {
  const p = position.toLowerCase();
  if (/goal|keeper/.test(p)) return 'goalkeeper';
  if (/back|defen/.test(p)) return 'defender';
  if (/midfield/.test(p)) return 'midfielder';
  if (/forward|wing|striker|attack/.test(p)) return 'attacker';
  return undefined;
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** A club's own one-word name is a place-like name; a one-word nickname that is plain English is weak. */
function clubClass(spelling: string, common: ReadonlySet<string>, alias: boolean): FormClass {
  const key = foldForm(spelling);
  if (key.startsWith('the ')) return 'weak';
  if (!key.includes(' ')) return alias && common.has(key) ? 'weak' : 'place';
  return 'club';
}

function firstNamesOf(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const words = foldForm(name).split(' ');
    if (words.length < 2) continue;
    for (const word of words.slice(0, -1)) if (!PARTICLES.has(word)) out.add(word);
  }
  return [...out];
}

/**
 * The index as it is stored and sent to content scripts: a few strings, not 100,000 objects, so
 * it is cheap to clone, to message and to hold. Numbers are typed arrays in base64; text is
 * joined with NUL (names never hold control characters: the validator refuses them). A page
 * decodes only the forms and entities its text reaches (`deserialiseNameIndex`).
 */
export interface SerialisedNameIndex {
  format: 'packed-1';
  version: string;
  trie: { edgeStart: string; edgeChar: string; edgeTarget: string; nodeForm: string };
  forms: {
    /** Int32: form i's entries are entryStart[i]..entryStart[i+1]. */
    entryStart: string;
    entryEntity: string;
    /** Uint8: the entry's class, as its place in FORM_CLASSES. */
    entryClass: string;
    /** Int32: the entry's spelling, as its place in `spellings`. */
    entrySpelling: string;
    /** Uint8: 1 for a common form. */
    common: string;
    spellings: string;
  };
  entities: {
    ids: string;
    /** Uint8: the place in ENTITY_KINDS. */
    kind: string;
    /** Int32 offsets and Int32 places in `firstNameList`. */
    firstStart: string;
    firstNames: string;
    clubStart: string;
    clubs: string;
    /** Int32 offsets (-1 first: no own clubs of his own, `clubs` stands) and entity numbers. */
    ownStart: string;
    ownClubs: string;
    /** Uint16: 1 + place in `countryList`, 0 for none. */
    country: string;
    /** Uint8: 1 + place in POSITIONS, 0 for none. */
    position: string;
    /** Int32: the birth date as yyyymmdd, 0 for none. */
    born: string;
  };
  firstNameList: string[];
  countryList: string[];
  plainWords: string[];
}

const FORM_CLASSES: readonly FormClass[] = ['full', 'surname', 'club', 'place', 'weak'];
const ENTITY_KINDS: readonly EntityKind[] = ['club', 'player', 'staff'];
const POSITIONS: readonly PositionFamily[] = ['goalkeeper', 'defender', 'midfielder', 'attacker'];
const SEP = '\u0000';

const b64 = (a: ArrayBufferView) => encodeBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));

/** Offsets and items of a list of lists, flat. */
function flatten(lists: ReadonlyArray<readonly number[] | undefined>): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, i) => {
    start[i] = l ? total : -1;
    total += l?.length ?? 0;
  });
  start[lists.length] = total;
  const items = new Int32Array(total);
  let k = 0;
  for (const l of lists) for (const x of l ?? []) items[k++] = x;
  return { start, items };
}

/** Where list i begins: a -1 (absent) takes the next present start. */
function listStart(start: Int32Array, i: number): number {
  for (let j = i; j < start.length; j++) {
    const s = start[j] ?? -1;
    if (s >= 0) return s;
  }
  return 0;
}

function places(values: readonly string[]): { list: string[]; of: (v: string) => number } {
  const map = new Map<string, number>();
  for (const v of values) if (!map.has(v)) map.set(v, map.size);
  return { list: [...map.keys()], of: (v) => map.get(v) ?? -1 };
}

export function serialiseNameIndex(index: NameIndex): SerialisedNameIndex {
  const t = index.trie;
  const forms = Array.from({ length: index.forms.length }, (_, i) => index.forms.get(i));
  const entities = Array.from({ length: index.entities.length }, (_, i) => index.entities.get(i));
  const spellings = places(forms.flatMap((f) => f.entries.map((e) => e.spelling)));
  const entries = flatten(forms.map((f) => f.entries.map((_, k) => k)));
  const all = forms.flatMap((f) => f.entries);
  const firstNames = places(entities.flatMap((e) => e.firstNames));
  const countries = places(entities.map((e) => e.country).filter((c): c is string => !!c));
  const first = flatten(entities.map((e) => e.firstNames.map(firstNames.of)));
  const clubs = flatten(entities.map((e) => e.clubs));
  const own = flatten(entities.map((e) => e.ownClubs));
  const born = (d: string | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? Number(d.replace(/-/g, '')) : 0);
  return {
    format: 'packed-1',
    version: index.version,
    trie: { edgeStart: b64(t.edgeStart), edgeChar: b64(t.edgeChar), edgeTarget: b64(t.edgeTarget), nodeForm: b64(t.nodeForm) },
    forms: {
      entryStart: b64(entries.start),
      entryEntity: b64(Int32Array.from(all, (e) => e.entity)),
      entryClass: b64(Uint8Array.from(all, (e) => FORM_CLASSES.indexOf(e.cls))),
      entrySpelling: b64(Int32Array.from(all, (e) => spellings.of(e.spelling))),
      common: b64(Uint8Array.from(forms, (f) => Number(f.common))),
      spellings: spellings.list.join(SEP),
    },
    entities: {
      ids: entities.map((e) => e.id).join(SEP),
      kind: b64(Uint8Array.from(entities, (e) => ENTITY_KINDS.indexOf(e.kind))),
      firstStart: b64(first.start),
      firstNames: b64(first.items),
      clubStart: b64(clubs.start),
      clubs: b64(clubs.items),
      ownStart: b64(own.start),
      ownClubs: b64(own.items),
      country: b64(Uint16Array.from(entities, (e) => (e.country ? countries.of(e.country) + 1 : 0))),
      position: b64(Uint8Array.from(entities, (e) => (e.position ? POSITIONS.indexOf(e.position) + 1 : 0))),
      born: b64(Int32Array.from(entities, (e) => born(e.born))),
    },
    firstNameList: firstNames.list,
    countryList: countries.list,
    plainWords: [...index.plainWords],
  };
}

/** The starts of NUL-joined strings, and one past the last. */
function joinedStarts(text: string): Int32Array {
  let count = text.length ? 1 : 0;
  for (let i = text.indexOf(SEP); i >= 0; i = text.indexOf(SEP, i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let i = text.indexOf(SEP); i >= 0; i = text.indexOf(SEP, i + 1)) starts[k++] = i + 1;
  starts[count] = text.length + 1;
  return starts;
}

function joinedTable(text: string): Table<string> {
  const starts = joinedStarts(text);
  return {
    length: starts.length - 1,
    get(i) {
      if (i < 0 || i >= starts.length - 1) throw new RangeError(`No string ${i} of ${starts.length - 1}`);
      return text.slice(starts[i], (starts[i + 1] ?? 0) - 1);
    },
  };
}

/** A table that decodes entry i on first use and keeps it: a page asks for the same few again and again. */
function lazyTable<T>(length: number, decode: (i: number) => T): Table<T> {
  const decoded = new Map<number, T>();
  return {
    length,
    get(i) {
      let item = decoded.get(i);
      if (item === undefined) {
        if (!(i >= 0 && i < length)) throw new RangeError(`No entry ${i} in a table of ${length}`);
        item = decode(i);
        decoded.set(i, item);
      }
      return item;
    },
  };
}

function listOf(start: Int32Array, items: Int32Array, i: number): number[] | undefined {
  if ((start[i] ?? -1) < 0) return undefined;
  return Array.from(items.subarray(listStart(start, i), listStart(start, i + 1)));
}

export function deserialiseNameIndex(data: SerialisedNameIndex): NameIndex {
  const bytes = (s: string) => decodeBase64(s).buffer as ArrayBuffer;
  const i32 = (s: string) => new Int32Array(bytes(s));
  const trie = withRoot({
    edgeStart: i32(data.trie.edgeStart),
    edgeChar: new Uint16Array(bytes(data.trie.edgeChar)),
    edgeTarget: i32(data.trie.edgeTarget),
    nodeForm: i32(data.trie.nodeForm),
  });
  const f = data.forms;
  const entryStart = i32(f.entryStart);
  const entryEntity = i32(f.entryEntity);
  const entryClass = decodeBase64(f.entryClass);
  const entrySpelling = i32(f.entrySpelling);
  const common = decodeBase64(f.common);
  const spellings = joinedTable(f.spellings);
  const forms = lazyTable<FormInfo>(common.length, (i) => {
    const entries: FormEntry[] = [];
    for (let k = listStart(entryStart, i); k < listStart(entryStart, i + 1); k++) {
      entries.push({ entity: entryEntity[k] ?? 0, cls: FORM_CLASSES[entryClass[k] ?? 0] ?? 'weak', spelling: spellings.get(entrySpelling[k] ?? 0) });
    }
    return { entries, common: common[i] === 1 };
  });
  const e = data.entities;
  const ids = joinedTable(e.ids);
  const kind = decodeBase64(e.kind);
  const firstStart = i32(e.firstStart);
  const firstItems = i32(e.firstNames);
  const clubStart = i32(e.clubStart);
  const clubItems = i32(e.clubs);
  const ownStart = i32(e.ownStart);
  const ownItems = i32(e.ownClubs);
  const country = new Uint16Array(bytes(e.country));
  const position = decodeBase64(e.position);
  const born = i32(e.born);
  // The closures below must not hold `data`: its base64 text would stay alive beside the arrays.
  const firstNameList = [...data.firstNameList];
  const countryList = [...data.countryList];
  const entities = lazyTable<EntityInfo>(kind.length, (i) => {
    const info: EntityInfo = {
      id: ids.get(i),
      kind: ENTITY_KINDS[kind[i] ?? 0] ?? 'club',
      firstNames: (listOf(firstStart, firstItems, i) ?? []).map((n) => firstNameList[n] ?? ''),
      clubs: listOf(clubStart, clubItems, i) ?? [],
    };
    const own = listOf(ownStart, ownItems, i);
    if (own) info.ownClubs = own;
    const c = countryList[(country[i] ?? 0) - 1];
    if (c) info.country = c;
    const p = POSITIONS[(position[i] ?? 0) - 1];
    if (p) info.position = p;
    const b = born[i] ?? 0;
    if (b) info.born = `${String(Math.floor(b / 10000)).padStart(4, '0')}-${String(Math.floor(b / 100) % 100).padStart(2, '0')}-${String(b % 100).padStart(2, '0')}`;
    return info;
  });
  return {
    version: data.version,
    trie,
    forms,
    entities,
    firstNames: new Set(firstNameList),
    countries: new Set(countryList),
    plainWords: new Set(data.plainWords),
  };
}
