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

export interface NameIndex {
  version: string;
  trie: Trie;
  forms: FormInfo[];
  entities: EntityInfo[];
  /** Folded first names of every person in the dataset. */
  firstNames: Set<string>;
  /** The few thousand most common English words: a capitalised one is no first name. */
  plainWords: Set<string>;
}

/**
 * The form a trie match or a candidate names. Form and entity ids only ever come from the same
 * index (its trie, its entries), so a miss means the index itself is corrupt: that throws, with words.
 */
export function formOf(index: Pick<NameIndex, 'forms'>, form: number): FormInfo {
  return at(index.forms, form, 'name index forms');
}

/** The person or club an entry or an accepted candidate names (see formOf). */
export function entityOf(index: Pick<NameIndex, 'entities'>, entity: number): EntityInfo {
  return at(index.entities, entity, 'name index entities');
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
    for (const alias of club.aliases ?? []) {
      const bare = /^the\s+(\p{Lu}\S*)$/iu.exec(alias.trim())?.[1];
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
    forms,
    entities,
    firstNames,
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

/** A JSON-safe form of the index: typed arrays as base64 (extension messaging speaks JSON). */
export interface SerialisedNameIndex {
  version: string;
  trie: { edgeStart: string; edgeChar: string; edgeTarget: string; nodeForm: string };
  forms: FormInfo[];
  entities: EntityInfo[];
  plainWords: string[];
}

export function serialiseNameIndex(index: NameIndex): SerialisedNameIndex {
  const b = (a: ArrayBufferView) => encodeBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  const t = index.trie;
  return {
    version: index.version,
    trie: { edgeStart: b(t.edgeStart), edgeChar: b(t.edgeChar), edgeTarget: b(t.edgeTarget), nodeForm: b(t.nodeForm) },
    forms: index.forms,
    entities: index.entities,
    plainWords: [...index.plainWords],
  };
}

export function deserialiseNameIndex(data: SerialisedNameIndex): NameIndex {
  const bytes = (s: string) => decodeBase64(s).buffer;
  const trie = withRoot({
    edgeStart: new Int32Array(bytes(data.trie.edgeStart)),
    edgeChar: new Uint16Array(bytes(data.trie.edgeChar)),
    edgeTarget: new Int32Array(bytes(data.trie.edgeTarget)),
    nodeForm: new Int32Array(bytes(data.trie.nodeForm)),
  });
  return {
    version: data.version,
    trie,
    forms: data.forms,
    entities: data.entities,
    firstNames: new Set(data.entities.flatMap((e) => e.firstNames)),
    plainWords: new Set(data.plainWords),
  };
}
