/**
 * The words that say how far a transfer has got, and what bends them: a negation ("are not
 * interested") or a possibility ("could make a bid"). Each cue is a span of the block with
 * the status it reports; `statusOf` turns a clause's cues into one status.
 */
import type { RumourStatus } from '../dataset/types';
import type { Span } from './text';

export interface Cue extends Span {
  status: RumourStatus;
  /** Talk of a new contract with the player's own club. */
  renewal: boolean;
  /** "move", "deal", "join": a transfer word that says nothing of interest on its own. */
  weak: boolean;
  negated: boolean;
  /** Said as a possibility ("could", "would", "if"), not as a fact. */
  possible: boolean;
}

type Rule = [RegExp, RumourStatus, ('renewal' | 'weak')?];

// Order matters where patterns overlap: the first rule to claim a stretch of text keeps it.
const RULES: Rule[] = [
  // Denials: a party says it is not so.
  [/\b(?:den(?:y|ies|ied)|denying)\b/, 'denied'],
  [/\b(?:dismiss(?:ed|es)?|rubbish(?:ed|es)?|play(?:ed|s)? down|shot down|laughed off|quash(?:ed)?|ruled out)\b(?=[^.;]{0,40}\b(?:reports?|rumou?rs?|speculation|claims|talk|links?|suggestions|stories)\b)/, 'denied'],
  [/\bno truth\b|\bfake news\b|\bnothing to (?:the|those) (?:reports|rumou?rs)\b|\binsist(?:s|ed)? (?:that )?there (?:is|was|has been|have been) no\b/, 'denied'],
  // A bid rejected is still a bid (the buying club made it).
  [/\b(?:reject(?:ed|s)?|turn(?:ed|s)? down|knock(?:ed|s)? back|rebuff(?:ed|s)?|snubb?(?:ed|s)?)\b[^.;]{0,40}?\b(?:bid|offer|proposal)s?\b/, 'bid'],
  [/\b(?:bid|bids|offer|offers|proposal)\b[^.;]{0,80}?\b(?:rejected|turned down|knocked back|rebuffed)\b/, 'bid'],
  // Interest dropped, a deal collapsed, the player said no.
  [/\b(?:pull(?:ed|s|ing)? out|withdr(?:aw|awn|ew|awing)|abandon(?:ed|s|ing)?|(?:end|drop)(?:ed|ped|s|ing|ping)? (?:their|his|its) (?:interest|pursuit|chase)|cool(?:ed|ing)?(?: their)?(?: interest)?(?= on| over)|cooled|given up|gave up|giving up|turn(?:ed|s|ing)? down|reject(?:ed|s|ing)?|snubb?(?:ed|s|ing)?|rebuff(?:ed|s)?|collaps(?:ed|es|e)|fell through|fall through|broke(?:n)? down|called off|off the table|scrapped|priced out|decided against|distanced? (?:themselves|himself)|ruled out (?:a|any) (?:move|deal|bid|return|switch|transfer)|ruled himself out|baulked|balked|blocked|no longer)\b/, 'cooled'],
  [/\b(?:failed (?:\w+ )?(?:bids?|attempts?|approach(?:es)?|moves?|offers?)|suffered a (?:\w+ )?blow|dealt a (?:\w+ )?blow|blow to (?:their|his) hopes|setback|hopes (?:have been |are |were )?(?:dashed|ended)|lost out|miss out|missed out)\b/, 'cooled'],
  [/\b(?:is|are|was|now) off\b/, 'cooled'],
  // Done.
  [/\b(?:has|have|had)\s+(?:now\s+|officially\s+|finally\s+|already\s+|just\s+)?(?:signed|joined|completed|sealed|finalised|finalized|secured the signing|confirmed the signing|announced the signing|tied up)\b(?!\s+(?:a number of|the race|the list|the queue|the chase|the hunt|forces|a host of|other clubs|several|many|rivals))/, 'completed'],
  [/\b(?:triggered|activated|exercised|taken up) (?:a|an|the|his|their) (?:[\w-]+ ){0,2}(?:option|extension|clause)\b/, 'completed'],
  [/\b(?:completed|sealed) (?:a|an|his|the|their) (?:\w+ )?(?:move|transfer|switch|signing|deal|loan)\b|\bofficially (?:joined|signed|unveiled|announced|completed)\b|\bunveiled\b|\bannounced (?:the )?(?:signing|arrival)\b/, 'completed'],
  // Agreed, or as good as.
  [/\bagree(?:d|s|ment|ments)?\b|\bhere we go\b|\bmedical\b/, 'agreed'],
  [/\b(?:close to|closer to|edging (?:towards|closer to)|edge towards|moving closer to|closing in on|close in on|on the verge of|verge of|edging closer to|edge closer to|nearing|poised to|about to|set to|expected to|on the brink of|brink of|finalis(?:e|es|ed|ing)|finaliz(?:e|es|ed|ing))\b(?!\s+(?:make|launch|submit|table|open|step|rival|test|hold|offer|bid|be (?!handed|given|rewarded|awarded)))(?=\s+(?:[^\s.;,]+\s+){0,3}?(?:sign|signing|join|joining|complete|completing|completion|seal|sealing|agree|agreeing|deal|move|moving|transfer|switch|land|landing|secure|securing|undergo|finalise|finalize|become|an agreement|a deal|a move|terms|arrive|return|clinch|clinching|wrap up|wrapping up|be handed|be given|be rewarded|be awarded)\b)/, 'agreed'],
  [/\b(?:deal|move|transfer|switch) (?:is |now )?(?:done|imminent|complete|close|edging closer)\b|\bimminent\b|\bclos(?:ing|e) in on\b/, 'agreed'],
  // Offers.
  [/\bin a bid to\b/, 'interest'],
  [/\b(?:bid|bids|offer|offers|offered|offering|proposal|tabled?|tabling|submitt?(?:ed|ing)?|submit)\b/, 'bid'],
  // Talks.
  [/\b(?:talks|negotiat(?:ions|ing|e|ed)|discussions|discussing|approach(?:ed|es|ing)?|contact(?:ed)?|enquir(?:y|ies|ed|ing)|inquir(?:y|ies|ed)|met with|meeting with|meet with|meeting (?:his|the player's|their) (?:agent|representatives|entourage)|sounded out|dialogue|asked about|(?:are|is|have been|has been) (?:talking|speaking) to|discuss(?:ed|es|ing)?|met in|meeting in|working on (?:a |signing|bringing|the signing)|made (?:\w+ )?available to)\b/, 'talks'],
  // A new contract with his own club.
  [/\bnew (?:[\w£€$,.-]+[- ]){0,3}?(?:contracts?|deals?|terms)\b|\bcontract extension\b|\bextension\b|\bextend(?:ed|ing|s)? (?:his|their|a|the) (?:\w+ )?(?:contract|deal|stay)\b|\brenew(?:al|ed|ing|s)?\b|\bfresh (?:terms|contract|deal)\b|\btie (?:\w+ ){0,3}down\b|\bcontract to stay\b|\bimproved (?:contract|terms|deal)\b/, 'talks', 'renewal'],
  // Interest.
  [/\b(?:interest(?:ed)?|keen|want(?:s|ed)?|monitor(?:ing|ed|s)?|watch(?:ing|ed)|track(?:ing|ed|s)?|scout(?:ing|ed|s)?|consider(?:ing|ed|s)?|target(?:ing|ed|s)?|eye(?:ing|d|s)?|in the race|race for|lead the race|leading the race|linked|links?|admire(?:rs|d|s)?|admiration|weigh(?:ing)? up|plot(?:ting|s)?|chas(?:e|ing)|pursu(?:e|ing|it)|swoop|hopes? (?:of|to) (?:sign|land|bring)|hopes? of (?:a|an|landing|signing|bringing)|hoping to (?:sign|land|bring)|favourites|frontrunners|front-runners|shortlist(?:ed)?|radar|battl(?:e|ing) for|fight(?:ing)? for|vying for|compet(?:e|ing|ition) for|challenge [^.;]{0,30}for|rivals? for|on alert|alerted|like to (?:sign|bring)|dream|wish ?list|suitors|attention of|keeping tabs|tabs on|explor(?:e|ing)|mull(?:ing|s)?|contemplat(?:e|ing)|plans? to (?:sign|bid|move|bring|make)|planning to|could (?:sign|join|move|land|bring|make)|make a move|made a move|move for|favourite|open to (?:joining|a move|moving|signing|a switch)|push(?:ing)? for|courting|covet(?:ed|s)?|destinations?|wanted|looking (?:to sign|at)|look(?:s|ing)? to (?:sign|bring|land|add|recruit)|ready to (?:make|launch|test|rival|pay)|(?:willing|prepared|happy) to (?:pay|spend|meet|match)|head-to-head|tipped (?:as|to|for)|potential (?:\w+ )?(?:target|signing|move|destination|replacement)|keeping track|make [^.;]{0,40} permanent|(?:the )?signature of|the signing of|linking|attempt to sign|try to sign|trying to sign)\b/, 'interest'],
  // Transfer words that need a club pointed at by "to", "join", "for" to mean anything.
  [/\b(?:(?:a|the|his|their|loan|permanent|free|late) move|move to|moving to|moves to|transfer|switch|join|joining|sign|signing|loan|swap|recruit|snap up|capture|acquire)\b/, 'interest', 'weak'],
];

const NEGATION = /\b(?:not|never|no|nor|without|unlikely to|refus\w* to|reluctant to|won't|wont|can't|cannot)\s+(?:\w+\s+){0,2}$|n[’']t\s+(?:\w+\s+){0,2}$/i;
const NOT_NEGATION = /\bnot only\s+$|\bno (?:doubt|secret)\b/i;
// "could have signed Mbappe in 2017": what did not happen.
const COUNTERFACTUAL = /\b(?:could|would|might|should) have\s+(?:\w+\s+){0,2}$/i;
const POSSIBLE = /\b(?:not yet|yet to|confident|optimistic|hopeful|could|might|may|would|considering|weighing up|plan(?:s|ning)? to|hope(?:s)? to|hoping to|want(?:s)? to|wanting to|looking to|keen to|willing to|open to|likely to|try(?:ing)? to|ready to|prepared to|in a bid to|if|unless|whether|possible|possibility of|potential)\b[^,;]{0,30}$/i;

const GLOBAL_RULES = RULES.map(([pattern, status, kind]) => [new RegExp(pattern.source, 'g'), status, kind] as const);

/** The cues in block[span.start, span.end), each stretch of text claimed by the first rule that fits it. */
export function findCues(block: string, span: Span): Cue[] {
  const text = block.slice(span.start, span.end).toLowerCase();
  const taken = new Uint8Array(text.length);
  const out: Cue[] = [];
  for (const [re, status, kind] of GLOBAL_RULES) {
    for (const m of text.matchAll(re)) {
      const at = m.index!;
      const end = at + m[0].length;
      if (end === at || taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      const before = text.slice(Math.max(0, at - 40), at);
      if (COUNTERFACTUAL.test(before)) continue;
      out.push({
        start: span.start + at,
        end: span.start + at + m[0].length,
        status,
        renewal: kind === 'renewal',
        weak: kind === 'weak',
        negated: status !== 'cooled' && NEGATION.test(before) && !NOT_NEGATION.test(before) && !/\bnot yet\s+(?:\w+\s+){0,2}$/.test(before),
        possible: POSSIBLE.test(before),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How far along each status is; cooling and denial come last, as the later news. */
export const STAGE: Record<RumourStatus, number> = { interest: 1, talks: 2, bid: 3, agreed: 4, completed: 5, cooled: 6, denied: 7 };

/** What one cue reports as fact: a negated stage means it is off; a possible one is only interest. */
export function effective(cue: Cue): RumourStatus {
  if (cue.negated) return cue.status === 'denied' ? 'interest' : 'cooled';
  if (cue.possible && STAGE[cue.status] <= STAGE.completed) return 'interest';
  return cue.status;
}

/**
 * One status for a set of cues: the furthest stage reported as fact; a denial or a cooling
 * outranks progress, since it is the later news. Null when no cue says anything (weak cues only
 * count when `weakCounts`).
 */
export function statusOf(cues: readonly Cue[], weakCounts: boolean): RumourStatus | null {
  let best: RumourStatus | null = null;
  for (const cue of cues) {
    // "will not move", "unlikely to turn his loan into a permanent deal": a move said not to happen is news.
    if (cue.weak && !weakCounts && !cue.negated) continue;
    const s = effective(cue);
    if (!best || STAGE[s] > STAGE[best]) best = s;
  }
  return best;
}
