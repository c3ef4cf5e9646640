/**
 * The engine's word lists: the words around a name that tell the rules what it is.
 */
import { FOOTBALL_WORDS } from './vocabulary';

const list = (words: string) => words.trim().split(/\s+/);

const DEMONYMS = list(`
afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian
azerbaijani bahraini belarusian belgian beninese bolivian bosnian brazilian british bulgarian burkinabe
cameroonian canadian cape-verdean chilean chinese colombian congolese costa-rican croat croatian cuban cypriot
czech dane danish dutch dutchman ecuadorian egyptian englishman emirati english equatorial-guinean estonian
ethiopian faroese fijian finn finnish french frenchman gabonese gambian georgian german ghanaian greek
guinean haitian honduran hungarian icelandic indian indonesian iranian iraqi irish irishman israeli italian
ivorian jamaican japanese jordanian kazakh kenyan korean kosovan kosovar kuwaiti latvian lebanese liberian
libyan lithuanian luxembourger macedonian malian maltese mexican moldovan montenegrin moroccan mozambican
namibian nigerian nigerien norwegian panamanian paraguayan peruvian polish portuguese qatari romanian
russian salvadoran saudi scot scots scottish scotsman senegalese serbian slovak slovakian slovenian
somali spaniard spanish sudanese swede swedish swiss syrian tanzanian thai togolese tunisian turk turkish
ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh welshman zambian zimbabwean
`);

/** A player's position, as the word before his name ("striker Haaland"): no manager is called that. */
export const POSITION_WORDS: ReadonlySet<string> = new Set(list(`
striker midfielder defender goalkeeper winger forward keeper full-back centre-back
`));

/** Jobs off the pitch ("boss Slot", "chairman Perez"): no player is called that. */
export const STAFF_ROLE_WORDS: ReadonlySet<string> = new Set(list(`
boss manager coach chairman president director owner
`));

/** Titles and officials that are neither player nor club staff ("Sir Alex", "referee Taylor"). */
const TITLES = list('mr mrs ms dr sir lord dame');

const OTHER_ROLES = list(`
captain skipper agent teenager youngster veteran academy graduate substitute sub
left-back right-back centre-half wing-back playmaker number star ace new former ex
`);

/**
 * Capitalised words that stand before a surname without being a first name: nationalities
 * ("Frenchman Konaté"), roles ("Defender Konaté") and football words. A different first name
 * before a surname means another person ("Marcos Alonso" is not Xabi Alonso); these do not.
 */
export const NOT_FIRST_NAMES: ReadonlySet<string> = new Set([
  ...DEMONYMS, ...POSITION_WORDS, ...STAFF_ROLE_WORDS, ...TITLES, ...OTHER_ROLES, ...FOOTBALL_WORDS,
]);

/** The word before a player's name that makes him someone else: a job off the pitch, a title, an official. */
export const NOT_A_PLAYER_BEFORE: ReadonlySet<string> = new Set([...STAFF_ROLE_WORDS, 'sir', 'lord', 'referee', 'gaffer']);

/** The word before a staff member's name that makes him someone else: a position on the pitch. */
export const NOT_STAFF_BEFORE: ReadonlySet<string> = POSITION_WORDS;

/** The word after a one-word club that makes it a country's team ("France international"). */
export const NATIONAL_TEAM_WORDS: ReadonlySet<string> = new Set(list(`
international internationals national u21 u21s u23 under-21 under-21s u-21 under-23
`));

/** Characters after which a word starts a sentence (or a headline, a list item, a quotation). */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '‘', '(', '[', '|', '•', '·', '–', '—']);

/** Institutions and titles named after a place: "University of Liverpool", "Bank of Spain", "Duke of Westminster". */
const PLACE_INSTITUTIONS = list(`
University College School Institute Bank Port City Town Mayor Bishop Archbishop Diocese Duke Duchess Earl
Lord Lady Prince Princess King Queen Museum Council Republic Kingdom Isle Bay Gulf Battle Siege Treaty
Borough County Province Archdiocese Cathedral Chamber Court
`);

/** The text right before a name ends with "<Institution> of (the) ". */
export const OF_A_PLACE = new RegExp(`\\b(?:${PLACE_INSTITUTIONS.join('|')})\\s+of\\s+(?:the\\s+)?$`);

/** Position words and the family each names, for descriptors that must agree with the record. */
export type PositionFamily = 'goalkeeper' | 'defender' | 'midfielder' | 'attacker';
export const POSITION_FAMILY: ReadonlyMap<string, PositionFamily> = new Map([
  ...list('goalkeeper goalkeepers keeper goalie shot-stopper').map((w) => [w, 'goalkeeper'] as const),
  ...list('defender centre-back center-back centre-half full-back left-back right-back wing-back sweeper').map((w) => [w, 'defender'] as const),
  ...list('midfielder playmaker').map((w) => [w, 'midfielder'] as const),
  ...list('striker forward winger attacker centre-forward').map((w) => [w, 'attacker'] as const),
]);

/** Words that may stand among a name's descriptors without describing him ("the highly rated young Uruguayan forward"). */
export const DESCRIPTOR_FILLERS: ReadonlySet<string> = new Set(list(`
the a an and young teenage veteran experienced former ex highly-rated highly rated talented new international
attacking defensive central left right wide out-of-favour out-of-contract prolific
`));

/** The demonyms of NOT_FIRST_NAMES, for descriptors. */
export const DEMONYM_WORDS: ReadonlySet<string> = new Set(DEMONYMS);

/**
 * Demonyms whose country does not start the same way (the rest: a shared first four letters,
 * Brazilian ~ Brazil, agree.ts), and the countries known by two names.
 */
export const DEMONYM_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>([
  ['dutch', ['netherlands', 'holland']], ['dutchman', ['netherlands', 'holland']],
  ['english', ['england']], ['englishman', ['england']],
  ['welsh', ['wales']], ['welshman', ['wales']],
  ['scot', ['scotland']], ['scots', ['scotland']], ['scottish', ['scotland']], ['scotsman', ['scotland']],
  ['irish', ['ireland', 'northern ireland']], ['irishman', ['ireland', 'northern ireland']],
  ['british', ['england', 'scotland', 'wales', 'northern ireland']],
  ['french', ['france']], ['frenchman', ['france']], ['swiss', ['switzerland']],
  ['spanish', ['spain']], ['spaniard', ['spain']], ['danish', ['denmark']], ['dane', ['denmark']],
  ['swedish', ['sweden']], ['swede', ['sweden']], ['finnish', ['finland']], ['finn', ['finland']],
  ['turkish', ['turkey', 'turkiye']], ['turk', ['turkey', 'turkiye']], ['ivorian', ["cote d'ivoire", 'ivory coast']],
  ['greek', ['greece']], ['polish', ['poland']], ['czech', ['czech republic', 'czechia']], ['croat', ['croatia']],
  ['american', ['united states', 'usa']], ['emirati', ['united arab emirates']], ['saudi', ['saudi arabia']],
  ['kosovar', ['kosovo']], ['kosovan', ['kosovo']], ['cape-verdean', ['cape verde', 'cabo verde']],
  ['equatorial-guinean', ['equatorial guinea']], ['costa-rican', ['costa rica']], ['korean', ['korea, south', 'south korea', 'korea republic']],
  ['congolese', ['congo', 'dr congo', 'democratic republic of the congo']], ['burkinabe', ['burkina faso']],
  ['salvadoran', ['el salvador']], ['luxembourger', ['luxembourg']], ['nigerien', ['niger']], ['argentine', ['argentina']],
  ['bosnian', ['bosnia-herzegovina', 'bosnia and herzegovina']], ['macedonian', ['north macedonia', 'macedonia']],
  ['turkey', ['turkey', 'turkiye']], ['turkiye', ['turkiye', 'turkey']], ['holland', ['holland', 'netherlands']], ['netherlands', ['netherlands', 'holland']],
]);

/** Countries, for "spells in France, Spain and Portugal": a country is no surname-only mention. */
export const COUNTRIES: ReadonlySet<string> = new Set(list(`
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahrain belarus
belgium benin bolivia bosnia brazil bulgaria cameroon canada chile china colombia congo croatia cuba cyprus
czechia denmark ecuador egypt england estonia ethiopia finland france gabon gambia georgia germany ghana
greece guinea haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
jordan kazakhstan kenya korea kosovo kuwait latvia lebanon liberia libya lithuania luxembourg mali malta
mexico moldova montenegro morocco mozambique namibia netherlands holland nigeria niger norway panama paraguay
peru poland portugal qatar romania russia scotland senegal serbia slovakia slovenia somalia spain sudan
sweden switzerland syria tanzania thailand togo tunisia turkey turkiye uganda ukraine uruguay uzbekistan
venezuela vietnam wales zambia zimbabwe europe africa asia america
`));

/** A word after a name that makes it a ground or a street ("Villa Park", "Trafford Road"). */
export const GROUND_WORDS: ReadonlySet<string> = new Set(list(`
park road lane stadium arena ground street bridge field fields meadow way avenue square stadion estadio
`));

/** "Wigan v Bolton": the words around a fixture. */
export const FIXTURE_WORDS: ReadonlySet<string> = new Set(list('v vs versus'));

/** The last word of a club name that a page uses alone for it ("Manchester United" → "United"). */
export const CLUB_SUFFIXES: ReadonlySet<string> = new Set(list(`
United City Town Rovers Athletic Wanderers County Albion Hotspur Utd
`));

export const CLUB_SUFFIX_WORDS: ReadonlySet<string> = new Set([...CLUB_SUFFIXES].map((w) => w.toLowerCase()));

/** After a man's name, words that make him a manager ("Name, president of", "praised his players"). */
export const STAFF_AFTER = /^(?:,\s+(?:the\s+|a\s+|who\s+is\s+|now\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}(?:manager|boss|coach|head coach|chairman|president|owner|director|sporting director|chief)\b|(?:[^.!?]{0,60}?)\b(?:his|their) (?:players|squad|charges)\b)/u;
