/**
 * Folding, the engine's idea of a letter and of capitals: what makes "Konate" match "Konaté"
 * and "rice" never match "Rice". One code unit in, one out, so offsets survive folding.
 */
import { describe, expect, test } from 'vitest';
import { fold, foldCode, foldForm, isLower, isUpper, isWordCode, WORD_BIT } from '../../lib/engine/fold';

const code = (ch: string) => ch.charCodeAt(0);

describe('capitals', () => {
  test.each([
    ['A', true, false], ['Z', true, false], ['a', false, true], ['z', false, true],
    ['@', false, false], ['[', false, false], ['`', false, false], ['{', false, false], ['1', false, false],
    ['Ø', true, false], ['ø', false, true], ['É', true, false], ['é', false, true], ['ß', false, true],
    ['\u0080', false, false], ['\u01C5', false, false], ['中', false, false],
  ])('%j: upper %s, lower %s', (ch, upper, lower) => {
    expect(isUpper(code(ch))).toBe(upper);
    expect(isLower(code(ch))).toBe(lower);
  });
});

describe('letters', () => {
  test.each([
    ['a', true], ['Z', true], ['7', true], ['é', true], ['Ł', true], [' ', false], ['-', false], ["'", false], ['’', false],
    ['\u2022', false], ['\u2500', false], ['\u303F', false], ['\u3040', true], ['中', true],
  ])('%j is a word character: %s', (ch, word) => expect(isWordCode(code(ch))).toBe(word));
});

describe('folding', () => {
  test.each([
    ['A', 'a'], ['é', 'e'], ['Ø', 'o'], ['ß', 's'], ['’', "'"], ['\u00a0', ' '], ['\u2011', '-'], ['中', '中'], ['\u3042', '\u3042'],
  ])('%j folds to %j', (ch, folded) => expect(String.fromCharCode(foldCode(code(ch)))).toBe(folded));

  test('a long text folds whole, code unit for code unit', () => {
    const text = `${'Ab '.repeat(3000)}Konaté ÉDER ${'x'.repeat(5000)}Ødegaard`;
    const folded = fold(text);
    expect(folded.length).toBe(text.length);
    expect(folded.slice(9000, 9012)).toBe('konate eder ');
    expect(folded.endsWith('odegaard')).toBe(true);
    expect(folded.startsWith('ab ab ')).toBe(true);
    expect(fold('')).toBe('');
  });

  test('a form is folded, trimmed, its spaces made one', () => {
    expect(foldForm('  Réal\u00a0  Madrid ')).toBe('real madrid');
    expect(foldForm('N’Golo Kanté')).toBe("n'golo kante");
  });
});

describe('the tables, built on first use', () => {
  // The tables are built once, by whichever call needs them first: a fresh copy of the module
  // builds them inside these tests, so what is stated here is what that first build gives.
  let copies = 0;
  const freshFold = async (): Promise<typeof import('../../lib/engine/fold')> =>
    (await import(/* @vite-ignore */ `../../lib/engine/fold.ts?first-use=${++copies}`)) as typeof import('../../lib/engine/fold');

  test.each([
    ['A', 'a'], ['é', 'e'], ['Ç', 'c'], ['-', '-'], ['7', '7'],
    // Apostrophes and primes, straightened.
    ['’', "'"], ['‘', "'"], ['\u02bc', "'"], ['′', "'"], ['`', "'"], ['´', "'"],
    // Spaces and line breaks, one plain space each.
    ['\u00a0', ' '], ['\u2007', ' '], ['\u202f', ' '], ['\t', ' '], ['\n', ' '], ['\r', ' '], ['\f', ' '], ['\v', ' '],
    // Hyphens.
    ['\u2010', '-'], ['\u2011', '-'],
    // Letters no accent-stripping turns into a Latin one.
    ['ø', 'o'], ['Ø', 'o'], ['ł', 'l'], ['Ł', 'l'], ['đ', 'd'], ['Đ', 'd'], ['ı', 'i'], ['ß', 's'], ['ð', 'd'], ['Ð', 'd'], ['þ', 't'], ['Þ', 't'],
  ])('%j folds to %j', async (ch, folded) => {
    const fresh = await freshFold();
    expect(String.fromCharCode(fresh.foldCode(code(ch)))).toBe(folded);
  });

  test.each([
    ['a', true], ['É', true], ['7', true], ['٣', true], [' ', false], ['-', false], ["'", false], ['.', false], ['\u00a0', false],
  ])('%j is a word character: %s', async (ch, word) => {
    const fresh = await freshFold();
    expect(fresh.isWordCode(code(ch))).toBe(word);
  });

  test("every code's class is its folded code, marked a word when the folded code is a letter or digit", async () => {
    const fresh = await freshFold();
    const { classes } = fresh.foldTables();
    const wrong: string[] = [];
    for (let c = 0; c < classes.length; c++) {
      const folded = fresh.foldCode(c);
      const expected = folded | (fresh.isWordCode(folded) ? WORD_BIT : 0);
      if (classes[c] !== expected) wrong.push(`U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    expect(classes[code('K')]).toBe(code('k') | WORD_BIT);
    expect(classes[code(' ')]).toBe(code(' '));
  });
});
