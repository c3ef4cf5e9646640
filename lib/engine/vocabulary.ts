/**
 * Words that say a passage is about football. A one-word club name that is also a place
 * ("Liverpool", "Valencia") counts as the club only on a page that is about football.
 *
 * Strong terms hardly occur outside football; weak ones ("manager", "goal", "derby") occur in
 * politics and business too, so it takes two of them.
 */
const STRONG = `football footballer footballers soccer striker strikers midfielder midfielders defender defenders
goalkeeper goalkeepers winger wingers full-back full-backs centre-back centre-backs center-back centre-half
hat-trick equaliser equalizer free-kick offside kick-off half-time teamsheet bosman uefa fifa
premier-league champions-league europa-league la-liga laliga serie-a bundesliga ligue-1 fa-cup carabao-cup
league-cup world-cup transfer-window free-transfer loan-deal loan-spell clean-sheet starting-xi relegation
relegated playmaker`;

/**
 * The same in the languages of the corpus's foreign football pages (German, French, Spanish,
 * Italian, Portuguese), folded (accents dropped, ß as s): a page in another language is about
 * football by its own words. Words that are also common elsewhere ("partido": a party) are left out.
 */
const STRONG_ABROAD = `fusball fusballer torwart sturmer abwehrspieler mittelfeldspieler bundesliga-club
attaquant defenseur gardien milieu-de-terrain entraineur buteur
futbol futbolista delantero portero centrocampista entrenador goleador
calcio calciatore attaccante difensore portiere allenatore centravanti
futebol atacante goleiro treinador zagueiro`;

const WEAK = `goal goals scored scorer scoring match fixture fixtures derby manager boss coach head-coach captain
squad signing signings promoted promotion referee pitch bench season fans club cup league penalty penalties
header assist assists substitute keeper forward forwards transfer loan contract stadium title trophy
dressing-room line-up lineup injury injured`;

const words = (list: string) => list.trim().split(/\s+/).map((w) => w.replace(/-/g, ' '));
const STRONG_TERMS = new Set([...words(STRONG), ...words(STRONG_ABROAD)]);
const WEAK_TERMS = new Set(words(WEAK));
/** Hyphenated words are written either way ("half-time", "half time"): both are in the sets. */
for (const set of [STRONG_TERMS, WEAK_TERMS]) for (const term of [...set]) set.add(term.replace(/ /g, '-'));

/** Every football term, for other word lists. */
export const FOOTBALL_WORDS: ReadonlySet<string> = new Set([...STRONG_TERMS, ...WEAK_TERMS]);

/** How far around a place-named club its football words may stand, in characters. */
export const VOCABULARY_WINDOW = 160;

export interface Term {
  at: number;
  term: string;
  /** 2 for a strong term, 1 for a weak one. */
  weight: number;
}

/** The football terms in `folded` (folded text), one- and two-word, with where they stand. */
export function footballTerms(folded: string): Term[] {
  const terms: Term[] = [];
  const re = /[a-z0-9]+(?:-[a-z0-9]+)*/g;
  let previous: { at: number; word: string } | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const word = m[0];
    const before = previous && folded.slice(previous.at + previous.word.length, m.index) === ' ' ? previous : undefined;
    const pair = before ? `${before.word} ${word}` : undefined;
    if (before && pair && (STRONG_TERMS.has(pair) || WEAK_TERMS.has(pair))) {
      // The pair replaces the single term its first word may have produced.
      if (terms.at(-1)?.at === before.at) terms.pop();
      terms.push({ at: before.at, term: pair, weight: STRONG_TERMS.has(pair) ? 2 : 1 });
    } else if (STRONG_TERMS.has(word) || WEAK_TERMS.has(word)) {
      terms.push({ at: m.index, term: word, weight: STRONG_TERMS.has(word) ? 2 : 1 });
    }
    previous = { at: m.index, word };
  }
  return terms;
}

/** Distinct terms, strong ones counting twice. */
export function footballScore(terms: Iterable<Term>): number {
  const seen = new Map<string, number>();
  for (const t of terms) seen.set(t.term, t.weight);
  let score = 0;
  for (const w of seen.values()) score += w;
  return score;
}
