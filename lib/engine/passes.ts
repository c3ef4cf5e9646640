/**
 * The rule passes that turn a page's candidates into mentions. Each pass reads what the ones
 * before it decided (which clubs and people the page names safely) and adds to `accepted`;
 * `resolvePage` runs them in order, pausing between them.
 */
import type { Block, Candidate } from './candidates';
import type { FormEntry, NameIndex } from './name-index';
import type { EntityKind } from '../dataset/types';
import { commonWordFits, isHisName, looksLikeFirstName, partOfProperNoun, placeFits, roleContradicts, weakFits } from './context';

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
  /** Clubs named by a multi-word name, and by a one-word name, in a place that fits a club. */
  fullClubs: Set<number>;
  placeClubs: Set<number>;
  footballPage: boolean;
  /** Candidate → entity it is taken to be. */
  accepted: Map<Candidate, number>;
  namedInFull: Set<number>;
  clubsNamed: Set<number>;
  /** People another man of the same surname rules out on this page. */
  ruledOut: Set<number>;
}

export function* resolvePage(index: NameIndex, blocks: Map<number, Block>, pageScore: number): Generator<void, Map<number, Mention[]>> {
  const facts = judgeFootballPage(index, [...blocks.values()].flatMap((b) => b.candidates), pageScore);
  yield;
  acceptFullNamesAndClubs(facts);
  yield;
  acceptNicknamesOfNamedClubs(facts);
  yield;
  ruleOutOtherMenOfTheSurname(facts);
  dropNamesWithContradictingRoles(facts);
  acceptSupportedSurnames(facts);
  yield;
  return mentionsByBlock(index, blocks, facts.accepted);
}

/** 1. Is this page about football at all? Its words, or its clubs named in full, say so. */
function judgeFootballPage(index: NameIndex, all: Candidate[], pageScore: number): PageFacts {
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
    index, all, fullClubs, placeClubs, footballPage,
    accepted: new Map(), namedInFull: new Set(), clubsNamed: new Set(), ruledOut: new Set(),
  };
}

/** 2. Full names, multi-word club names and one-word club names. */
function acceptFullNamesAndClubs(facts: PageFacts): void {
  const { index, all, footballPage, accepted } = facts;
  const clubMentioned = (club: number) => facts.fullClubs.has(club) || facts.placeClubs.has(club);
  for (const c of all) {
    const common = index.forms[c.form].common;
    const ok = c.entries.filter((e) => {
      if (e.cls === 'club') return placeFits(c, index);
      if (e.cls === 'full') return footballPage;
      if (e.cls === 'place') return (footballPage || c.footballNear >= 2) && placeFits(c, index) && (!common || !c.sentenceStart || c.footballNear >= 1);
      return false;
    });
    let ids = new Set(ok.map((e) => e.entity));
    // Two men of the same full name: the one whose club the page names, if only one.
    if (ids.size > 1 && ok.every((e) => e.cls === 'full')) ids = new Set([...ids].filter((id) => index.entities[id].clubs.some((club) => clubMentioned(club))));
    if (ids.size !== 1) continue;
    const [id] = ids;
    accepted.set(c, id);
    if (index.entities[ok[0].entity].kind === 'club') facts.clubsNamed.add(id);
    else facts.namedInFull.add(id);
  }
}

/** 3. Nicknames that are ordinary words: only for a club the page already names. */
function acceptNicknamesOfNamedClubs(facts: PageFacts): void {
  const { index, all, accepted, clubsNamed } = facts;
  for (const c of all) {
    if (accepted.has(c)) continue;
    const ok = c.entries.filter((e) => e.cls === 'weak' && clubsNamed.has(e.entity) && weakFits(c, e, index));
    const ids = new Set(ok.map((e) => e.entity));
    if (ids.size === 1) accepted.set(c, [...ids][0]);
  }
}

/** 4a. A first name that is not his before a surname ("Marcos Alonso"): that surname is someone else's on this page. */
function ruleOutOtherMenOfTheSurname(facts: PageFacts): void {
  const { index, all } = facts;
  for (const c of all) {
    const prev = c.prev;
    if (!prev || !looksLikeFirstName(prev, index)) continue;
    for (const e of c.entries) {
      if (e.cls === 'surname' && !isHisName(index.entities[e.entity], c)) facts.ruledOut.add(e.entity);
    }
  }
}

/** 4b. A player called "boss" or "Sir", a manager called "striker": another man of that name. */
function dropNamesWithContradictingRoles(facts: PageFacts): void {
  const { index, accepted } = facts;
  for (const [c, id] of accepted) {
    if (index.entities[id].kind === 'club' || !roleContradicts(c.prev, index.entities[id].kind)) continue;
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
    if (index.forms[c.form].common && !commonWordFits(c)) continue;
    if (c.prev && partOfProperNoun(c, index)) continue;
    const supported = new Set<number>();
    for (const e of c.entries) if (surnameSupported(facts, c, e)) supported.add(e.entity);
    if (supported.size === 1) accepted.set(c, [...supported][0]);
  }
}

/** His full name is on the page, or a club of his, and nothing around this use makes him someone else. */
function surnameSupported(facts: PageFacts, c: Candidate, e: FormEntry): boolean {
  const { index } = facts;
  if (e.cls !== 'surname' || facts.ruledOut.has(e.entity)) return false;
  const who = index.entities[e.entity];
  if (c.prev && looksLikeFirstName(c.prev, index) && !isHisName(who, c)) return false;
  if (roleContradicts(c.prev, who.kind)) return false;
  return facts.namedInFull.has(e.entity) || who.clubs.some((club) => facts.clubsNamed.has(club));
}

function mentionsByBlock(index: NameIndex, blocks: Map<number, Block>, accepted: Map<Candidate, number>): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const [id, block] of blocks) {
    const mentions: Mention[] = [];
    for (const c of block.candidates) {
      const e = accepted.get(c);
      if (e === undefined) continue;
      const info = index.entities[e];
      mentions.push({ start: c.start, end: c.end, text: c.text, entityId: info.id, kind: info.kind });
    }
    out.set(id, mentions);
  }
  return out;
}
