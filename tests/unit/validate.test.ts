import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../lib/dataset/validate';
import { tinyDataset } from './fixtures';
import { at } from '../../lib/indexing';

describe('validateDataset', () => {
  test('accepts a good dataset and keeps unknown fields', () => {
    const input = { ...tinyDataset(), publisher: { note: 'kept' } };
    input.players[0] = { ...input.players[0], kitNumber: 5 } as never;
    const result = validateDataset(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((result.dataset as unknown as { publisher: unknown }).publisher).toEqual({ note: 'kept' });
    expect((result.dataset.players[0] as unknown as { kitNumber: number }).kitNumber).toBe(5);
  });

  const broken: Array<[string, (d: ReturnType<typeof tinyDataset>) => void, string]> = [
    ['an impossible date', (d) => { at(d.players, 0).contract!.until = '2026-13-40'; }, 'players[0].contract.until: "2026-13-40" is not a date'],
    ['30 February', (d) => { at(d.players, 0).birthDate = '1999-02-30'; }, 'players[0].birthDate: "1999-02-30" is not a date'],
    ['a rumour about nobody', (d) => { at(d.rumours ?? [], 0).playerId = 'ibrahima-konat'; }, 'rumours[0].playerId: no player "ibrahima-konat"'],
    ['a duplicate club id', (d) => { d.clubs.push({ ...at(d.clubs, 0) }); }, 'clubs[2].id: duplicate of clubs[0].id'],
    ['an id shared by a club and a player', (d) => { at(d.players, 0).id = 'liverpool'; }, 'players[0].id: duplicate of clubs[0].id'],
    ['a bad id', (d) => { at(d.clubs, 0).id = 'Liverpool FC'; }, 'clubs[0].id: "Liverpool FC" is not an id'],
    ['a missing name', (d) => { delete (d.players[0] as { name?: string }).name; }, 'players[0].name: is missing'],
    ['a number for a name', (d) => { (d.players[0] as { name: unknown }).name = 5; }, 'players[0].name: expected a non-empty string, got 5'],
    ['an unknown status', (d) => { (at(d.rumours ?? [], 0) as { status: string }).status = 'maybe'; }, 'rumours[0].status: "maybe" is not a status'],
    ['a missing outlet', (d) => { delete (at(d.rumours ?? [], 0).source as { outlet?: string }).outlet; }, 'rumours[0].source.outlet: is missing'],
    ['an unknown club', (d) => { at(d.players, 0).clubId = 'everton'; }, 'players[0].clubId: no club "everton"'],
    ['a contract ending before it starts', (d) => { at(d.players, 0).contract!.since = '2030-01-01'; }, 'players[0].contract.until: "2026-06-30" is before since "2030-01-01"'],
    ['a wrong format', (d) => { (d as { format: string }).format = 'other'; }, 'format: "other" is not "footnote-dataset"'],
    ['a missing asOf', (d) => { delete (d as { asOf?: string }).asOf; }, 'asOf: is missing'],
  ];
  test.each(broken)('reports %s with its path', (_label, breakIt, expected) => {
    const input = tinyDataset();
    breakIt(input);
    const result = validateDataset(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  test('refuses a newer format version with a clear message', () => {
    const result = validateDataset({ ...tinyDataset(), version: 2 });
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/format version 2; this Footnote reads version 1 only/)] });
  });

  test('refuses things that are not datasets at all, saying what it got', () => {
    expect(validateDataset(null)).toEqual({ ok: false, problems: ['expected a JSON object, got null'] });
    // Text that was never parsed as JSON: it is shown as the string it is.
    expect(validateDataset('{"format":1}')).toEqual({ ok: false, problems: ['expected a JSON object, got "{\\"format\\":1}"'] });
    expect(validateDataset(5)).toEqual({ ok: false, problems: ['expected a JSON object, got 5'] });
    // An empty list has none of the fields: each is named by its path.
    expect(validateDataset([])).toEqual({
      ok: false,
      problems: ['format: is missing', 'version: is missing', 'asOf: is missing', 'source: is missing', 'clubs: is missing', 'players: is missing'],
    });
  });
});

describe('validateRecords: a bad record is left out and said, the rest is kept', () => {
  test('per record, with its path, its name and the reason; records leaning on a dropped one go too', async () => {
    const { validateRecords } = await import('../../lib/dataset/validate');
    const file = {
      format: 'footnote-dataset', version: 1, asOf: '2026-01-01', source: 'a reader',
      clubs: [{ id: 'northby', name: 'Northby' }, { id: 'Bad Id', name: 'Broken' }],
      players: [
        { id: 'a', name: 'Good Player', clubId: 'northby', tmId: '12' },
        { id: 'b', name: 'Bad Date', birthDate: '2001-02-30' },
        { id: 'c', name: 'Orphan', clubId: 'bad-id' },
        { id: 'd', name: 'Wrong Order', contract: { since: '2025-07-01', until: '2025-06-30' } },
      ],
      rumours: [{ id: 'r', playerId: 'b', date: '2026-01-01', status: 'talks', source: { outlet: 'X' } }],
    };
    const result = validateRecords(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.players.map((p) => p.id)).toEqual(['a']);
    expect(result.dataset.clubs.map((c) => c.id)).toEqual(['northby']);
    expect(result.dataset.rumours).toEqual([]);
    expect(result.skipped).toEqual([
      'clubs[1] (Broken): id: "Bad Id" is not an id (lowercase letters, digits and "-"): skipped',
      'players[1] (Bad Date): birthDate: "2001-02-30" is not a date: skipped',
      'players[2].clubId: no club "bad-id" (Orphan): skipped',
      'players[3].contract.until: "2025-06-30" is before since "2025-07-01" (Wrong Order): skipped',
      'rumours[0].playerId: no player "b": skipped',
    ]);
  });

  test('a file that is not a dataset at all is still refused', async () => {
    const { validateRecords } = await import('../../lib/dataset/validate');
    expect(validateRecords({ format: 'other' }).ok).toBe(false);
    expect(validateRecords({ format: 'footnote-dataset', version: 2 })).toMatchObject({ ok: false, problems: [expect.stringMatching(/version 2/)] });
  });
});
