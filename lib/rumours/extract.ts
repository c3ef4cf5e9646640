/**
 * From a page's text and the people and clubs PageMatcher found in it, the transfer rumours it
 * reports: which player, which club, how far it has got, and who says so.
 *
 * Sentence by sentence: the clubs named are read for their role (roles.ts), so that only a
 * prospective destination (or his own club, for talk of a new contract) makes a claim; the cue
 * words of the club's clause give the status (cues.ts); the credit is the sentence's own
 * ("according to ESPN"), else the gossip item's bracket ("(Sun)"), else the site (credit.ts).
 * A sentence without a player's name ("Newcastle are also interested in the 23-year-old") is
 * about the player the item last named.
 */
import type { Mention } from '../engine/page-matcher';
import type { RumourStatus } from '../dataset/types';
import { findCues, statusOf, type Cue } from './cues';
import { bracketCredit, inlineCredit, type Credit } from './credit';
import { looksEnglish } from './language';
import { readClubs, type ClubReading } from './roles';
import { clauses, conditions, items, within, type Span } from './text';
import type { RumourClaim, RumourInput } from './types';

const STAGE: Record<RumourStatus, number> = { interest: 1, talks: 2, bid: 3, agreed: 4, completed: 5, cooled: 6, denied: 7 };

// He, him, the 23-year-old, the midfielder, the Switzerland winger: the player the item is about.
const ANAPHOR = /\b(?:[Hh]e|[Hh]im|[Hh]is|the (?:\d+-year-old|player|youngster|teenager|star|international|(?:[A-Z][\p{L}]+ )?(?:international|star|midfielder|defender|forward|striker|winger|goalkeeper|keeper|centre-back|centre-half|full-back|left-back|right-back|wing-back|playmaker|attacker|youngster|teenager|captain|skipper)))\b/u;
// Players named as the one a signing would replace, or beside the target: not the target.
const NOT_TARGET_BEFORE = /\b(?:replace|replacing|replacement for|replacements for|successor to|succeed|alongside|instead of|team-?mates?|partner|compatriot|brother|son|father|like|such as|cover for|following)\s+(?:[\w'’-]+\s+){0,4}$/;

interface Draft extends RumourClaim {
  item: number;
}

export function extractRumours(input: RumourInput): RumourClaim[] {
  const { blocks, mentions, facts } = input;
  const drafts: Draft[] = [];
  // Each player's current club, as the page describes him ("Watford and England midfielder ..."): never his destination.
  const owners = new Map<string, Set<string>>();
  let itemNo = 0;
  let focus: Mention | undefined;

  blocks.forEach((block, b) => {
    const blockMentions = [...(mentions[b] ?? [])].sort((x, y) => x.start - y.start);
    const date = input.blockDates?.[b] ?? facts.date;
    for (const item of items(block)) {
      itemNo++;
      if (!looksEnglish(block.slice(item.start, item.end))) continue;
      const itemCredit = item.source ? bracketCredit(item.source.text) : null;
      // A gossip item stands alone: its "he" is never the last item's player.
      if (item.source) focus = undefined;
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
        if (found.subject) focus = found.subject;
      }
    }
  });
  return mergeWithinItems(drafts);
}

interface SentenceReading {
  claims: Array<{ player: string; club: string; status: RumourStatus }>;
  /** The player the sentence is about, for the next sentence's "he". */
  subject?: Mention;
}

function readSentence(block: string, sentence: Span, ms: Mention[], owners: Map<string, Set<string>>, focus: Mention | undefined): SentenceReading {
  const conds = conditions(block, sentence);
  const conditional = (m: Span) => conds.some((c) => within(c, m));
  const readings = readClubs(block, sentence.start, ms).filter((r) => !conditional(r.mention));
  for (const r of readings) {
    if (r.role === 'owner' && r.player) addTo(owners, r.player.entityId, r.mention.entityId);
  }
  const named = ms.filter((m) => m.kind === 'player' && !conditional(m) && !NOT_TARGET_BEFORE.test(block.slice(Math.max(sentence.start, m.start - 50), m.start)));
  const text = block.slice(sentence.start, sentence.end);
  const players = named.length ? named : focus && ANAPHOR.test(text) ? [focus] : [];
  const out: SentenceReading = { claims: [], subject: named[0] };
  if (players.length === 0) return out;

  const cues = findCues(block, sentence).filter((c) => !conds.some((k) => within(k, c)));
  const parts = clauses(block, sentence);
  const clauseOf = (m: Span) => parts.find((p) => within(p, m)) ?? sentence;
  const buyers = readings.filter((r) => r.role === 'destination' || r.role === 'open');
  const add = (player: string, club: string, status: RumourStatus) => out.claims.push({ player, club, status });

  for (const r of readings) {
    const role = r.role === 'counterparty' ? (buyers.length ? 'seller' : 'destination') : r.role;
    if (role !== 'destination' && role !== 'open') continue;
    const clause = clauseOf(r.mention);
    const here = players.filter((p) => within(clause, p));
    for (const p of here.length ? here : players) {
      if (owners.get(p.entityId)?.has(r.mention.entityId)) continue;
      const status = statusFor(cues, clause, sentence, r, role === 'destination');
      if (status) add(p.entityId, r.mention.entityId, status);
    }
  }

  // A new contract: the player's own club, as this sentence or an earlier one names it.
  for (const cue of cues.filter((c) => c.renewal)) {
    const clause = clauseOf(cue);
    const here = players.filter((p) => within(clause, p));
    for (const p of here.length ? here : players) {
      const own = readings.filter((r) => (r.role === 'own' || (r.role === 'owner' && r.player === p)) && !conditional(r.mention)).map((r) => r.mention.entityId);
      const clubs = own.length ? own : [...(owners.get(p.entityId) ?? [])];
      if (clubs.length !== 1) continue;
      const status = statusOf(cues.filter((c) => within(clause, c)), false) ?? 'talks';
      add(p.entityId, clubs[0], status === 'interest' ? 'talks' : status);
    }
  }
  return out;
}

/** The status a club's claim reads: from the cues of its clause, else of the sentence, else what its own marker says. */
function statusFor(cues: Cue[], clause: Span, sentence: Span, r: ClubReading, marked: boolean): RumourStatus | null {
  const own = cues.filter((c) => within(clause, c) && !c.renewal);
  const fromClause = statusOf(own, marked);
  if (fromClause) return fromClause;
  const fromSentence = statusOf(cues.filter((c) => within(sentence, c) && !c.renewal), false);
  return fromSentence ?? r.status ?? null;
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
