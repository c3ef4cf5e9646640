/**
 * Capitalised words that stand before a surname without being a first name: nationalities
 * ("Frenchman Konaté"), roles ("Defender Konaté") and football words. A different first name
 * before a surname means another person ("Marcos Alonso" is not Xabi Alonso); these do not.
 */
import { FOOTBALL_WORDS } from './vocabulary';

const DEMONYMS = `
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
`.trim().split(/\s+/);

const ROLES = `
defender midfielder striker forward winger goalkeeper keeper captain skipper boss coach manager
chairman president director owner agent teenager youngster veteran academy graduate substitute sub
left-back right-back full-back centre-back centre-half wing-back playmaker number star ace new former ex
mr mrs ms dr sir lord dame
`.trim().split(/\s+/);

export const NOT_FIRST_NAMES: ReadonlySet<string> = new Set([...DEMONYMS, ...ROLES, ...FOOTBALL_WORDS]);
