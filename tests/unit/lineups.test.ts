/**
 * Team sheets (lib/engine/lineups.ts): which runs of a block are lists of names, and the side
 * each names. Each row is a rule of the module's header, with a case it must find or leave alone.
 */
import { describe, expect, test } from 'vitest';
import { listLabels } from '../../lib/engine/lineups';

type Row = [rule: string, text: string, lists: Array<{ body: string; label: string; labelled: boolean }>];

const rows: Row[] = [
  ['four names after a side and a colon; "Subs" with two names is no list of its own',
    'United: Carroll, Neville, Brown, Ferdinand. Subs: Howard, Giggs.',
    [{ body: ' Carroll, Neville, Brown, Ferdinand', label: 'United', labelled: true }]],
  ['prose with commas is not a list: its items start in lower case', 'He signed for Porto, then Braga, and later, in 2019, for Benfica.', []],
  ['three bare names make a list on a line of their own', 'Arsenal won 2-0.\nRaya, Saliba, Rice.\nThe rest rested.', [{ body: 'Raya, Saliba, Rice', label: '', labelled: false }]],
  ['a block that is only three names is such a line', 'Raya, Saliba, Rice', [{ body: 'Raya, Saliba, Rice', label: '', labelled: false }]],
  ['three names running on into a sentence are not', 'Raya, Saliba, Rice played well.', []],
  ['two names are never a list', 'Raya, Saliba.', []],
  ['names without commas are not a list', 'Raya Saliba Rice Saka', []],
  ['a label of more than four words names no side, though the list stands',
    'The team that started the game: Raya, Saliba, Rice, Saka.',
    [{ body: ' Raya, Saliba, Rice, Saka', label: 'The team that started the game', labelled: false }]],
  ['one item that is not a name is forgiven', 'Arsenal: one two three four five, Saliba, Rice, Saka.',
    [{ body: ' one two three four five, Saliba, Rice, Saka', label: 'Arsenal', labelled: true }]],
  ['two are not', 'Arsenal: one two three four five, six seven, Rice, Saka, Odegaard.', []],
  ['names with their clubs in brackets',
    'Team of the week: Saliba (Arsenal), Keane (Sunderland), Casemiro (Manchester United), Rice (Arsenal).',
    [{ body: ' Saliba (Arsenal), Keane (Sunderland), Casemiro (Manchester United), Rice (Arsenal)', label: 'Team of the week', labelled: true }]],
  ['a long block whose commas are far apart is prose',
    'The striker, who joined from Porto in a deal worth far more than anyone expected at the time of the move, scored twice, and the keeper saved a penalty late on.', []],
  ['a long block with commas close together is looked at, and its list found',
    `${'x'.repeat(100)}, Raya, Saliba, Rice, Saka.`,
    [{ body: `${'x'.repeat(100)}, Raya, Saliba, Rice, Saka`, label: '', labelled: false }]],
  ['an item of four words is still a name', 'Reds: Alisson, Virgil van Dijk Jr, Konaté, Andrew Henry Robertson Jr, Salah.',
    [{ body: ' Alisson, Virgil van Dijk Jr, Konaté, Andrew Henry Robertson Jr, Salah', label: 'Reds', labelled: true }]],
  ['an item of five is not', 'Reds: Alisson, Virgil van Dijk Jr Sr, Konaté, Andrew Henry Robertson Jr Sr, Salah.', []],
  ['the label starts at its first word, after the spaces before it', '  Liverpool XI: Alisson, Konaté, Robertson, Salah.',
    [{ body: ' Alisson, Konaté, Robertson, Salah', label: 'Liverpool XI', labelled: true }]],
  ['a label of four words names its side', 'Liverpool starting eleven today: Alisson, Konaté, Robertson, Salah.',
    [{ body: ' Alisson, Konaté, Robertson, Salah', label: 'Liverpool starting eleven today', labelled: true }]],
  ['three names after a label are no list, even on a line of their own', 'Subs: Alisson, Konaté, Salah\nMore later.', []],
  ['three names on their own line after a long paragraph', `${'The side trained in the rain all week long. '.repeat(3)}\nRaya, Saliba, Rice.`,
    [{ body: 'Raya, Saliba, Rice', label: '', labelled: false }]],
  ['three names ending a line that other words start are not', 'Arsenal picked Raya, Saliba, Rice\nThe rest rested.', []],
  ['three names with a hyphen and an apostrophe are bare names', "Alexander-Arnold, O'Shea, Rice", [{ body: "Alexander-Arnold, O'Shea, Rice", label: '', labelled: false }]],
  ['three items that are not bare names are no line of names', 'Raya (Arsenal), Saliba, Rice', []],
  ['a run of four in a long block, far from the other commas', `${'word '.repeat(40)}, and then, ${'more words '.repeat(10)}. Raya, Saliba, Rice, Saka.`,
    [{ body: ' Raya, Saliba, Rice, Saka', label: '', labelled: false }]],
];

describe('team sheets', () => {
  test.each(rows)('%s', (_rule, text, lists) => {
    expect(listLabels(text).map((l) => ({ body: text.slice(l.start, l.end), label: text.slice(l.labelStart, l.labelEnd), labelled: l.labelled }))).toEqual(lists);
  });
});
