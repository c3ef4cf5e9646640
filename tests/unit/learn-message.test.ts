/**
 * The learn message (lib/rumours/learn-message.ts): blocks the background's match session already
 * holds go by handle, and the background fills their text in, within the message's limits, or
 * says which handles it lacks.
 */
import { describe, expect, test } from 'vitest';
import { buildLearnMessage, fillLearnTexts, LEARN_LIMITS, type LearnMessage } from '../../lib/rumours/learn-message';
import type { Mention } from '../../lib/engine/page-matcher';

const FACTS = { siteName: 'Gossip', url: null, date: '2026-11-28', author: null };
const TEXT = 'Chelsea want Kobel. (Sun)';
const MENTIONS: Mention[] = [
  { start: 0, end: 7, text: 'Chelsea', entityId: 'chelsea', kind: 'club' },
  { start: 13, end: 18, text: 'Kobel', entityId: 'gregor-kobel', kind: 'player' },
];
const WIRE_MENTIONS = MENTIONS.map(({ start, end, entityId, kind }) => ({ start, end, entityId, kind }));
const block = (handle?: number, text = TEXT) => ({ text, mentions: MENTIONS, handle });

describe('building the message', () => {
  test('with a match session, a block with a handle goes as the handle, one without as its text', () => {
    expect(buildLearnMessage([block(4), block(undefined, `${TEXT} Again.`)], FACTS, 'abc123')).toEqual({
      facts: FACTS,
      session: 'abc123',
      blocks: [{ handle: 4, mentions: WIRE_MENTIONS }, { text: `${TEXT} Again.`, mentions: WIRE_MENTIONS }],
    });
  });

  test('without one, every block goes as its text, and no session is named', () => {
    expect(buildLearnMessage([block(4)], FACTS)).toEqual({ facts: FACTS, blocks: [{ text: TEXT, mentions: WIRE_MENTIONS }] });
    expect(buildLearnMessage([block(undefined)], FACTS, 'abc123')).toEqual({ facts: FACTS, blocks: [{ text: TEXT, mentions: WIRE_MENTIONS }] });
  });

  test('a block naming no club is not sent, by handle or by text', () => {
    expect(buildLearnMessage([{ ...block(1), mentions: MENTIONS.slice(1) }], FACTS, 'abc123')).toBeNull();
  });
});

describe('filling it in, in the background', () => {
  const held = new Map([[4, TEXT], [5, 'Arsenal and Chelsea watch Kobel.']]);
  const textOf = (handle: number) => held.get(handle);

  test('handles become the text the session holds; text sent as text stays', () => {
    const message: LearnMessage = { facts: FACTS, session: 'abc123', blocks: [{ handle: 4, date: '2026-11-27', mentions: WIRE_MENTIONS }, { text: 'Other text', mentions: [] }] };
    expect(fillLearnTexts(message, textOf)).toEqual({
      request: { facts: FACTS, blocks: [{ text: TEXT, date: '2026-11-27', mentions: WIRE_MENTIONS }, { text: 'Other text', mentions: [] }] },
    });
  });

  test('a handle the session lacks: nothing is learned, and the page hears every handle it must send as text', () => {
    const message: LearnMessage = { facts: FACTS, session: 'abc123', blocks: [{ handle: 4, mentions: WIRE_MENTIONS }, { handle: 8, mentions: [] }, { handle: 9, mentions: [] }] };
    expect(fillLearnTexts(message, textOf)).toEqual({ missing: [8, 9] });
  });

  test('the session\u2019s text keeps the message\u2019s limits: a block too long is left out, so is text past the total', () => {
    const long = 'x'.repeat(LEARN_LIMITS.blockChars + 1);
    const fits = 'y'.repeat(LEARN_LIMITS.blockChars);
    const texts = new Map<number, string>([[0, long]]);
    const count = Math.floor(LEARN_LIMITS.totalChars / fits.length);
    for (let i = 1; i <= count + 1; i++) texts.set(i, fits);
    const message: LearnMessage = { facts: FACTS, session: 's', blocks: [...texts.keys()].map((handle) => ({ handle, mentions: [] })) };
    const filled = fillLearnTexts(message, (h) => texts.get(h));
    if (!('request' in filled)) throw new Error('expected the request');
    expect(filled.request.blocks).toHaveLength(count);
    expect(filled.request.blocks.every((b) => b.text === fits)).toBe(true);
  });

  test('mentions past the end of the text held are dropped (the page\u2019s were of another version of the block)', () => {
    const message: LearnMessage = { facts: FACTS, session: 's', blocks: [{ handle: 4, mentions: [...WIRE_MENTIONS, { start: 20, end: 40, entityId: 'arsenal', kind: 'club' }] }] };
    const filled = fillLearnTexts(message, textOf);
    expect('request' in filled && filled.request.blocks[0]?.mentions).toEqual(WIRE_MENTIONS);
  });
});
