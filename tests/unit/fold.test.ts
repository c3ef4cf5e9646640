/**
 * Folding, the engine's idea of a letter and of capitals: what makes "Konate" match "Konaté"
 * and "rice" never match "Rice". One code unit in, one out, so offsets survive folding.
 */
import { describe, expect, test } from 'vitest';
import { fold, foldCode, foldForm, isLower, isUpper, isWordCode } from '../../lib/engine/fold';

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
