/**
 * The trie of folded surface forms and its scan (lib/engine/trie.ts): which spans of a text a set
 * of forms finds. A form is found only from a word start, only up to a word end, the longest form
 * at a word start wins, and the scan resumes after it. Each row states one rule as "these forms,
 * this text: these spans" (the span as written in the text, and the form it was found as).
 */
import { describe, expect, test } from 'vitest';
import { buildTrie, isWordEnd, scan, trieBytes, withRoot, type Trie } from '../../lib/engine/trie';

/** Every match of a scan, as [the text of the span, the form it is]. */
function spans(trie: Trie, forms: readonly string[], text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  scan(trie, text, (start, end, form) => out.push([text.slice(start, end), forms[form] ?? `no form ${form}`]));
  return out;
}
const found = (forms: readonly string[], text: string) => spans(buildTrie(forms), forms, text);

type Row = [rule: string, forms: string[], text: string, spans: Array<[string, string]>];

/** Twelve surnames under "ma": the "ma" node has more children than a node searched one by one. */
const MA = ['maatsen', 'mac allister', 'maddison', 'maguire', 'mahrez', 'mainoo', 'malen', 'mane', 'marmoush', 'mateta', 'mavropanos', 'mazraoui'];

const rows: Row[] = [
  // Word starts and word ends.
  ['a form is found at a word start', ['kane'], 'Harry Kane scored.', [['Kane', 'kane']]],
  ['the text is folded: capitals and accents do not matter', ['konate'], 'KONATÉ headed in, then Konate again.', [['KONATÉ', 'konate'], ['Konate', 'konate']]],
  ['a form at the very start and at the very end of the text', ['kane'], 'Kane passed to Kane', [['Kane', 'kane'], ['Kane', 'kane']]],
  ['a text that is only the form', ['kane'], 'Kane', [['Kane', 'kane']]],
  ['a form inside a longer word is not found: no "rice" in "Price"', ['rice'], 'Price beat Rice', [['Rice', 'rice']]],
  ['a form that begins a longer word is not found', ['kan'], 'Kane and Kanté', []],
  ['a form cut short by the end of the text is not found', ['kane'], 'Harry Kan', []],
  ['a word sharing all but its first letter with a form is not it', ['kane'], 'Bane and Lane', []],
  ['digits are word characters: "Kane2" is not Kane', ['kane'], 'Kane2 Kane', [['Kane', 'kane']]],

  // Longest match, no overlaps.
  ['the longest form at a word start wins', ['harry', 'harry kane'], 'Harry Kane scored', [['Harry Kane', 'harry kane']]],
  ['a longer form that does not end on a word end gives way to the shorter one', ['harry', 'harry kane'], 'Harry Kanes', [['Harry', 'harry']]],
  ['a shorter form is kept when the text stops inside the longer one', ['harry', 'harry kane'], 'Harry Ka', [['Harry', 'harry']]],
  ['a form and its own prefix, the prefix alone', ['kane', 'kanes'], 'Kane', [['Kane', 'kane']]],
  ['matches do not overlap: the scan resumes after the first', ['harry kane', 'kane musiala'], 'Harry Kane Musiala', [['Harry Kane', 'harry kane']]],
  ['two forms side by side are both found', ['kane', 'musiala'], 'Kane Musiala', [['Kane', 'kane'], ['Musiala', 'musiala']]],
  ['forms given in any order are all found', ['zirkzee', 'bruno', 'amad', 'mount', 'bruno fernandes'],
    'Amad, Zirkzee, Mount and Bruno Fernandes; Bruno again.',
    [['Amad', 'amad'], ['Zirkzee', 'zirkzee'], ['Mount', 'mount'], ['Bruno Fernandes', 'bruno fernandes'], ['Bruno', 'bruno']]],
  ['forms with no letter in common, the last of them too', ['a b', 'zed'], 'zed and a b', [['zed', 'zed'], ['a b', 'a b']]],

  // Spaces inside a form.
  ['a run of spaces in the text counts as one', ['harry kane'], 'Harry   Kane', [['Harry   Kane', 'harry kane']]],
  ['so do a no-break space, a tab and a line break', ['harry kane'], 'Harry\u00a0\tKane and Harry\nKane', [['Harry\u00a0\tKane', 'harry kane'], ['Harry\nKane', 'harry kane']]],
  ['a space before the text ends is no part of the name', ['harry kane'], 'Harry ', []],

  // Possessives, apostrophes and hyphens.
  ['a possessive \'s ends the name', ['kane'], "Kane's goal and Kane’s header", [['Kane', 'kane'], ['Kane', 'kane']]],
  ['a possessive \'s at the very end of the text', ['kane'], "it was Kane's", [['Kane', 'kane']]],
  ['a plural possessive apostrophe ends the name: "Jesus\' goal"', ['jesus'], "Jesus' goal", [['Jesus', 'jesus']]],
  ['any other letters after the apostrophe glue the word', ['kane'], "Kane'd and Kane'll", []],
  ['the s of a possessive is part of the name before it, never a name of its own', ['kane', 's'], "Kane's", [['Kane', 'kane']]],
  ['a double-barrelled name is one word: "Arnold" alone is not in "Alexander-Arnold"', ['arnold', 'alexander'], 'Trent Alexander-Arnold crossed', []],
  ['the double-barrelled form is found whole', ['alexander-arnold'], 'Trent Alexander-Arnold crossed', [['Alexander-Arnold', 'alexander-arnold']]],
  ['a name after an apostrophe glued to a letter is inside the word: no "Golo" in "N\'Golo"', ['golo', 'kante'], "N'Golo Kanté", [['Kanté', 'kante']]],
  ['a hyphen followed by a letter glues the word; a hyphen followed by a space does not', ['kane', 'bellingham'],
    'a Kane- and Bellingham-inspired win', [['Kane', 'kane']]],
  ['a hyphen at the very end of the text ends the name', ['kane'], 'Kane-', [['Kane', 'kane']]],
  ['a dash between spaces ends the name', ['kane'], 'Kane - again', [['Kane', 'kane']]],

  // Letters beyond ASCII.
  ['a form starting with a Cyrillic letter', ['аршавин'], 'Андрей Аршавин забил', [['Аршавин', 'аршавин']]],
  ['a form starting with a Greek letter, its accent folded', ['καραγκουνης'], 'ο Καραγκούνης σκόραρε', [['Καραγκούνης', 'καραγκουνης']]],
  ['a CJK name between CJK punctuation', ['中村俊輔'], '「中村俊輔」が', [['中村俊輔', '中村俊輔']]],
  ['CJK letters are word characters: a CJK form followed by more of them is inside a word', ['中村'], '中村俊輔', []],
  ['a one-character CJK name', ['中村俊輔', '李'], '「李」', [['李', '李']]],
  ['a one-character name glued to a letter is inside a word', ['李', '中村俊輔'], '李明', []],
  ['a Latin name inside Japanese brackets', ['kane'], '「Kane」', [['Kane', 'kane']]],
  ['a name glued after CJK letters is inside a word', ['kane'], '中Kane', []],
  ['from U+3040 on, codes count as letters: a name glued after one is inside a word', ['kane'], '\u3040Kane', []],

  // A node with many children is searched by halves.
  ['every one of twelve forms under one prefix is found', MA,
    'Maatsen, Mac Allister, Maddison, Maguire, Mahrez, Mainoo, Malen, Mane, Marmoush, Mateta, Mavropanos, Mazraoui',
    [['Maatsen', 'maatsen'], ['Mac Allister', 'mac allister'], ['Maddison', 'maddison'], ['Maguire', 'maguire'], ['Mahrez', 'mahrez'], ['Mainoo', 'mainoo'],
      ['Malen', 'malen'], ['Mane', 'mane'], ['Marmoush', 'marmoush'], ['Mateta', 'mateta'], ['Mavropanos', 'mavropanos'], ['Mazraoui', 'mazraoui']]],
  ['a word under that prefix that is none of them is not found', MA, 'Mason, Mbeumo, Maa, Matsen, Ma', []],
  ['under a prefix with nine next letters, a letter none of them is finds nothing, though a longer form has it further on: "xq" is not "xbq"', ['xbq', 'xc', 'xd', 'xe', 'xf', 'xg', 'xh', 'xi', 'xj'], 'xq xbq', [['xbq', 'xbq']]],
  ['under a prefix with one next letter, another letter finds nothing, though another form has it: "aa" is neither "ab" nor "ba"', ['ab', 'ba'], 'aa ba', [['ba', 'ba']]],
];

describe('scan', () => {
  test.each(rows)('%s', (_rule, forms, text, expected) => expect(found(forms, text)).toEqual(expected));

  test('a form listed twice is found as its first listing', () => {
    expect(found(['kane', 'kane', 'kane'], 'Kane')).toEqual([['Kane', 'kane']]);
    const trie = buildTrie(['kane', 'rice', 'kane', 'kane']);
    const ids: number[] = [];
    scan(trie, 'Kane', (_start, _end, form) => ids.push(form));
    expect(ids).toEqual([0]);
  });

  test('a trie from storage, rebuilt with its root table, finds what the built one does', () => {
    const forms = ['harry kane', 'kane', '中村俊輔', 'mane', 'mac allister'];
    const { edgeStart, edgeChar, edgeTarget, nodeForm } = buildTrie(forms);
    const stored = withRoot({ edgeStart: edgeStart.slice(), edgeChar: edgeChar.slice(), edgeTarget: edgeTarget.slice(), nodeForm: nodeForm.slice() });
    expect(spans(stored, forms, 'Harry Kane, Mane, Mac Allister, 「中村俊輔」')).toEqual([
      ['Harry Kane', 'harry kane'], ['Mane', 'mane'], ['Mac Allister', 'mac allister'], ['中村俊輔', '中村俊輔'],
    ]);
  });

  test('a trie from storage cut short finds nothing past its end and does not throw', () => {
    const forms = ['kane', 'keane'];
    const { edgeStart, edgeChar, edgeTarget, nodeForm } = buildTrie(forms);
    const cut = withRoot({ edgeStart: edgeStart.slice(0, 2), edgeChar, edgeTarget, nodeForm });
    expect(spans(cut, forms, 'Kane and Keane')).toEqual([]);
  });

  test('an empty trie finds nothing', () => expect(found([], 'Harry Kane')).toEqual([]));
});

describe('word ends', () => {
  // isWordEnd(text, i): a name may end just before text[i].
  type End = [rule: string, text: string, at: number, end: boolean];
  const ends: End[] = [
    ['the end of the text', 'Kane', 4, true],
    ['a space', 'Kane scored', 4, true],
    ['a comma', 'Kane, then', 4, true],
    ['a letter', 'Kanes', 4, false],
    ['a digit', 'Kane9', 4, false],
    ['an accented letter', 'Kaneé', 4, false],
    ['a possessive \'s', "Kane's goal", 4, true],
    ['a possessive \'s at the end of the text', "Kane's", 4, true],
    ['a possessive with a capital S', "KANE'S GOAL", 4, true],
    ['a possessive with a curly apostrophe', 'Kane’s goal', 4, true],
    ['an apostrophe and a letter other than s', "O'Brien", 1, false],
    ['an apostrophe, an s and more letters: "O\'Shea"', "O'Shea", 1, false],
    ['an apostrophe and a letter at the end of the text', "Kane'd", 4, false],
    ['an apostrophe then a space', "Jesus' goal", 5, true],
    ['an apostrophe at the end of the text', "Jesus'", 5, true],
    ['a hyphen and a letter', 'Alexander-Arnold', 9, false],
    ['a hyphen and a space', 'Kane- and', 4, true],
    ['a hyphen and a comma', 'Kane-, then', 4, true],
    ['a hyphen at the end of the text', 'Kane-', 4, true],
    ['a non-breaking hyphen and a letter', 'Alexander\u2011Arnold', 9, false],
    ['a CJK letter', 'Kane中', 4, false],
  ];
  test.each(ends)('%s: %j at %i is a word end: %s', (_rule, text, at, end) => expect(isWordEnd(text, at)).toBe(end));
});

describe('size', () => {
  // What the engine bench reports as the automaton's memory: every array it keeps, the root table included.
  test('every array the trie keeps is counted', () => {
    const trie = buildTrie(['ab', 'ac', 'kane']);
    const arrays = Object.values(trie).filter((v): v is Int32Array | Uint16Array => ArrayBuffer.isView(v));
    expect(arrays.length).toBeGreaterThanOrEqual(5);
    expect(trieBytes(trie)).toBe(arrays.reduce((sum, a) => sum + a.byteLength, 0));
  });

  test('a shared first letter is stored once: "ac" beside "ab" costs less than "cd" does', () => {
    expect(trieBytes(buildTrie(['ab', 'ac']))).toBeLessThan(trieBytes(buildTrie(['ab', 'cd'])));
  });
});
