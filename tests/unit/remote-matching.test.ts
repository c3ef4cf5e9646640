/**
 * Matching in the background (lib/engine/match-sessions.ts) for the content script
 * (lib/page/remote-matching.ts): the page gets what a PageMatcher of its own would say, while
 * only what changed crosses each way, and a background that lost the page is sent it again.
 */
import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { PageMatcher, type Mention } from '../../lib/engine/page-matcher';
import { MatchSessions } from '../../lib/engine/match-sessions';
import { FIRST_SUMMARIES, summaryIds, withSummaries, type MatchReply, type MatchRequest } from '../../lib/engine/match-wire';
import type { EntitySummary } from '../../lib/protocol';
import { BATCH_CHARS, RemoteMatching } from '../../lib/page/remote-matching';
import { engineDataset } from '../fixtures/engine-dataset';

const index = compileWithWordLists(engineDataset());
const now = () => Promise.resolve();
const HEADLINE = 'Konaté decision looms';
const BODY = 'Liverpool defender Ibrahima Konaté is wanted by Real Madrid.';
const OTHER = 'Chelsea midfielder Enzo Fernández trained on Friday.';
const names = (mentions: readonly Mention[] | undefined) => (mentions ?? []).map((m) => `${m.text}=${m.entityId}`);

/** A page's side wired to a background's, recording every request as the page sent it. */
function wired(sessions = new MatchSessions({ pause: now }), frame = '1:0', current = () => index as typeof index | null) {
  const sent: MatchRequest[] = [];
  const replies: MatchReply[] = [];
  let failNext = false;
  const send = async (request: MatchRequest) => {
    sent.push(structuredClone(request));
    if (failNext) {
      failNext = false;
      throw new Error('the worker went away');
    }
    const reply = JSON.parse(JSON.stringify(await sessions.handle(frame, JSON.parse(JSON.stringify(request)) as MatchRequest, current()))) as MatchReply;
    replies.push(reply);
    return reply;
  };
  return { sessions, sent, replies, send, failOnce: () => void (failNext = true), page: () => new RemoteMatching(send, { today: '2026-12-01' }) };
}

describe('matching in the background', () => {
  test('the page gets what a PageMatcher of its own says, headline explained by the body below it', async () => {
    const { page } = wired();
    const remote = page();
    const h = remote.add(HEADLINE);
    const b = remote.add(BODY);
    const got = await remote.resolveSliced(now);
    const local = new PageMatcher(index, { today: '2026-12-01' });
    const lh = local.add(HEADLINE);
    const lb = local.add(BODY);
    expect(names(got.get(h))).toEqual(names(local.mentions(lh)));
    expect(names(got.get(b))).toEqual(names(local.mentions(lb)));
    expect(names(got.get(h))).toEqual(['Konaté=ibrahima-konate']);
  });

  test('each block crosses once; an answer lists only the blocks whose mentions changed', async () => {
    const { page, sent, replies } = wired();
    const remote = page();
    const h = remote.add(HEADLINE);
    await remote.resolveSliced(now);
    // Alone, the bare surname is nobody.
    expect(replies.at(-1)?.changed).toEqual([]);
    const b = remote.add(BODY);
    remote.add(OTHER);
    const got = await remote.resolveSliced(now);
    expect(sent.at(-1)?.added.map(([id]) => id)).toEqual([b, b + 1]);
    expect(replies.at(-1)?.changed.map(([id]) => id).sort()).toEqual([h, b, b + 1]);
    expect(names(got.get(h))).toEqual(['Konaté=ibrahima-konate']);
    // Nothing new: nothing sent but the ask, nothing answered.
    await remote.resolveSliced(now);
    expect(sent.at(-1)?.added).toEqual([]);
    expect(replies.at(-1)?.changed).toEqual([]);
  });

  test('a block that leaves takes its support with it', async () => {
    const { page, sent } = wired();
    const remote = page();
    const h = remote.add(HEADLINE);
    const b = remote.add(BODY);
    await remote.resolveSliced(now);
    remote.remove(b);
    const got = await remote.resolveSliced(now);
    expect(sent.at(-1)?.removed).toEqual([b]);
    expect(got.has(b)).toBe(false);
    expect(names(got.get(h))).toEqual([]);
  });

  test('a block removed before it was ever sent is never sent', async () => {
    const { page, sent } = wired();
    const remote = page();
    const b = remote.add(BODY);
    remote.remove(b);
    remote.add(OTHER);
    await remote.resolveSliced(now);
    expect(sent.flatMap((r) => r.added.map(([, text]) => text))).toEqual([OTHER]);
    expect(sent.flatMap((r) => r.removed)).toEqual([]);
  });

  test('a long page goes in batches of at most BATCH_CHARS, and only the last asks for the answer', async () => {
    const { page, sent } = wired();
    const remote = page();
    const long = `${BODY} `.repeat(Math.ceil(BATCH_CHARS / 4 / BODY.length));
    for (let i = 0; i < 10; i++) remote.add(long);
    const got = await remote.resolveSliced(now);
    expect(sent.length).toBeGreaterThan(2);
    expect(sent.map((r) => r.resolve)).toEqual([...Array(sent.length - 1).fill(false), true]);
    expect(sent.map((r) => r.fresh)).toEqual([true, ...Array(sent.length - 1).fill(false)]);
    for (const r of sent) expect(r.added.reduce((n, [, text]) => n + text.length, 0) - long.length).toBeLessThan(BATCH_CHARS);
    expect(got.size).toBe(10);
  });

  test('a background that lost the page (its worker stopped) is sent every live block again, fresh', async () => {
    const first = wired();
    const remote = first.page();
    const h = remote.add(HEADLINE);
    const b = remote.add(BODY);
    await remote.resolveSliced(now);
    first.sessions.drop('1:');
    const o = remote.add(OTHER);
    const got = await remote.resolveSliced(now);
    const resend = first.sent.at(-1);
    expect(resend?.fresh).toBe(true);
    expect(resend?.added.map(([id]) => id)).toEqual([h, b, o]);
    expect(names(got.get(h))).toEqual(['Konaté=ibrahima-konate']);
  });

  test('a message that failed is not assumed delivered: the next resolution starts over', async () => {
    const w = wired();
    const remote = w.page();
    const h = remote.add(HEADLINE);
    remote.add(BODY);
    w.failOnce();
    await expect(remote.resolveSliced(now)).rejects.toThrow('the worker went away');
    const got = await remote.resolveSliced(now);
    expect(w.sent.at(-1)?.fresh).toBe(true);
    expect(names(got.get(h))).toEqual(['Konaté=ibrahima-konate']);
  });

  test('new data: the sessions built on the old index are dropped and the pages send again', async () => {
    let current = index;
    const w = wired(new MatchSessions({ pause: now }), '1:0', () => current);
    const remote = w.page();
    remote.add(BODY);
    await remote.resolveSliced(now);
    current = compileWithWordLists(engineDataset());
    await remote.resolveSliced(now);
    expect(w.replies.at(-2)?.known).toBe(false);
    expect(w.sent.at(-1)?.fresh).toBe(true);
  });

  test('one session per frame, a new page replaces the old, and the least recently used go past the limit', async () => {
    const sessions = new MatchSessions({ limit: 2, pause: now });
    const a = wired(sessions, '1:0').page();
    const b = wired(sessions, '2:0').page();
    const c = wired(sessions, '3:0').page();
    for (const p of [a, b, c]) {
      p.add(BODY);
      await p.resolveSliced(now);
    }
    expect(sessions.size).toBe(2);
    const again = wired(sessions, '1:0');
    const replaced = again.page();
    replaced.add(OTHER);
    await replaced.resolveSliced(now);
    expect(sessions.size).toBe(2);
    // Frame 2's session was the least recently used: it is gone, and its page is told so.
    const fromB = await sessions.handle('2:0', { session: 'nobody', fresh: false, page: {}, added: [], removed: [], resolve: true }, index);
    expect(fromB.known).toBe(false);
  });

  test('past its text budget the least recently used pages go, never the one being matched', async () => {
    const sessions = new MatchSessions({ maxChars: BODY.length * 3, pause: now });
    const a = wired(sessions, '1:0').page();
    a.add(BODY);
    a.add(BODY);
    await a.resolveSliced(now);
    const b = wired(sessions, '2:0').page();
    b.add(BODY);
    b.add(BODY);
    await b.resolveSliced(now);
    // Four blocks' worth is over the budget of three: frame 1 (used least recently) went.
    expect(sessions.size).toBe(1);
    expect((await sessions.handle('1:0', { session: 'gone', fresh: false, page: {}, added: [], removed: [], resolve: true }, index)).known).toBe(false);
    // A page longer than the whole budget is still matched.
    const c = wired(sessions, '3:0').page();
    for (let i = 0; i < 5; i++) c.add(BODY);
    expect((await c.resolveSliced(now)).size).toBe(5);
    expect(sessions.size).toBe(1);
    // Removing a block gives its text back: frame 4 stays while frame 5 swaps one block for another.
    const budget = new MatchSessions({ maxChars: BODY.length * 2, pause: now });
    const kept = wired(budget, '4:0').page();
    kept.add(BODY);
    await kept.resolveSliced(now);
    const swapping = wired(budget, '5:0').page();
    const old = swapping.add(BODY);
    await swapping.resolveSliced(now);
    swapping.remove(old);
    swapping.add(BODY);
    await swapping.resolveSliced(now);
    expect(budget.size).toBe(2);
  });

  test('no data installed yet: nothing is found and nothing is kept', async () => {
    const sessions = new MatchSessions({ pause: now });
    const reply = await sessions.handle('1:0', { session: 'a1', fresh: true, page: {}, added: [[0, BODY]], removed: [], resolve: true }, null);
    expect(reply).toEqual({ known: true, changed: [] });
    expect(sessions.size).toBe(0);
  });

  test('the reader\u2019s corrections reach the background with the page', async () => {
    const w = wired();
    const remote = new RemoteMatching(w.send, { today: '2026-12-01', corrections: { muted: new Set(['real madrid']), notThis: new Set() } });
    const b = remote.add(BODY);
    const got = await remote.resolveSliced(now);
    expect(w.sent[0]?.page.corrections).toEqual({ muted: ['real madrid'], notThis: [] });
    expect(names(got.get(b))).not.toContain('Real Madrid=real-madrid');
    expect(names(got.get(b))).toContain('Ibrahima Konaté=ibrahima-konate');
  });

  test('the first answer brings the summaries of the people it found; later ones, and a page that cannot take them, do not ask', async () => {
    const sessions = new MatchSessions({ pause: now });
    const sent: MatchRequest[] = [];
    const looked: string[][] = [];
    const send = async (request: MatchRequest) => {
      sent.push(structuredClone(request));
      const reply = await sessions.handle('1:0', structuredClone(request), index);
      return withSummaries(request, reply, async (ids) => {
        looked.push(ids);
        // The data has no summary for the club: it is heard as asked, without one.
        return ids.filter((id) => id !== 'real-madrid').map((id) => ({ id, kind: 'player', name: id }) as EntitySummary);
      });
    };
    const heard: Array<{ ids: string[]; got: string[] }> = [];
    const remote = new RemoteMatching(send, { today: '2026-12-01' }, (ids, got) => heard.push({ ids, got: got.map((s) => s.id) }));
    remote.add(BODY);
    await remote.resolveSliced(now);
    expect(sent.map((r) => r.summaries)).toEqual([true]);
    expect(heard).toEqual([{ ids: ['liverpool', 'ibrahima-konate', 'real-madrid'], got: ['liverpool', 'ibrahima-konate'] }]);
    remote.add(OTHER);
    await remote.resolveSliced(now);
    expect(sent.map((r) => r.summaries)).toEqual([true, undefined]);
    expect(heard).toHaveLength(1);
    // Without a listener there is nobody to hand them to: never asked.
    const quiet = new RemoteMatching(send, { today: '2026-12-01' });
    quiet.add(OTHER);
    await quiet.resolveSliced(now);
    expect(sent.at(-1)?.summaries).toBeUndefined();
    expect(looked).toHaveLength(1);
  });

  test('summaries come for at most FIRST_SUMMARIES people, in the order of the blocks', () => {
    const changed: MatchReply['changed'] = Array.from({ length: FIRST_SUMMARIES + 50 }, (_, i) => [i, [[0, 1, `p${i}`, 'player'], [2, 3, 'p0', 'player']]]);
    const ids = summaryIds(changed);
    expect(ids).toHaveLength(FIRST_SUMMARIES);
    expect(ids.slice(0, 3)).toEqual(['p0', 'p1', 'p2']);
    expect(summaryIds([])).toEqual([]);
  });

  test('a page switched off ends its session: its text leaves the background, other frames keep theirs', async () => {
    const sessions = new MatchSessions({ pause: now });
    const a = wired(sessions, '4:0');
    const b = wired(sessions, '4:12');
    const pageA = a.page();
    pageA.add(BODY);
    await pageA.resolveSliced(now);
    const pageB = b.page();
    pageB.add(OTHER);
    await pageB.resolveSliced(now);
    sessions.end('4:0');
    expect(sessions.size).toBe(1);
    // Switched on again later, the page starts over and sends its blocks again.
    pageA.add(OTHER);
    await pageA.resolveSliced(now);
    expect(a.replies.at(-2)?.known).toBe(false);
    expect(a.sent.at(-1)?.added.map(([, text]) => text)).toEqual([BODY, OTHER]);
    expect(b.replies.at(-1)?.known).toBe(true);
  });
});

describe('a session\u2019s text, for learning (lib/rumours/learn-message.ts)', () => {
  test('is read by the page\u2019s handle under its own token only; a block removed, a session ended, another frame have none', async () => {
    const sessions = new MatchSessions({ pause: now });
    const a = wired(sessions, '5:0');
    const page = a.page();
    const body = page.add(BODY);
    const other = page.add(OTHER);
    await page.resolveSliced(now);
    expect(sessions.textOf('5:0', page.session, body)).toBe(BODY);
    expect(sessions.textOf('5:0', page.session, other)).toBe(OTHER);
    expect(sessions.textOf('5:0', 'someoneelse', body)).toBeUndefined();
    expect(sessions.textOf('5:0', undefined, body)).toBeUndefined();
    expect(sessions.textOf('5:1', page.session, body)).toBeUndefined();
    expect(sessions.textOf('5:0', page.session, 99)).toBeUndefined();
    page.remove(other);
    await page.resolveSliced(now);
    expect(sessions.textOf('5:0', page.session, other)).toBeUndefined();
    sessions.end('5:0');
    expect(sessions.textOf('5:0', page.session, body)).toBeUndefined();
  });
});

describe('the background\u2019s sessions, message by message', () => {
  const request = (session: string, fresh: boolean, added: Array<[number, string]> = [], resolve = true): MatchRequest =>
    ({ session, fresh, page: { today: '2026-12-01' }, added, removed: [], resolve });

  test('a page still arriving is answered with nothing yet; the last message resolves all it sent', async () => {
    const sessions = new MatchSessions({ pause: now });
    expect(await sessions.handle('1:0', request('a', true, [[0, HEADLINE]], false), index)).toEqual({ known: true, changed: [] });
    const reply = await sessions.handle('1:0', request('a', false, [[1, BODY]]), index);
    expect(reply.changed.map(([handle]) => handle)).toEqual([0, 1]);
  });

  test('a late message from the page the frame showed before is refused and leaves the new page\u2019s session alone', async () => {
    const sessions = new MatchSessions({ pause: now });
    await sessions.handle('1:0', request('new', true, [[0, BODY]]), index);
    expect(await sessions.handle('1:0', request('old', false, [[1, OTHER]]), index)).toEqual({ known: false, changed: [] });
    expect(sessions.size).toBe(1);
    expect((await sessions.handle('1:0', request('new', false, [[1, OTHER]]), index)).known).toBe(true);
  });

  test('a message for a session built on data since replaced drops that session at once', async () => {
    const sessions = new MatchSessions({ pause: now });
    await sessions.handle('1:0', request('a', true, [[0, BODY]]), index);
    const newer = compileWithWordLists(engineDataset());
    expect(await sessions.handle('1:0', request('a', false), newer)).toEqual({ known: false, changed: [] });
    expect(sessions.size).toBe(0);
  });

  test('a closed tab takes all its frames\u2019 sessions and no other tab\u2019s', async () => {
    const sessions = new MatchSessions({ pause: now });
    for (const frame of ['1:0', '1:7', '12:0', '21:0']) await sessions.handle(frame, request('a', true, [[0, BODY]]), index);
    sessions.drop('1:');
    expect(sessions.size).toBe(2);
    expect((await sessions.handle('12:0', request('a', false), index)).known).toBe(true);
    expect((await sessions.handle('21:0', request('a', false), index)).known).toBe(true);
    expect((await sessions.handle('1:7', request('a', false), index)).known).toBe(false);
  });

  test('over the text budget only as many of the least recently used go as it takes, and the page being matched stays', async () => {
    const sessions = new MatchSessions({ maxChars: BODY.length * 3, pause: now });
    await sessions.handle('1:0', request('a', true, [[0, BODY]]), index);
    await sessions.handle('2:0', request('b', true, [[0, BODY]]), index);
    await sessions.handle('3:0', request('c', true, [[0, BODY], [1, BODY]]), index);
    // Four blocks against a budget of three: frame 1 goes, and that is enough.
    expect(sessions.size).toBe(2);
    expect((await sessions.handle('3:0', request('c', false), index)).known).toBe(true);
    expect((await sessions.handle('2:0', request('b', false), index)).known).toBe(true);
    expect((await sessions.handle('1:0', request('a', false), index)).known).toBe(false);
  });

  test('by default a long page lets the worker\u2019s other events in while it resolves', async () => {
    const sessions = new MatchSessions();
    const long = Array.from({ length: 2000 }, (_, i): [number, string] => [i, `${BODY} ${OTHER}`]);
    let resolved = false;
    const timerRan = new Promise<boolean>((done) => setTimeout(() => done(!resolved), 0));
    await sessions.handle('1:0', request('long', true, long), index);
    resolved = true;
    // The timer was due at once: it ran before the answer only if the resolution yielded.
    expect(await timerRan).toBe(true);
  });
});
