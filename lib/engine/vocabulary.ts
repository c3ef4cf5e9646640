/**
 * Words that say a passage is about football. A one-word club name that is also a place
 * ("Liverpool", "Valencia") counts as the club only on a page that is about football.
 * Deliberately specific: "club", "season", "manager", "transfer" or "contract" alone occur in
 * politics and business just as often.
 */
export const FOOTBALL_WORDS = new Set([
  'football', 'footballer', 'footballers', 'soccer', 'striker', 'strikers', 'midfielder', 'midfielders',
  'defender', 'defenders', 'goalkeeper', 'goalkeepers', 'keeper', 'winger', 'wingers', 'full-back', 'centre-back',
  'center-back', 'centre-half', 'forward', 'forwards', 'playmaker',
  'goal', 'goals', 'scored', 'scorer', 'scoring', 'equaliser', 'equalizer', 'hat-trick', 'penalty', 'penalties',
  'free-kick', 'corner', 'offside', 'header', 'assist', 'assists', 'clean sheet',
  'kick-off', 'half-time', 'full-time', 'stoppage', 'injury-time', 'extra-time', 'referee', 'var', 'pitch',
  'fixture', 'fixtures', 'derby', 'relegation', 'relegated', 'promoted', 'promotion',
  'premier league', 'champions league', 'europa league', 'la liga', 'laliga', 'serie a', 'bundesliga', 'ligue 1',
  'fa cup', 'league cup', 'carabao cup', 'world cup', 'euros', 'uefa', 'fifa',
  'transfer window', 'free transfer', 'free agent', 'loan deal', 'loan spell', 'signing', 'signings', 'bosman',
  'squad', 'teamsheet', 'line-up', 'lineup', 'starting xi', 'substitute', 'bench', 'dressing room',
  'boss', 'head coach', 'manager', 'gaffer', 'captain',
]);

/** How far around a place-named club its football words may stand, in characters. */
export const VOCABULARY_WINDOW = 160;

/**
 * Counts the distinct football words in `text` (already folded), and where they stand.
 * Multi-word entries are matched as phrases.
 */
export function footballWordPositions(folded: string): number[] {
  const positions: number[] = [];
  const re = /[a-z0-9]+(?:[- ][a-z0-9]+)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const pair = m[0];
    const first = pair.split(/[ ]/)[0];
    if (FOOTBALL_WORDS.has(pair)) positions.push(m.index);
    else if (FOOTBALL_WORDS.has(first)) positions.push(m.index);
    // Let the second word of a non-matching pair start the next pair.
    if (pair.includes(' ')) re.lastIndex = m.index + first.length;
  }
  return positions;
}
