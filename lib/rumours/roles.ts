/**
 * What a club named in a sentence is to the transfer the sentence tells: where the player may
 * go, or only context (his current club before his name, the club selling him, the club he
 * leaves, a former club, an opponent in a match). Read from the few words around the name.
 */
import type { Mention } from '../engine/page-matcher';

export type ClubRole =
  /** "Watford and England midfielder Nathaniel Chalobah": the club he plays for now. */
  | 'owner'
  /** The club selling: "from Celta Vigo", "Spurs' asking price", "Inter have rejected a bid". */
  | 'seller'
  /** The club he is at and may leave or re-sign with: "leave Liverpool", "his contract at Inter". */
  | 'own'
  /** Told as past: "former Tottenham boss", "ex-Chelsea". */
  | 'background'
  /** An opponent: "against Everton". */
  | 'match'
  /** "with Chelsea over a loan move": the other side of talks; the buyer if no other club buys. */
  | 'counterparty'
  /** Pointed at as the destination: "move to Roma", "interest from Napoli", "Arsenal target". */
  | 'destination'
  /** Named with nothing around it that says which: the destination when the sentence has a cue. */
  | 'open';

export interface ClubReading {
  mention: Mention;
  role: ClubRole;
  /** For `owner`: the player mention it describes. */
  player?: Mention;
  /** For `destination` read from "Arsenal target X" or "X's move to Arsenal": a cue in itself. */
  status?: 'interest' | 'agreed';
}

// Words that may stand between a club and its player: "Real Madrid and Spain defender", "Hibernian's 23-year-old Scottish striker".
const DESCRIPTORS = new Set(
  ('and & the his their new young experienced versatile talented highly-rated rated prolific veteran star stars captain skipper vice-captain ' +
    'international internationals youngster youngsters teenager teenage teen prodigy wonderkid talent loanee academy graduate product ' +
    'midfielder midfielders defender defenders forward forwards striker strikers winger wingers goalkeeper goalkeepers keeper keepers ' +
    'centre-back centre-backs centre-half centre-halves full-back full-backs left-back right-back wing-back left-winger right-winger ' +
    'playmaker attacker attackers attacking defensive holding central left right back centre half wide number one no ' +
    'first-choice first-team reserve backup second-choice out-of-favour unsettled outcast frozen-out injured record signing ' +
    'on-loan loaned-out out-on-loan signing signings summer january deadline-day record marquee latest arrival recruit loan year-old old under-21 under-23 u21 u23 under-20 u19 under-19 b team').split(' '),
);

const DEST_BEFORE = new RegExp(
  String.raw`\b(?:to|join|joining|joins|sign for|signing for|signs for|move to|moving to|switch to|transfer to|return to|returning to|back to|linked with|linking (?:[\w'’-]+ ){1,3}with|target for|targeted by|wanted by|watched by|monitored by|tracked by|scouted by|chased by|pursued by|courted by|eyed by|admired by|coveted by|followed by|radar of|attention of|interest of|snub|snubbed|snubbing|rejected|rejecting|turned down|turning down|choose|chosen|prefer|prefers|favours|opt for|opted for|ahead of|over|by|for)\s+` +
    String.raw`(?:the\s+)?(?:(?:[A-Z][\p{L}-]*|Premier League|Serie A|La Liga|Bundesliga|Ligue 1|Saudi Pro League|MLS|\w+)\s+(?:side|club|giants|champions|rivals|outfit|team|neighbours|leaders|holders)\s+)?$`,
  'u',
);
// "from Celta Vigo" is the selling club, unless the words before say it is interest from them.
const FROM_BEFORE = /\bfrom\s+(?:both\s+|the likes of\s+|clubs such as\s+|rivals\s+)?(?:the\s+)?(?:(?:[A-Z][\p{L}-]*|\w+)\s+(?:side|club|giants|champions|rivals|outfit|team)\s+)?$/u;
const OWN_BEFORE = /\b(?:(?:situation|position|role|minutes|game time|playing time|place|spot|chances|stay|progress|form|life|happy) at|leave|leaves|leaving|left|quit|quits|quitting|exit|exits|exiting|depart|departs|departing|departure from|exit from|future at|future with|contract (?:at|with)|deal (?:at|with)|terms (?:at|with)|stay (?:at|with)|stays (?:at|with)|staying (?:at|with)|remain (?:at|with)|remaining (?:at|with)|happy (?:at|with)|career at|time at|spell at|stint at|on loan (?:at|with|from)|loan (?:at|from)|settled at|released by|released from|frozen out at|out of favour at|fallen out of favour at|captain of|playing for|plays for|player at|players at|team-mates? at|teammates? at|stay|commit(?:ted)? (?:his|their) future to|extend(?:ed)? (?:his|their) stay (?:at|with))\s+(?:the\s+)?$/;
// "interest in the 22-year-old from Juventus", "an offer from Newcastle": the club the interest comes from.
const INTEREST_FROM = /\b(?:interest|interested|bid|bids|offer|offers|approach|approaches|enquiry|enquiries|inquiry|attention|advances|competition|proposal|contact|suitors)\s+(?:(?!sign|signing|bring|buy|buying|land|recruit|take|taking|move|loan)[^\s.;,]+\s+){0,6}from\s+(?:both\s+|the likes of\s+|clubs such as\s+|rivals\s+)?(?:the\s+)?(?:(?:[A-Z][\p{L}-]*|\w+)\s+(?:side|club|giants|champions|rivals|outfit|team)\s+)?$/u;
// "demanding at least £102.5m from Chelsea": the club asked to pay.
const MONEY_FROM = /\b(?:demand\w*|want\w*|asking|ask|request\w*|receive\w*|fee)\s+(?:[^\s.;,]+\s+){0,3}?[£€$]\S*\s+(?:[^\s.;,]+\s+){0,2}?from\s+(?:the\s+)?$/;
const SELLER_BEFORE = /\b(?:rejected|turned down|knocked back|rebuffed|dismissed|blocked|refused)\s+by\s+(?:the\s+)?$/;
const BACKGROUND_BEFORE = /(?:\b(?:managed|coached|(?:manager(?:ial)?|managing|coaching|head coach|boss|top|dugout) (?:jobs?|roles?|posts?|positions?|vacancy|vacancies) (?:at|with)|former|formerly of|once of|previously (?:at|with|of)|spells? (?:at|with)|spent [^,.;]{0,25} (?:at|with)|came through (?:the ranks )?at|graduate of|boyhood club|since (?:joining|arriving at|moving to|signing for|leaving)|after (?:joining|leaving|arriving at|moving to|signing for)|who (?:joined|left|signed for|moved to) (?:from )?|who arrived from|who came from|arrived from)\s+(?:club\s+)?(?:the\s+)?|\bex-)$/;
const RETURN_BEFORE = /\b(?:return|returning|back|move|go|going|rejoin|rejoining)\s+to\s+(?:his\s+)?(?:former|old)\s+(?:club\s+)?$/;
const MATCH_BEFORE = /\b(?:against|beat|beating|beaten by|vs?\.?|versus|drew with|draw with|draw against|drawing with|defeat to|defeat by|defeated|defeating|lost to|losing to|lose to|win over|win against|won against|victory over|victory against|loss to|loss at|clash with|face|faces|facing|faced|host|hosts|hosting|hosted|visit|visits|visiting|visited|at home to|away at|away to|scored against|thrashed|thrashing|edged|overcame|knocked out|eliminated|play|plays|playing|played|meet|meets|met)\s+(?:the\s+)?$/;
const TALKS_WITH_BEFORE = /\b(?:talks|negotiations|discussions|contact|dialogue|agreement|deal|terms|fee|talking|negotiating|agreed|agree|agreeing|negotiate|enquiry|enquiries|inquiry|approach|meeting|meet|met|meetings)\s+(?:again\s+)?with\s+(?:the\s+)?(?:[A-Z][\p{L}-]*(?:\s+[A-Z0-9][\p{L}-]*)?\s+(?:side|club|giants|champions|outfit|rivals)\s+)?$/u;
// "have approached Sporting about defender Nuno Mendes": the club asked, not the one buying.
const ASKED_BEFORE = /\b(?:approached|contacted|asked|called|sounded out|spoken to|spoke to|talking to|met|meet|meeting)\s+(?:the\s+)?$/;
const ASKED_AFTER = /^\s+(?:about|over|regarding|concerning|to discuss|for)\b/;
const SELLER_AFTER = /^(?:['’]s?\s+(?:[^\s.;,]+\s+){0,2}?(?:asking price|release clause|valuation|price tag|demands|demand|stance|insistence|refusal|decision to sell|willingness to sell|price)|\s+(?:\w+\s+){0,4}?(?:sell|selling|sale|offload|offloading|cash in|let \w+(?: \w+)? (?:leave|go|depart)|keep(?:ing)?(?!\s+(?:track|tabs|an eye|a close eye|watch|tracking))\b|(?:asking price|price tag|valuation|release clause)|accept(?:ed)? (?:a |an |offers|bids)|demand|demanding|value|valued|valuing|hold out|holding out|slap(?:ped)?|list(?:ed)?|up for sale|not for sale|resist|block(?:ed)?|want (?:at least |around |in the region of |about )?[£€$]|want \w+ (?:for|in return)|would (?:want|demand|require|accept)|(?:reject(?:ed)?|turn(?:ed)? down|knock(?:ed)? back|rebuff(?:ed)?|dismiss(?:ed)?)\b[^.;]{0,40}\b(?:bid|offer|approach|proposal|advances)s?)\b)/;
const MARKER_AFTER = /^(?:-linked|-bound|\s+(?:transfer\s+)?target|\s+are\s+also\s+keen|['’]s?\s+(?:bid|bids|offer|approach|interest|move|pursuit|hopes|chances|attempt|efforts|plans|target|shortlist|radar|wishlist|list|swoop|deal|proposal|advances|summer target|top target|number one target|transfer plans|priority|opening offer))\b/;
const BOUND_AFTER = /^-bound\b/;
const POSITION_AFTER = /^(?:['’]s?)?\s+(?:(?:[A-Z][\p{L}-]*|\d+-year-old|\d+|and|&|young|new|teenage|first-choice|highly-rated|experienced|on-loan|[£€$][\w.]*-rated)\s+){0,3}?(?:midfielders?|defenders?|forwards?|strikers?|wingers?|goalkeepers?|keepers?|centre-backs?|centre-half|full-backs?|left-back|right-back|wing-backs?|playmaker|attackers?|youngsters?|teenagers?|wonderkid|prodigy|captain|skipper|loanee|academy graduate|star|stars|duo|trio|pair)\b/u;
// "a bid from Roma earlier in the summer": told as the past.
const PAST_AFTER = /^\s+(?:earlier (?:this|in the|in)\b|last (?:summer|season|year|month|window|january)\b|in (?:19|20)\d\d\b|back in\b|\d+ (?:years?|months?|seasons?) ago\b)/;
const PLACE_AFTER = /^(?:-based|\s+(?:company|companies|firm|firms|businessman|businesswoman|developer|developers|council|university|hospital|school|court|resident|residents|man|woman|couple|family|airport|city centre|area|region|office|branch|store|shop|mayor|MP)\b)/;
const LIST_GAP = /^\s*(?:,|and|or|&|, and|, or|as well as|plus|\/)\s*$/;

/** Whether the words between a club and the player after it only describe him (his club, country, age, position). */
export function describesPlayer(gap: string): boolean {
  const g = gap.replace(/^['’]s?\b/, ' ');
  if (/[;:.!?()"“”]/.test(g)) return false;
  const words = g.split(/[\s,]+/).filter(Boolean);
  if (words.length > 8) return false;
  return words.every((w) => /^[A-Z]/.test(w) || /^[£€$][\w.]*(?:-rated)?$/.test(w) || /^\d+(?:-year-old)?$/.test(w) || /^\d+-/.test(w) || DESCRIPTORS.has(w.toLowerCase()) || /^(?:[\w-]+)\/(?:[\w-]+)$/.test(w) && w.split('/').every((x) => DESCRIPTORS.has(x.toLowerCase())));
}

/** Reads each club mention of a sentence (mentions sorted, offsets into `block`). */
export function readClubs(block: string, sentenceStart: number, mentions: readonly Mention[]): ClubReading[] {
  const out: ClubReading[] = [];
  const players = mentions.filter((m) => m.kind === 'player');
  let previous: ClubReading | undefined;
  for (const mention of mentions) {
    if (mention.kind !== 'club') continue;
    const before = block.slice(Math.max(sentenceStart, mention.start - 60), mention.start);
    const after = block.slice(mention.end, Math.min(block.length, mention.end + 70));
    const reading = readOne(block, mention, before, after, players);
    // "Southampton, West Brom and Newcastle are also interested": a list shares its first club's role.
    if (previous && previous.role !== 'owner' && reading.role === 'open' && LIST_GAP.test(block.slice(previous.mention.end, mention.start))) {
      reading.role = previous.role;
      reading.status = previous.status;
    }
    out.push(reading);
    previous = reading;
  }
  return out;
}

function readOne(block: string, mention: Mention, before: string, after: string, players: readonly Mention[]): ClubReading {
  const next = players.find((p) => p.start >= mention.end);
  const gap = next ? block.slice(mention.end, next.start) : '';
  // "hoping to beat Chelsea to the signing": a rival buyer, not an opponent.
  if (/\bbeat\s+$/.test(before) && /^\s+to\s+(?:sign|the signing|the signature|land|his signature)/.test(after)) return { mention, role: 'destination' };
  if (MATCH_BEFORE.test(before)) return { mention, role: 'match' };
  // "a rival bid from a Newcastle company": the city, not the club.
  if (/\b(?:a|an)\s+$/i.test(before) || PLACE_AFTER.test(after)) return { mention, role: 'background' };
  // "who was the subject of two failed bids from Aston Villa": the past.
  if (/,\s+who\s+(?:was|were|had)\b[^,;]*$/.test(before)) return { mention, role: 'background' };
  // "his Chelsea contract": his own club.
  if (/^\s+(?:contract|deal)\b/.test(after) && /\b(?:his|their|her)\s+$/.test(before)) return { mention, role: 'own' };
  // "Fiorentina's Vlahovic": a club's own man, though not one the dataset knows.
  if (/^['’]s?\s+[A-Z][\p{L}-]+/u.test(after) && !players.some((p) => p.start >= mention.end && p.start <= mention.end + 4)) return { mention, role: 'owner' };
  if (RETURN_BEFORE.test(before)) return { mention, role: 'destination' };
  if (BACKGROUND_BEFORE.test(before) || PAST_AFTER.test(after)) return { mention, role: 'background' };
  if (MARKER_AFTER.test(after)) return { mention, role: 'destination', status: BOUND_AFTER.test(after) ? 'agreed' : 'interest' };
  if (next && gap.length < 90 && describesPlayer(gap)) return { mention, role: 'owner', player: next };
  // "two Inter Milan defenders", "Real Madrid's young striker": his club, even when the name comes later or not at all.
  if (POSITION_AFTER.test(after)) return { mention, role: 'owner' };
  if (TALKS_WITH_BEFORE.test(before) || (ASKED_BEFORE.test(before) && ASKED_AFTER.test(after))) return { mention, role: 'counterparty' };
  // "Andre Onana of Ajax": his club.
  const prev = [...players].reverse().find((p) => p.end <= mention.start);
  if (prev && /^,?\s+of\s+(?:the\s+)?$/.test(block.slice(prev.end, mention.start))) return { mention, role: 'owner', player: prev };
  if (FROM_BEFORE.test(before)) {
    const interestFrom = INTEREST_FROM.test(before) || MONEY_FROM.test(before);
    return { mention, role: interestFrom ? 'destination' : 'seller' };
  }
  if (OWN_BEFORE.test(before)) return { mention, role: 'own' };
  if (SELLER_AFTER.test(after) || SELLER_BEFORE.test(before)) return { mention, role: 'seller' };
  if (DEST_BEFORE.test(before)) return { mention, role: 'destination' };
  return { mention, role: 'open' };
}
