/**
 * From a page's text and the people and clubs PageMatcher found in it, the transfer rumours it
 * reports: which player, which club, how far it has got, and who says so.
 *
 * Sentence by sentence: the clubs named are read for their role (roles.ts), so that only a
 * prospective destination (or his own club, for talk of a new contract) makes a claim; the cue
 * words of the club's clause give the status (cues.ts); the credit is the sentence's own
 * ("according to ESPN"), else the gossip item's bracket ("(Sun)"), else the site (credit.ts).
 * A sentence without a player's name ("Newcastle are also interested in the 23-year-old") is
 * about a player the item named before: the one of that age, else the first.
 */
import type { Mention } from '../engine/page-matcher';
import type { RumourStatus } from '../dataset/types';
import { findCues, STAGE, statusOf, type Cue } from './cues';
import { bracketCredit, inlineCredit, type Credit } from './credit';
import { looksEnglish } from './language';
import { readClubs, type ClubReading } from './roles';
import { clauses, conditions, items, within, type Span } from './text';
import type { RumourClaim, RumourInput } from './types';
import { soleItem } from '../indexing';

// He, him, the 23-year-old, the midfielder, the Switzerland winger: the player the item is about.
const ANAPHOR = /\b(?:[Hh]e|[Hh]im|[Hh]is|[Tt]he (?:\d+-year-old|player|youngster|teenager|star|international|(?:[A-Z][\p{L}]+ )?(?:international|star|midfielder|defender|forward|striker|winger|goalkeeper|keeper|centre-back|centre-half|full-back|left-back|right-back|wing-back|playmaker|attacker|youngster|teenager|captain|skipper)))\b/u;
// Players named as the one a signing would replace, or beside the target: not the target.
const NOT_TARGET_BEFORE = /\b(?:replace|replacing|replacement for|replacements for|successor to|succeed|alongside|instead of|team-?mates?|partner|compatriot|brother|son|father|like|such as|cover for|back-up to|backup to|understudy to|following|swap deal for|swap for|in exchange for|part-exchange for)\s+(?:[\w'’-]+\s+){0,8}$/;

// "to sign", "about signing": a transfer word that acts, not "the record signing".
const TO_SIGN = /\b(?:to|about|in|on|of|after|for|from|by)\s+(?:sign|signing|recruit|recruiting|land|landing|snap up|capture|acquire|bring|bringing)$/;
// "offering Hector Bellerin in part-exchange": the player offered is not the one the club wants.
const OFFERED_AFTER = /^(?:,\s*\d+,)?\s+(?:in (?:part-)?exchange|as (?:a (?:potential )?makeweight|a sweetener|bait)|plus cash)/;
const SPEAKS_AFTER = /^\s+(?:has\s+|have\s+)?(?:told|said|says|insisted|insists|revealed|admitted|explained|claimed)\b/;

interface Draft extends RumourClaim {
  item: number;
}

export function extractRumours(input: RumourInput): RumourClaim[] {
  const { blocks, mentions, facts } = input;
  const drafts: Draft[] = [];
  // Each player's current club, as the page describes him ("Watford and England midfielder ..."): never his destination.
  const owners = new Map<string, Set<string>>();
  let itemNo = 0;
  // The players the item has named so far, for "he" and "the 23-year-old".
  let focus: Focus[] = [];

  blocks.forEach((block, b) => {
    const blockMentions = [...(mentions[b] ?? [])].sort((x, y) => x.start - y.start);
    const date = input.blockDates?.[b] ?? facts.date;
    for (const item of items(block)) {
      itemNo++;
      if (!looksEnglish(block.slice(item.start, item.end))) continue;
      const itemCredit = item.source ? bracketCredit(item.source.text) : null;
      // A gossip item stands alone: its "he" is never the last item's player.
      if (item.source) focus = [];
      let carried: Credit | null = null;
      for (const sentence of item.sentences) {
        const inSentence = blockMentions.filter((m) => within(sentence, m) && !(item.source && within(item.source, m)));
        const inline = inlineCredit(block, sentence, inSentence);
        if (inline) carried = inline;
        const credit = inline ?? carried ?? itemCredit;
        const found = readSentence(block, sentence, inSentence, owners, focus);
        for (const { player, club, status } of found.claims) {
          drafts.push({
            playerId: player,
            clubId: club,
            status,
            outlet: credit?.outlet ?? facts.siteName,
            author: credit ? credit.author : facts.author,
            date,
            url: facts.url,
            evidence: { block: b, start: sentence.start, end: sentence.end },
            item: itemNo,
          });
        }
        if (found.named.length) focus = [...focus.filter((f) => !found.named.some((n) => n.mention.entityId === f.mention.entityId)), ...found.named];
      }
    }
  });
  return mergeWithinItems(drafts);
}

interface SentenceReading {
  claims: Array<{ player: string; club: string; status: RumourStatus }>;
  /** The players the sentence names (not those named as replaced), for the next sentence's "he". */
  named: Focus[];
}

function readSentence(block: string, sentence: Span, ms: Mention[], owners: Map<string, Set<string>>, focus: Focus[]): SentenceReading {
  const conds = conditions(block, sentence);
  const conditional = (m: Span) => conds.some((c) => within(c, m));
  const readings = readClubs(block, sentence.start, ms).filter((r) => !conditional(r.mention));
  for (const r of readings) {
    if (r.role === 'owner' && r.player) addTo(owners, r.player.entityId, r.mention.entityId);
  }
  const named = ms.filter((m) => m.kind === 'player' && !conditional(m));
  // "as a replacement for X": not the target, though his own relative clause ("X, who is poised to return to Real Madrid") is about him.
  const aside = new Set(named.filter((m) => NOT_TARGET_BEFORE.test(block.slice(Math.max(sentence.start, m.start - 50), m.start))));
  // "..., Frenkie de Jong told Sky Sports": a player quoted about another is not the one moving.
  const speakers = named.filter((m) => SPEAKS_AFTER.test(block.slice(m.end, m.end + 30)));
  if (speakers.length < named.length) for (const m of speakers) aside.add(m);
  for (const m of named) if (OFFERED_AFTER.test(block.slice(m.end, m.end + 40))) aside.add(m);
  const text = block.slice(sentence.start, sentence.end);
  const out: SentenceReading = { claims: [], named: named.filter((m) => !aside.has(m)).map((m) => ({ mention: m, age: ageOf(block, m) })) };
  const referred = named.length ? [] : resolveAnaphor(text, focus);
  const players = named.length ? named : referred;
  if (players.length === 0) return out;

  const cues = findCues(block, sentence).filter((c) => !conds.some((k) => within(k, c)));
  const parts = clauses(block, sentence);
  const clauseOf = (m: Span) => parts.find((p) => within(p, m)) ?? sentence;
  const buyersIn = (span: Span) => readings.filter((r) => (r.role === 'destination' || r.role === 'open') && within(span, r.mention));
  // The other side of talks ("agreed a fee with Bournemouth") sells when a club is buying; when
  // the player himself is the one talking ("the 18-year-old has agreed terms with Wolfsburg"), it buys.
  const counterpartyRole = (r: ClubReading, clause: Span) => {
    const lead = block.slice(clause.start, r.mention.start);
    const playerTalks = named.some((p) => p.start >= clause.start && p.end <= r.mention.start) || ANAPHOR.test(lead);
    if (buyersIn(clause).length) return 'seller';
    return !playerTalks && buyersIn(sentence).length ? 'seller' : 'destination';
  };
  const add = (player: string, club: string, status: RumourStatus) => out.claims.push({ player, club, status });
  /** The players a club (or cue) in `clause` is about: those named in its clause, else those of the clauses before it, else the one referred to. */
  const playersFor = (clause: Span, club?: Mention) => {
    const fits = (p: Mention) => !aside.has(p) || (club !== undefined && club.start > p.end && /^[^.;]{0,12}\bwho\b/.test(block.slice(p.end, club.start)));
    const here = named.filter((p) => within(clause, p));
    if (here.length) return here.filter(fits);
    const earlier = named.filter((p) => p.end <= clause.start && !aside.has(p));
    if (earlier.length) return earlier;
    // "Manchester United want two signings, with Kieran Trippier among their top targets": the next clause names him.
    const next = parts.find((p) => p.start >= clause.end);
    if (next && /^,\s*with\s*$/.test(block.slice(clause.end, next.start))) {
      const there = named.filter((p) => within(next, p) && !aside.has(p));
      if (there.length) return there;
    }
    return referred;
  };

  for (const r of readings) {
    const clause = clauseOf(r.mention);
    const role = r.role === 'counterparty' ? counterpartyRole(r, clause) : r.role;
    if (role !== 'destination' && role !== 'open') continue;
    for (const p of playersFor(clause, r.mention)) {
      if (owners.get(p.entityId)?.has(r.mention.entityId)) continue;
      const status = statusFor(block, cues, clause, sentence, r, role === 'destination', p);
      if (status) add(p.entityId, r.mention.entityId, status);
    }
  }

  // A new contract: the player's own club, as this sentence or an earlier one names it.
  for (const cue of cues.filter((c) => c.renewal)) {
    const clause = clauseOf(cue);
    for (const p of playersFor(clause)) {
      const own = readings.filter((r) => r.role === 'own' || (r.role === 'owner' && r.player === p)).map((r) => r.mention.entityId);
      const clubs = [...new Set(own.length ? own : owners.get(p.entityId) ?? [])];
      const club = soleItem(clubs);
      if (club === undefined) continue;
      const status = statusOf(cues.filter((c) => within(clause, c)), false) ?? 'talks';
      add(p.entityId, club, status === 'interest' ? 'talks' : status);
    }
  }
  return out;
}

interface Focus {
  mention: Mention;
  /** "Kevin Nisbet, 23," or "the 23-year-old Scottish striker Kevin Nisbet". */
  age?: number;
}

function ageOf(block: string, m: Mention): number | undefined {
  const after = /^,\s*(\d{2})\b/.exec(block.slice(m.end, m.end + 6));
  const before = /(\d{2})-year-old\s+(?:[\p{L}'’-]+\s+){0,4}$/u.exec(block.slice(Math.max(0, m.start - 60), m.start));
  const age = after?.[1] ?? before?.[1];
  return age ? Number(age) : undefined;
}

/**
 * The player "he" or "the 23-year-old" means: one of that age if the item gave ages, else the
 * first it named. "Chelsea are also keen." means the one player named so far, if there is one.
 */
function resolveAnaphor(text: string, focus: Focus[]): Mention[] {
  const named = focus[0];
  if (!named) return [];
  const m = ANAPHOR.exec(text);
  if (!m) return focus.length === 1 && /\b(?:also|too|as well)\b/.test(text) ? [named.mention] : [];
  const age = /(\d{2})-year-old/.exec(m[0]);
  if (age) {
    const n = Number(age[1]);
    const same = focus.find((f) => f.age === n);
    if (same) return [same.mention];
    const lastUnaged = focus.filter((f) => f.age === undefined).at(-1);
    return lastUnaged ? [lastUnaged.mention] : [];
  }
  return [named.mention];
}

/**
 * The status a club's claim reads from the cues of its clause. A club the words point at
 * ("a move to Roma") may take plain transfer words, or else the sentence's cues; a club merely
 * named needs a cue of its own clause.
 */
function statusFor(block: string, cues: Cue[], clause: Span, sentence: Span, r: ClubReading, marked: boolean, player: Mention): RumourStatus | null {
  const inClause = cues.filter((c) => within(clause, c));
  const renewal = inClause.some((c) => c.renewal && !c.negated);
  // "Arsenal and Aston Villa will go all out to sign Emiliano Buendia": club, transfer word, player, in that order.
  const between = inClause.some((c) => c.weak && !c.negated && c.start >= r.mention.end && c.end <= player.start && TO_SIGN.test(block.slice(Math.max(0, c.start - 12), c.end)));
  const status = statusOf(inClause.filter((c) => !c.renewal), marked || between) ?? (renewal ? 'talks' : null);
  // "Leicester try to tie down the 24-year-old to a new contract": renewal talks by the clause's club
  // (not by a club whose interest the renewal is meant to fend off).
  if (status) return renewal && status === 'interest' && !marked ? 'talks' : status;
  if (!marked && !r.status) return null;
  return statusOf(cues.filter((c) => within(sentence, c) && !c.renewal), false) ?? r.status ?? null;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** One claim per player and club in each item: the furthest stage it reaches there, and the first sentence that said so. */
function mergeWithinItems(drafts: Draft[]): RumourClaim[] {
  const kept = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.item}\u0000${d.playerId}\u0000${d.clubId}`;
    const old = kept.get(key);
    if (!old) kept.set(key, d);
    else if (STAGE[d.status] > STAGE[old.status]) kept.set(key, { ...old, status: d.status });
  }
  return [...kept.values()].map(({ item: _item, ...claim }) => claim);
}
