/**
 * Detection round 2 (issue 15): each rule with sentences written for these tests, a case it
 * must find and a case it must leave alone. "today" is pinned; a page's date is given where the
 * rule reads it.
 */
import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { findMentions, PageMatcher, type PageOptions } from '../../lib/engine/page-matcher';
import { round2Dataset } from '../fixtures/engine-dataset-round2';

const index = compileWithWordLists(round2Dataset());
const TODAY = '2026-12-01';
const found = (text: string, options: PageOptions = {}) =>
  findMentions(index, text, { today: TODAY, ...options }).map((m) => `${m.text}=${m.entityId}`);

type Case = [rule: string, text: string, expected: string[], options?: PageOptions];

const shortClubForms: Case[] = [
  ['a short form after the club named in full', 'Manchester United beat Fulham on Sunday. United were sharper after the break.',
    ['Manchester United=man-utd', 'United=man-utd']],
  ['the short form of the club named last before it', 'Manchester United lost at home. Newcastle United won away, and United climbed to fourth.',
    ['Manchester United=man-utd', 'Newcastle United=newcastle', 'United=newcastle']],
  ['a suffix shared by two clubs goes to the one named before it, not after', 'Newcastle United won the early game, and United now face Manchester United.',
    ['Newcastle United=newcastle', 'United=newcastle', 'Manchester United=man-utd']],
  ['no club named in full: nothing', 'United were sharper after the break, the manager said of the derby.', []],
  ['a short form opening a sentence', 'Tottenham Hotspur want a striker. Spurs are ready to pay £50m for one.',
    ['Tottenham Hotspur=tottenham', 'Spurs=tottenham']],
  ['Madrid opening a sentence after Real Madrid', 'Real Madrid have asked about the defender. Madrid need cover at the back.',
    ['Real Madrid=real-madrid', 'Madrid=real-madrid']],
  ['a sentence-start phrase is not the club', 'Manchester City won again. City of London police closed the road.', ['Manchester City=man-city']],
  ['a nickname without its article, opening a sentence', 'Liverpool were held at home. Reds boss Arne Slot blamed the pitch after the match.',
    ['Liverpool=liverpool', 'Reds=liverpool']],
  ['a nickname without its article needs its club on the page', 'Reds boss Arne Slot blamed the pitch after the match.', []],
  ['the name without its legal form', 'Wolverhampton Wanderers signed a defender on loan for the rest of the season.',
    ['Wolverhampton Wanderers=wolves']],
];

const longerNames: Case[] = [
  ['a capitalised place before United makes another club', 'Sheffield United beat Oxford United, while Manchester United rested players.',
    ['Manchester United=man-utd']],
  ['after another club of that suffix, the short form is not the dataset club',
    'Manchester United lost on Saturday. Sheffield United won at home, and United are now third in the league.', ['Manchester United=man-utd']],
  ['a club suffix after a one-word club makes a longer name', 'Porto drew with Exeter City and Dundee Utd in friendlies before the league season.',
    ['Porto=porto']],
];

const descriptors: Case[] = [
  ['a contradicting nationality and age reject a full name', "Valencia's Uruguayan forward Mateo Ferreyra, 31, has been offered to Porto.",
    ['Valencia=valencia', 'Porto=porto']],
  ['descriptors that agree keep it', "Porto's Colombian forward Mateo Ferreyra, 19, has been offered to Valencia.",
    ['Porto=porto', 'Mateo Ferreyra=mateo-ferreyra', 'Valencia=valencia'], { date: '2026-06-01' }],
  ['a position of another family rejects a full name', 'The Arsenal goalkeeper Declan Rice saved a penalty in the shoot-out.', ['Arsenal=arsenal']],
  ['a nationality alone does not reject a full name (national teams change)', 'Arsenal and Brazil midfielder Declan Rice is fit for the derby.',
    ['Arsenal=arsenal', 'Declan Rice=declan-rice']],
  ['a nationality alone rejects a surname', 'Arsenal want the Brazilian Saka, a forward from Santos, on loan.', ['Arsenal=arsenal']],
  ['an age that is wrong on the page’s date', 'Manchester United midfielder Kobbie Mainoo, 30, is out of contract.', ['Manchester United=man-utd'], { date: '2025-05-01' }],
  ['without the page’s date, older than he is today', 'Manchester United midfielder Kobbie Mainoo, 35, is out of contract.', ['Manchester United=man-utd']],
  ['without the page’s date, a younger age may be an old page', 'Manchester United midfielder Kobbie Mainoo, 17, signed his first deal.',
    ['Manchester United=man-utd', 'Kobbie Mainoo=kobbie-mainoo']],
];

const eras: Case[] = [
  ['a page from before he could play', 'Manchester United beat Arsenal, and Kobbie Mainoo scored the winner.',
    ['Manchester United=man-utd', 'Arsenal=arsenal'], { date: '2005-03-01' }],
  ['the same page today', 'Manchester United beat Arsenal, and Kobbie Mainoo scored the winner.',
    ['Manchester United=man-utd', 'Arsenal=arsenal', 'Kobbie Mainoo=kobbie-mainoo'], { date: '2025-03-01' }],
  ['a year in the sentence from before he was born', 'West Ham remember that Alex Ferguson coached Scotland at the 1986 World Cup.', ['West Ham=west-ham']],
  ['a manager praising his players is not a young player of that name', "Manchester United's Alex Ferguson praised his players after the win. Ferguson smiled.",
    ['Manchester United=man-utd']],
  ['"Name, president of" is not a player', 'West Ham confirmed it: Alex Ferguson, president of the supporters club, spoke first.', ['West Ham=west-ham']],
];

const sheets: Case[] = [
  ['a team sheet: its club decides', 'Manchester United: Onana, Casemiro, Mainoo, Keane, Fernandes.',
    ['Manchester United=man-utd', 'Casemiro=casemiro', 'Mainoo=kobbie-mainoo']],
  ['substitutes belong to the sheet before them', 'Arsenal: Raya, Saliba, Rice, Ødegaard. Subs: Saka, Keane, Mainoo.',
    ['Arsenal=arsenal', 'Raya=david-raya', 'Saliba=william-saliba', 'Rice=declan-rice', 'Ødegaard=martin-odegaard', 'Saka=bukayo-saka']],
  ['a sheet with no side named needs full names', 'Arsenal won 2-0 at home in the league, their striker scoring twice.\nRaya, Saliba, Rice, Saka, Keane.', ['Arsenal=arsenal']],
  ['a bracketed club decides', 'The Premier League team of the week: Saliba (Arsenal), Keane (Sunderland) and Casemiro (Manchester United).',
    ['Saliba=william-saliba', 'Arsenal=arsenal', 'Casemiro=casemiro', 'Manchester United=man-utd']],
];

const names: Case[] = [
  ['an initial without a full stop, as in team sheets', 'Lyon midfielder M Dembélé scored, and PSG winger O Dembélé did too.',
    ['PSG=psg', 'Dembélé=ousmane-dembele']],
  ['an initial must agree with the first name', 'PSG winger O. Dembélé scored twice, and M. Dembélé of Lorient missed a penalty.',
    ['PSG=psg', 'Dembélé=ousmane-dembele']],
  ['accents and capitals in a headline', 'DEMBÉLÉ AU SOMMET. Ousmane Dembélé a marqué deux buts pour le PSG en Ligue 1.',
    ['DEMBÉLÉ=ousmane-dembele', 'Ousmane Dembélé=ousmane-dembele', 'PSG=psg']],
  ['a known-as name', 'Liverpool goalkeeper Alisson made two fine saves in the second half.', ['Liverpool=liverpool', 'Alisson=alisson']],
  ['possessives in a headline in capitals', "SAKA'S SEASON IS OVER as Arsenal confirm surgery for winger Bukayo Saka.",
    ['SAKA=bukayo-saka', 'Arsenal=arsenal', 'Bukayo Saka=bukayo-saka']],
  ['a namesake named in full keeps the bare surname from another man', 'Sergio Ramos praised the full-back Hakimi after the match, and Ramos said PSG deserved it.',
    ['Hakimi=achraf-hakimi', 'PSG=psg']],
  ['a dataset namesake named in full takes the bare surname', 'Valencia striker Chris Ramos scored twice against PSG, and Ramos now has ten goals.',
    ['Valencia=valencia', 'Chris Ramos=chris-ramos', 'PSG=psg', 'Ramos=chris-ramos']],
  ['his own first names before the surname', 'Arsenal face Bayern in the Champions League, and Harry Edward Kane is expected to start for the visitors.',
    ['Arsenal=arsenal', 'Bayern=bayern', 'Kane=harry-kane']],
  ['a staff surname after his full name', 'Tottenham head coach Ange Postecoglou was angry. Postecoglou blamed the referee for the defeat.',
    ['Tottenham=tottenham', 'Ange Postecoglou=ange-postecoglou', 'Postecoglou=ange-postecoglou']],
];

const places: Case[] = [
  ['a fixture list names clubs, not people', 'Saturday: West Ham v Coventry, Arsenal v Porto, all at three.', ['West Ham=west-ham', 'Arsenal=arsenal', 'Porto=porto']],
  ['a score line names clubs, not people', 'Results: West Ham 2-1 Coventry, Arsenal 0-0 Porto in the league.', ['West Ham=west-ham', 'Arsenal=arsenal', 'Porto=porto']],
  ['a ground is not a person', 'Fans streamed to Old Trafford, where Manchester City won the derby.', ['Manchester City=man-city']],
  ['a ground across a line break', 'They travel to Old\nTrafford next, and Manchester City are in form.', ['Manchester City=man-city']],
  ['a ground word after the name', 'Manchester City trained at Trafford Park before the cup tie.', ['Manchester City=man-city']],
  ['a country is never a surname alone', 'The Porto goalkeeper has played in Spain, France and Portugal.', ['Porto=porto']],
  ['a country surname written in full is him', 'Porto goalkeeper Samuel Portugal kept a clean sheet.', ['Porto=porto', 'Samuel Portugal=samuel-portugal']],
];

describe('round 2 rules', () => {
  describe.each([
    ['short club forms resolved by the page', shortClubForms],
    ['club forms inside longer names', longerNames],
    ['descriptors that must agree', descriptors],
    ['eras and roles', eras],
    ['team sheets and brackets', sheets],
    ['initials, known-as names, possessives, namesakes', names],
    ['countries, towns and grounds', places],
  ] as Array<[string, Case[]]>)('%s', (_group, cases) => {
    test.each(cases)('%s', (_rule, text, expected, options) => {
      expect(found(text, options)).toEqual(expected);
    });
  });
});

describe('German pages', () => {
  const text = 'Liverpools Torwart Alisson hielt alles, und Bayerns Harry Kane traf doppelt in der Champions League.';
  test('the genitive without an apostrophe, when the page says it is German', () => {
    expect(found(text, { lang: 'de' })).toEqual(['Liverpool=liverpool', 'Alisson=alisson', 'Bayern=bayern', 'Harry Kane=harry-kane']);
  });
  test('not on an English page', () => {
    expect(found(text, { lang: 'en' })).not.toContain('Liverpool=liverpool');
  });
});

describe('a long report read in blocks', () => {
  test('a surname paragraphs after the full name', () => {
    const page = new PageMatcher(index, { today: TODAY });
    page.add('Declan Rice returned to the Arsenal midfield after injury.');
    for (let i = 0; i < 6; i++) page.add('The match went on with few chances and little rhythm in the rain.');
    const late = page.add('Late on, Rice curled a free-kick into the top corner.');
    expect(page.mentions(late).map((m) => m.entityId)).toEqual(['declan-rice']);
  });
});
