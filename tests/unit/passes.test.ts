/**
 * Resolving a page (lib/engine/passes.ts), through the public page matcher: who a name is taken
 * to be once the whole page is read. Football pages, clubs and their short forms, full names,
 * two men of one name, team sheets and brackets, surnames alone. Each row is a rule, with
 * sentences written for these tests; "today" is pinned.
 */
import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { findMentions, type PageOptions } from '../../lib/engine/page-matcher';
import type { Dataset } from '../../lib/dataset/types';
import { round2Dataset } from '../fixtures/engine-dataset-round2';

/**
 * The round-2 people and clubs, and a few more for rules they cannot show: a club that is a
 * man's full name (Gil Vicente, invented as a player), two men of one full name (Pablo Marin, invented),
 * surnames that are a club's name (Antonio Valencia, David Villa), and a second first name for Harry Kane.
 */
function passesDataset(): Dataset {
  const base = round2Dataset();
  return {
    ...base,
    clubs: [
      ...base.clubs,
      { id: 'gil-vicente', name: 'Gil Vicente FC', shortName: 'Gil Vicente' },
      { id: 'aston-villa', name: 'Aston Villa Football Club', shortName: 'Aston Villa', aliases: ['Villa'] },
    ],
    players: [
      ...base.players.map((p) => (p.id === 'harry-kane' ? { ...p, aliases: ['Harry Edward Kane'] } : p)),
      { id: 'gil-vicente-player', name: 'Gil Vicente', clubId: 'porto' },
      { id: 'pablo-marin-valencia', name: 'Pablo Marin', clubId: 'valencia', loan: { fromClubId: 'porto' } },
      { id: 'pablo-marin-arsenal', name: 'Pablo Marin', clubId: 'arsenal' },
      { id: 'antonio-valencia', name: 'Antonio Valencia', clubId: 'man-utd' },
      { id: 'david-villa', name: 'David Villa', clubId: 'valencia' },
    ],
  };
}

const TODAY = '2026-12-01';
// Compiled afresh in every test: the passes keep per-index caches, and a mutation run credits a
// test only with the code that runs inside it.
const found = (text: string, options: PageOptions = {}) =>
  findMentions(compileWithWordLists(passesDataset()), text, { today: TODAY, ...options }).map((m) => `${m.text}=${m.entityId}`);

type Case = [rule: string, text: string, expected: string[], options?: PageOptions];

const footballPages: Case[] = [
  ['one weak football word and no club: not a football page, so no full name', 'Declan Rice met Saka after the match.', []],
  ['two one-word clubs and a weak football word make one', 'Porto met Valencia in the match.', ['Porto=porto', 'Valencia=valencia']],
  ['a place inside a longer proper noun does not count towards it', 'The University of Liverpool met Valencia in a match.', []],
  ['a one-word club labelling a sheet of three of its players, on a page with no football words',
    'Arsenal: Raya, Saliba, Rice, Kane.', ['Arsenal=arsenal', 'Raya=david-raya', 'Saliba=william-saliba', 'Rice=declan-rice']],
  ['two of its players are not enough', 'Arsenal: Raya, Saliba, Kane, Keane.', []],
  ['a surname two men share counts when one of them is the side’s', 'PSG: Hakimi, Dembélé, Ramos, Kane.',
    ['PSG=psg', 'Hakimi=achraf-hakimi', 'Dembélé=ousmane-dembele', 'Ramos=goncalo-ramos']],
];

const clubsAndNames: Case[] = [
  ['a name that is both a club and a man’s full name is neither, on a football page',
    'Porto beat Gil Vicente in the league, and the striker scored twice.', ['Porto=porto']],
  ['where the club cannot stand, it is the man', 'Porto signed the striker Gil Vicente Júnior in the summer.',
    ['Porto=porto', 'Gil Vicente=gil-vicente-player']],
  ['his club need not be named for that', 'The striker Gil Vicente Júnior scored twice for his new side in the league.', ['Gil Vicente=gil-vicente-player']],
  ['a surname that is a club’s short name is never him alone',
    'David Villa scored for Valencia in the league, and later Villa scored again.', ['David Villa=david-villa', 'Valencia=valencia']],
  ['a surname that is a one-word club’s name is the club, not him',
    'Antonio Valencia crossed for Manchester United in the league, and Valencia scored.',
    ['Antonio Valencia=antonio-valencia', 'Manchester United=man-utd', 'Valencia=valencia']],
  ['nor him where the club cannot stand', 'Antonio Valencia crossed for Manchester United in the league, and then watched Valencia Basket.',
    ['Antonio Valencia=antonio-valencia', 'Manchester United=man-utd']],
  ['a country is never a surname alone, though he is named in full', 'Porto goalkeeper Samuel Portugal saved twice, and Portugal kept a clean sheet.',
    ['Porto=porto', 'Samuel Portugal=samuel-portugal']],
];

const twoMen: Case[] = [
  ['two men of one full name: the one a club of whose the page names, though he has others',
    'Porto midfielder Pablo Marin scored the winner in the league.', ['Porto=porto', 'Pablo Marin=pablo-marin-valencia']],
  ['neither when no club of theirs is named', 'The midfielder Pablo Marin scored the winner in the league.', []],
];

const sheetsAndBrackets: Case[] = [
  ['a bracket naming a club the dataset does not know rules out a surname alone',
    'West Ham won in the league. Keane (Sunderland) scored late.', ['West Ham=west-ham']],
  ['but says too little about a full name', 'West Ham won in the league. Michael Keane (Sunderland) scored late.',
    ['West Ham=west-ham', 'Michael Keane=michael-keane']],
  ['a bracket with a number in it says nothing', 'West Ham won in the league. Keane (27) scored late.', ['West Ham=west-ham', 'Keane=michael-keane']],
  ['nor one starting in lower case', 'West Ham won in the league. Keane (on loan from Sunderland) scored late.', ['West Ham=west-ham', 'Keane=michael-keane']],
  ['a bracket naming another club rules out a full name', 'Declan Rice (Manchester United) scored a goal.', ['Manchester United=man-utd']],
  ['a bracket naming his club keeps it', 'Declan Rice (Arsenal) scored a goal.', ['Declan Rice=declan-rice', 'Arsenal=arsenal']],
  ['a sheet of another club rules out a full name', 'Manchester United: Mainoo, Casemiro, Declan Rice, Keane.', ['Manchester United=man-utd', 'Mainoo=kobbie-mainoo', 'Casemiro=casemiro']],
  ['a man named in full keeps his surname in another side’s sheet (an old page)',
    'Declan Rice joined from West Ham in the summer.\nManchester United: Mainoo, Casemiro, Rice, Keane.',
    ['Declan Rice=declan-rice', 'West Ham=west-ham', 'Manchester United=man-utd', 'Mainoo=kobbie-mainoo', 'Casemiro=casemiro', 'Rice=declan-rice']],
  ['the last name of a sheet is in it', 'Arsenal visit on Sunday for the league game.\nManchester United: Mainoo, Casemiro, Keane, Saka',
    ['Arsenal=arsenal', 'Manchester United=man-utd', 'Mainoo=kobbie-mainoo', 'Casemiro=casemiro']],
  ['a sheet names its own side, not a club named before it in the block',
    'Arsenal visit on Sunday for the league game. Manchester United: Mainoo, Casemiro, Keane, Saka.',
    ['Arsenal=arsenal', 'Manchester United=man-utd', 'Mainoo=kobbie-mainoo', 'Casemiro=casemiro']],
  ['a man named before a sheet is not in it', 'Arsenal won the league game, and Saka scored. Manchester United: Mainoo, Casemiro, Keane, Kane.',
    ['Arsenal=arsenal', 'Saka=bukayo-saka', 'Manchester United=man-utd', 'Mainoo=kobbie-mainoo', 'Casemiro=casemiro']],
  ['every labelled list after a sheet is its side’s',
    'Arsenal: Raya, Saliba, Rice, Kane. Subs: Mainoo, Keane, Casemiro, Hakimi. Unused: Saka, Ramos, Trafford, Alisson.',
    ['Arsenal=arsenal', 'Raya=david-raya', 'Saliba=william-saliba', 'Rice=declan-rice', 'Saka=bukayo-saka']],
];

const shortForms: Case[] = [
  ['a short form before the club is named in full, when only one club fits', 'United were sharper, and Manchester United won the league.',
    ['United=man-utd', 'Manchester United=man-utd']],
  ['two clubs of that suffix both named only after it: neither', 'United were sharper than Manchester United and Newcastle United in the league.',
    ['Manchester United=man-utd', 'Newcastle United=newcastle']],
  ['the short form twice after the club named in full: both', 'Manchester United won the league. United were sharper, and United deserved it.',
    ['Manchester United=man-utd', 'United=man-utd', 'United=man-utd']],
  ['of two clubs of that suffix, the one named last before it', 'Newcastle United lost the league game. Manchester United won, and United climbed.',
    ['Newcastle United=newcastle', 'Manchester United=man-utd', 'United=man-utd']],
  ['another club of that suffix named before the dataset’s club does not stop it',
    'Sheffield United were beaten in the league. Manchester United won, and United are top.', ['Manchester United=man-utd', 'United=man-utd']],
  ['after another club of that suffix, and no dataset club before it: not the club',
    'Sheffield United won the league game, and United now face Manchester United.', ['Manchester United=man-utd']],
  ['a club’s one-word name inside a longer proper noun is not the club, though the club is named',
    'Porto won the league game. Fans left from Porto Airport.', ['Porto=porto']],
];

const surnames: Case[] = [
  ['a nickname before a full name does not make his surname another man’s',
    'Arsenal won in the league, and Gooner Declan Rice scored. Later Rice scored again.', ['Arsenal=arsenal', 'Declan Rice=declan-rice', 'Rice=declan-rice']],
  ['his own first names before the surname, his club not named', 'Harry James Kane scored twice in the Champions League.', ['Kane=harry-kane']],
  ['on a page about something else, they do not make it his', 'Harry James Kane opened the new library on Friday.', []],
  ['a surname alone, his club not named: not him', 'The Porto striker scored in the league, and Saka watched.', ['Porto=porto']],
  ['an initial that is one of his first names', 'Bayern striker E. Kane scored twice in the Bundesliga.', ['Bayern=bayern', 'Kane=harry-kane']],
  ['an initial that is none of them', 'Bayern striker J. Kane scored twice in the Bundesliga.', ['Bayern=bayern']],
  ['a manager described as a manager is still him', 'Ange Postecoglou, head coach of Tottenham, praised the striker.', ['Ange Postecoglou=ange-postecoglou', 'Tottenham=tottenham']],
];

const german: Case[] = [
  ['a German page: a capitalised noun before a surname is no first name', 'Bayern gewann das Spiel der Bundesliga. Neuzugang Kane traf doppelt.',
    ['Bayern=bayern', 'Kane=harry-kane'], { lang: 'de' }],
  ['an English page in Germany is no German page', 'Bayern gewann das Spiel der Bundesliga. Neuzugang Kane traf doppelt.',
    ['Bayern=bayern'], { lang: 'en-DE' }],
];

const groups: Record<string, Case[]> = {
  'football pages': footballPages,
  'clubs that are names': clubsAndNames,
  'two men of one full name': twoMen,
  'team sheets and brackets': sheetsAndBrackets,
  'short forms of clubs': shortForms,
  'surnames alone': surnames,
  'German pages': german,
};

describe.each(Object.entries(groups))('%s', (_group, cases) => {
  test.each(cases)('%s', (_rule, text, expected, options) => expect(found(text, options)).toEqual(expected));
});
