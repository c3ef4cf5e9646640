/** The rumour history's rules (lib/rumours/history.ts), the learn message and the rumours-only file, table by table. */
import { describe, expect, test } from 'vitest';
import { blockMentions } from '../../lib/annotate';
import { compileWithWordLists } from '../../lib/engine/compile';
import { applyClaim, cameTrue, isTransferClaim, RESIGHT_DAYS, summarise, withoutSite, type LearnedClaim, type LearnedEntry, type Sighting } from '../../lib/rumours/history';
import { buildLearnMessage, learnBatches, learnsHere, LEARN_LIMITS, mayLearn, readLearnSettings } from '../../lib/rumours/learn-message';
import { claimsFromLearn, siteOf } from '../../lib/rumours/learn';
import { exportLearned, readLearnedFile } from '../../lib/rumours/learned-file';
import { joinRecord, learnedViews, RECOUNT_DAYS, summaryOf } from '../../lib/rumours/join';
import { addDays } from './history-support';
import { engineDataset } from '../fixtures/engine-dataset';
import type { FullRecord } from '../../lib/protocol';
import type { RumourStatus } from '../../lib/dataset/types';
import { at } from '../../lib/indexing';

const sighting = (over: Partial<Sighting> = {}): Sighting => ({
  url: 'https://news.example/a', site: 'news.example', date: '2026-11-20', seen: '2026-11-21',
  sentence: 'Real Madrid are keen on Konaté. (Sun)', outlet: 'Sun', author: null, ...over,
});
const claim = (over: Partial<Sighting> = {}, status: RumourStatus = 'interest', clubId = 'real-madrid'): LearnedClaim =>
  ({ playerId: 'ibrahima-konate', clubId, status, sighting: sighting(over), clubThen: 'liverpool' });

/** Applies claims one after another, as the store does. */
function run(claims: LearnedClaim[]): { entries: LearnedEntry[]; kinds: string[] } {
  const entries: LearnedEntry[] = [];
  const kinds: string[] = [];
  for (const c of claims) {
    const change = applyClaim(entries, c);
    kinds.push(change.kind);
    if (change.kind === 'new') entries.push({ ...change.entry, id: entries.length + 1 });
    else if (change.kind === 'sighting') entries[entries.findIndex((e) => e.id === change.entry.id)] = change.entry;
  }
  return { entries, kinds };
}

describe('one entry per claim key, sightings within seven days', () => {
  test.each<[string, LearnedClaim[], string[], number]>([
    ['the same page read twice adds nothing', [claim(), claim({ seen: '2026-11-25' })], ['new', 'unchanged'], 1],
    ['a syndicated copy on another site is a sighting', [claim(), claim({ url: 'https://copy.example/b', site: 'copy.example' })], ['new', 'sighting'], 1],
    ['"The Sun" is the Sun', [claim(), claim({ url: 'https://copy.example/b', outlet: 'The Sun' })], ['new', 'sighting'], 1],
    ['another outlet is another entry', [claim(), claim({ url: 'https://copy.example/b', outlet: 'Mirror' })], ['new', 'new'], 2],
    ['another club is another entry', [claim(), { ...claim({ url: 'https://copy.example/b' }), clubId: 'chelsea' }], ['new', 'new'], 2],
    ['talks after interest is another family', [claim(), claim({ url: 'https://copy.example/b' }, 'talks')], ['new', 'new'], 2],
    ['a bid after talks is the same family', [claim({}, 'talks'), claim({ url: 'https://copy.example/b' }, 'bid')], ['new', 'sighting'], 1],
    [`${RESIGHT_DAYS} days later is a sighting`, [claim(), claim({ url: 'https://n.example/c', date: addDays('2026-11-20', RESIGHT_DAYS) })], ['new', 'sighting'], 1],
    [`${RESIGHT_DAYS + 1} days later the claim was made again`, [claim(), claim({ url: 'https://n.example/c', date: addDays('2026-11-20', RESIGHT_DAYS + 1) })], ['new', 'new'], 2],
    ['the week runs from the last sighting', [claim(), claim({ url: 'https://n.example/c', date: '2026-11-26' }), claim({ url: 'https://n.example/d', date: '2026-12-02' })], ['new', 'sighting', 'sighting'], 1],
    ['an older page read later joins when it is within the week', [claim(), claim({ url: 'https://n.example/c', date: '2026-11-15' })], ['new', 'sighting'], 1],
  ])('%s', (_, claims, kinds, entries) => {
    const got = run(claims);
    expect(got.kinds).toEqual(kinds);
    expect(got.entries).toHaveLength(entries);
  });

  test('sightings are kept in date order and the entry takes the furthest stage', () => {
    const { entries } = run([claim({ date: '2026-11-20' }, 'talks'), claim({ url: 'https://n.example/b', date: '2026-11-18' }, 'bid')]);
    expect(at(entries, 0).sightings.map((s) => s.date)).toEqual(['2026-11-18', '2026-11-20']);
    expect(at(entries, 0).status).toBe('bid');
  });
});

describe('came true', () => {
  const entry = (status: RumourStatus, clubThen: string | null = 'liverpool', clubId = 'real-madrid'): LearnedEntry =>
    ({ ...at(run([{ ...claim({}, status, clubId), clubThen }]).entries, 0) });
  test.each<[string, LearnedEntry, string | null, boolean]>([
    ['a completed move', entry('completed'), 'liverpool', true],
    ['interest, and the data now has him there', entry('interest'), 'real-madrid', true],
    ['interest, and he is still where he was', entry('interest'), 'liverpool', false],
    ['renewal talks at his own club are no move', entry('talks', 'liverpool', 'liverpool'), 'liverpool', false],
    ['a denial never comes true', entry('denied'), 'real-madrid', false],
    ['no club known when it was read', entry('agreed', null), 'real-madrid', false],
  ])('%s', (_, e, now, expected) => expect(cameTrue(e, now)).toBe(expected));
});

describe('what is stored, forgetting a site', () => {
  test('counts entries, sightings, the oldest date and sites', () => {
    const { entries } = run([claim(), claim({ url: 'https://copy.example/b', site: 'copy.example', date: '2026-11-18' }), claim({ url: 'https://n.example/c', date: '2026-10-01' })]);
    expect(summarise(entries)).toEqual({ entries: 2, sightings: 3, oldest: '2026-10-01', sites: [{ site: 'news.example', sightings: 2 }, { site: 'copy.example', sightings: 1 }] });
    expect(summarise([])).toEqual({ entries: 0, sightings: 0, oldest: null, sites: [] });
  });
  test('a site\'s sightings go; an entry with none left goes too', () => {
    const { entries } = run([claim(), claim({ url: 'https://copy.example/b', site: 'copy.example' })]);
    expect(withoutSite(at(entries, 0), 'copy.example')?.sightings.map((s) => s.site)).toEqual(['news.example']);
    expect(withoutSite(at(entries, 0), 'elsewhere.example')).toBe(entries[0]);
    expect(withoutSite(withoutSite(at(entries, 0), 'copy.example')!, 'news.example')).toBeNull();
  });
});

describe('the rumours-only file', () => {
  const { entries } = run([claim(), claim({ url: 'https://copy.example/b', site: 'copy.example' }), claim({ url: 'https://n.example/c' }, 'talks', 'chelsea')]);
  test.each([true, false])('round trip (addresses: %s)', (addresses) => {
    const file = JSON.parse(JSON.stringify(exportLearned(entries, { today: '2026-12-01', addresses })));
    expect(file).toMatchObject({ format: 'footnote-dataset', version: 1, contents: 'rumours', clubs: [], players: [] });
    expect(JSON.stringify(file).includes('https://')).toBe(addresses);
    const back = readLearnedFile(file);
    if (!back.ok) throw new Error(back.problems.join('; '));
    const strip = (es: LearnedEntry[]) => es.map(({ id: _id, ...e }) => ({ ...e, sightings: e.sightings.map((s) => (addresses ? s : { ...s, url: undefined })) }));
    expect(strip(back.entries).map((e) => ({ ...e, sightings: e.sightings.map((s) => ({ ...s, url: s.url })) })))
      .toEqual(strip(entries).map((e) => ({ ...e, sightings: e.sightings.map((s) => ({ ...s, url: s.url })) })));
    expect(file.rumours[0].source).toMatchObject({ outlet: 'Sun' });
    if (addresses) expect(file.rumours[0].source.url).toBe('https://news.example/a');
  });
  test.each<[string, unknown, RegExp]>([
    ['a full dataset', { format: 'footnote-dataset', version: 1, rumours: [] }, /contents.*full dataset/],
    ['not Footnote at all', { hello: 1 }, /format/],
    ['a rumour without sightings', { format: 'footnote-dataset', version: 1, contents: 'rumours', rumours: [{ playerId: 'a', clubId: 'b', status: 'interest', source: { outlet: 'Sun' }, seen: [] }] }, /rumours\.0\.seen.*no sightings/],
    ['a bad status', { format: 'footnote-dataset', version: 1, contents: 'rumours', rumours: [{ playerId: 'a', clubId: 'b', status: 'maybe', source: { outlet: 'Sun' }, seen: [sighting()] }] }, /rumours\.0\.status/],
  ])('refuses %s with a message', (_, input, message) => {
    const read = readLearnedFile(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join('; ')).toMatch(message);
  });
});

describe('joining learned rumours to the dataset\'s', () => {
  const { entries } = run([claim({ date: '2026-11-28' }), claim({ url: 'https://n.example/c', date: '2026-11-01' }, 'completed', 'chelsea')]);
  const views = learnedViews(entries, { clubName: (id) => ({ 'real-madrid': 'Real Madrid' })[id], clubNow: () => 'liverpool' });
  const dataset = { id: 'r1', playerId: 'ibrahima-konate', clubId: 'real-madrid', date: '2026-02-05', status: 'interest' as const, source: { outlet: 'ESPN' } };
  const record = { id: 'ibrahima-konate', kind: 'player', name: 'Ibrahima Konaté', asOf: '2026-02-05', rumourCount: 1, latestRumours: [dataset], rumours: [dataset] } as FullRecord;
  test('a record lists both, newest first, each learned one marked with its sightings', () => {
    const joined = joinRecord(record, views);
    expect(joined.rumours.map((r) => `${r.date} ${r.learned ? 'read' : 'data'}`)).toEqual(['2026-11-28 read', '2026-11-01 read', '2026-02-05 data']);
    expect(joined.rumourCount).toBe(3);
    expect(at(joined.rumours, 0).clubName).toBe('Real Madrid');
    expect(at(joined.rumours, 1).clubName).toBe('chelsea');
    expect(at(joined.rumours, 0).source.url).toBe('https://news.example/a');
    expect(joined.rumours.map((r) => r.learned?.cameTrue)).toEqual([false, true, undefined]);
  });
  test('a summary counts them in and keeps the newest three', () => {
    const joined = summaryOf(joinRecord(record, views));
    expect(joined.rumourCount).toBe(3);
    expect(at(joined.latestRumours, 0).date).toBe('2026-11-28');
    expect('rumours' in joined).toBe(false);
    expect(joinRecord(record, [])).toBe(record);
  });
});

describe('a claim the dataset already holds is that rumour read again, not a second one', () => {
  const espn = { id: 'r1', playerId: 'ibrahima-konate', clubId: 'real-madrid', date: '2026-02-05', status: 'interest' as const, source: { outlet: 'ESPN', author: 'Rodra' } };
  const record = { id: 'ibrahima-konate', kind: 'player', name: 'Ibrahima Konaté', asOf: '2026-02-05', rumourCount: 1, latestRumours: [espn], rumours: [espn] } as FullRecord;
  const joined = (over: Partial<Sighting>, status: RumourStatus = 'interest', clubId = 'real-madrid') => {
    const { entries } = run([claim({ date: '2026-02-05', seen: '2026-12-01', outlet: 'ESPN', ...over }, status, clubId)]);
    return joinRecord(record, learnedViews(entries, { clubName: () => undefined, clubNow: () => 'liverpool' }));
  };
  test.each<[string, Partial<Sighting>, RumourStatus, string, number]>([
    ['the same outlet on the same day', {}, 'interest', 'real-madrid', 1],
    ['"ESPN FC" is ESPN', { outlet: 'ESPN FC' }, 'interest', 'real-madrid', 1],
    ['a page that credits nobody, dated within the week', { outlet: null, date: '2026-02-09' }, 'interest', 'real-madrid', 1],
    [`crediting nobody, ${RESIGHT_DAYS + 1} days apart is another claim`, { outlet: null, date: addDays('2026-02-05', RESIGHT_DAYS + 1) }, 'interest', 'real-madrid', 2],
    ['the same outlet recounted months later', { date: addDays('2026-02-05', RECOUNT_DAYS) }, 'interest', 'real-madrid', 1],
    ['the same outlet, longer ago than a page recounts', { date: addDays('2026-02-05', RECOUNT_DAYS + 1) }, 'interest', 'real-madrid', 2],
    [`the same outlet ${RESIGHT_DAYS + 1} days before the rumour`, { date: addDays('2026-02-05', -(RESIGHT_DAYS + 1)) }, 'interest', 'real-madrid', 2],
    ['another outlet is another claim', { outlet: 'Marca' }, 'interest', 'real-madrid', 2],
    ['another stage is another claim', {}, 'bid', 'real-madrid', 2],
    ['another club is another claim', {}, 'interest', 'chelsea', 2],
    ['an undated page naming the outlet repeats an older rumour', { date: '2026-12-01' }, 'interest', 'real-madrid', 1],
    ['an undated page that credits nobody may be a new claim', { date: '2026-12-01', outlet: null }, 'interest', 'real-madrid', 2],
  ])('%s', (_, over, status, clubId, count) => {
    const record = joined(over, status, clubId);
    expect(record.rumourCount).toBe(count);
    expect(record.rumours).toHaveLength(count);
    if (count === 1) {
      expect(record.rumours[0]?.id).toBe('r1');
      expect(record.rumours[0]?.learned).toBeUndefined();
      expect(record.rumours[0]?.seenOn?.map((s) => s.site)).toEqual(['news.example']);
    }
  });
});

describe('interest, a bid or cooling by his own club is not a transfer rumour', () => {
  test.each<[RumourStatus, string | null | undefined, boolean]>([
    ['interest', 'real-madrid', false],
    ['bid', 'real-madrid', false],
    ['cooled', 'real-madrid', false],
    ['completed', 'real-madrid', true],
    ['talks', 'real-madrid', true],
    ['agreed', 'real-madrid', true],
    ['denied', 'real-madrid', true],
    ['interest', 'liverpool', true],
    ['interest', null, true],
    ['interest', undefined, true],
  ])('%s while the dataset has him at %s: kept %s', (status, clubThen, kept) => {
    expect(isTransferClaim({ ...claim({}, status), clubThen })).toBe(kept);
  });
});

describe('the learn message', () => {
  const index = compileWithWordLists(engineDataset());
  const HEADLINE = 'Football transfer gossip: the Premier League and La Liga clubs chasing a striker, midfielder or defender';
  const texts = [
    HEADLINE,
    'Real Madrid are keen on Liverpool defender Ibrahima Konaté. (Sun)',
    'Liverpool won 2-0 at the weekend.',
    'Ibrahima Konaté trained on his own.',
  ];
  const mentions = blockMentions(index, texts);
  const blocks = texts.map((text, i) => ({ text, mentions: at(mentions, i) }));
  const facts = { siteName: 'Gossip Daily', url: null, date: '2026-11-20', author: null };

  test('only blocks with a player and a club are sent, with their mentions', () => {
    const message = buildLearnMessage(blocks, facts)!;
    expect(message.blocks.map((b) => b.text)).toEqual([texts[1]]);
    expect(at(message.blocks, 0).mentions.map((m) => m.entityId).sort()).toEqual(['ibrahima-konate', 'liverpool', 'real-madrid']);
    expect(Object.keys(at(at(message.blocks, 0).mentions, 0)).sort()).toEqual(['end', 'entityId', 'kind', 'start']);
    expect(buildLearnMessage(blocks.slice(2), facts)).toBeNull();
  });
  test('sizes are bounded: long blocks are left out, at most so many blocks', () => {
    const long = { ...at(blocks, 1), text: at(blocks, 1).text + ' x'.repeat(LEARN_LIMITS.blockChars) };
    expect(buildLearnMessage([long], facts)).toBeNull();
    const many = Array.from({ length: LEARN_LIMITS.blocks + 5 }, () => at(blocks, 1));
    expect(buildLearnMessage(many, facts)!.blocks).toHaveLength(LEARN_LIMITS.blocks);
  });
  test('a long page goes in runs that each fit one message, none lost', () => {
    const many = Array.from({ length: LEARN_LIMITS.blocks * 2 + 7 }, (_, i) => ({ ...at(blocks, 1), text: `${at(blocks, 1).text} ${i}` }));
    const runs = learnBatches(many);
    expect(runs.map((r) => r.length)).toEqual([LEARN_LIMITS.blocks, LEARN_LIMITS.blocks, 7]);
    expect(runs.flat()).toEqual(many);
    for (const run of runs) expect(buildLearnMessage(run, facts)!.blocks).toHaveLength(run.length);
    const big = Array.from({ length: 300 }, () => ({ ...at(blocks, 1), text: 'x'.repeat(3000) }));
    for (const run of learnBatches(big)) expect(run.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(LEARN_LIMITS.totalChars);
  });

  test('the background reads claims with their sighting from it', () => {
    const claims = claimsFromLearn(buildLearnMessage(blocks, facts)!, { url: 'https://www.gossip.example/today#top', today: '2026-12-01' });
    expect(claims).toEqual([{
      playerId: 'ibrahima-konate', clubId: 'real-madrid', status: 'interest',
      sighting: { url: 'https://www.gossip.example/today', site: 'gossip.example', date: '2026-11-20', seen: '2026-12-01', sentence: 'Real Madrid are keen on Liverpool defender Ibrahima Konaté.', outlet: 'Sun', author: null },
    }]);
    // A page dated after the day read counts from the day read.
    const future = claimsFromLearn(buildLearnMessage(blocks, { ...facts, date: '2027-05-01' })!, { url: 'https://gossip.example/', today: '2026-12-01' });
    expect(at(future, 0).sighting.date).toBe('2026-12-01');
    expect(siteOf('not a url')).toBe('unknown');
  });
});

describe('where learning happens', () => {
  test.each([
    [{ incognito: false, tracked: true, learnHere: true }, true],
    [{ incognito: true, tracked: true, learnHere: true }, false],
    [{ incognito: false, tracked: false, learnHere: true }, false],
    [{ incognito: false, tracked: true, learnHere: false }, false],
  ])('%o → %s', (context, expected) => expect(mayLearn(context)).toBe(expected));
  test('"learn here" follows the site unless the reader chose', () => {
    const settings = readLearnSettings({ sites: { 'off.example': false, 'bad.example': 'yes' } });
    expect(settings.sites).toEqual({ 'off.example': false });
    expect(learnsHere(settings, 'off.example')).toBe(false);
    expect(learnsHere(settings, 'other.example')).toBe(true);
    expect(learnsHere(settings, undefined)).toBe(false);
    expect(readLearnSettings(null).sites).toEqual({});
  });
});
