/**
 * The rule passes that turn a page's candidates into mentions. Each pass reads what the ones
 * before it decided (which clubs and people the page names safely) and adds to `accepted`;
 * `resolvePage` runs them in order, pausing between them.
 */
import { beforeGround, descriptorsOf, sideOfFixture, staffAfter, yearsAfter, type Block, type Candidate } from './candidates';
import { entityOf, formOf, type EntityInfo, type FormEntry, type NameIndex } from './name-index';
import { last, soleItem } from '../indexing';
import { foldForm } from './fold';
import { scan } from './trie';
import { contradiction, eraContradicts, type PageDates } from './agree';
import { COUNTRIES } from './words';
import type { EntityKind } from '../dataset/types';
import { commonWordFits, insideLongerName, isHisName, looksLikeFirstName, partOfProperNoun, placeFits, roleContradicts, weakFits } from './context';

export interface Mention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  kind: EntityKind;
}

/** What the passes have found so far on one page. */
interface PageFacts {
  index: NameIndex;
  all: Candidate[];
  dates: PageDates;
  /** Clubs named by a multi-word name, and by a one-word name, in a place that fits a club. */
  fullClubs: Set<number>;
  placeClubs: Set<number>;
  footballPage: boolean;
  /** Candidate → entity it is taken to be. */
  accepted: Map<Candidate, number>;
  namedInFull: Set<number>;
  clubsNamed: Set<number>;
  /** Where in `all` each club is named safely, in page order: a short form takes the nearest before it. */
  clubPlaces: Map<number, number[]>;
  /** People another man of the same surname (or what the page says) rules out on this page. */
  ruledOut: Set<number>;
  /** Candidates that are a club and a person at once: neither. */
  ambiguous: Set<Candidate>;
  nounsCapitalised: boolean;
}

export interface ResolveOptions extends PageDates {
  /** The page's language: German capitalises nouns, so a capitalised word before a surname is not a first name there. */
  lang?: string;
}

export function* resolvePage(index: NameIndex, blocks: Map<number, Block>, pageScore: number, options: ResolveOptions = {}): Generator<void, Map<number, Mention[]>> {
  const facts = judgeFootballPage(index, [...blocks.values()].flatMap((b) => b.candidates), pageScore, options);
  yield;
  acceptClubs(facts);
  acceptFullNames(facts);
  yield;
  acceptShortFormsOfNamedClubs(facts);
  yield;
  ruleOutOtherMenOfTheSurname(facts);
  ruleOutNamesakesOfFullNames(facts);
  dropNamesWithContradictingRoles(facts);
  acceptSupportedSurnames(facts);
  yield;
  return mentionsByBlock(index, blocks, facts.accepted);
}

/** 1. Is this page about football at all? Its words, or its clubs named in full, say so. */
function judgeFootballPage(index: NameIndex, all: Candidate[], pageScore: number, options: ResolveOptions): PageFacts {
  const fullClubs = new Set<number>();
  const fullPeople = new Set<number>();
  const placeClubs = new Set<number>();
  for (const c of all) {
    for (const e of c.entries) {
      if (e.cls === 'club' && placeFits(c, index)) fullClubs.add(e.entity);
      if (e.cls === 'full') fullPeople.add(e.entity);
    }
  }
  for (const c of all) for (const e of c.entries) if (e.cls === 'place' && placeFits(c, index)) placeClubs.add(e.entity);
  const footballPage =
    pageScore >= 2 || fullClubs.size >= 1 || fullPeople.size >= 2 || (placeClubs.size >= 2 && pageScore >= 1);
  return {
    index, all, dates: { date: options.date, today: options.today }, nounsCapitalised: /^de\b/i.test(options.lang ?? ''), fullClubs, placeClubs, footballPage,
    accepted: new Map(), namedInFull: new Set(), clubsNamed: new Set(), clubPlaces: new Map(), ruledOut: new Set(), ambiguous: new Set(),
  };
}

/** 2a. Multi-word club names, and one-word club names where they fit a club. */
function acceptClubs(facts: PageFacts): void {
  const { index, all, footballPage, accepted } = facts;
  all.forEach((c, at) => {
    if (!hasClass(c, 'club') && !hasClass(c, 'place')) return;
    const common = formOf(index, c.form).common;
    const ok = c.entries.filter((e) => {
      if (e.cls === 'club') return placeFits(c, index);
      if (e.cls === 'place') {
        if (labelsItsSheet(index, c, e.entity)) return true;
        return (footballPage || c.footballNear >= 2) && placeFits(c, index) && (!common || !c.sentenceStart || c.footballNear >= 1);
      }
      return false;
    });
    const ids = new Set(ok.map((e) => e.entity));
    // A form that is both a club and a person's full name, on a football page: neither.
    if (ok.length > 0 && footballPage && c.entries.some((e) => e.cls === 'full')) {
      facts.ambiguous.add(c);
      return;
    }
    const id = soleItem(ids);
    if (id === undefined) return;
    accepted.set(c, id);
    facts.clubsNamed.add(id);
    facts.clubPlaces.set(id, [...(facts.clubPlaces.get(id) ?? []), at]);
  });
}

/** "Arsenal: Raya, Saliba, Rice, ...": a one-word club labelling a team sheet of at least three of its players. */
function labelsItsSheet(index: NameIndex, c: Candidate, club: number): boolean {
  if (!c.listMembers) return false;
  let own = 0;
  for (const m of c.listMembers) {
    if (m.entries.some((e) => e.cls !== 'club' && ownClubsOf(entityOf(index, e.entity)).includes(club))) own++;
  }
  return own >= 3;
}

function hasClass(c: Candidate, cls: FormEntry['cls']): boolean {
  for (const e of c.entries) if (e.cls === cls) return true;
  return false;
}

/** 2b. Full names on a football page, unless what the page says about the man is not him. */
function acceptFullNames(facts: PageFacts): void {
  const { index, all, footballPage, accepted } = facts;
  if (!footballPage) return;
  const clubMentioned = (club: number) => facts.fullClubs.has(club) || facts.placeClubs.has(club);
  for (const c of all) {
    if (!hasClass(c, 'full') || accepted.has(c) || facts.ambiguous.has(c)) continue;
    const full = c.entries.filter((e) => e.cls === 'full');
    let ids = new Set(full.map((e) => e.entity));
    // Two men of the same full name: the one whose club the page names, if only one.
    if (ids.size > 1) ids = new Set([...ids].filter((id) => entityOf(index, id).clubs.some((club) => clubMentioned(club))));
    const id = soleItem(ids);
    if (id === undefined) continue;
    const who = entityOf(index, id);
    const verdict = sheetVerdict(facts, c, who, true);
    if (verdict === 'not him' || pageSaysNotHim(facts, c, who, 2)) {
      facts.ruledOut.add(id);
      continue;
    }
    accepted.set(c, id);
    facts.namedInFull.add(id);
  }
}

/** The nationality, position, age, era or role the page gives the man named here rules this person out. */
function pageSaysNotHim(facts: PageFacts, c: Candidate, who: EntityInfo, threshold: number): boolean {
  if (who.kind !== 'player') return false;
  if (staffAfter(c)) return true;
  return contradiction(who, descriptorsOf(c), facts.dates) >= threshold || eraContradicts(who, yearsAfter(c), facts.dates);
}

/**
 * A team sheet or a bracket names the man's club: "his" when it is a club of his, "not him"
 * when it is another club, nothing when there is none. A bracket the dataset knows no club in
 * ("Keane (Sunderland)") rules out a bare surname only: "(FC Everton)" or "(pictured)" after a
 * full name says too little.
 */
function sheetVerdict(facts: PageFacts, c: Candidate, who: EntityInfo, fullName: boolean): 'his' | 'not him' | undefined {
  if (who.kind === 'club') return undefined;
  const own = ownClubsOf(who);
  const club = c.listClub ? facts.accepted.get(c.listClub) : undefined;
  if (club !== undefined) return own.includes(club) ? 'his' : 'not him';
  if (c.bracket && /^\p{Lu}/u.test(c.bracket) && !/\d/.test(c.bracket)) {
    const bracketClub = c.bracketClub ? facts.accepted.get(c.bracketClub) : undefined;
    if (bracketClub !== undefined && entityOf(facts.index, bracketClub).kind === 'club') return own.includes(bracketClub) ? 'his' : 'not him';
    return fullName ? undefined : 'not him';
  }
  return undefined;
}

/**
 * 3. Short forms of clubs ("United", "City", "Madrid", "Spurs", "the Reds"): only for a club the
 * page names safely; of two such clubs, the one named last before it; and not when the last
 * club named before it with that word is one the dataset does not know ("Sheffield United ... United").
 */
function acceptShortFormsOfNamedClubs(facts: PageFacts): void {
  const { index, all, accepted, clubsNamed } = facts;
  const otherClubs = new Map<number, number[]>();
  all.forEach((c, at) => {
    if (!accepted.has(c) && c.entries.some((e) => e.cls === 'weak') && insideLongerName(c, index)) otherClubs.set(c.form, [...(otherClubs.get(c.form) ?? []), at]);
  });
  all.forEach((c, at) => {
    if (accepted.has(c)) return;
    const ok = c.entries.filter((e) => e.cls === 'weak' && clubsNamed.has(e.entity) && weakFits(c, e, index));
    const ids = [...new Set(ok.map((e) => e.entity))];
    if (ids.length === 0) return;
    const nearest = nearestBefore(facts, ids, at);
    const other = lastBefore(otherClubs.get(c.form) ?? [], at);
    if (other > (nearest?.at ?? -1)) return;
    const only = soleItem(ids);
    if (only !== undefined) accepted.set(c, only);
    else if (nearest) accepted.set(c, nearest.club);
  });
}

/** Of these clubs, the one named safely last before position `at` of the page. */
function nearestBefore(facts: PageFacts, clubs: number[], at: number): { club: number; at: number } | undefined {
  let best: { club: number; at: number } | undefined;
  for (const club of clubs) {
    const p = lastBefore(facts.clubPlaces.get(club) ?? [], at);
    if (p >= 0 && (!best || p > best.at)) best = { club, at: p };
  }
  return best;
}

function lastBefore(places: number[], at: number): number {
  let latest = -1;
  for (const p of places) if (p < at && p > latest) latest = p;
  return latest;
}

/** 4a. A first name that is not his before a surname ("Marcos Alonso"): that surname is someone else's on this page. */
function ruleOutOtherMenOfTheSurname(facts: PageFacts): void {
  const { index, all } = facts;
  for (const c of all) {
    const prev = c.prev;
    if (!prev || !looksLikeFirstName(prev, index, facts.nounsCapitalised)) continue;
    for (const e of c.entries) {
      if (e.cls === 'surname' && !isHisName(entityOf(index, e.entity), c)) facts.ruledOut.add(e.entity);
    }
  }
}

/** 4a'. "Sergio Ramos" named in full: a bare "Ramos" on the page is not another Ramos of the dataset. */
function ruleOutNamesakesOfFullNames(facts: PageFacts): void {
  const { index, accepted } = facts;
  const done = new Set<number>();
  for (const [c, id] of accepted) {
    if (done.has(id) || !facts.namedInFull.has(id) || !c.entries.some((e) => e.cls === 'full' && e.entity === id)) continue;
    done.add(id);
    const surname = last(c.text.split(/\s+/));
    for (const other of surnameEntities(index, surname)) if (other !== id) facts.ruledOut.add(other);
  }
}

/** 4b. A player called "boss" or "Sir", a manager called "striker": another man of that name. */
function dropNamesWithContradictingRoles(facts: PageFacts): void {
  const { index, accepted } = facts;
  for (const [c, id] of accepted) {
    const kind = entityOf(index, id).kind;
    if (kind === 'club' || !roleContradicts(c.prev, kind)) continue;
    accepted.delete(c);
    facts.namedInFull.delete(id);
    facts.ruledOut.add(id);
  }
}

/** 4c. A surname alone: only when exactly one man of that surname is supported by the page. */
function acceptSupportedSurnames(facts: PageFacts): void {
  const { index, all, accepted } = facts;
  for (const c of all) {
    if (accepted.has(c)) continue;
    // In a sheet whose side is named, the sheet decides (its first name follows a colon).
    if (formOf(index, c.form).common && !commonWordFits(c) && !c.listClub) continue;
    if (partOfProperNoun(c, index)) continue;
    if (notAPerson(facts, c)) continue;
    const supported = new Set<number>();
    for (const e of c.entries) if (surnameSupported(facts, c, e)) supported.add(e.entity);
    const id = soleItem(supported);
    if (id !== undefined) accepted.set(c, id);
  }
}

/** A country, a club's or a place's name, a side in a fixture, part of a ground: not a surname here. */
function notAPerson(facts: PageFacts, c: Candidate): boolean {
  if (sideOfFixture(c) || beforeGround(c)) return true;
  return isPlaceForm(facts.index, c.form);
}

const placeForms = new WeakMap<NameIndex, Map<number, boolean>>();
/** The form is a club's too, or a country's: worked out once per form. */
function isPlaceForm(index: NameIndex, form: number): boolean {
  let known = placeForms.get(index);
  if (!known) placeForms.set(index, (known = new Map()));
  let place = known.get(form);
  if (place === undefined) {
    const entries = formOf(index, form).entries;
    const folded = foldForm(entries[0]?.spelling ?? '');
    place = entries.some((e) => e.cls === 'club' || e.cls === 'place' || e.cls === 'weak') || COUNTRIES.has(folded) || countriesOf(index).has(folded);
    known.set(form, place);
  }
  return place;
}

/** His full name is on the page, or a club of his, and nothing around this use makes him someone else. */
function surnameSupported(facts: PageFacts, c: Candidate, e: FormEntry): boolean {
  const { index } = facts;
  if (e.cls !== 'surname' || facts.ruledOut.has(e.entity)) return false;
  const who = entityOf(index, e.entity);
  if (c.prev && looksLikeFirstName(c.prev, index, facts.nounsCapitalised) && !isHisName(who, c)) return false;
  const initial = c.initial;
  if (initial && !who.firstNames.some((n) => n.startsWith(initial))) return false;
  if (roleContradicts(c.prev, who.kind)) return false;
  // What the page says about him is read last: most candidates never get this far.
  return supportedByPage(facts, c, e.entity, who) && !pageSaysNotHim(facts, c, who, 1);
}

function supportedByPage(facts: PageFacts, c: Candidate, entity: number, who: EntityInfo): boolean {
  const sheet = sheetVerdict(facts, c, who, false);
  // A sheet of another club is not him, unless the page names him in full (an old page, a club he has left).
  if (sheet === 'not him' && !facts.namedInFull.has(entity)) return false;
  if (sheet === 'his' || facts.namedInFull.has(entity)) return true;
  // "Erling Braut Haaland": his own first names before the surname make it a full name.
  if (facts.footballPage && c.prev && c.prev.capitalised && who.firstNames.length > 0 && isHisName(who, c)) return true;
  // In a team sheet with no side named, his club elsewhere on the page does not make him one of its names.
  if (c.inList) return false;
  if (who.clubs.some((club) => facts.clubsNamed.has(club))) return true;
  const clubStart = descriptorsOf(c).clubAt;
  const describedClub = clubStart !== undefined ? clubAt(facts, c, clubStart) : undefined;
  return describedClub !== undefined && ownClubsOf(who).includes(describedClub);
}

/** The club accepted at `start` in the same block as `c`. */
function clubAt(facts: PageFacts, c: Candidate, start: number): number | undefined {
  const there = c.prev?.candidate?.start === start ? c.prev.candidate : facts.all.find((o) => o.block === c.block && o.start === start);
  const id = there ? facts.accepted.get(there) : undefined;
  return id !== undefined && entityOf(facts.index, id).kind === 'club' ? id : undefined;
}

const surnameCache = new WeakMap<NameIndex, Map<string, number[]>>();
/** The dataset people whose surname form is `word`. */
function surnameEntities(index: NameIndex, word: string): number[] {
  let map = surnameCache.get(index);
  if (!map) {
    map = new Map();
    surnameCache.set(index, map);
  }
  const key = foldForm(word);
  let found = map.get(key);
  if (!found) {
    const people: number[] = [];
    scan(index.trie, key, (start, end, form) => {
      if (start === 0 && end === key.length) for (const e of formOf(index, form).entries) if (e.cls === 'surname') people.push(e.entity);
    });
    found = people;
    map.set(key, found);
  }
  return found;
}

/** The nationalities the dataset's players have: countries, whatever the word lists miss. */
function countriesOf(index: NameIndex): Set<string> {
  return index.countries;
}

function mentionsByBlock(index: NameIndex, blocks: Map<number, Block>, accepted: Map<Candidate, number>): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const [id, block] of blocks) {
    const mentions: Mention[] = [];
    for (const c of block.candidates) {
      const e = accepted.get(c);
      if (e === undefined) continue;
      const info = entityOf(index, e);
      mentions.push({ start: c.start, end: c.end, text: c.text, entityId: info.id, kind: info.kind });
    }
    out.set(id, mentions);
  }
  return out;
}

/** His club and his loan's parent: the clubs a team sheet or a bracket may give him. */
function ownClubsOf(who: EntityInfo): number[] {
  return who.ownClubs ?? who.clubs;
}
