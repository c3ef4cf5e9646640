/**
 * Compiling a dataset into the name index (lib/engine/name-index.ts): which forms a club and
 * a person get and how much page context each class of form needs (docs/matching.md), which
 * forms count as ordinary words, and what the index keeps of each person for the rules
 * (first names, clubs, facts). Compiled inside each test: compiling is what is under test.
 */
import { describe, expect, test } from 'vitest';
import { compileNameIndex, entityOf, formOf, type NameIndex } from '../../lib/engine/name-index';
import { scan } from '../../lib/engine/trie';
import type { Club, Dataset, Player, Rumour, Staff } from '../../lib/dataset/types';
import { tinyDataset } from './fixtures';

/** A dataset of just these clubs and people (the fixture's header). */
function datasetOf(clubs: Club[], players: Player[] = [], more: { staff?: Staff[]; rumours?: Rumour[] } = {}): Dataset {
  return { ...tinyDataset(), clubs, players, staff: more.staff ?? [], rumours: more.rumours ?? [] };
}

/** Ordinary English words for these tests: the few the forms below may be. */
const commonWords = new Set(['real', 'united', 'town', 'blades', 'blue', 'wanderers', 'rice']);
const compile = (d: Dataset) => compileNameIndex(d, { commonWords });

/** Every form of one entity, as "spelling: class", sorted. */
function formsOf(index: NameIndex, id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < index.forms.length; i++) {
    for (const e of index.forms.get(i).entries) if (entityOf(index, e.entity).id === id) out.push(`${e.spelling}: ${e.cls}`);
  }
  return out.sort();
}

/** What the index holds for a text written on a page: its form's entries and whether it is a common word. */
function lookUp(index: NameIndex, text: string): { entries: string[]; common: boolean } | undefined {
  let form: number | undefined;
  scan(index.trie, text, (start, end, f) => {
    if (start === 0 && end === text.length) form = f;
  });
  if (form === undefined) return undefined;
  const info = formOf(index, form);
  return { entries: info.entries.map((e) => `${entityOf(index, e.entity).id} ${e.spelling}: ${e.cls}`), common: info.common };
}

const club = (id: string, name: string, shortName?: string, aliases?: string[]): Club => ({ id, name, ...(shortName ? { shortName } : {}), ...(aliases ? { aliases } : {}) });

describe('the forms a club gets', () => {
  const rows: Array<[rule: string, club: Club, forms: string[]]> = [
    ['its name, its short name, its aliases; "the Reds" also as "Reds"', club('liverpool', 'Liverpool FC', 'Liverpool', ['LFC', 'the Reds']),
      ['LFC: place', 'Liverpool FC: club', 'Liverpool: place', 'Reds: weak', 'the Reds: weak']],
    ['a name without its legal form, and the suffix after a place', club('wolves', 'Wolverhampton Wanderers Football Club', 'Wolves'),
      ['Wanderers: weak', 'Wolverhampton Wanderers Football Club: club', 'Wolverhampton Wanderers: club', 'Wolves: place']],
    ['a legal form before the name is dropped too', club('bayern', 'FC Bayern München'), ['Bayern München: club', 'FC Bayern München: club']],
    ['a legal form is dropped only when two words are left', club('porto', 'FC Porto'), ['FC Porto: club']],
    ['nor when a particle would end the name', club('valladolid', 'Real Valladolid Club de Fútbol', 'Real Valladolid'),
      ['Real Valladolid Club de Fútbol: club', 'Real Valladolid: club']],
    ['the suffix of a name with a legal form after it', club('ipswich', 'Ipswich Town FC', 'Ipswich'),
      ['Ipswich Town FC: club', 'Ipswich Town: club', 'Ipswich: place', 'Town: weak']],
    ['the last word is the suffix, whatever its length', club('west-brom', 'West Bromwich Albion', 'West Brom', ['Baggies']),
      ['Albion: weak', 'Baggies: place', 'West Brom: club', 'West Bromwich Albion: club']],
    ['the suffix of a short name', club('man-utd', 'Manchester United Football Club', 'Man Utd'),
      ['Man Utd: club', 'Manchester United Football Club: club', 'Manchester United: club', 'United: weak', 'Utd: weak']],
    ['a suffix alone before a legal form is the whole name, not a suffix', club('athletic', 'Athletic Club', 'Athletic Bilbao'),
      ['Athletic Bilbao: club', 'Athletic Club: club']],
    ['a last word that is no club suffix is no form of its own', club('bayer', 'Bayer Leverkusen'), ['Bayer Leverkusen: club']],
    ['a one-word alias that is an English word is weak, one that is not is a place', club('real-madrid', 'Real Madrid CF', 'Real Madrid', ['Madrid', 'Real', 'Los Blancos']),
      ['Los Blancos: club', 'Madrid: place', 'Real Madrid CF: club', 'Real Madrid: club', 'Real: weak']],
    ['an English word as the club\'s own one-word name is a place', club('town', 'Town'), ['Town: place']],
    ['a nickname with its article is weak, and so is the bare word', club('sheffield-united', 'Sheffield United', undefined, ['the Blades']),
      ['Blades: weak', 'Sheffield United: club', 'United: weak', 'the Blades: weak']],
    ['"The" with a capital is the article too', club('everton', 'Everton FC', 'Everton', ['The Toffees']),
      ['Everton FC: club', 'Everton: place', 'The Toffees: weak', 'Toffees: weak']],
    ['a nickname of three words gives no bare word', club('chelsea', 'Chelsea FC', 'Chelsea', ['the Blue Army']),
      ['Chelsea FC: club', 'Chelsea: place', 'the Blue Army: weak']],
    ['a phrase that merely ends in "the ..." gives no bare word', club('leeds', 'Leeds United', 'Leeds', ['Bathe Whites']),
      ['Bathe Whites: club', 'Leeds United: club', 'Leeds: place', 'United: weak']],
    ['a nickname in lower case gives no bare word', club('everton', 'Everton FC', 'Everton', ['the toffees']),
      ['Everton FC: club', 'Everton: place', 'the toffees: weak']],
    ['a name of legal words only is kept whole', club('club', 'Football Club'), ['Football Club: club']],
    ['an alias of only spaces is no form', club('bolton', 'Bolton Wanderers', 'Bolton', ['  ']),
      ['Bolton Wanderers: club', 'Bolton: place', 'Wanderers: weak']],
  ];
  test.each(rows)('%s', (_rule, c, forms) => expect(formsOf(compile(datasetOf([c])), c.id)).toEqual(forms));

  test('spaces around a name or an alias change none of the forms', () => {
    const tidy = compile(datasetOf([club('ipswich', 'Ipswich Town FC', undefined, ['the Tractor Boys', 'the Blues'])]));
    const spaced = compile(datasetOf([club('ipswich', ' Ipswich Town FC ', undefined, [' the Tractor Boys ', ' the  Blues '])]));
    const trimmed = (forms: string[]) => forms.map((f) => f.replace(/\s+/g, ' ').replace(' :', ':').trim()).sort();
    expect(trimmed(formsOf(spaced, 'ipswich'))).toEqual(formsOf(tidy, 'ipswich'));
    expect(formsOf(tidy, 'ipswich')).toEqual(['Blues: weak', 'Ipswich Town FC: club', 'Ipswich Town: club', 'Town: weak', 'the Blues: weak', 'the Tractor Boys: weak']);
  });
});

const player = (id: string, name: string, extra: Partial<Player> = {}): Player => ({ id, name, ...extra });
const clubs = [club('liverpool', 'Liverpool FC', 'Liverpool'), club('real-madrid', 'Real Madrid CF', 'Real Madrid'), club('porto', 'FC Porto', 'Porto')];

describe('the forms a person gets', () => {
  const rows: Array<[rule: string, person: Player, forms: string[]]> = [
    ['his full name, and his short name as a surname', player('konate', 'Ibrahima Konaté', { shortName: 'Konaté' }), ['Ibrahima Konaté: full', 'Konaté: surname']],
    ['with no short name, the last word and the particles before it', player('van-dijk', 'Virgil van Dijk'), ['Virgil van Dijk: full', 'van Dijk: surname']],
    ['a one-word name is a surname form', player('rodrygo', 'Rodrygo'), ['Rodrygo: surname']],
    ['a short name of two words is still a surname form', player('de-jong', 'Frenkie de Jong', { shortName: 'de Jong' }), ['Frenkie de Jong: full', 'de Jong: surname']],
    ['aliases of two words are full names, of one word surnames', player('vini', 'Vinícius Júnior', { shortName: 'Vinícius', aliases: ['Vini Jr', 'Vini'] }),
      ['Vini Jr: full', 'Vini: surname', 'Vinícius Júnior: full', 'Vinícius: surname']],
    ['an alias spelt like his name but for accents is the same form, kept as the dataset first wrote it', player('vini', 'Vinícius Júnior', { shortName: 'Vinícius', aliases: ['Vinicius Junior', 'VINICIUS'] }),
      ['Vinícius Júnior: full', 'Vinícius: surname']],
  ];
  test.each(rows)('%s', (_rule, p, forms) => expect(formsOf(compile(datasetOf(clubs, [p])), p.id)).toEqual(forms));

  test('spaces around an alias change none of the forms', () => {
    const index = compile(datasetOf(clubs, [player('vini', 'Vinícius Júnior', { shortName: 'Vinícius', aliases: [' Vini '] })]));
    expect(formsOf(index, 'vini')).toEqual([' Vini : surname', 'Vinícius Júnior: full', 'Vinícius: surname']);
  });

  test('a dataset without staff or rumours compiles its players alone', () => {
    const d = datasetOf(clubs, [player('rodrygo', 'Rodrygo', { clubId: 'real-madrid' })]);
    delete d.staff;
    delete d.rumours;
    const index = compile(d);
    expect(index.entities.length).toBe(clubs.length + 1);
    expect(formsOf(index, 'rodrygo')).toEqual(['Rodrygo: surname']);
  });

  test('a staff member gets forms like a player', () => {
    const index = compile(datasetOf(clubs, [], { staff: [{ id: 'xabi-alonso', name: 'Xabi Alonso', role: 'manager', clubId: 'real-madrid' }] }));
    expect(formsOf(index, 'xabi-alonso')).toEqual(['Alonso: surname', 'Xabi Alonso: full']);
  });

  test('two people with one surname share its form, each with an entry', () => {
    const index = compile(datasetOf(clubs, [player('sergio-ramos', 'Sergio Ramos'), player('goncalo-ramos', 'Gonçalo Ramos')]));
    expect(lookUp(index, 'Ramos')).toEqual({ entries: ['sergio-ramos Ramos: surname', 'goncalo-ramos Ramos: surname'], common: false });
  });

  test('a name is found without its accents, and keeps the spelling whose capitals a page must have', () => {
    const index = compile(datasetOf(clubs, [player('odegaard', 'Martin Ødegaard')]));
    expect(lookUp(index, 'Odegaard')).toEqual({ entries: ['odegaard Ødegaard: surname'], common: false });
    expect(lookUp(index, 'MARTIN ODEGAARD')).toEqual({ entries: ['odegaard Martin Ødegaard: full'], common: false });
  });

  test('a club and a man may share a form', () => {
    const index = compile(datasetOf(clubs, [player('samuel-porto', 'Samuel Porto')]));
    expect(lookUp(index, 'Porto')).toEqual({ entries: ['porto Porto: place', 'samuel-porto Porto: surname'], common: false });
  });
});

describe('which forms are ordinary words', () => {
  const index = () => compile(datasetOf([club('real-madrid', 'Real Madrid CF', 'Real Madrid', ['Real', 'Madrid', 'Real Blue'])],
    [player('declan-rice', 'Declan Rice'), player('harry-kane', 'Harry Kane'), player('kane-smith', 'Kane Smith')]));
  test.each([
    ['a one-word form that is an English word', 'Real', true],
    ['a one-word form that is no English word', 'Madrid', false],
    ['a surname that is an English word', 'Rice', true],
    ['a surname that is another man\'s first name', 'Kane', true],
    ['a form of two words, however ordinary its words', 'Real Blue', false],
    ['a full name', 'Declan Rice', false],
  ])('%s: %s', (_rule, text, common) => expect(lookUp(index(), text)?.common).toBe(common));
});

describe('what the index keeps of each person and club', () => {
  const rumour = (playerId: string, clubId?: string): Rumour =>
    ({ id: `r-${playerId}-${clubId ?? 'none'}`, playerId, ...(clubId ? { clubId } : {}), date: '2026-02-01', status: 'interest', source: { outlet: 'ESPN' } });
  /** The entity, its club numbers written as club ids. */
  const entity = (index: NameIndex, id: string) => {
    for (let i = 0; i < index.entities.length; i++) {
      const { clubs: own, ownClubs, ...rest } = index.entities.get(i);
      const ids = (list: number[]) => list.map((n) => entityOf(index, n).id);
      if (rest.id === id) return { ...rest, clubs: ids(own), ...(ownClubs ? { ownClubs: ids(ownClubs) } : {}) };
    }
    return undefined;
  };
  const rows: Array<[rule: string, people: Player[], rumours: Rumour[], id: string, expected: object]> = [
    ['a club: no first names, no clubs', [], [], 'porto', { id: 'porto', kind: 'club', firstNames: [], clubs: [] }],
    ['a player: his first names, his club, his facts', [player('konate', 'Ibrahima Konaté', { clubId: 'liverpool', nationality: 'Côte d’Ivoire', position: 'Centre-Back', birthDate: '1999-05-25' })], [],
      'konate', { id: 'konate', kind: 'player', firstNames: ['ibrahima'], clubs: ['liverpool'], country: "cote d'ivoire", position: 'defender', born: '1999-05-25' }],
    ['no facts: none kept', [player('konate', 'Ibrahima Konaté', { clubId: 'liverpool' })], [], 'konate', { id: 'konate', kind: 'player', firstNames: ['ibrahima'], clubs: ['liverpool'] }],
    ['first names from his aliases too, never particles', [player('van-dijk', 'Virgil van Dijk', { aliases: ['Virgil Van Dijk', 'Big Virg'] })], [],
      'van-dijk', { id: 'van-dijk', kind: 'player', firstNames: ['virgil', 'big'], clubs: [] }],
    ['a one-word name has no first name', [player('rodrygo', 'Rodrygo', { clubId: 'real-madrid' })], [], 'rodrygo', { id: 'rodrygo', kind: 'player', firstNames: [], clubs: ['real-madrid'] }],
    ['on loan: the loan club and his own', [player('gueye', 'Idrissa Gueye', { clubId: 'porto', loan: { fromClubId: 'liverpool' } })], [],
      'gueye', { id: 'gueye', kind: 'player', firstNames: ['idrissa'], clubs: ['porto', 'liverpool'] }],
    ['a rumour adds a club, and his own are kept apart', [player('konate', 'Ibrahima Konaté', { clubId: 'liverpool' })], [rumour('konate', 'real-madrid'), rumour('konate', 'porto')],
      'konate', { id: 'konate', kind: 'player', firstNames: ['ibrahima'], clubs: ['liverpool', 'real-madrid', 'porto'], ownClubs: ['liverpool'] }],
    ['a rumour of his own club adds nothing', [player('konate', 'Ibrahima Konaté', { clubId: 'liverpool' })], [rumour('konate', 'liverpool'), rumour('konate')],
      'konate', { id: 'konate', kind: 'player', firstNames: ['ibrahima'], clubs: ['liverpool'] }],
    ['a club the dataset does not hold is no club of his', [player('konate', 'Ibrahima Konaté', { clubId: 'paris-fc' })], [], 'konate', { id: 'konate', kind: 'player', firstNames: ['ibrahima'], clubs: [] }],
  ];
  test.each(rows)('%s', (_rule, people, rumours, id, expected) => expect(entity(compile(datasetOf(clubs, people, { rumours })), id)).toStrictEqual(expected));

  test('a staff member: his club, no facts', () => {
    const index = compile(datasetOf(clubs, [], { staff: [{ id: 'xabi-alonso', name: 'Xabi Alonso', role: 'manager', clubId: 'real-madrid', nationality: 'Spain' }] }));
    expect(entity(index, 'xabi-alonso')).toStrictEqual({ id: 'xabi-alonso', kind: 'staff', firstNames: ['xabi'], clubs: ['real-madrid'] });
  });

  test.each([
    ['Goalkeeper', 'goalkeeper'], ['Centre-Back', 'defender'], ['Left-Back', 'defender'], ['Defender', 'defender'],
    ['Central Midfield', 'midfielder'], ['Attacking Midfield', 'midfielder'], ['Right Winger', 'attacker'], ['Centre-Forward', 'attacker'],
    ['Second Striker', 'attacker'], ['Attack', 'attacker'], ['Sweeper', undefined],
  ])('the position %s is in the family %s', (position, family) => {
    const index = compile(datasetOf(clubs, [player('p', 'Pat Example', { position })]));
    expect(entity(index, 'p')?.position).toBe(family);
  });

  test('the index holds every first name and every nationality, folded', () => {
    const index = compile(datasetOf(clubs, [
      player('konate', 'Ibrahima Konaté', { nationality: 'France' }), player('odegaard', 'Martin Ødegaard', { nationality: 'Norway' }),
      player('rodrygo', 'Rodrygo', { nationality: 'Brazil' }), player('dembele', 'Ousmane Dembélé', { nationality: 'France' }),
    ], { staff: [{ id: 'xabi-alonso', name: 'Xabi Alonso', role: 'manager' }] }));
    expect([...index.firstNames].sort()).toEqual(['ibrahima', 'martin', 'ousmane', 'xabi']);
    expect([...index.countries].sort()).toEqual(['brazil', 'france', 'norway']);
  });

  test('the version is the one given, else the dataset\'s date; the plain words are the ones given', () => {
    const d = datasetOf(clubs);
    expect(compileNameIndex(d).version).toBe(d.asOf);
    expect(compileNameIndex(d, { version: 'v7', plainWords: new Set(['the', 'old']) })).toMatchObject({ version: 'v7', plainWords: new Set(['the', 'old']) });
    expect(compileNameIndex(d).plainWords.size).toBe(0);
  });

  test('a number outside the tables is an error, not a silent hole', () => {
    const index = compile(datasetOf(clubs));
    expect(() => formOf(index, index.forms.length)).toThrow(RangeError);
    expect(() => entityOf(index, index.entities.length)).toThrow(RangeError);
    expect(() => entityOf(index, -1)).toThrow(RangeError);
  });
});
