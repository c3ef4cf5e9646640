/**
 * The matching rules of docs/matching.md, each stated by sentences that break it: one fixture
 * dataset written for these tests, and the engine reached only through its public API
 * (compileWithWordLists, findMentions, PageMatcher), so the tests hold whatever its insides.
 */
import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { findMentions, PageMatcher } from '../../lib/engine/page-matcher';
import type { Dataset } from '../../lib/dataset/types';

function rulesDataset(): Dataset {
  const club = (id: string, name: string, shortName: string, aliases: string[] = []) => ({ id, name, shortName, aliases });
  const player = (id: string, name: string, clubId: string, extra: object = {}) => ({ id, name, clubId, ...extra });
  return {
    format: 'footnote-dataset',
    version: 1,
    asOf: '2026-02-05',
    source: 'Footnote rule tests',
    clubs: [
      // A club named after its country: "the Andorra international" is the national team.
      club('andorra', 'FC Andorra', 'Andorra'),
      club('real-betis', 'Real Betis Balompié', 'Real Betis', ['Betis']),
      club('sevilla', 'Sevilla FC', 'Sevilla'),
      club('villarreal', 'Villarreal CF', 'Villarreal', ['the Yellow Submarine']),
      club('porto', 'FC Porto', 'Porto', ['Dragons']),
      club('everton', 'Everton FC', 'Everton', ['the Toffees']),
      club('brentford', 'Brentford FC', 'Brentford', ['the Bees', 'Bees']),
      club('nice', 'OGC Nice', 'Nice'),
      club('barnet', 'Barnet FC', 'Barnet', ['the Bees']),
    ],
    players: [
      // Two men with one full name, at different clubs.
      player('pablo-marin-betis', 'Pablo Marin', 'real-betis'),
      player('pablo-marin-sevilla', 'Pablo Marin', 'sevilla'),
      player('joao-pedro-costa', 'João Pedro Costa', 'porto', { shortName: 'Costa' }),
      player('diego-costa', 'Diego Costa', 'villarreal'),
      player('nuno-tavares', 'Nuno Tavares', 'porto'),
      player('kevin-schade', 'Kevin Schade', 'brentford'),
      player('jordan-pickford', 'Jordan Pickford', 'everton'),
      player('carlos-vela', 'Carlos Vela', 'andorra'),
      player('idrissa-gueye', 'Idrissa Gueye', 'everton', { loan: { fromClubId: 'porto' } }),
      player('luuk-de-jong', 'Luuk de Jong', 'porto'),
    ],
    staff: [
      { id: 'david-moyes', name: 'David Moyes', role: 'manager', clubId: 'everton' },
      { id: 'marcelino-toral', name: 'Marcelino Toral', role: 'manager', clubId: 'villarreal', shortName: 'Marcelino' },
    ],
    rumours: [{ id: 'r1', playerId: 'kevin-schade', clubId: 'porto', date: '2026-02-01', status: 'interest', source: { outlet: 'Record' } }],
  };
}

// Compiled afresh in every test (a few milliseconds): compiling is part of what each rule
// depends on, and a mutation run credits a test only with the code that runs inside it.
const compiled = () => compileWithWordLists(rulesDataset());
const found = (text: string) => findMentions(compiled(), text).map((m) => `${m.text}=${m.entityId}`);

describe('national teams are not clubs', () => {
  test.each([
    ['the club named after its country is a club', 'Defender Carlos Vela joined Andorra in the summer, the club said after the match.', ['Carlos Vela=carlos-vela', 'Andorra=andorra']],
    ['"international" after it means the country', 'The Andorra international has joined Everton, where the defender trained on Monday.', ['Everton=everton']],
    ['so do "national" and the youth sides', 'Everton striker Carlos Vela left the Andorra national squad and the Andorra U21 side before the match.',
      ['Everton=everton', 'Carlos Vela=carlos-vela']],
    ['"internationals" and "Under-21s" too', 'Two Andorra internationals and three Andorra under-21s signed for Everton, the manager said after the match.', ['Everton=everton']],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));
});

describe('two men with one full name', () => {
  test.each([
    ['the one whose club the page names', 'Real Betis midfielder Pablo Marin scored the winner in the derby.', ['Real Betis=real-betis', 'Pablo Marin=pablo-marin-betis']],
    ['the other one, by his club', 'Sevilla midfielder Pablo Marin scored the winner in the derby.', ['Sevilla=sevilla', 'Pablo Marin=pablo-marin-sevilla']],
    ['neither when no club of theirs is named', 'Midfielder Pablo Marin scored the winner in the derby, and the striker added a second.', []],
    ['neither when both clubs are named', 'Real Betis beat Sevilla in the derby, and midfielder Pablo Marin scored the winner.', ['Real Betis=real-betis', 'Sevilla=sevilla']],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));
});

describe('word boundaries and capitals', () => {
  test.each([
    ['a name glued to a word before it by a hyphen is not a name', 'The pro-Everton crowd sang as the striker scored a goal in the derby.', []],
    ['nor one glued to a word after it', 'The Everton-based striker scored a goal in the derby.', []],
    ['a dash with spaces is punctuation', 'Everton - the club of the derby - signed the striker.', ['Everton=everton']],
    ['a possessive is outside the span', "Everton's striker scored in the derby, and Pickford's save won it.", ['Everton=everton', 'Pickford=jordan-pickford']],
    ['a name in lower case is a word', 'The everton mints were handed out before the derby by the striker.', []],
    ['a name across a line break is one name', 'Everton goalkeeper Jordan\nPickford saved a penalty in the derby.', ['Everton=everton', 'Jordan\nPickford=jordan-pickford']],
    ['a name across odd spacing is one name', 'Everton goalkeeper Jordan   Pickford saved a penalty in the derby.', ['Everton=everton', 'Jordan   Pickford=jordan-pickford']],
    ['digits glued on make another word', 'Everton2 and Everton are not the same, said the striker after the derby.', ['Everton=everton']],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));
});

describe('is the page about football?', () => {
  test.each([
    ['one strong football word is enough', 'Sevilla signed a new goalkeeper.', ['Sevilla=sevilla']],
    ['one weak word is not', 'Sevilla has a new mayor and a new stadium.', []],
    ['two weak words are', 'Sevilla won the match and the fans sang in the stadium.', ['Sevilla=sevilla']],
    ['a club named in full is', 'Real Betis and Sevilla met on Sunday.', ['Real Betis=real-betis', 'Sevilla=sevilla']],
    ['two people named in full are', 'Jordan Pickford and Nuno Tavares met on Sunday.', ['Jordan Pickford=jordan-pickford', 'Nuno Tavares=nuno-tavares']],
    ['one person named in full is not', 'Jordan Pickford met friends on Sunday.', []],
    ['two one-word clubs and one football word are', 'Sevilla and Porto met in the derby.', ['Sevilla=sevilla', 'Porto=porto']],
    ['two one-word clubs alone are not', 'Sevilla and Porto are lovely cities in the spring.', []],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));

  test.each([
    ['a two-word term counts as one strong term', 'Sevilla opened its transfer window on Monday.', ['Sevilla=sevilla']],
    ['its first word alone is a weak one', 'Sevilla opened its transfer office on Monday.', []],
    ['hyphenated terms may be written with a space', 'Sevilla led at half time on Monday.', ['Sevilla=sevilla']],
    ['the same word twice counts once', 'Sevilla: goal, goal, goal!', []],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));

  test('offsets hold deep into a long page', () => {
    const filler = 'Nothing here but ordinary words about the weather in the north. '.repeat(100);
    const text = `${filler}Everton goalkeeper Jordan Pickford saved a penalty in the derby.`;
    const [club, keeper] = findMentions(compiled(), text);
    if (!keeper) throw new Error('no second mention');
    expect(text.length).toBeGreaterThan(6000);
    expect(club).toMatchObject({ start: filler.length, text: 'Everton' });
    expect(text.slice(keeper.start, keeper.end)).toBe('Jordan Pickford');
  });

  test('a plain-English club at a sentence start needs football words near it', () => {
    const filler = 'It has long streets and old houses and warm nights by the sea. '.repeat(3);
    expect(found(`Nice is warm in May. ${filler}The striker scored in the derby.`)).toEqual([]);
    expect(found(`Nice sacked the coach in May. ${filler}The striker scored in the derby.`)).toEqual(['Nice=nice']);
  });
});

describe('one-word clubs among other proper nouns', () => {
  test.each([
    ['a capitalised word after it makes another name', 'Sevilla Cathedral was full, said the striker after the derby.', []],
    ['a capitalised word before it, mid-sentence, makes another name', 'The striker flew with Iberia Sevilla staff to the derby.', []],
    ['a possessive before it is fine', "Spain's Sevilla won the derby when the striker scored.", ['Sevilla=sevilla']],
    ['a role word before it is fine', 'The striker left for Spanish Sevilla before the derby.', ['Sevilla=sevilla']],
    ['a plain word at a sentence start before it is fine', 'The derby was won by the striker. Today Sevilla lead the table.', ['Sevilla=sevilla']],
    ['after an institution it is the place', 'The striker studied at the University of Sevilla before the derby.', []],
    ['headlines in capitals are not proper-noun phrases', 'SEVILLA STUN PORTO IN THE DERBY as the striker scores', ['SEVILLA=sevilla', 'PORTO=porto']],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));
});

describe('nicknames that are plain English', () => {
  test.each([
    ['count where the club is named', 'Brentford won the derby. The Bees were sharper after half-time.', ['Brentford=brentford', 'The Bees=brentford']],
    ['not where it is not', 'The Bees were sharper after half-time in the derby.', []],
    ['a one-word nickname must be capitalised, mid-sentence', 'Brentford won the derby, and bees flew over the pitch while Bees fans sang.', ['Brentford=brentford', 'Bees=brentford']],
    // Detection round 2: a short form of a club the page has named may open a sentence too.
    ['and may start a sentence once the club is named', 'Brentford won the derby. Bees fans sang after half-time.', ['Brentford=brentford', 'Bees=brentford']],
    // Two named clubs of one nickname: the nearest full mention before it decides.
    ['two named clubs of one nickname: the nearest named before it', 'Brentford beat Barnet in the derby. The Bees were sharper after half-time.', ['Brentford=brentford', 'Barnet=barnet', 'The Bees=barnet']],
    ['an alias that is no plain word is a club name', 'Betis won the derby after half-time.', ['Betis=real-betis']],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));
});

describe('surnames need support on the page', () => {
  test.each([
    ['his full name', 'Brentford winger Kevin Schade scored in the derby. Schade celebrated.', ['Brentford=brentford', 'Kevin Schade=kevin-schade', 'Schade=kevin-schade']],
    ['his club', 'Brentford won the derby after Schade scored.', ['Brentford=brentford', 'Schade=kevin-schade']],
    ['a club a rumour links him with', 'Porto want Schade before the transfer window closes.', ['Porto=porto', 'Schade=kevin-schade']],
    ['the club that loaned him out', 'Porto watched Gueye in the derby, the striker said.', ['Porto=porto', 'Gueye=idrissa-gueye']],
    ['his loan club', 'Everton watched Gueye in the derby, the striker said.', ['Everton=everton', 'Gueye=idrissa-gueye']],
    ['no support: nothing', 'Schade scored in the derby, and the striker celebrated.', []],
    ['two men supported: nothing', 'Porto and Villarreal met in the derby, and Costa scored.', ['Porto=porto', 'Villarreal=villarreal']],
    ['one supported of two: him', 'Porto won the derby, and Costa scored.', ['Porto=porto', 'Costa=joao-pedro-costa']],
    ['his middle name before his surname is his', 'Porto won the derby, and Pedro Costa scored.', ['Porto=porto', 'Costa=joao-pedro-costa']],
    ['another first name is another man, for the whole page', 'Villarreal won the derby. Marco Costa scored; Costa then left.', ['Villarreal=villarreal']],
    ['a club before a surname is no first name (headline style)', 'Porto Costa stars in derby win after half-time', ['Porto=porto', 'Costa=joao-pedro-costa']],
    ['a middle name the data does not know, after one it does', 'Porto won the derby, and João Paulo Costa scored.', ['Porto=porto', 'Costa=joao-pedro-costa']],
    ['a capitalised plain word before it makes another proper noun', 'Porto won the derby after half-time, and the party was at the Old Costa inn.', ['Porto=porto']],
    ['a short name of two words still needs support', 'The striker said de Jong scored in the derby.', []],
    ['and has it from his club', 'Porto won the derby, and de Jong scored.', ['Porto=porto', 'de Jong=luuk-de-jong']],
    ['a nationality before a surname is no first name', 'Villarreal won the derby, and Brazilian Costa scored.', ['Villarreal=villarreal', 'Costa=diego-costa']],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));
});

describe('roles', () => {
  test.each([
    ['a manager may be called boss', 'Everton boss David Moyes was happy with the derby. Moyes smiled.', ['Everton=everton', 'David Moyes=david-moyes', 'Moyes=david-moyes']],
    ['a manager called striker is another man', 'Everton striker Moyes scored in the derby.', ['Everton=everton']],
    ['a player called boss is another man', 'Everton boss Pickford was happy with the derby.', ['Everton=everton']],
    ['a player knighted is another man, even named in full', 'Everton won the derby after half-time, watched by Sir Jordan Pickford. Pickford waved.', ['Everton=everton']],
    ['a possessive role word is no role', "Everton won the derby. The coach's Pickford was superb.", ['Everton=everton', 'Pickford=jordan-pickford']],
  ])('%s', (_rule, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a page read in blocks', () => {
  test('football words leave with the block that held them', () => {
    const page = new PageMatcher(compiled());
    const city = page.add('Sevilla is lovely in the spring.');
    const match = page.add('The striker scored a goal in the derby.');
    expect(page.mentions(city).map((m) => m.entityId)).toEqual(['sevilla']);
    page.remove(match);
    expect(page.mentions(city)).toEqual([]);
  });

  test('a word two blocks share still counts when one of them leaves', () => {
    const page = new PageMatcher(compiled());
    const city = page.add('Sevilla is lovely in the spring.');
    const one = page.add('The striker scored.');
    page.add('Another striker missed.');
    page.remove(one);
    expect(page.mentions(city).map((m) => m.entityId)).toEqual(['sevilla']);
  });

  test('removing a block twice, or one never added, changes nothing', () => {
    const page = new PageMatcher(compiled());
    const a = page.add('Everton striker Carlos Vela scored in the derby.');
    const b = page.add('The goalkeeper was fine.');
    page.remove(b);
    page.remove(b);
    page.remove(999);
    expect(page.mentions(a).map((m) => m.entityId)).toEqual(['everton', 'carlos-vela']);
    expect(page.mentions(999)).toEqual([]);
  });

  test('mentions carry offsets, text and kind', () => {
    const page = new PageMatcher(compiled());
    const a = page.add('Everton boss David Moyes praised Jordan Pickford after the derby.');
    expect(page.mentions(a)).toEqual([
      { start: 0, end: 7, text: 'Everton', entityId: 'everton', kind: 'club' },
      { start: 13, end: 24, text: 'David Moyes', entityId: 'david-moyes', kind: 'staff' },
      { start: 33, end: 48, text: 'Jordan Pickford', entityId: 'jordan-pickford', kind: 'player' },
    ]);
  });

  test('a resolution sliced while the page changes is right for the page as it was, and the next one sees the change', async () => {
    const page = new PageMatcher(compiled());
    const headline = page.add('Schade eyes the exit');
    let pauses = 0;
    const first = await page.resolveSliced(async () => {
      if (pauses++ === 0) page.add('Brentford winger Kevin Schade has yet to sign.');
    });
    expect(first.get(headline)).toEqual([]);
    expect(page.mentions(headline).map((m) => m.entityId)).toEqual(['kevin-schade']);
  });

  test('an unchanged page is resolved once', async () => {
    const page = new PageMatcher(compiled());
    page.add('Brentford winger Kevin Schade has yet to sign.');
    const first = page.resolve();
    expect(page.resolve()).toBe(first);
    let pauses = 0;
    expect(await page.resolveSliced(async () => void pauses++)).toBe(first);
    expect(pauses).toBe(0);
  });
});

describe('spellings', () => {
  const d = rulesDataset();
  d.clubs.push({ id: 'arsenal', name: 'Arsenal FC', shortName: 'Arsenal' }, { id: 'tottenham', name: 'Tottenham Hotspur', shortName: 'Spurs' });
  d.players.push(
    { id: 'martin-odegaard', name: 'Martin Ødegaard', clubId: 'arsenal' },
    { id: 'lukasz-fabianski', name: 'Łukasz Fabiański', clubId: 'arsenal' },
    { id: 'vinicius-junior', name: 'Vinícius Júnior', aliases: ['Vini Jr'], clubId: 'tottenham' },
  );
  const ids = (text: string) => findMentions(compileWithWordLists(d), text).map((m) => `${m.text}=${m.entityId}`);

  test.each([
    ['letters folded beyond accents', 'Arsenal captain Martin Odegaard and goalkeeper Lukasz Fabianski trained.', ['Arsenal=arsenal', 'Martin Odegaard=martin-odegaard', 'Lukasz Fabianski=lukasz-fabianski']],
    ['and as written', 'Arsenal captain Martin Ødegaard and goalkeeper Łukasz Fabiański trained.', ['Arsenal=arsenal', 'Martin Ødegaard=martin-odegaard', 'Łukasz Fabiański=lukasz-fabianski']],
    ['a no-break space inside a name', 'Arsenal captain Martin\u00a0Ødegaard trained with the squad.', ['Arsenal=arsenal', 'Martin\u00a0Ødegaard=martin-odegaard']],
    ['capitals beyond ASCII are checked', 'Arsenal captain martin ødegaard trained with the squad.', ['Arsenal=arsenal']],
    ['headlines beyond ASCII', 'ØDEGAARD SIGNS: Arsenal midfielder Martin Ødegaard renews.', ['ØDEGAARD=martin-odegaard', 'Arsenal=arsenal', 'Martin Ødegaard=martin-odegaard']],
    ['an alias of two words is a full name', 'Spurs winger Vini Jr scored in the derby.', ['Spurs=tottenham', 'Vini Jr=vinicius-junior']],
  ])('%s', (_rule, text, expected) => expect(ids(text)).toEqual(expected));
});

describe('the compiled index', () => {
  test('carries the version it was built for: the one given, else the data’s as-of date', () => {
    expect(compileWithWordLists(rulesDataset()).version).toBe('2026-02-05');
    expect(compileWithWordLists(rulesDataset(), 'v7').version).toBe('v7');
  });

  test('a trie node with many branches finds every one of them', () => {
    const d = rulesDataset();
    const letters = 'ABCDEFGHIJKLMNOP'.split('');
    d.clubs = letters.map((l) => ({ id: `deportivo-${l.toLowerCase()}`, name: `Deportivo ${l}${l.toLowerCase()}x` }));
    d.players = [];
    d.staff = [];
    d.rumours = [];
    const many = compileWithWordLists(d);
    const text = letters.map((l) => `Deportivo ${l}${l.toLowerCase()}x`).join(' and ') + ' met in the derby.';
    expect(findMentions(many, text).map((m) => m.entityId)).toEqual(letters.map((l) => `deportivo-${l.toLowerCase()}`));
    expect(findMentions(many, 'Deportivo Qqx met Deportivo Aax in the derby.').map((m) => m.entityId)).toEqual(['deportivo-a']);
  });

  test('survives serialisation as JSON: the same mentions on every rule', async () => {
    const { deserialiseNameIndex, serialiseNameIndex } = await import('../../lib/engine/name-index');
    const index = compiled();
    const copy = deserialiseNameIndex(JSON.parse(JSON.stringify(serialiseNameIndex(index))));
    expect(copy.version).toBe(index.version);
    const texts = [
      'Villarreal won the derby. Marco Costa scored; Costa then left.',
      'Real Betis midfielder Pablo Marin scored the winner in the derby.',
      'Brentford won the derby. The Bees were sharper after half-time.',
      'Everton boss David Moyes was happy with the derby. Moyes smiled.',
      'The striker flew with Iberia Sevilla staff to the derby. However Sevilla won.',
      'Porto won the derby, and Pedro Costa scored.',
    ];
    for (const text of texts) expect(findMentions(copy, text)).toEqual(findMentions(index, text));
  });
});

describe('the index’s base64 (it travels to content scripts as JSON)', async () => {
  const { decodeBase64, encodeBase64 } = await import('../../lib/engine/base64');
  // Standard base64, as Node writes it, for every length remainder and every byte value; long
  // enough to cross the encoder's internal chunks.
  const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 151 + 7) % 256);
  test.each([0, 1, 2, 3, 4, 5, 255, 256, 3069, 3070, 3071, 10_000])('%i bytes', (n) => {
    const data = bytes(n);
    const text = encodeBase64(data);
    expect(text).toBe(Buffer.from(data).toString('base64'));
    expect([...decodeBase64(text)]).toEqual([...data]);
  });
  test('a character outside the alphabet is reported, not decoded as zero bits', () => {
    expect(() => decodeBase64('AAé=')).toThrow('"é" at 2 is not a base64 character');
    expect(() => decodeBase64('AA!A')).toThrow('"!" at 2 is not a base64 character');
  });
});
