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
