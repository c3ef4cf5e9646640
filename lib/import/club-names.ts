/**
 * Readable club names from the legal names in transfermarkt-style data ("Football Club
 * Internazionale Milano S.p.A." → "Inter"): a table of the well-known clubs' common names in
 * the English press, then a general rule that drops legal and generic words.
 */
import { foldForm } from '../engine/fold';
import { LEGAL_FORMS } from '../dataset/names';

interface KnownClub {
  /** Folded words that identify the legal name (all must appear). */
  match: string[];
  shortName: string;
  aliases?: string[];
}

// Common names and nicknames as the English press writes them: facts about usage, not anyone's text.
const KNOWN: KnownClub[] = [
  { match: ['arsenal'], shortName: 'Arsenal', aliases: ['the Gunners'] },
  { match: ['aston', 'villa'], shortName: 'Aston Villa', aliases: ['Villa'] },
  { match: ['bournemouth'], shortName: 'Bournemouth', aliases: ['the Cherries'] },
  { match: ['brentford'], shortName: 'Brentford', aliases: ['the Bees'] },
  { match: ['brighton'], shortName: 'Brighton', aliases: ['the Seagulls'] },
  { match: ['burnley'], shortName: 'Burnley', aliases: ['the Clarets'] },
  { match: ['chelsea'], shortName: 'Chelsea', aliases: ['the Blues'] },
  { match: ['crystal', 'palace'], shortName: 'Crystal Palace', aliases: ['Palace', 'the Eagles'] },
  { match: ['everton'], shortName: 'Everton', aliases: ['the Toffees'] },
  { match: ['fulham'], shortName: 'Fulham', aliases: ['the Cottagers'] },
  { match: ['ipswich'], shortName: 'Ipswich', aliases: ['Ipswich Town'] },
  { match: ['leeds'], shortName: 'Leeds', aliases: ['Leeds United'] },
  { match: ['leicester'], shortName: 'Leicester', aliases: ['Leicester City', 'the Foxes'] },
  { match: ['liverpool'], shortName: 'Liverpool', aliases: ['LFC', 'the Reds'] },
  { match: ['manchester', 'city'], shortName: 'Man City', aliases: ['Manchester City', 'City'] },
  { match: ['manchester', 'united'], shortName: 'Man Utd', aliases: ['Manchester United', 'Man United', 'United', 'the Red Devils'] },
  { match: ['newcastle'], shortName: 'Newcastle', aliases: ['Newcastle United', 'the Magpies'] },
  { match: ['nottingham', 'forest'], shortName: "Nott'm Forest", aliases: ['Nottingham Forest', 'Forest'] },
  { match: ['southampton'], shortName: 'Southampton', aliases: ['Saints'] },
  { match: ['sunderland'], shortName: 'Sunderland', aliases: ['the Black Cats'] },
  { match: ['tottenham'], shortName: 'Tottenham', aliases: ['Tottenham Hotspur', 'Spurs'] },
  { match: ['west', 'ham'], shortName: 'West Ham', aliases: ['West Ham United', 'the Hammers'] },
  { match: ['wolverhampton'], shortName: 'Wolves', aliases: ['Wolverhampton'] },
  { match: ['real', 'madrid'], shortName: 'Real Madrid', aliases: ['Madrid', 'Real', 'Los Blancos'] },
  { match: ['futbol', 'barcelona'], shortName: 'Barcelona', aliases: ['Barça', 'Barca'] },
  { match: ['atletico', 'madrid'], shortName: 'Atlético Madrid', aliases: ['Atletico', 'Atlético', 'Atleti'] },
  { match: ['espanyol'], shortName: 'Espanyol' },
  { match: ['sevilla'], shortName: 'Sevilla' },
  { match: ['real', 'betis'], shortName: 'Real Betis', aliases: ['Betis'] },
  { match: ['real', 'sociedad'], shortName: 'Real Sociedad' },
  { match: ['athletic', 'club'], shortName: 'Athletic Club', aliases: ['Athletic Bilbao'] },
  { match: ['villarreal'], shortName: 'Villarreal' },
  { match: ['valencia'], shortName: 'Valencia' },
  { match: ['bayern'], shortName: 'Bayern Munich', aliases: ['Bayern'] },
  { match: ['borussia', 'dortmund'], shortName: 'Borussia Dortmund', aliases: ['Dortmund', 'BVB'] },
  { match: ['leverkusen'], shortName: 'Bayer Leverkusen', aliases: ['Leverkusen'] },
  { match: ['leipzig'], shortName: 'RB Leipzig', aliases: ['Leipzig'] },
  { match: ['monchengladbach'], shortName: 'Borussia Mönchengladbach', aliases: ['Gladbach'] },
  { match: ['eintracht', 'frankfurt'], shortName: 'Eintracht Frankfurt', aliases: ['Frankfurt'] },
  { match: ['stuttgart'], shortName: 'Stuttgart' },
  { match: ['wolfsburg'], shortName: 'Wolfsburg' },
  { match: ['internazionale'], shortName: 'Inter', aliases: ['Inter Milan', 'Internazionale'] },
  { match: ['milan', 'associazione'], shortName: 'AC Milan', aliases: ['Milan'] },
  { match: ['juventus'], shortName: 'Juventus', aliases: ['Juve'] },
  { match: ['napoli'], shortName: 'Napoli' },
  { match: ['roma'], shortName: 'Roma', aliases: ['AS Roma'] },
  { match: ['lazio'], shortName: 'Lazio' },
  { match: ['atalanta'], shortName: 'Atalanta' },
  { match: ['fiorentina'], shortName: 'Fiorentina' },
  { match: ['paris', 'saint', 'germain'], shortName: 'Paris Saint-Germain', aliases: ['PSG', 'Paris St-Germain'] },
  { match: ['olympique', 'marseille'], shortName: 'Marseille', aliases: ['OM'] },
  { match: ['olympique', 'lyonnais'], shortName: 'Lyon', aliases: ['OL'] },
  { match: ['monaco'], shortName: 'Monaco' },
  { match: ['lille'], shortName: 'Lille' },
  { match: ['rennais'], shortName: 'Rennes' },
  { match: ['ajax'], shortName: 'Ajax' },
  { match: ['psv'], shortName: 'PSV', aliases: ['PSV Eindhoven'] },
  { match: ['feyenoord'], shortName: 'Feyenoord' },
  { match: ['benfica'], shortName: 'Benfica' },
  { match: ['porto'], shortName: 'Porto' },
  { match: ['sporting', 'clube', 'portugal'], shortName: 'Sporting', aliases: ['Sporting Lisbon', 'Sporting CP'] },
  { match: ['celtic'], shortName: 'Celtic' },
  { match: ['rangers', 'glasgow'], shortName: 'Rangers' },
  { match: ['galatasaray'], shortName: 'Galatasaray' },
  { match: ['fenerbahce'], shortName: 'Fenerbahçe', aliases: ['Fenerbahce'] },
];

/** Generic words besides the legal forms: club-type and sport words no one calls a club by. */
const GENERIC = new Set([
  'sc', 'as', 'us', 'ss', 'sv', 'vfb', 'vfl', 'tsg', 'fk', 'sk', 'nk', 'bk', 'if', 'ik', 'futebol', 'fussball',
  'associazione', 'sportiva', 'societa', 'sportive', 'association', 'athletic', 'sport', 'sports', 'sporting',
  'co', 'de', 'del', 'of', 'the', 'and', 'cf.', 'anonima', 'sociedad', 'deportiva', 'desportiva', 'clube', 'real',
  'olympique', 'stade', 'racing', 'union', 'unione', 'fsv', 'gymnaste', 'gymnastik', 'forening', 'idraetsforening',
  'kulubu', 'fussballclub', 'cricket', 's.', 'a.', 'd.', 'spor', 'calcio.', 'koninklijke', 'royal', 'royale', 'kv',
  'krc', 'a.s.',
]);
const dropped = (word: string) => LEGAL_FORMS.has(word) || GENERIC.has(word);

export interface ClubNames {
  shortName: string;
  aliases: string[];
}

export function clubNames(legalName: string): ClubNames {
  const words = new Set(foldForm(legalName).split(/[\s,.-]+/));
  const known = KNOWN.find((k) => k.match.every((w) => words.has(w)));
  if (known) return { shortName: known.shortName, aliases: known.aliases ?? [] };
  const kept = legalName
    .split(/[\s,]+/)
    .map((w) => w.replace(/^\d+\.(?=\p{L})/u, '')) // "1.FC" → "FC"
    .filter((w) => w && !dropped(foldForm(w)) && !/^\d+\.?$/.test(w));
  return { shortName: kept.length ? kept.join(' ') : legalName, aliases: [] };
}
